"""The language server's "Compare with…" command (``resolint.compare``), over stdio with pytest-lsp."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "lsp"))

from lsp_harness import SEED, Session, lsp, session

__all__ = ["lsp", "session"]


async def execute(session: Session, *arguments):
    return await session.client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="resolint.compare", arguments=list(arguments))
    )


async def test_compare_the_open_draft_with_a_file(session: Session):
    text = SEED.read_text(encoding="utf-8")
    base = session.write("base.txt", text.replace("Adds.1", "Add.1"))
    uri = session.open("draft.txt", text.replace("Recognizing also that digital", "Recognizing further that digital"))
    answer = await execute(session, uri, str(base), {"format": "json"})
    report = json.loads(answer["content"])
    assert answer["format"] == "json" and answer["changes"] == 2
    words = {(w["old"], w["new"]) for c in report["changes"] for w in c["words"]}
    assert words == {("also", "further"), ("Add", "Adds")}
    html = await execute(session, uri, base.as_uri())
    assert html["format"] == "html" and html["content"].startswith("<!DOCTYPE html>")
    assert html["summary"] == answer["summary"]


async def test_compare_reports_bad_arguments(session: Session):
    uri = session.open("draft.txt", SEED.read_text(encoding="utf-8"))
    with pytest.raises(JsonRpcException, match="no such file"):
        await execute(session, uri, str(session.workspace / "missing.txt"))
    with pytest.raises(JsonRpcException, match="unknown format"):
        await execute(session, uri, uri, {"format": "pdf"})
