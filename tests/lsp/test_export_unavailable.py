"""Without resolint.docxio (the Word part not installed), ``resolint.exportDocx`` answers a clear error.

The server runs with a ``sitecustomize`` that makes ``import resolint.docxio`` fail, as it does
where python-docx is missing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsp_harness import SERVER_COMMAND, start_session
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import ClientServerConfig, LanguageClient

BLOCKER = """
import importlib.abc
import sys


class HideDocxio(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "resolint.docxio" or name.startswith("resolint.docxio."):
            raise ImportError("No module named 'docx'")
        return None


sys.meta_path.insert(0, HideDocxio())
"""
BLOCKER_DIR = Path(tempfile.mkdtemp(prefix="resolint-no-docxio-"))
(BLOCKER_DIR / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
ENVIRONMENT = {**os.environ, "PYTHONPATH": os.pathsep.join([str(BLOCKER_DIR), *sys.path[1:]])}


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=ENVIRONMENT))
async def no_docxio(lsp_client: LanguageClient, request):
    workspace = request.getfixturevalue("tmp_path") / "ws"
    workspace.mkdir()
    lsp_client.session = await start_session(lsp_client, workspace)
    yield
    await lsp_client.shutdown_session()


async def test_export_without_docxio_is_a_clear_error(no_docxio: LanguageClient):
    session = no_docxio.session
    uri = session.open("draft.res.md", "1. *Decides* to remain seized of the matter.\n")
    assert await session.diagnostics(uri, version=1) is not None
    with pytest.raises(JsonRpcException, match=r"^Word export is not available: resolint.docxio.export_docx is not"):
        await no_docxio.workspace_execute_command_async(
            types.ExecuteCommandParams(command="resolint.exportDocx", arguments=[uri])
        )
    assert not (session.workspace / "draft.docx").exists()
