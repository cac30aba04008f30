"""``resolint serve --tcp HOST:PORT``: the same server on a TCP socket, driven by pygls's client."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys

from lsp_harness import collect_diagnostics, lint_seed_and_exit
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
    published = collect_diagnostics(client)
    try:
        await connect(port, client)
        await lint_seed_and_exit(client, published, tmp_path)
    finally:
        await client.stop()
        server.terminate()
        server.wait(timeout=10)
