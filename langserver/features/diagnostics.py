"""Diagnostics: lint on open, on every change (debounced), on save and when settings change."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from resolint.diagnostics import Severity
from resolint.rules import rule_url

from ..documents import Analysis, OpenDocument
from ..server import LanguageFeature

if TYPE_CHECKING:
    from resolint.diagnostics import Diagnostic

    from ..server import ResolintServer

logger = logging.getLogger("resolint.langserver")

SOURCE = "resolint"
DEBOUNCE_SECONDS = 0.012
"""Quiet time after a change that follows another change closely (a burst of keystrokes, a paste
split into many edits): long enough to merge the burst, short enough to stay inside the 50 ms
the user should wait."""
FIRST_CHANGE_DELAY = 0.002
"""Delay after a change that follows a quiet period: just enough to take in messages already sent."""

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
        code=found.rule or None,  # none for the notice on a text in another language
        code_description=types.CodeDescription(href=rule_url(found.rule)) if found.rule else None,
        source=SOURCE,
        related_information=related or None,
        data={"fixable": found.fix is not None},
    )


class DiagnosticsFeature(LanguageFeature):
    """Publishes each resolution document's diagnostics, at once on open, debounced on change."""

    def __init__(self, server: ResolintServer) -> None:
        super().__init__(server)
        self._pending: dict[str, asyncio.Task] = {}
        self._last_change: dict[str, float] = {}
        self._published: dict[str, int] = {}  # uri -> the version whose diagnostics went out last
        self._wire_forms: dict[str, WireForms] = {}

    def document_opened(self, doc: OpenDocument) -> None:
        if doc.is_resolution:
            self.publish(doc.uri)  # at once: the first result should not wait

    def document_changed(self, doc: OpenDocument) -> None:
        if doc.is_resolution:
            self.schedule(doc.uri)

    def document_saved(self, doc: OpenDocument) -> None:
        if doc.is_resolution:
            self.schedule(doc.uri, delay=0)

    def document_closed(self, doc: OpenDocument) -> None:
        self._published.pop(doc.uri, None)
        self._wire_forms.pop(doc.uri, None)
        if doc.is_resolution:
            self.clear(doc.uri)

    def settings_changed(self) -> None:
        for uri in list(self.server.documents):
            self.schedule(uri, delay=0)

    def schedule(self, uri: str, delay: float | None = None) -> None:
        """Publish ``uri``'s diagnostics after ``delay`` unless another change comes first (debounce).

        Without ``delay``: a change soon after the previous one waits :data:`DEBOUNCE_SECONDS`,
        a change after a quiet period only :data:`FIRST_CHANGE_DELAY`.
        """
        now = time.perf_counter()
        if delay is None:
            in_burst = now - self._last_change.get(uri, 0.0) < DEBOUNCE_SECONDS
            delay = DEBOUNCE_SECONDS if in_burst else FIRST_CHANGE_DELAY
        self._last_change[uri] = now
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._pending[uri] = asyncio.get_running_loop().create_task(self._publish_later(uri, delay))

    async def _publish_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        if self._pending.get(uri) is asyncio.current_task():
            del self._pending[uri]
        self.publish(uri)

    def publish(self, uri: str) -> None:
        server = self.server
        doc = server.document(uri)
        if doc is None:
            return
        version = doc.version
        try:
            analysis = server.analysis(uri)
        except Exception:  # a bug in a rule must not silence the other diagnostics forever
            logger.exception("analysis of %s failed", uri)
            return
        if analysis is None or doc.version != version or server.documents.get(uri) is not doc:
            return  # a newer text arrived meanwhile: its own lint will publish
        published = self._published.get(uri)
        if published is not None and published > version:
            return
        self._published[uri] = version
        forms = self._wire_forms.setdefault(uri, WireForms(uri)).forms(analysis, server.protocol._converter.unstructure)
        server.protocol.notify_json(
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, {"uri": uri, "version": version, "diagnostics": forms}
        )
        if uri in self._last_change:
            since = (time.perf_counter() - self._last_change[uri]) * 1000
            logger.info("published %s v%s %.1f ms after its change", uri, version, since)
        server.after_analysis()

    def clear(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._last_change.pop(uri, None)
        self.server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def setup(server: ResolintServer) -> None:
    server.add_feature(DiagnosticsFeature(server))
