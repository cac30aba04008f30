"""Open a Word package defensively: refuse what is not a plain .docx before parsing anything.

Checks, in order: the file exists and is not empty; it is not an OLE compound file (what Word writes
for an encrypted .docx and for the old binary .doc); it is a readable zip; the declared uncompressed
sizes stay within limits (zip bombs); its main part is a WordprocessingML document and not a
macro-enabled one. XML is parsed with entity resolution, DTD loading and network access off, so an
entity-expansion ("billion laughs") or external-entity attack is refused instead of expanded.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from resolint.docxio.errors import DocxError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK"
MAX_PART_BYTES = 64 * 1024 * 1024  # one uncompressed XML part
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts together
MAX_RATIO = 200  # uncompressed / compressed, for parts above 1 MB
MAX_PARTS = 5000
CHUNK = 1 << 20  # an OLE file is searched a megabyte at a time
ODF_TYPES = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    "application/vnd.oasis.opendocument.text-template": "an OpenDocument text template (.ott)",
}

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
MAIN_DOCUMENT_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
}
MACRO_DOCUMENT_TYPES = {
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
XML_PARSER = etree.XMLParser(
    resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, remove_comments=True
)


class WordPackage:
    """A checked .docx: read its XML parts safely by name (``word/document.xml``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self._zip = open_checked_zip(self.path)
        self.parts = {info.filename: info for info in self._zip.infolist()}
        self.content_types = self._read_content_types()
        self.main_part = self._find_main_part()

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> WordPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, name: str) -> bool:
        return name in self.parts

    def read_bytes(self, name: str) -> bytes:
        info = self.parts.get(name)
        if info is None:
            raise DocxError(f"{self.name}: the Word part {name} is missing")
        try:
            with self._zip.open(info) as stream:
                data = stream.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as error:
            raise DocxError(f"{self.name}: the Word part {name} is damaged ({error})") from None
        if len(data) > MAX_PART_BYTES:
            raise DocxError(f"{self.name}: the Word part {name} is larger than {MAX_PART_BYTES >> 20} MB")
        return data

    def read_xml(self, name: str) -> etree._Element:
        data = self.read_bytes(name)
        if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
            raise DocxError(
                f"{self.name}: {name} carries a DTD or entity declarations, which Word never writes; refused"
            )
        if b"purl.oclc.org/ooxml" in data[:4096]:
            data = to_transitional(data)
        try:
            return etree.fromstring(data, XML_PARSER)
        except etree.XMLSyntaxError as error:
            raise DocxError(f"{self.name}: {name} is not well-formed XML ({error.msg})") from None

    def related_part(self, source: str, rel_type_suffix: str) -> str | None:
        """Target part name of the first relationship of ``source`` whose type ends with the suffix."""
        folder, _, base = source.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if not self.has(rels_name):
            return None
        for rel in self.read_xml(rels_name):
            if rel.get("Type", "").endswith(rel_type_suffix) and rel.get("TargetMode") != "External":
                return resolve_target(folder, rel.get("Target", ""))
        return None

    def _read_content_types(self) -> dict[str, str]:
        if not self.has("[Content_Types].xml"):
            if kind := self.opendocument_kind():
                raise DocxError(f"{self.name}: {kind}, not a Word .docx; save it as .docx "
                                f"(LibreOffice: soffice --headless --convert-to docx {self.name})")
            raise DocxError(f"{self.name}: not a Word document (no [Content_Types].xml in the package)")
        root = self.read_xml("[Content_Types].xml")
        types: dict[str, str] = {}
        for item in root.iter(f"{{{CT_NS}}}Override"):
            types[item.get("PartName", "").lstrip("/")] = item.get("ContentType", "")
        return types

    def opendocument_kind(self) -> str | None:
        """An OpenDocument package names its kind in a first, stored ``mimetype`` member."""
        if not self.has("mimetype") or self.parts["mimetype"].file_size > 100:
            return None
        return ODF_TYPES.get(self.read_bytes("mimetype").decode("ascii", "replace").strip())

    def _find_main_part(self) -> str:
        if any(content_type in MACRO_DOCUMENT_TYPES for content_type in self.content_types.values()):
            raise DocxError(f"{self.name}: a macro-enabled Word document (.docm) is refused; save as .docx")
        for name, content_type in self.content_types.items():
            if content_type in MAIN_DOCUMENT_TYPES and self.has(name):
                return name
        raise DocxError(f"{self.name}: not a Word document (no WordprocessingML main part)")


STRICT_NAMESPACES = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
)


def to_transitional(data: bytes) -> bytes:
    """Word's "Strict Open XML" names the same elements in other namespaces; read them as the usual ones."""
    for strict, transitional in STRICT_NAMESPACES:
        data = data.replace(strict, transitional)
    return data


def resolve_target(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts = [p for p in folder.split("/") if p]
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def open_checked_zip(path: Path) -> zipfile.ZipFile:
    name = path.name
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise DocxError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocxError(f"{path}: is a directory, not a Word file") from None
    except OSError as error:
        raise DocxError(f"{path}: cannot read ({error.strerror})") from None
    if not head:
        raise DocxError(f"{name}: the file is empty (0 bytes)")
    if head == OLE_MAGIC:
        raise DocxError(f"{name}: {compound_file_kind(path)}")
    if head.startswith(b"{\\rtf"):
        raise DocxError(f"{name}: an RTF file (save it as .docx)")
    if not head.startswith(ZIP_MAGIC):
        raise DocxError(f"{name}: not a Word .docx file (it is not a zip package)")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise DocxError(f"{name}: a corrupt Word file ({error})") from None
    check_sizes(archive, name)
    return archive


def compound_file_kind(path: Path) -> str:
    """What an OLE compound file is, from the names of its streams (stored in UTF-16 in its directory):
    Word keeps an encrypted .docx in "EncryptedPackage" and the text of an old .doc in "WordDocument"."""
    names = {"EncryptedPackage": False, "WordDocument": False}
    wanted = {name: name.encode("utf-16-le") for name in names}
    tail = b""
    with path.open("rb") as stream:
        for _ in range(MAX_TOTAL_BYTES // CHUNK):
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            window = tail + chunk
            for name, encoded in wanted.items():
                names[name] = names[name] or encoded in window
            tail = window[-64:]
    if names["EncryptedPackage"]:
        return ("an encrypted (password-protected) Word file; remove the password in Word "
                "(File > Info > Protect Document) and save it again")
    if names["WordDocument"]:
        return ("an old binary Word file (.doc, Word 97-2003); save it as .docx "
                f"(in Word: Save As > Word Document; or: soffice --headless --convert-to docx {path.name})")
    return "an old Office file (an OLE compound file), not a Word .docx; save it as .docx"


def check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise DocxError(f"{name}: refused, the package holds {len(infos)} parts")
    total = 0
    for info in infos:
        total += info.file_size
        big = info.file_size > (1 << 20)
        if info.file_size > MAX_PART_BYTES and info.filename.endswith((".xml", ".rels")):
            raise DocxError(f"{name}: refused, {info.filename} would expand to {info.file_size >> 20} MB")
        if big and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise DocxError(f"{name}: refused, {info.filename} is compressed {ratio}:1 (a zip bomb?)")
    if total > MAX_TOTAL_BYTES:
        raise DocxError(f"{name}: refused, the package would expand to {total >> 20} MB")
