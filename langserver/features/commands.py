"""``workspace/executeCommand``: ``resolint.exportDocx``, ``resolint.fixAll`` and ``resolint.ruleDoc``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.uris import to_fs_path

import resolint
from resolint.inputs import InputError, read_text_file
from resolint.rules import get_rule

from ..server import RequestFailed
from ..settings import PAPER_SIZES
from .code_actions import fix_all_edit

if TYPE_CHECKING:
    from ..server import ResolintServer

EXPORT_DOCX = "resolint.exportDocx"
FIX_ALL = "resolint.fixAll"
RULE_DOC = "resolint.ruleDoc"


def docx_path_for(path: Path) -> Path:
    """``draft.res.md`` and ``draft.txt`` -> ``draft.docx`` in the same folder."""
    name = path.name
    stem = name[: -len(".res.md")] if name.endswith(".res.md") else path.stem
    return path.with_name(stem + ".docx")


def _uri_argument(args: tuple[Any, ...]) -> str:
    if not args or not isinstance(args[0], str):
        raise RequestFailed("expected the document URI as the first argument")
    return args[0]


def export_docx(server: ResolintServer, *args: Any) -> dict[str, str]:
    uri = _uri_argument(args)
    options = args[1] if len(args) > 1 and isinstance(args[1], dict) else {}
    paper = str(options.get("paper", server.settings.client.paper)).lower()
    if paper not in PAPER_SIZES:
        raise RequestFailed(f"unknown paper size {paper!r} (use a4 or letter)")
    path_text = to_fs_path(uri) if uri.startswith("file:") else None
    if not path_text:
        raise RequestFailed("save the document to a file first: the Word file is written next to it")
    source = Path(path_text)
    try:  # python-docx is optional (resolint[docx]) and heavy: imported when a Word file is asked for
        from resolint.docxio import DocxError
        from resolint.docxio import export_docx as write_docx
    except ImportError:
        raise RequestFailed("Word export is not available: resolint.docxio.export_docx is not installed") from None
    doc = server.documents.get(uri)
    text = doc.text if doc is not None else _read(source)
    try:
        written = write_docx(resolint.parse(text, str(source)), docx_path_for(source), paper=paper)
    except DocxError as error:
        raise RequestFailed(f"Word export failed: {error}") from None
    except OSError as error:
        raise RequestFailed(f"cannot write {docx_path_for(source)}: {error.strerror or error}") from None
    return {"path": str(Path(written).resolve())}


def _read(path: Path) -> str:
    try:
        return read_text_file(path)
    except InputError as error:
        raise RequestFailed(str(error)) from None


async def fix_all(server: ResolintServer, *args: Any) -> dict[str, int]:
    uri = _uri_argument(args)
    if server.document(uri) is None:
        raise RequestFailed(f"{uri} is not an open resolution document")
    edit, count = fix_all_edit(server, uri)
    if edit is None:
        return {"fixed": 0}
    answer = await server.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(
            edit=types.WorkspaceEdit(changes={uri: [edit]}), label="Fix all resolint problems"
        )
    )
    if not answer.applied:
        raise RequestFailed(f"the editor did not apply the fixes: {answer.failure_reason or 'no reason given'}")
    return {"fixed": count}


def rule_doc(server: ResolintServer, *args: Any) -> dict[str, str]:
    if not args or not isinstance(args[0], str):
        raise RequestFailed("expected a rule code such as RT401")
    rule = get_rule(args[0])
    if rule is None:
        raise RequestFailed(f"unknown rule {args[0]!r}")
    return {"code": rule.code, "slug": rule.slug, "summary": rule.summary, "markdown": rule.documentation()}


def setup(server: ResolintServer) -> None:
    @server.command(EXPORT_DOCX)
    def export_command(*args: Any) -> dict[str, str]:
        return export_docx(server, *args)

    @server.command(FIX_ALL)
    async def fix_all_command(*args: Any) -> dict[str, int]:
        return await fix_all(server, *args)

    @server.command(RULE_DOC)
    def rule_doc_command(*args: Any) -> dict[str, str]:
        return rule_doc(server, *args)
