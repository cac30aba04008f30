"""The server owns the documents and tells its features (in process: the protocol is fed messages).

- every LanguageFeature hears of each open, change, save and close, after the server applied it, and
  a hook that raises does not stop the other features;
- pygls keeps no Future per notification (see docs/handoff/pygls-future-retention.md);
- a document's memo (resolint.memo) stays about the size of the document over many edits.
"""

from __future__ import annotations

import asyncio
import io
import random

from lsp_harness import SEED

from resolint.langserver import create_server
from resolint.langserver.server import STALE_FUTURES_KEPT, LanguageFeature

URI = "file:///tmp/lifecycle.res.md"


class Recorder(LanguageFeature):
    def __init__(self, server, heard: list) -> None:
        super().__init__(server)
        self.heard = heard

    def document_opened(self, doc) -> None:
        self.heard.append(("opened", doc.version, doc.text))

    def document_changed(self, doc) -> None:
        self.heard.append(("changed", doc.version, doc.text))

    def document_saved(self, doc) -> None:
        self.heard.append(("saved", doc.version, doc.text))

    def document_closed(self, doc) -> None:
        self.heard.append(("closed", doc.version, doc.uri in self.server.documents))


class Broken(LanguageFeature):
    def document_changed(self, doc) -> None:
        raise RuntimeError("a broken feature")


def started(extra=()):
    server = create_server()
    for feature in extra:
        server.add_feature(feature(server))
    server.protocol.set_writer(io.BytesIO())
    send(server, "initialize", {"processId": None, "rootUri": None, "capabilities": {}}, ident=1)
    send(server, "initialized", {})
    return server


def send(server, method: str, params: dict, ident: int | None = None) -> None:
    message = {"jsonrpc": "2.0", "method": method, "params": params}
    if ident is not None:
        message["id"] = ident
    server.protocol.handle_message(server.protocol.structure_message(message))


def open_document(server, text: str) -> None:
    item = {"uri": URI, "languageId": "resolution", "version": 0, "text": text}
    send(server, "textDocument/didOpen", {"textDocument": item})


def change(server, version: int, start: int, end: int, text: str, old: str) -> None:
    def position(offset: int) -> dict:
        line = old.count("\n", 0, offset)
        return {"line": line, "character": offset - (old.rfind("\n", 0, offset) + 1)}

    content = {"range": {"start": position(start), "end": position(end)}, "text": text}
    send(server, "textDocument/didChange", {"textDocument": {"uri": URI, "version": version}, "contentChanges": [content]})


async def test_features_hear_the_lifecycle_after_the_server_applied_it() -> None:
    heard: list = []
    server = started([Broken, lambda s: Recorder(s, heard)])
    open_document(server, "*The Human Rights Council*,\n")
    change(server, 1, 0, 0, "x", "*The Human Rights Council*,\n")
    send(server, "textDocument/didSave", {"textDocument": {"uri": URI}, "text": "saved\n"})
    send(server, "textDocument/didClose", {"textDocument": {"uri": URI}})
    await asyncio.sleep(0.05)
    assert heard == [
        ("opened", 0, "*The Human Rights Council*,\n"),
        ("changed", 1, "x*The Human Rights Council*,\n"),  # the Broken feature before it raised
        ("saved", 1, "saved\n"),
        ("closed", 1, False),
    ]


async def test_no_future_is_kept_per_notification_and_the_memo_stays_the_size_of_the_document() -> None:
    server = started()
    text = SEED.read_text(encoding="utf-8")
    open_document(server, text)
    first = server.documents[URI].session.memo.size()  # the first analysis (one generation)
    rng = random.Random(12)
    for version in range(1, 401):
        start = rng.randrange(len(text))
        new = rng.choice(["a", " ", "; ", "Recalling also "])
        change(server, version, start, start, new, text)
        text = text[:start] + new + text[start:]
        if version % 20 == 0:  # let the debounced analysis run now and then
            await asyncio.sleep(0.03)
    await asyncio.sleep(0.1)
    assert len(server.protocol._request_futures) <= STALE_FUTURES_KEPT
    doc = server.documents[URI]
    assert server.analysis(URI) is not None
    assert doc.session is not None
    assert doc.session.memo.size() < 2.5 * first  # two generations of the document's facts, not one per edit
