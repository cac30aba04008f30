"""``resolint serve --tcp HOST:PORT``: the same server on a TCP socket, driven by pygls's client."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys

from lsp_harness import SEED, expected_diagnostics, rows_of
from lsprotocol import types
from pygls.lsp.client import LanguageClient


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def connect(port: int, client: LanguageClient) -> None:
    for _ in range(200):
        try:
            await client.start_tcp("127.0.0.1", port)
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


async def test_tcp_server_publishes_diagnostics(tmp_path):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "resolint.langserver", "--tcp", f"127.0.0.1:{port}"])
    client = LanguageClient("tcp-test", "1")
    published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(params: types.PublishDiagnosticsParams) -> None:
        published.put_nowait(params)

    try:
        await connect(port, client)
        await client.initialize_async(
            types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=tmp_path.as_uri())
        )
        client.initialized(types.InitializedParams())
        draft = tmp_path / "seed.txt"
        text = SEED.read_text(encoding="utf-8")
        draft.write_text(text, encoding="utf-8")
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=draft.as_uri(), language_id="resolution", version=1, text=text)
            )
        )
        params = await asyncio.wait_for(published.get(), 30)
        assert params.uri == draft.as_uri() and params.version == 1
        assert rows_of(params.diagnostics) == expected_diagnostics(text, draft)
        await client.shutdown_async(None)
        client.exit(None)
    finally:
        await client.stop()
        server.terminate()
        server.wait(timeout=10)
