"""Import of Word files we did not write: LibreOffice turns .fodt sources authored here into .docx."""

from __future__ import annotations

import zipfile

import pytest
from docxtest_helpers import soffice_convert

import resolint
from resolint.docxio import import_docx

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
STYLES = """
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
   <text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/>
   <text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="i"/>
  </text:list-style>
 </office:automatic-styles>"""
CHANGES = """
  <text:tracked-changes>
   <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Delegation A</dc:creator>
    <dc:date>2025-03-20T10:00:00</dc:date></office:change-info><text:p>strongly </text:p></text:deletion>
   </text:changed-region>
   <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Delegation B</dc:creator>
    <dc:date>2025-03-21T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
  </text:tracked-changes>"""


def note(number: int, text: str) -> str:
    return (f'<text:note text:id="ftn{number}" text:note-class="footnote"><text:note-citation>{number}'
            f"</text:note-citation><text:note-body><text:p>{text}</text:p></text:note-body></text:note>")


def italic(text: str) -> str:
    return f'<text:span text:style-name="T1">{text}</text:span>'


def item(content: str, children: str = "") -> str:
    nested = f"<text:list>{children}</text:list>" if children else ""
    return f"<text:list-item><text:p>{content}</text:p>{nested}</text:list-item>"


BODY = f"""
  <text:p>{italic("The Human Rights Council")},</text:p>
  <text:p>{italic("Recalling")} its resolution 52/4 of 3 April 2023,{note(1, "See A/HRC/58/53.")}</text:p>
  <text:p>{italic("Deeply concerned")} at reprisals against human rights defenders,</text:p>
  <text:list text:style-name="L1">
   {item(italic("Decides") + ' to <text:change text:change-id="ct1"/>consider the question'
         '<text:change-start text:change-id="ct2"/> at its next session<text:change-end text:change-id="ct2"/>;')}
   {item(italic("Calls upon") + " all States:",
         item("To promote a safe environment;" + note(2, "Resolution 53/144, annex."))
         + item("To refrain from reprisals:", item("Online;") + item("Offline;")))}
   {item(italic("Requests") + " the Secretary-General to report;")}
   {item(italic("Decides") + " to remain seized of the matter.")}
  </text:list>"""


@pytest.fixture(scope="module")
def libreoffice_docx(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fodt")
    source = folder / "draft.fodt"
    source.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} office:version="1.3" '
        f'office:mimetype="application/vnd.oasis.opendocument.text">{STYLES}'
        f"<office:body><office:text>{CHANGES}{BODY}</office:text></office:body></office:document>",
        encoding="utf-8",
    )
    return soffice_convert(source, "docx:MS Word 2007 XML", folder)


def test_fixture_really_uses_word_numbering_footnotes_and_revisions(libreoffice_docx):
    with zipfile.ZipFile(libreoffice_docx) as archive:
        document = archive.read("word/document.xml").decode()
        names = archive.namelist()
    assert "word/numbering.xml" in names and "word/footnotes.xml" in names
    assert "<w:numPr>" in document and "<w:footnoteReference" in document
    assert "<w:del " in document and "<w:ins " in document
    assert "1." not in document.split("Decides")[0].rsplit("<w:p>", 1)[-1]  # the number is not typed text


def test_automatic_numbering_becomes_visible_numbers_and_labels(libreoffice_docx):
    imported = import_docx(libreoffice_docx)
    document = resolint.parse(imported.text)
    ops = [(op.number, op.phrase) for op in document.operative]
    assert ops == [("1", "Decides"), ("2", "Calls upon"), ("3", "Requests"), ("4", "Decides")]
    second = document.operative[1]
    assert [child.label for child in second.children] == ["a", "b"]
    assert [child.label for child in second.children[1].children] == ["i", "ii"]
    assert [pp.phrase for pp in document.preamble] == ["Recalling", "Deeply concerned"]
    assert document.authoring is not None and document.authoring.organ == "Human Rights Council"


def test_footnotes_come_with_their_text(libreoffice_docx):
    document = resolint.parse(import_docx(libreoffice_docx).text)
    assert [(note.label, note.text.plain.strip()) for note in document.footnotes] == [
        ("1", "See A/HRC/58/53."), ("2", "Resolution 53/144, annex.")
    ]
    assert [ref.label for ref in document.footnote_refs()] == ["1", "2"]


def test_tracked_changes_are_read_as_accepted_with_a_notice(libreoffice_docx):
    imported = import_docx(libreoffice_docx)
    assert "1. *Decides* to consider the question at its next session;" in imported.text
    assert "strongly" not in imported.text
    assert len(imported.notices) == 1 and "tracked change" in imported.notices[0]
    assert "accepting" in imported.notices[0]


def test_lint_and_locations_on_the_foreign_file(libreoffice_docx):
    imported = import_docx(libreoffice_docx)
    document = resolint.parse(imported.text)
    assert resolint.lint(document) == []
    sub = document.operative[1].children[1].children[1]
    assert imported.locate(sub.span.start + 2) == "paragraph 2 (b) (ii), Word paragraph 9"
