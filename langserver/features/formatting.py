"""``textDocument/formatting``: the same canonical text as ``resolint fmt``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

import resolint

from .code_actions import minimal_edit

if TYPE_CHECKING:
    from ..server import ResolintServer


def setup(server: ResolintServer) -> None:
    def formatting(params: types.DocumentFormattingParams) -> list[types.TextEdit] | None:
        doc = server.document(params.text_document.uri)
        if doc is None:
            return None
        analysis = server.analysis(doc.uri)
        if analysis is None or analysis.not_checked:
            return []  # a text in another language is not reformatted (as ``resolint fmt``)
        formatted = resolint.format_text(analysis.text, doc.path)  # the model's \n text: positions map it
        if formatted == analysis.text:
            return []
        edit = minimal_edit(analysis.positions, analysis.text, formatted)
        return [types.TextEdit(range=edit.range, new_text=analysis.for_editor(edit.new_text))]

    server.provide(types.TEXT_DOCUMENT_FORMATTING, formatting)
