"""AKN4UN file in, ``.res.md`` text out (and the atomic write the exporter uses)."""

from __future__ import annotations

import os
import tempfile
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
    """Write next to the target, then rename over it; the target's permissions are kept."""
    path = Path(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise AknError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise AknError(f"{path}: cannot write: {error.strerror or error}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
