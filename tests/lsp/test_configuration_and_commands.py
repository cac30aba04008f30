"""Configuration from the workspace file and from the client, and the executeCommand commands."""

from __future__ import annotations

import zipfile

import pytest
from lsp_harness import DRAFT, SEED, Session, expected_diagnostics, rows_of
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from resolint.rules import get_rule


def codes(diagnostics: list[types.Diagnostic]) -> set[str]:
    return {str(d.code) for d in diagnostics}


async def test_workspace_config_file_is_read_and_its_change_relints(session: Session):
    config = session.write("resolint.toml", 'ignore = ["RT402"]\n')
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    first = await session.diagnostics(uri, version=1)
    assert "RT402" not in codes(first) and first
    assert rows_of(first) == expected_diagnostics(text, session.workspace / "seed.txt")
    config.write_text('[severity]\nRT404 = "error"\n', encoding="utf-8")
    start = len(session.published)
    session.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    again = (await session.published_where(lambda item: item.uri == uri, after=start)).diagnostics
    assert "RT402" in codes(again)
    assert {d.severity for d in again if d.code == "RT404"} == {types.DiagnosticSeverity.Error}


async def test_the_server_watches_config_files_when_the_client_allows(session: Session):
    patterns = [
        watcher["globPattern"]
        for registration in session.registrations
        if registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        for watcher in registration.register_options["watchers"]
    ]
    assert sorted(patterns) == ["**/pyproject.toml", "**/resolint.toml"]


async def test_client_settings_select_ignore_and_severity(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    assert {"RT402", "RT404"} <= codes(await session.diagnostics(uri, version=1))
    session.client.set_configuration(
        {"ignore": ["RT402"], "severity": {"RT404": "info", "RT403": "off"}}, section="resolint"
    )
    start = len(session.published)
    session.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    after = (await session.published_where(lambda item: item.uri == uri, after=start)).diagnostics
    assert "RT402" not in codes(after) and "RT403" not in codes(after)
    assert {d.severity for d in after if d.code == "RT404"} == {types.DiagnosticSeverity.Information}
    session.client.set_configuration({"select": ["RT404"]}, section="resolint")
    start = len(session.published)
    session.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    only = (await session.published_where(lambda item: item.uri == uri, after=start)).diagnostics
    assert codes(only) == {"RT404"}


async def execute(session: Session, command: str, *arguments):
    return await session.client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command, arguments=list(arguments))
    )


async def test_rule_doc_command(session: Session):
    answer = await execute(session, "resolint.ruleDoc", "RT401")
    rule = get_rule("RT401")
    assert answer == {"code": "RT401", "slug": rule.slug, "summary": rule.summary, "markdown": rule.documentation()}
    with pytest.raises(JsonRpcException, match="unknown rule 'XX999'"):
        await execute(session, "resolint.ruleDoc", "XX999")


async def test_export_docx_writes_a_word_file_next_to_the_document(session: Session):
    text = DRAFT.read_text(encoding="utf-8")
    uri = session.open("draft.res.md", text)
    answer = await execute(session, "resolint.exportDocx", uri, {"paper": "letter"})
    written = session.workspace / "draft.docx"
    assert answer == {"path": str(written.resolve())}
    with zipfile.ZipFile(written) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "Calls upon" in body and "w:pgSz" in body
    assert 'w:w="12240"' in body  # Letter width in twentieths of a point


async def test_export_docx_errors_are_one_line_messages(session: Session):
    with pytest.raises(JsonRpcException, match="save the document to a file first"):
        await execute(session, "resolint.exportDocx", "untitled:Untitled-1")
    uri = session.open("draft.res.md", "1. *Decides* to remain seized of the matter.\n")
    with pytest.raises(JsonRpcException, match="unknown paper size 'a3'"):
        await execute(session, "resolint.exportDocx", uri, {"paper": "a3"})


async def test_settings_pushed_by_the_client_are_used_without_a_pull(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    assert "RT404" in codes(await session.diagnostics(uri, version=1))
    session.client.set_configuration({}, section="resolint")  # a pull would now give nothing
    start = len(session.published)
    session.client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"resolint": {"ignore": ["RT404"]}})
    )
    after = (await session.published_where(lambda item: item.uri == uri, after=start)).diagnostics
    assert "RT404" not in codes(after) and after
