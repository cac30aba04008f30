"""AKN4UN file in, ``.res.md`` text out (and the atomic write the exporter uses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from resolint.aknio.errors import AknError
from resolint.aknio.reader import AknText, parse_bytes, parse_file, read_akn
from resolint.aknio.resmd import to_resmd


@dataclass(slots=True)
class ImportedAkn:
    text: str
    structure: AknText
    notices: list[str] = field(default_factory=list)
    path: str = ""


def import_file(path: str | Path) -> ImportedAkn:
    return imported(read_akn(parse_file(path)), str(path))


def import_data(data: bytes, name: str = "<input>") -> ImportedAkn:
    return imported(read_akn(parse_bytes(data, name)), name)


def imported(structure: AknText, name: str) -> ImportedAkn:
    return ImportedAkn(to_resmd(structure), structure, list(structure.notices), name)


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write next to the target and rename it over (:mod:`resolint.writing`): mode and owner are kept."""
    from resolint.writing import WriteError, write_bytes

    try:
        write_bytes(path, data)
    except WriteError as error:
        raise AknError(str(error)) from None
    return Path(path)
