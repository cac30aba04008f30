"""Reading a resolution file into text, for the command line and the language server.

:func:`load_file` reads a ``.txt``/``.res.md`` file (its encoding and newlines kept in
``LoadedFile.form``, so that it can be written back as it was), a Word ``.docx`` (through
:mod:`resolint.docxio`) or an Akoma Ntoso ``.xml`` (through :mod:`resolint.aknio`); both are
imported on first use, so that a plain text file costs nothing more. A file that cannot be read
raises :class:`UsageError` with one line that names it; the commands print that line and exit
with :data:`EXIT_ERROR`.
"""

from __future__ import annotations

from pathlib import Path

from resolint.discovery import AKN_SUFFIX

DOCX_SUFFIXES = (".docx",)
AKN_SUFFIXES = (AKN_SUFFIX,)  # what folder discovery takes for AKN4UN
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
READ_AS_1252 = "not UTF-8: read as Windows-1252 (fix and fmt --write keep it so)"


class UsageError(Exception):
    """A usage or input error (an unreadable file, a bad option): one line, exit status 2."""


class LoadedFile:
    def __init__(self, name: str, text: str, locate=None, notices: list[str] | None = None, form=None) -> None:
        self.name = name
        self.text = text
        self.locate = locate
        self.notices = notices or []
        self.form = form  # resolint.writing.TextFormat of a text file: how to write it back


def load_file(path: Path) -> LoadedFile:
    from resolint.inputs import InputError, read_source

    if path.name.lower().endswith(DOCX_SUFFIXES) or is_office_package(path):
        return load_docx(path)  # a .docm, .doc, .odt …: the Word reader says what it is and what to do
    if path.name.lower().endswith(AKN_SUFFIXES):
        return load_akn(path)
    try:
        source = read_source(path)
    except InputError as error:
        raise UsageError(str(error)) from None
    notices = [READ_AS_1252] if source.form.encoding == "cp1252" else []
    return LoadedFile(str(path), source.text, notices=notices, form=source.form)


def is_office_package(path: Path) -> bool:
    """A zip package or an OLE compound file, whatever its name: what Word, LibreOffice and Google Docs save."""
    from resolint.inputs import OLE_MAGIC, ZIP_MAGIC

    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError:
        return False  # the text reader reports it
    return head.startswith(ZIP_MAGIC) or head == OLE_MAGIC


def load_docx(path: Path) -> LoadedFile:
    try:
        from resolint.docxio import DocxError, import_docx
    except ImportError as error:
        raise UsageError(f"{path}: Word support is not installed ({error}); reinstall resolint, which depends on python-docx") from None
    try:
        imported = import_docx(path)
    except DocxError as error:
        raise UsageError(str(error)) from None
    return LoadedFile(str(path), imported.text, getattr(imported, "locate", None), list(imported.notices))


def load_akn(path: Path) -> LoadedFile:
    try:
        from resolint.aknio import AknError, import_akn
    except ImportError as error:
        raise UsageError(f"{path}: AKN support needs lxml ({error}); reinstall resolint, which depends on it") from None
    try:
        imported = import_akn(path)
    except AknError as error:
        raise UsageError(str(error)) from None
    return LoadedFile(str(path), imported.text, None, list(imported.notices))
