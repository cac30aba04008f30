"""Bad input gives one clear line (DocxError), never a traceback, and never exhausts memory."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from resolint.docxio import DocxError, export_docx, import_docx

W_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>{body}</w:body></w:document>"
)


def make_package(path, document: str | bytes, main_type: str = W_MAIN, extra: dict | None = None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=main_type))
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def refused(path) -> str:
    with pytest.raises(DocxError) as caught:
        import_docx(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert "empty" in refused(path)


def test_missing_file(tmp_path):
    assert "no such file" in refused(tmp_path / "nothing.docx")


def test_plain_text_named_docx(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("The Human Rights Council,\n\n1. Decides to remain seized of the matter.\n")
    assert "not a Word .docx file" in refused(path)


def test_encrypted_word_file_is_an_ole_compound_file(tmp_path):
    path = tmp_path / "locked.docx"
    # Word stores a password-protected .docx as an OLE compound file holding EncryptedPackage
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"))
    assert "encrypted" in refused(path)


def test_truncated_package(tmp_path, seed_document):
    whole = export_docx(seed_document, tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "corrupt" in refused(path)


def test_macro_enabled_document(tmp_path):
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    path = make_package(tmp_path / "macro.docm", DOCUMENT.format(body=""), main_type=macro,
                        extra={"word/vbaProject.bin": b"\x00" * 64})
    assert "macro-enabled" in refused(path)


def test_package_without_a_word_document(tmp_path):
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "not a Word document" in refused(path)


def test_malformed_xml(tmp_path):
    path = make_package(tmp_path / "broken.docx", "<w:document><w:body><w:p>")
    assert "not well-formed" in refused(path)


def test_zip_bomb_is_refused_without_inflating_it(tmp_path):
    path = tmp_path / "bomb.docx"
    padding = b" " * (200 * 1024 * 1024)  # 200 MB of spaces deflate to about 200 KB
    body = DOCUMENT.format(body="<w:p><w:r><w:t>x</w:t></w:r></w:p>").encode()
    make_package(path, body[:-10] + padding + body[-10:])
    del padding
    assert path.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        message = refused(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "refused" in message
    assert peak < 16 * 1024 * 1024, f"peak memory {peak >> 20} MB while refusing a zip bomb"


def test_entity_expansion_is_refused(tmp_path):
    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10)
    ]
    document = (
        '<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(laughs) + "]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    tracemalloc.start()
    try:
        message = refused(make_package(tmp_path / "laughs.docx", document))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "entity" in message or "DTD" in message
    assert peak < 16 * 1024 * 1024


def test_external_entity_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    refused(make_package(tmp_path / "xxe.docx", document))


def test_export_refuses_a_folder_and_a_missing_folder(tmp_path, seed_document):
    with pytest.raises(DocxError, match="is a directory"):
        export_docx(seed_document, tmp_path)
    with pytest.raises(DocxError, match="does not exist"):
        export_docx(seed_document, tmp_path / "no" / "such.docx")
    with pytest.raises(DocxError, match="unknown paper"):
        export_docx(seed_document, tmp_path / "x.docx", paper="a3")


def test_export_is_atomic(tmp_path, seed_document, monkeypatch):
    """A failing save leaves the old file untouched and no temporary file behind."""
    target = tmp_path / "draft.docx"
    target.write_bytes(b"previous version")

    def broken_save(self, path):
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docx.document.Document.save", broken_save)
    with pytest.raises(DocxError, match="No space left"):
        export_docx(seed_document, target)
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]


def test_strict_open_xml_reads_like_transitional(tmp_path, seed_document):
    """Word's "Strict Open XML" uses other namespace names for the same elements."""
    usual = export_docx(seed_document, tmp_path / "usual.docx")
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(usual) as source, zipfile.ZipFile(strict, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info).replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            ).replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships",
            )
            target.writestr(info, data)
    assert b"purl.oclc.org" in zipfile.ZipFile(strict).read("word/document.xml")
    assert import_docx(strict).text == import_docx(usual).text


