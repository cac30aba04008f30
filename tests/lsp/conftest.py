"""Fixtures of the language-server tests (defined in lsp_harness.py)."""

from lsp_harness import lsp, session

__all__ = ["lsp", "session"]
