"""``textDocument/formatting``: the same canonical text as ``resolint fmt``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from .code_actions import minimal_edit

if TYPE_CHECKING:
    from ..server import ResolintServer


def setup(server: ResolintServer) -> None:
    def formatting(params: types.DocumentFormattingParams) -> list[types.TextEdit] | None:
        import resolint

        doc = server.document(params.text_document.uri)
        if doc is None:
            return None
        analysis = server.analysis(doc.uri)
        formatted = resolint.format_text(doc.text, doc.path)
        if analysis is None or formatted == doc.text:
            return []
        return [minimal_edit(analysis.positions, doc.text, formatted)]

    server.provide(types.TEXT_DOCUMENT_FORMATTING, formatting)
