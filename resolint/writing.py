"""Writing files: atomically, and keeping what the user had.

Every file resolint writes (``fix``, ``fmt --write``/``-o``, ``import -o``, ``export``, ``lint -o``)
goes through this module:

- **atomic**: the bytes go to a temporary file in the target's folder, are flushed to disk
  (``fsync``), and the temporary file is renamed over the target (``os.replace``), then the folder is
  synced; a crash or a full disk leaves the old file whole, never half a file.
- **permissions**: a file that existed keeps its mode bits and, where the system allows, its owner
  and group; a new file gets what the umask gives (0644 under the usual 022), not the 0600 of a
  temporary file. A symbolic link stays a link: its target is written.
- **encoding**: text is written as it was read (:class:`~resolint.inputs.TextFormat`): the same
  encoding, byte-order mark and line endings. When the new text has a character that the encoding
  cannot hold (Windows-1252 holds curly quotes and dashes, but not, say, a superscript 4), the
  file is written as UTF-8 and the caller is told, so that it can say so.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path

from resolint.newlines import LF, NAMES, with_newline

BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
LABELS = {"utf-8": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE", "cp1252": "Windows-1252"}


class WriteError(Exception):
    """A file could not be written; ``str(error)`` is a one-line message for the user."""


@dataclass(frozen=True, slots=True)
class TextFormat:
    """How a text file was stored: what the reader found and the writer restores."""

    encoding: str = "utf-8"  # a Python codec name: utf-8, utf-16-le, utf-16-be or cp1252
    bom: bool = False
    newline: str = LF
    mixed_newlines: bool = False  # lines ended in more than one way; writing makes them all ``newline``
    lossy: bool = False  # bytes the encoding does not define were read as U+FFFD: writing back would lose them

    @property
    def label(self) -> str:
        """``UTF-8``, ``Windows-1252, CRLF``, ``UTF-16 LE with BOM, CRLF``: for messages."""
        name = LABELS.get(self.encoding, self.encoding) + (" with BOM" if self.bom else "")
        return name if self.newline == LF else f"{name}, {NAMES[self.newline]}"


NEW_FILE = TextFormat()
"""What a file resolint creates from nothing is: UTF-8, no BOM, ``\\n``."""


def encode_text(text: str, form: TextFormat) -> tuple[bytes, TextFormat]:
    """The bytes of ``text`` in ``form``, and the form really used: UTF-8 (keeping a BOM and the line
    endings) when ``form``'s encoding cannot hold a character of ``text``."""
    text = with_newline(text, form.newline)
    try:
        body = text.encode(form.encoding)
    except UnicodeEncodeError:
        form = replace(form, encoding="utf-8", bom=form.bom and form.encoding.startswith("utf"))
        body = text.encode("utf-8")
    return (BOMS.get(form.encoding, b"") if form.bom else b"") + body, form


def unencodable(text: str, encoding: str) -> str:
    """The first few distinct characters of ``text`` that ``encoding`` cannot hold, for a message."""
    found: list[str] = []
    for char in dict.fromkeys(text):
        try:
            char.encode(encoding)
        except UnicodeEncodeError:
            found.append(f"{char} U+{ord(char):04X}")
            if len(found) == 3:
                break
    return ", ".join(found)


def write_text(path: str | Path, text: str, form: TextFormat = NEW_FILE) -> TextFormat:
    """Write ``text`` to ``path`` atomically in ``form``; returns the form used (see :func:`encode_text`)."""
    data, used = encode_text(text, form)
    write_bytes(path, data)
    return used


def write_back(path: str | Path, text: str, form: TextFormat) -> list[str]:
    """Write ``text`` to ``path`` as a file read in ``form`` was stored; returns notes for the user on
    what could not be kept. Raises :class:`WriteError`, also for a ``lossy`` form (the bytes that could
    not be read would be lost)."""
    if form.lossy:
        raise WriteError(f"{path}: has bytes that are not {form.label} text; not rewritten (save it as UTF-8 first)")
    used = write_text(path, text, form)
    notes = []
    if used.encoding != form.encoding:
        notes.append(
            f"written as UTF-8, not {form.label}: the new text has characters {form.label} cannot hold "
            f"({unencodable(text, form.encoding)})"
        )
    if form.mixed_newlines:
        notes.append(f"line endings made uniform ({NAMES[form.newline]})")
    return notes


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, keeping the mode and owner of a file that exists."""
    with atomic_path(path) as temp, open(temp, "wb") as handle:
        handle.write(data)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that needs a file name (python-docx saves to one):
    when the block ends without error, the file there is synced and put in ``path``'s place with
    ``path``'s permissions; on error it is removed and ``path`` is untouched. Raises :class:`WriteError`."""
    target = Path(os.path.realpath(path))  # a symbolic link stays; the file it points to is replaced
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise WriteError(_message(path, error)) from None
    os.close(descriptor)
    temp = Path(name)
    try:
        yield temp
        _sync(temp)
        _copy_permissions(target, temp)
        os.replace(temp, target)
        _sync_folder(target.parent)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise WriteError(_message(path, error)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _message(path: str | Path, error: OSError) -> str:
    return f"{path}: cannot write: {error.strerror or error}"


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot sync a folder, which is fine."""
    with suppress(OSError):
        _sync(folder)


def _copy_permissions(target: Path, temp: Path) -> None:
    try:
        existing = target.stat()
    except FileNotFoundError:
        os.chmod(temp, 0o666 & ~current_umask())
        return
    os.chmod(temp, stat.S_IMODE(existing.st_mode))
    if hasattr(os, "chown") and (existing.st_uid, existing.st_gid) != (os.getuid(), os.getgid()):
        with suppress(PermissionError):  # only root may give a file away; then it keeps the writer's owner
            os.chown(temp, existing.st_uid, existing.st_gid)


def current_umask() -> int:
    """The process's umask, read without changing it where Linux tells it (other threads may be creating
    files); elsewhere set and restored at once."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
