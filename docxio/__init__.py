"""Word export in UN layout and Word import, so .docx drafts are linted too.

``export_docx(document, out_path, paper)`` writes a parsed resolution as a .docx; ``import_docx(path)``
reads a .docx into the source text the core parses plus a map back to Word paragraphs. Both raise
:class:`DocxError` with a one-line message. python-docx and lxml are imported only when these are
called, so importing this package costs nothing on the lint path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resolint.docxio.errors import DocxError

if TYPE_CHECKING:
    from pathlib import Path

    from resolint.docxio.export import ExportOptions
    from resolint.docxio.importer import ImportedDocument
    from resolint.model import Document

__all__ = ["DocxError", "ImportedDocument", "export_docx", "import_docx"]


def export_docx(document: Document, out_path: str | Path, paper: str = "a4", options: ExportOptions | None = None
                ) -> Path:
    """Write ``document`` as a .docx in the UN layout (``paper`` "a4" for Geneva, "letter" for New York);
    ``options`` (:class:`resolint.docxio.export.ExportOptions`): emblem, job number, date code, link target."""
    from resolint.docxio.export import export_docx as _export

    return _export(document, out_path, paper, options)


def import_docx(path: str | Path) -> ImportedDocument:
    """Read a .docx into resolint source text with a map from text offsets to Word paragraphs."""
    from resolint.docxio.importer import import_docx as _import

    return _import(path)


def __getattr__(name: str) -> Any:
    if name in ("ImportedDocument", "MapEntry"):
        from resolint.docxio import importer

        return getattr(importer, name)
    raise AttributeError(name)
