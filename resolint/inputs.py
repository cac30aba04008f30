"""Reading input files: any bytes in, text or a one-line error out.

:func:`read_source` also reports how the file was stored (encoding, byte-order mark, line endings),
so that a file resolint rewrites stays as the user had it (:mod:`resolint.writing`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from resolint.newlines import is_mixed, newline_of
from resolint.writing import BOMS, TextFormat

MAX_BYTES = 16 * 1024 * 1024  # a resolution is 10-100 KB; 16 MB leaves room for whole session reports
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BINARY_MAGICS = {
    b"%PDF": "a PDF file (convert it to text or Word first)",
    b"\x7fELF": "an executable",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF file (save it as .docx)",
}


class InputError(Exception):
    """Unreadable input; ``str(error)`` is a one-line message for the user."""


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode resolution text: BOMs, UTF-16 without BOM, UTF-8, then Windows-1252."""
    return decode_source(data, name).text


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded text file and how it was stored (what ``fix`` and ``fmt --write`` restore)."""

    text: str
    form: TextFormat


def decode_source(data: bytes, name: str = "<input>") -> SourceText:
    """Decode resolution text and report its encoding, byte-order mark and line endings."""
    for magic, what in BINARY_MAGICS.items():
        if data.startswith(magic):
            raise InputError(f"{name}: not a text file: {what}")
    if data.startswith(ZIP_MAGIC) or data.startswith(OLE_MAGIC):
        raise InputError(f"{name}: looks like a Word or other Office file; give it a .docx extension")
    encoding, bom = _unicode_encoding(data)
    lossy = False
    if encoding is not None:
        text = _decode(data[len(BOMS[encoding]) :] if bom else data, encoding, name)
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
            lossy = "\ufffd" in text  # one of the five bytes Windows-1252 leaves undefined
    if _is_binary(text):
        raise InputError(f"{name}: not a text file (binary content)")
    return SourceText(text, TextFormat(encoding, bom, newline_of(text), is_mixed(text), lossy))


def _unicode_encoding(data: bytes) -> tuple[str | None, bool]:
    """(codec, has a byte-order mark) of text that says it is UTF-8 or UTF-16 by a BOM or looks UTF-16;
    (None, False) for the rest, which is UTF-8 if it decodes as UTF-8, else Windows-1252."""
    for encoding, mark in BOMS.items():
        if data.startswith(mark):
            return encoding, True
    if len(data) >= 4 and _looks_utf16(data):
        return ("utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"), False
    return None, False


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: cannot decode as {encoding}: {error.reason} at byte {error.start}") from None


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) // 2
    if half == 0 or max(even_zero, odd_zero) <= 0.4 * half or min(even_zero, odd_zero) >= 0.05 * half:
        return False
    low_bytes = sample[1::2] if even_zero > odd_zero else sample[0::2]
    printable = sum(1 for b in low_bytes if b >= 0x20 or b in (9, 10, 13))
    return printable > 0.9 * len(low_bytes)


def _is_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    control = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\v")
    return control > max(8, len(sample) // 20)


def read_text_file(path: str | Path) -> str:
    return read_source(path).text


def read_source(path: str | Path) -> SourceText:
    """Read and decode a text file; every failure is an :class:`InputError` with a one-line message."""
    return decode_source(read_input_bytes(path), str(Path(path)))


def read_input_bytes(path: str | Path) -> bytes:
    """The bytes of an input file of at most :data:`MAX_BYTES`; every failure is an :class:`InputError` with a
    one-line message (what the text, AKN and other readers report for a path that cannot be read)."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path}: file too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write a new UTF-8 text (a report) atomically; see :mod:`resolint.writing`."""
    from resolint.writing import WriteError, write_text

    try:
        write_text(path, text)
    except WriteError as error:
        raise InputError(str(error)) from None
