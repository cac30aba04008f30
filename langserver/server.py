"""The thin server: open documents, settings, the diagnostics schedule and the provider fan-out.

Every LSP feature lives in a module of :mod:`resolint.langserver.features` whose ``setup(server)``
adds *providers* for LSP methods. :mod:`resolint.langserver.dispatch` registers one pygls handler
per method that calls every provider of that method; a provider that fails is logged and skipped,
so one broken feature never takes the others (or the server) down.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Generator
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import JsonRPCProtocol, LanguageServerProtocol, lsp_method

import resolint

from . import settings as settings_module
from .documents import Analysis, OpenDocument, Session, analyse

logger = logging.getLogger("resolint.langserver")

DEBOUNCE_SECONDS = 0.012
"""Quiet time after a change that follows another change closely (a burst of keystrokes, a paste
split into many edits): long enough to merge the burst, short enough to stay inside the 50 ms
the user should wait."""
IDLE_COLLECTION_SECONDS = 2.0
"""With garbage collection managed (:meth:`ResolintServer.manage_garbage`): the full collection
runs after this long without an analysis, never while the user types."""
FULL_COLLECTION_EVERY = 500
"""... and after this many analyses at the latest, for a user who never pauses."""
FIRST_CHANGE_DELAY = 0.002
"""Delay after a change that follows a quiet period: just enough to take in messages already sent."""

STALE_FUTURES_KEPT = 32
"""Finished pygls Futures tolerated before :meth:`ResolintProtocol._handle_notification` drops them."""

Provider = Callable[..., Any]


class RequestFailed(JsonRpcException):
    """A request that cannot be done, with a one-line message for the user (LSP ``RequestFailed``)."""

    CODE = -32803


class ResolintProtocol(LanguageServerProtocol):
    """Keeps document text out of pygls's workspace: :class:`ResolintServer` holds it.

    pygls splits lines with ``str.splitlines``, which also breaks at form feeds and other
    control characters that LSP clients do not count as line breaks; pasted binary garbage
    would then shift every later position. The server applies changes itself (see
    :func:`resolint.langserver.positions.apply_change`).
    """

    def notify_json(self, method: str, params: dict[str, Any]) -> None:
        """Send a notification whose params are JSON already (see :class:`~.features.diagnostics.WireForms`).

        The message goes out as a plain dict: wrapped in pygls's attrs message, its params would be
        walked value by value by the converter (a third of the sending time of 300 diagnostics).
        """
        self._send_data({"jsonrpc": JsonRPCProtocol.VERSION, "method": method, "params": params})

    def _handle_notification(self, method_name: str, params: Any) -> None:
        """pygls 2.1 files the Future of every notification whose handler is a generator or a coroutine (every
        didChange) under a fresh id and never takes it out again: about one object kept per keystroke. A Future
        that is done is never looked up again (requests take theirs out when they answer; a cancel of a finished
        request finds nothing to cancel), so the done ones are dropped once a few have gathered."""
        super()._handle_notification(method_name, params)
        if len(self._request_futures) > STALE_FUTURES_KEPT:
            self._request_futures = {key: future for key, future in self._request_futures.items() if not future.done()}

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams) -> Generator:
        # Positions are always UTF-16 (the LSP default): pygls would otherwise take the client's
        # first preference (Neovim offers UTF-8 first), and positions.py speaks UTF-16 only.
        general = params.capabilities.general
        if general is not None:
            general.position_encodings = None
        return (yield from super().lsp_initialize(params))

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams) -> Generator:
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> Generator:
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams) -> Generator:
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None


class ResolintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("resolint", resolint.__version__, protocol_cls=ResolintProtocol)
        self.documents: dict[str, OpenDocument] = {}
        self.settings = settings_module.SettingsStore()
        self.providers: dict[str, list[Provider]] = {}
        self.provider_options: dict[str, Any] = {}
        self._pending_lints: dict[str, asyncio.Task] = {}
        self._last_change: dict[str, float] = {}
        self._garbage_managed = False
        self._analyses_since_collection = 0
        self._idle_timer: asyncio.TimerHandle | None = None
        self.idle_tasks: list[Callable[[], None]] = []
        """Housekeeping for when the user pauses (e.g. saving the start-up code cache)."""

    # -- garbage collection ----------------------------------------------------------------------
    def manage_garbage(self) -> None:
        """Take Python's cyclic garbage collection out of the keystroke path.

        A 1 MB resolution is about a million objects; an automatic collection of them takes 100 ms
        or more and lands on a random keystroke. Reference counting frees the garbage of an analysis
        at once (it leaves only a handful of objects in cycles), so the server switches automatic
        collection off and collects everything when the user pauses, or after
        :data:`FULL_COLLECTION_EVERY` analyses for a user who never does.
        """
        import gc

        gc.disable()
        self._garbage_managed = True

    def _after_analysis(self) -> None:
        if not (self._garbage_managed or self.idle_tasks):
            return
        self._analyses_since_collection += 1
        if self._garbage_managed and self._analyses_since_collection >= FULL_COLLECTION_EVERY:
            self._collect_all()
            return
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = asyncio.get_running_loop().call_later(IDLE_COLLECTION_SECONDS, self._on_idle)

    def _on_idle(self) -> None:
        for task in self.idle_tasks:
            try:
                task()
            except Exception:  # housekeeping must not disturb serving
                logger.exception("idle task failed")
        if self._garbage_managed:
            self._collect_all()

    def _collect_all(self) -> None:
        import gc

        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = None
        self._analyses_since_collection = 0
        gc.collect()

    # -- providers -------------------------------------------------------------------------------
    def provide(self, method: str, provider: Provider, options: Any = None) -> None:
        """Add ``provider`` for LSP ``method``; the first options given for a method are used."""
        self.providers.setdefault(method, []).append(provider)
        if options is not None:
            self.provider_options.setdefault(method, options)

    # -- documents and analysis ------------------------------------------------------------------
    def document(self, uri: str) -> OpenDocument | None:
        found = self.documents.get(uri)
        return found if found is not None and found.is_resolution else None

    def analysis(self, uri: str) -> Analysis | None:
        """The analysis of the document's current text, computed now if the text changed."""
        doc = self.document(uri)
        if doc is None:
            return None
        if doc.analysis is None or doc.analysis.editor_text is not doc.text:
            settings = self.settings.for_directory(doc.directory)
            started = time.perf_counter()
            if doc.session is None:
                doc.session = Session(doc.path)
            doc.analysis = analyse(doc.text, settings, doc.session)
            logger.info(
                "analysed %s v%s (%d chars, %d diagnostics) in %.0f ms",
                uri,
                doc.version,
                len(doc.text),
                len(doc.analysis.diagnostics),
                (time.perf_counter() - started) * 1000,
            )
        return doc.analysis

    def forget_analyses(self) -> None:
        for doc in self.documents.values():
            doc.analysis = None

    # -- diagnostics schedule --------------------------------------------------------------------
    def schedule_lint(self, uri: str, delay: float | None = None) -> None:
        """Re-lint ``uri`` after ``delay`` unless another change comes first (debounce).

        Without ``delay``: a change soon after the previous one waits :data:`DEBOUNCE_SECONDS`,
        a change after a quiet period only :data:`FIRST_CHANGE_DELAY`.
        """
        now = time.perf_counter()
        if delay is None:
            in_burst = now - self._last_change.get(uri, 0.0) < DEBOUNCE_SECONDS
            delay = DEBOUNCE_SECONDS if in_burst else FIRST_CHANGE_DELAY
        self._last_change[uri] = now
        pending = self._pending_lints.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._pending_lints[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    def relint_all(self) -> None:
        self.forget_analyses()
        for uri in list(self.documents):
            self.schedule_lint(uri, delay=0)

    async def _lint_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        if self._pending_lints.get(uri) is asyncio.current_task():
            del self._pending_lints[uri]
        self.publish_diagnostics(uri)

    def publish_diagnostics(self, uri: str) -> None:
        from .features.diagnostics import WireForms

        doc = self.document(uri)
        if doc is None:
            return
        version = doc.version
        try:
            analysis = self.analysis(uri)
        except Exception:  # a bug in a rule must not silence the other diagnostics forever
            logger.exception("analysis of %s failed", uri)
            return
        if analysis is None or doc.version != version or self.documents.get(uri) is not doc:
            return  # a newer text arrived meanwhile: its own lint will publish
        if doc.published_version is not None and doc.published_version > version:
            return
        doc.published_version = version
        if doc.wire_forms is None:
            doc.wire_forms = WireForms(uri)
        forms = doc.wire_forms.forms(analysis, self.protocol._converter.unstructure)
        self.protocol.notify_json(
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, {"uri": uri, "version": version, "diagnostics": forms}
        )
        if uri in self._last_change:
            since = (time.perf_counter() - self._last_change[uri]) * 1000
            logger.info("published %s v%s %.1f ms after its change", uri, version, since)
        self._after_analysis()

    def clear_diagnostics(self, uri: str) -> None:
        pending = self._pending_lints.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._last_change.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
