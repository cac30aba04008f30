"""pytest-lsp harness: the real server (``python -m resolint.langserver``) over stdio, one per test.

Shared by the tests of this folder under a unique module name (``conftest`` is taken by other folders)."""

from __future__ import annotations

import asyncio
import re
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
DRAFT = Path(__file__).resolve().parent / "data" / "draft.res.md"
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
    applied_edits: list[types.WorkspaceEdit] = field(default_factory=list)
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

    async def published_where(self, predicate, after: int = 0) -> Published:
        """The first publication from index ``after`` on that satisfies ``predicate``."""

        async def wait() -> Published:
            while True:
                for item in self.published[after:]:
                    if predicate(item):
                        return item
                self._arrived.clear()
                await self._arrived.wait()

        return await asyncio.wait_for(wait(), TIMEOUT)

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


def collect_diagnostics(client: Any) -> asyncio.Queue:
    """A queue of what ``client`` (a pygls client not yet started) receives as publishDiagnostics."""
    published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(params: types.PublishDiagnosticsParams) -> None:
        published.put_nowait(params)

    return published


async def lint_seed_and_exit(client: Any, published: asyncio.Queue, workspace: Path) -> list[tuple]:
    """Through a started client: initialize, open the seed draft, check its diagnostics against
    ``resolint lint``, shut the server down; returns the diagnostics as rows."""
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=workspace.as_uri())
    )
    client.initialized(types.InitializedParams())
    draft = workspace / "seed.txt"
    text = SEED.read_text(encoding="utf-8")
    draft.write_text(text, encoding="utf-8")
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=draft.as_uri(), language_id="resolution", version=1, text=text)
        )
    )
    params = await asyncio.wait_for(published.get(), 60)
    assert params.uri == draft.as_uri() and params.version == 1
    rows = rows_of(params.diagnostics)
    assert rows == expected_diagnostics(text, draft)
    await client.shutdown_async(None)
    client.exit(None)
    return rows


def client_capabilities() -> types.ClientCapabilities:
    return pytest_lsp.client_capabilities("visual-studio-code")


async def start_session(client: LanguageClient, workspace: Path, **init: Any) -> Session:
    session = Session(client, workspace)
    client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = session.record
    client.protocol.fm.features[types.CLIENT_REGISTER_CAPABILITY] = lambda params: session.registrations.extend(
        params.registrations
    )

    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        session.applied_edits.append(params.edit)
        return types.ApplyWorkspaceEditResult(applied=True)

    client.protocol.fm.features[types.WORKSPACE_APPLY_EDIT] = apply_edit
    client.set_configuration({"select": None, "ignore": [], "severity": {}}, section="resolint")
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(),
            root_uri=workspace.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")],
            **init,
        )
    )

    # the server pulls the settings, then registers its file watchers: wait for that to finish
    async def registered() -> None:
        while not session.registrations:
            await asyncio.sleep(0.01)

    await asyncio.wait_for(registered(), TIMEOUT)
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


def lsp_offset(text: str, position: types.Position) -> int:
    """Code-point offset of an LSP position (UTF-16 columns), independently of the server.

    Lines end at ``\n``, ``\r\n`` or ``\r``; a column past a line's content stops before its break."""
    starts = [0, *(match.end() for match in re.finditer(r"\r\n|\r|\n", text))]
    if position.line >= len(starts):
        return len(text)
    offset = starts[position.line]
    line = re.split(r"\r\n|\r|\n", text[offset:], maxsplit=1)[0]
    units = 0
    column = 0
    while column < len(line) and units < position.character:
        units += 2 if ord(line[column]) > 0xFFFF else 1
        column += 1
    return offset + column


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (non-overlapping, positions in the original text) the way an editor does."""
    spans = sorted(
        ((lsp_offset(text, edit.range.start), lsp_offset(text, edit.range.end), edit.new_text) for edit in edits),
        reverse=True,
    )
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def text_document(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)
