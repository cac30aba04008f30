"""The one error type of docxio: a one-line message the CLI prints as is (exit 2)."""

from __future__ import annotations


class DocxError(Exception):
    """A .docx that cannot be read or written; ``str(error)`` is a single line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
