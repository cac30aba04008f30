"""The thin server: the open documents and their lifecycle, settings, and the provider fan-out.

Every LSP feature lives in a module of :mod:`resolint.langserver.features` whose ``setup(server)``
adds *providers* for LSP methods and, for a feature that follows the documents, a
:class:`~resolint.langserver.feature.LanguageFeature` whose hooks hear of every open, change, save
and close (the server applies them first). :mod:`resolint.langserver.dispatch` registers one pygls
handler per method that calls every provider of that method; a provider or hook that fails is
logged and skipped, so one broken feature never takes the others (or the server) down. The server
imports no feature.
"""

from __future__ import annotations

import asyncio
import gc
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
from .positions import apply_change

logger = logging.getLogger("resolint.langserver")

IDLE_COLLECTION_SECONDS = 2.0
"""With garbage collection managed (:meth:`ResolintServer.manage_garbage`): the full collection
runs after this long without an analysis, never while the user types."""
FULL_COLLECTION_EVERY = 500
"""... and after this many analyses at the latest, for a user who never pauses."""
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

    # The document notifications are handled here, as plain functions: pygls keeps no Future for them
    # (it does for a generator handler, see _handle_notification), and they run in order of arrival.
    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        self._server.open_document(params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        self._server.change_document(params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        self._server.close_document(params)


class LanguageFeature:
    """A feature with a part in each document's lifecycle (esbonio's model).

    The server applies every didOpen, didChange, didSave and didClose itself, then calls these hooks
    on each feature given to :meth:`ResolintServer.add_feature`, in the order they were added; a
    hook that raises is logged and the other features still run. Every hook does nothing by default.
    """

    def __init__(self, server: ResolintServer) -> None:
        self.server = server

    def document_opened(self, doc: OpenDocument) -> None:
        """``doc`` was opened (any language: check :attr:`OpenDocument.is_resolution`)."""

    def document_changed(self, doc: OpenDocument) -> None:
        """``doc.text`` and ``doc.version`` are those of the client after a didChange."""

    def document_saved(self, doc: OpenDocument) -> None:
        """``doc`` was saved (its text is the saved one when the client sent it)."""

    def document_closed(self, doc: OpenDocument) -> None:
        """``doc`` was closed; the server no longer has it."""

    def settings_changed(self) -> None:
        """Settings or configuration files changed: every analysis was forgotten."""


class ResolintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("resolint", resolint.__version__, protocol_cls=ResolintProtocol)
        self.documents: dict[str, OpenDocument] = {}
        self.settings = settings_module.SettingsStore()
        self.providers: dict[str, list[Provider]] = {}
        self.provider_options: dict[str, Any] = {}
        self.features: list[LanguageFeature] = []
        self._garbage_managed = False
        self._analyses_since_collection = 0
        self._idle_timer: asyncio.TimerHandle | None = None
        self.idle_tasks: list[Callable[[], None]] = []
        """Housekeeping for when the user pauses (e.g. saving the start-up code cache)."""
        self.provide(types.TEXT_DOCUMENT_DID_SAVE, self.save_document)

    # -- garbage collection ----------------------------------------------------------------------
    def manage_garbage(self) -> None:
        """Take Python's cyclic garbage collection out of the keystroke path.

        A 1 MB resolution is about a million objects; an automatic collection of them takes 100 ms
        or more and lands on a random keystroke. Reference counting frees the garbage of an analysis
        at once (it leaves only a handful of objects in cycles), so the server switches automatic
        collection off and collects everything when the user pauses, or after
        :data:`FULL_COLLECTION_EVERY` analyses for a user who never does.
        """
        gc.disable()
        self._garbage_managed = True

    def after_analysis(self) -> None:
        """Count an analysis whose result went out; schedule the idle housekeeping."""
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
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = None
        self._analyses_since_collection = 0
        gc.collect()

    # -- features and providers ------------------------------------------------------------------
    def provide(self, method: str, provider: Provider, options: Any = None) -> None:
        """Add ``provider`` for LSP ``method``; the first options given for a method are used."""
        self.providers.setdefault(method, []).append(provider)
        if options is not None:
            self.provider_options.setdefault(method, options)

    def add_feature(self, feature: LanguageFeature) -> None:
        """Let ``feature`` hear of every document opened, changed, saved or closed from now on."""
        self.features.append(feature)

    def _tell_features(self, hook: str, *args: Any) -> None:
        for feature in self.features:
            try:
                getattr(feature, hook)(*args)
            except Exception:  # one broken feature must not stop the others
                logger.exception("%s.%s failed", type(feature).__name__, hook)

    # -- the document lifecycle ------------------------------------------------------------------
    def open_document(self, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        doc = OpenDocument(uri=item.uri, language_id=item.language_id, version=item.version, text=item.text)
        self.documents[item.uri] = doc
        self._tell_features("document_opened", doc)

    def change_document(self, params: types.DidChangeTextDocumentParams) -> None:
        doc = self.documents.get(params.text_document.uri)
        if doc is None:
            return
        text = doc.text
        known = doc.analysis.positions if doc.analysis is not None else None
        for change in params.content_changes:
            text = apply_change(text, change, known)
        doc.text = text
        doc.version = params.text_document.version
        self._tell_features("document_changed", doc)

    def save_document(self, params: types.DidSaveTextDocumentParams) -> None:
        doc = self.documents.get(params.text_document.uri)
        if doc is None:
            return
        if params.text is not None and params.text != doc.text:
            doc.text = params.text
        self._tell_features("document_saved", doc)

    def close_document(self, params: types.DidCloseTextDocumentParams) -> None:
        doc = self.documents.pop(params.text_document.uri, None)
        if doc is not None:
            self._tell_features("document_closed", doc)

    # -- analysis --------------------------------------------------------------------------------
    def document(self, uri: str) -> OpenDocument | None:
        """The open resolution document ``uri`` (None for a document of another language)."""
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

    def relint_all(self) -> None:
        """Settings changed: forget every analysis and let the features know."""
        for doc in self.documents.values():
            doc.analysis = doc.fixed_all = None
        self._tell_features("settings_changed")
