"""pytest-lsp harness: the real server (``python -m resolint.langserver``) over stdio, one per test."""

from __future__ import annotations

import asyncio
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
CORPUS = REPO.parent / "shared" / "corpus"
SERVER_COMMAND = [sys.executable, "-m", "resolint.langserver"]
TIMEOUT = 30.0


@dataclass
class Published:
    uri: str
    version: int | None
    diagnostics: list[types.Diagnostic]


@dataclass
class Session:
    """The test client plus what the server published, with versions, and helpers to edit documents."""

    client: LanguageClient
    workspace: Path
    published: list[Published] = field(default_factory=list)
    registrations: list[types.Registration] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def record(self, params: types.PublishDiagnosticsParams) -> None:
        self.published.append(Published(params.uri, params.version, list(params.diagnostics)))
        self.client.diagnostics[params.uri] = params.diagnostics
        self._arrived.set()

    def write(self, name: str, text: str) -> Path:
        path = self.workspace / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def open(self, name: str, text: str, language_id: str = "resolution") -> str:
        path = self.write(name, text)
        uri = path.as_uri()
        self.versions[uri] = 1
        self.texts[uri] = text
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=1, text=text)
            )
        )
        return uri

    def change(self, uri: str, start: types.Position, end: types.Position, text: str) -> int:
        self.versions[uri] += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text=text)
                ],
            )
        )
        return self.versions[uri]

    def replace_all(self, uri: str, text: str) -> int:
        self.versions[uri] += 1
        self.texts[uri] = text
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        return self.versions[uri]

    async def diagnostics(self, uri: str, version: int | None = None, after: int = 0) -> list[types.Diagnostic]:
        """The diagnostics published for ``uri`` at ``version`` (default: the latest version sent)."""
        wanted = self.versions.get(uri) if version is None else version

        def found() -> Published | None:
            for item in reversed(self.published[after:]):
                if item.uri == uri and item.version == wanted:
                    return item
            return None

        async def wait() -> list[types.Diagnostic]:
            while (item := found()) is None:
                self._arrived.clear()
                await self._arrived.wait()
            return item.diagnostics

        return await asyncio.wait_for(wait(), TIMEOUT)


def client_capabilities() -> types.ClientCapabilities:
    return pytest_lsp.client_capabilities("visual-studio-code")


async def start_session(client: LanguageClient, workspace: Path, **init: Any) -> Session:
    session = Session(client, workspace)
    client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = session.record
    client.protocol.fm.features[types.CLIENT_REGISTER_CAPABILITY] = lambda params: session.registrations.extend(
        params.registrations
    )
    client.set_configuration({"select": None, "ignore": [], "severity": {}}, section="resolint")
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(),
            root_uri=workspace.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")],
            **init,
        )
    )
    return session


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND))
async def lsp(lsp_client: LanguageClient, request):
    workspace = request.getfixturevalue("tmp_path") / "ws"
    workspace.mkdir()
    session = await start_session(lsp_client, workspace)
    lsp_client.session = session
    yield
    await lsp_client.shutdown_session()
    shutil.rmtree(workspace, ignore_errors=True)


@pytest.fixture
def session(lsp: LanguageClient) -> Session:
    return lsp.session


def lsp_position(text: str, offset: int) -> types.Position:
    """LSP position of a code-point offset, computed independently of the server (UTF-16 columns)."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n")
    column_text = before[before.rfind("\n") + 1 :]
    return types.Position(line=line, character=len(column_text.encode("utf-16-le")) // 2)


def expected_diagnostics(text: str, path: Path) -> list[tuple[str, int, int, int, int, str]]:
    """What ``resolint lint`` reports for ``text``: (code, start line, col, end line, col, message)."""
    import resolint
    from resolint.config import load_settings

    found = resolint.lint(resolint.parse(text, str(path)), load_settings(path.parent))
    rows = []
    for diagnostic in found:
        start = lsp_position(text, diagnostic.span.start)
        end = lsp_position(text, diagnostic.span.end)
        rows.append((diagnostic.rule, start.line, start.character, end.line, end.character, diagnostic.message))
    return rows


def rows_of(diagnostics: list[types.Diagnostic]) -> list[tuple[str, int, int, int, int, str]]:
    return [
        (str(d.code), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message)
        for d in diagnostics
    ]
