"""AKN4UN (Akoma Ntoso for the United Nations) export and import.

``export_akn(document, out_path)`` writes a parsed resolution as the UN's XML; ``akn_bytes(document)``
returns it; ``import_akn(path)`` reads an AKN4UN file into ``.res.md`` source text that
:func:`resolint.parse` reads into the model. Both raise :class:`AknError` with a one-line message.
lxml is imported only when these are called, so importing this package costs nothing on the lint path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resolint.aknio.errors import AknError

if TYPE_CHECKING:
    from pathlib import Path

    from resolint.aknio.importer import ImportedAkn
    from resolint.model import Document

__all__ = ["AknError", "akn_bytes", "export_akn", "import_akn", "import_akn_bytes"]


def akn_bytes(document: Document, today: str | None = None) -> bytes:
    """The AKN4UN XML of ``document`` (``today``: the markup date, ISO; default the current date)."""
    from resolint.aknio.export import export_bytes

    return export_bytes(document, today)


def export_akn(document: Document, out_path: str | Path) -> Path:
    """Write ``document`` as AKN4UN XML to ``out_path`` atomically; returns the path written."""
    from resolint.aknio.importer import write_bytes_atomic

    return write_bytes_atomic(out_path, akn_bytes(document))


def import_akn(path: str | Path) -> ImportedAkn:
    """Read an AKN4UN file into ``.res.md`` source text (``.text``) with notices about what was simplified."""
    from resolint.aknio.importer import import_file

    return import_file(path)


def import_akn_bytes(data: bytes, name: str = "<input>") -> ImportedAkn:
    from resolint.aknio.importer import import_data

    return import_data(data, name)
