"""Document lifecycle and diagnostics: lint on open, on every change (debounced) and on save."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from resolint.diagnostics import Severity

from ..documents import Analysis, OpenDocument
from ..positions import apply_change

if TYPE_CHECKING:
    from resolint.diagnostics import Diagnostic

    from ..server import ResolintServer

SOURCE = "resolint"
LSP_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


class WireForms:
    """The JSON form of each published diagnostic, made once and re-sent while it stays the same.

    A keystroke in a long resolution changes one or two of its hundreds of diagnostics; the others
    are sent again as they were (same rule, message and LSP range), without building and converting
    lsprotocol objects for each of them again.
    """

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self._forms: dict[tuple, Any] = {}

    def forms(self, analysis: Analysis, unstructure: Callable[[Any], Any]) -> list[Any]:
        positions = analysis.positions
        place = positions.line_column
        previous, current = self._forms, {}
        found = []
        for diagnostic in analysis.diagnostics:
            span = diagnostic.span
            key = (
                diagnostic.rule,
                diagnostic.severity,
                diagnostic.message,
                diagnostic.fix is not None,
                place(span.start),
                place(span.end),
                tuple((place(at.start), place(at.end), note) for at, note in diagnostic.related),
            )
            form = previous.get(key) or current.get(key)
            if form is None:
                form = unstructure(to_lsp_diagnostic(self.uri, analysis, diagnostic))
            current[key] = form
            found.append(form)
        self._forms = current
        return found


def to_lsp_diagnostic(uri: str, analysis: Analysis, found: Diagnostic) -> types.Diagnostic:
    from resolint.rules import rule_url

    positions = analysis.positions
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=positions.span_range(span)), message=message
        )
        for span, message in found.related
    ]
    return types.Diagnostic(
        range=positions.span_range(found.span),
        message=found.message,
        severity=LSP_SEVERITY.get(found.severity, types.DiagnosticSeverity.Warning),
        code=found.rule,
        code_description=types.CodeDescription(href=rule_url(found.rule)),
        source=SOURCE,
        related_information=related or None,
        data={"fixable": found.fix is not None},
    )


def setup(server: ResolintServer) -> None:
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        server.documents[item.uri] = OpenDocument(
            uri=item.uri, language_id=item.language_id, version=item.version, text=item.text
        )
        if server.document(item.uri) is not None:
            server.publish_diagnostics(item.uri)  # at once: the first result should not wait

    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        doc = server.documents.get(params.text_document.uri)
        if doc is None:
            return
        text = doc.text
        known = doc.analysis.positions if doc.analysis is not None else None
        for change in params.content_changes:
            text = apply_change(text, change, known)
        doc.text = text
        doc.version = params.text_document.version
        if doc.is_resolution:
            server.schedule_lint(doc.uri)

    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        doc = server.documents.pop(params.text_document.uri, None)
        if doc is not None and doc.is_resolution:
            server.clear_diagnostics(doc.uri)

    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        doc = server.documents.get(params.text_document.uri)
        if doc is not None and params.text is not None and params.text != doc.text:
            doc.text = params.text
        if doc is not None and doc.is_resolution:
            server.schedule_lint(doc.uri, delay=0)

    server.provide(types.TEXT_DOCUMENT_DID_OPEN, did_open)
    server.provide(types.TEXT_DOCUMENT_DID_CHANGE, did_change)
    server.provide(types.TEXT_DOCUMENT_DID_CLOSE, did_close)
    server.provide(types.TEXT_DOCUMENT_DID_SAVE, did_save)