def test_alternate_content_is_read_once(tmp_path):
    body = (
        '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<w:r><w:t>The Human Rights Council,</w:t></w:r></w:p>"
        '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent>'
        "<mc:Choice Requires=\"w14\"><w:r><w:t>1. Decides to act.</w:t></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>1. Decides to act.</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
    )
    imported = import_docx(make_package(tmp_path / "mc.docx", DOCUMENT.format(body=body)))
    assert imported.text.count("Decides to act.") == 1


def test_export_copes_with_control_characters_and_long_titles(tmp_path):
    import resolint

    title = "Human rights and " + "very long wording, " * 20 + "in the digital age"
    source = (
        f"---\nsymbol: A/HRC/58/L.1\ntitle: {title}\n---\n\n*The Human Rights Council*,\n\n"
        "*Recalling* its resolution 52/4,\f\n\n1. *Decides* to remain\x0b seized of the matter.\n"
    )
    out = export_docx(resolint.parse(source), tmp_path / "odd.docx")
    text = import_docx(out).text
    assert "1. *Decides* to remain seized of the matter." in text
    from docx import Document

    assert len(Document(str(out)).core_properties.title) == 255


def test_deleted_paragraph_mark_joins_the_paragraphs(tmp_path):
    """Accepting a deleted paragraph mark runs the text on into the next paragraph, as Word does."""
    deleted_mark = '<w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2025-03-20T10:00:00Z"/></w:rPr></w:pPr>'
    body = (
        "<w:p><w:r><w:t>The Human Rights Council,</w:t></w:r></w:p>"
        f"<w:p>{deleted_mark}<w:r><w:t xml:space=\"preserve\">1. Decides to remain seized </w:t></w:r></w:p>"
        "<w:p><w:r><w:t>of the matter.</w:t></w:r></w:p>"
        f"<w:p>{deleted_mark}<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>Gone.</w:delText></w:r></w:del></w:p>"
    )
    imported = import_docx(make_package(tmp_path / "joined.docx", DOCUMENT.format(body=body)))
    assert imported.text == "The Human Rights Council,\n\n1. Decides to remain seized of the matter.\n"
    assert "3 tracked changes found;" in imported.notices[0]
    assert imported.locate(imported.text.index("of the matter")) == "paragraph 1, Word paragraph 2"


def test_one_tracked_change_is_named_in_the_singular(tmp_path):
    body = (
        "<w:p><w:r><w:t>The Human Rights Council,</w:t></w:r></w:p>"
        '<w:p><w:r><w:t xml:space="preserve">1. Decides to remain </w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">actively </w:delText></w:r></w:del>'
        "<w:r><w:t>seized of the matter.</w:t></w:r></w:p>"
    )
    imported = import_docx(make_package(tmp_path / "one.docx", DOCUMENT.format(body=body)))
    assert imported.text == "The Human Rights Council,\n\n1. Decides to remain seized of the matter.\n"
    assert imported.notices[0].startswith("1 tracked change found; the text is read as it would stand")


def test_numbering_through_a_list_style(tmp_path):
    """Word's list styles: the paragraph's list only links (w:numStyleLink) to a style holding the levels."""
    w_ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = (
        f"<w:numbering {w_ns}>"
        '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="UNList"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
        "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="UNList"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    styles = (
        f'<w:styles {w_ns}><w:style w:type="numbering" w:styleId="UNList"><w:name w:val="UN list"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"'
        ' Target="numbering.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
        ' Target="styles.xml"/></Relationships>'
    )

    def item(level: int, text: str) -> str:
        return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="2"/></w:numPr></w:pPr>'
                f"<w:r><w:t>{text}</w:t></w:r></w:p>")

    body = ("<w:p><w:r><w:t>The Human Rights Council,</w:t></w:r></w:p>"
            + item(0, "Decides to act:") + item(1, "Now;") + item(1, "Later;") + item(0, "Decides to stay."))
    path = make_package(tmp_path / "liststyle.docx", DOCUMENT.format(body=body), extra={
        "word/numbering.xml": numbering, "word/styles.xml": styles, "word/_rels/document.xml.rels": rels})
    text = import_docx(path).text
    assert "1. Decides to act:\n\n   (a) Now;\n\n   (b) Later;\n\n2. Decides to stay." in text
