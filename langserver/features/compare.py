"""``resolint.compare``: "Compare with…" — the open resolution against another version.

Arguments: the URI of the open document (NEW), then the other version (OLD) as a ``file:`` URI
or a path (a ``.txt``, ``.res.md`` or ``.docx``; an open document's unsaved text is used when it
is open), then options ``{"format": "html" | "json" | "markdown" | "text"}`` (default html).
Returns ``{"summary", "format", "content", "changes"}``: the client shows ``content`` (the
standalone HTML page in a webview, say) and may use ``changes`` (the number of changes).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pygls.uris import to_fs_path

from ..server import RequestFailed

if TYPE_CHECKING:
    from ..server import ResolintServer

COMPARE = "resolint.compare"
FORMATS = ("html", "json", "markdown", "text")


def compare(server: ResolintServer, *args: Any) -> dict[str, Any]:
    from resolint.diff import compare_texts
    from resolint.diff.report import render

    if len(args) < 2 or not all(isinstance(a, str) for a in args[:2]):
        raise RequestFailed("expected the document URI and the version to compare with (a URI or a path)")
    options = args[2] if len(args) > 2 and isinstance(args[2], dict) else {}
    form = str(options.get("format", "html"))
    if form not in FORMATS:
        raise RequestFailed(f"unknown format {form!r} (use {', '.join(FORMATS)})")
    new_name, new_text = _version(server, args[0])
    old_name, old_text = _version(server, args[1])
    comparison = compare_texts(old_text, new_text, old_name, new_name)
    return {
        "summary": comparison.summary(),
        "format": form,
        "content": render(comparison, form),
        "changes": len(comparison.changes) + len(comparison.renumberings),
    }


def _version(server: ResolintServer, where: str) -> tuple[str, str]:
    """(name, text) of a version: an open document's text, else the file's."""
    uri = where if ":" in where.split("/", 1)[0] else Path(where).resolve().as_uri()
    document = server.documents.get(uri)
    path_text = to_fs_path(uri) if uri.startswith("file:") else None
    name = Path(path_text).name if path_text else uri
    if document is not None:
        return name, document.text
    if not path_text:
        raise RequestFailed(f"{where}: not an open document and not a file")
    from resolint.loading import UsageError, load_file

    try:
        return name, load_file(Path(path_text)).text
    except UsageError as error:
        raise RequestFailed(str(error)) from None


def setup(server: ResolintServer) -> None:
    @server.command(COMPARE)
    def compare_command(*args: Any) -> dict[str, Any]:
        return compare(server, *args)
