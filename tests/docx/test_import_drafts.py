"""Word drafts as delegations and Model UN delegates make them, read as Word shows them.

Each draft is written here as WordprocessingML (``wordbuild``) and also sent once through LibreOffice
(``soffice --convert-to docx``), which rewrites it with its own habits (numbering definitions, run
properties, field and revision markup): every test runs on both producers' files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docxtest_helpers import soffice_convert_all
from wordbuild import (
    ORGAN,
    RECALLING,
    draft_package,
    drafts_as_written_and_saved,
    level,
    note,
    note_mark,
    numbering,
    para,
    run,
    template_draft,
)

import resolint
from resolint.docxio import import_docx

REVISION = 'w:id="{}" w:author="Delegation A" w:date="2026-11-02T10:00:00Z"'
NUMBERED_OPS = [level(0, "decimal", "%1."), level(1, "lowerLetter", "(%2)"), level(2, "lowerRoman", "(%3)")]


def revision(number: int) -> str:
    return REVISION.format(number)


GOOGLE_ITALIC = ('<w:i w:val="1"/>', '<w:vertAlign w:val="baseline"/>')  # every property spelt out on every run


def word_default_lists() -> tuple[str, dict]:
    """Word's and Google Docs' default lists: "1. a. i." and "1) a) i)"; Google Docs' way of writing italics."""
    lists = numbering(
        {0: [level(0, "decimal", "%1."), level(1, "lowerLetter", "%2."), level(2, "lowerRoman", "%3.")],
         1: [level(0, "decimal", "%1)"), level(1, "lowerLetter", "%2)"), level(2, "lowerRoman", "%3)")]},
        {1: 0, 2: 1})
    body = (ORGAN + RECALLING + para(run("Decides", *GOOGLE_ITALIC), " to act:", num=(1, 0))
            + para("now;", num=(1, 1)) + para("in time:", num=(1, 1)) + para("first;", num=(1, 2)) + para("second;", num=(1, 2))
            + para(run("Requests", "i"), " the Secretary-General to report:", num=(1, 0))
            + para("soon;", num=(2, 1)) + para("fully.", num=(2, 1)))
    return body, {"numbering": lists}


def bulleted_items() -> tuple[str, dict]:
    """The Council's items as Word bullets: Word's Symbol-font dot under a paragraph, a dash under that;
    a bulleted preamble as drafters set one."""
    lists = numbering({0: [level(0, "decimal", "%1."), level(1, "bullet", "\uf0b7"), level(2, "bullet", "–")],
                       1: [level(0, "bullet", "\uf0b7")]}, {1: 0, 2: 1})
    body = (para(run("The Security Council", "i"), ",") + para(run("Recalling", "i"), " its resolution 2231,", num=(2, 0))
            + para(run("Noting", "i"), " the report,", num=(2, 0))
            + para(run("Decides", "i"), " that all States shall:", num=(1, 0))
            + para("prevent the supply of arms:", num=(1, 1)) + para("by their nationals;", num=(1, 2))
            + para("freeze the assets;", num=(1, 1))
            + para(run("Decides", "i"), " to remain seized of the matter.", num=(1, 0)))
    return body, {"numbering": lists}


def numbered_headings() -> tuple[str, dict]:
    """Section headings numbered "I.", "II." by a heading style; the paragraphs' list runs on across them."""
    styles = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr>'
              '<w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>')
    lists = numbering({0: NUMBERED_OPS, 2: [level(0, "upperRoman", "%1.")]}, {1: 0, 3: 2})
    body = (ORGAN + RECALLING + para("Capacity-building", style="Heading1")
            + para(run("Decides", "i"), " to act;", num=(1, 0)) + para("Follow-up", style="Heading1")
            + para(run("Decides", "i"), " to remain seized of the matter.", num=(1, 0)))
    return body, {"numbering": lists, "styles": styles}


def decimal_headings() -> tuple[str, dict]:
    """Word's outline numbering: headings numbered "1", "2" by their style, the paragraphs by their own list."""
    styles = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr>'
              '<w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>')
    lists = numbering({0: NUMBERED_OPS, 2: [level(0, "decimal", "%1.")]}, {1: 0, 3: 2})
    body = (ORGAN + RECALLING + para("Capacity-building", style="Heading1")
            + para(run("Decides", "i"), " to act;", num=(1, 0)) + para("Follow-up", style="Heading1")
            + para(run("Decides", "i"), " to remain seized of the matter.", num=(1, 0)))
    return body, {"numbering": lists, "styles": styles}


def list_overrides() -> tuple[str, dict]:
    """A list restarted for a new paragraph's items (startOverride), and one whose level is redefined to
    start at 5 (``w:lvlOverride`` holding a ``w:lvl``), as Word writes "Set numbering value"."""
    restart = '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>'
    five = ('<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl></w:lvlOverride>')
    lists = numbering({0: NUMBERED_OPS, 1: NUMBERED_OPS}, {1: 0, 2: (0, restart), 3: 0, 4: (1, five)})
    body = (ORGAN + RECALLING + para(run("Decides", "i"), " to act:", num=(1, 0)) + para("now;", num=(1, 1))
            + para("later;", num=(1, 1)) + para(run("Requests", "i"), " a report on:", num=(3, 0))
            + para("this;", num=(2, 1)) + para("that;", num=(2, 1))
            + para(run("Decides", "i"), " to remain seized of the matter.", num=(3, 0)))
    later = para(run("Decides", "i"), " to act;", num=(4, 0)) + para(run("Decides", "i"), " to stay.", num=(4, 0))
    return body + later, {"numbering": lists}


def run_forms() -> tuple[str, dict]:
    """Italics as Word leaves them: split by spell-check into runs, from a character style, from a paragraph
    style with a run toggled off; hidden text; an underlined opener; a typed number italicised with its verb."""
    styles = ('<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr>'
              '</w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:rPr><w:i/>'
              "</w:rPr></w:style>")
    body = (ORGAN + para(run("Re", "i"), run("call", "i"), '<w:proofErr w:type="spellStart"/>', run("ing", "i"),
                         " its resolution ", run("69/1 and ", "vanish"), "70/1,")
            + para(run("Noting", '<w:rStyle w:val="Emphasis"/>'), " the report,")
            + para(run("Taking note"), run(" of the note,", '<w:i w:val="0"/>'), style="Quote")
            + para(run("Welcoming", "u"), " the report,")
            + para(run("1.\tDecides", "i"), " to remain seized of the matter."))
    return body, {"styles": styles}


def notes_and_comments() -> tuple[str, dict]:
    """A footnote, an endnote (Word numbers them apart), a custom mark, and a comment."""
    footnotes = note("footnote", 1, "See A/70/1.") + (
        '<w:footnote w:id="2"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> Reissued.</w:t></w:r>'
        "</w:p></w:footnote>")
    custom = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1"'
              ' w:id="2"/><w:t>*</w:t></w:r>')
    comments = '<w:comment w:id="0" w:author="Delegation B"><w:p><w:r><w:t>Too strong?</w:t></w:r></w:p></w:comment>'
    body = (ORGAN + para(run("Recalling", "i"), " its resolution 70/1,", note_mark("footnote", 1))
            + para(run("Noting", "i"), " the report,", note_mark("endnote", 1), custom)
            + para('<w:commentRangeStart w:id="0"/>', "1.\t", run("Decides", "i"), " to remain seized of the matter.",
                   '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'))
    return body, {"footnotes": footnotes, "endnotes": note("endnote", 1, "Endnote text."), "comments": comments}


def tracked_changes() -> tuple[str, dict]:
    """Revisions left in the file: a numbered paragraph deleted, one inserted, a move, a formatting change,
    and a paragraph mark deleted so that one numbered paragraph runs on into the next."""
    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    body = (ORGAN + RECALLING + para(run("Decides", "i"), " to act ", num=(1, 0),
                                     ppr=f'<w:rPr><w:del {revision(1)}/></w:rPr>')
            + para("at once;", num=(1, 0))
            + f'<w:p><w:pPr>{num}<w:rPr><w:del {revision(2)}/></w:rPr></w:pPr><w:del {revision(3)}><w:r><w:rPr>'
              '<w:i/></w:rPr><w:delText>Urges</w:delText></w:r><w:r><w:delText xml:space="preserve"> all States;'
              "</w:delText></w:r></w:del></w:p>"
            + f'<w:p><w:pPr>{num}<w:rPr><w:ins {revision(4)}/></w:rPr></w:pPr><w:ins {revision(5)}><w:r><w:rPr>'
              '<w:i/></w:rPr><w:t>Invites</w:t></w:r><w:r><w:t xml:space="preserve"> all States;</w:t></w:r></w:ins></w:p>'
            + f'<w:p><w:pPr>{num}</w:pPr><w:r><w:rPr><w:i/><w:rPrChange {revision(6)}><w:rPr/></w:rPrChange></w:rPr>'
              f'<w:t>Requests</w:t></w:r><w:moveFrom {revision(7)}><w:r><w:t xml:space="preserve"> urgently</w:t></w:r>'
              '</w:moveFrom><w:r><w:t xml:space="preserve"> the Secretary-General to report</w:t></w:r>'
              f'<w:moveTo {revision(8)}><w:r><w:t xml:space="preserve"> urgently</w:t></w:r></w:moveTo>'
              "<w:r><w:t>;</w:t></w:r></w:p>"
            + para(run("Decides", "i"), " to remain seized of the matter.", num=(1, 0)))
    return body, {"numbering": numbering({0: NUMBERED_OPS}, {1: 0})}


def fields_and_boxes() -> tuple[str, dict]:
    """A hyperlink field (instruction and result), a soft line break, a tab after a typed number, a text box."""
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK '
             '"https://undocs.org/A/RES/70/1" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             '<w:r><w:t>resolution 70/1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    box = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:200pt;height:40pt">'
           "<v:textbox><w:txbxContent><w:p><w:r><w:t>Sponsors: to be confirmed</w:t></w:r></w:p></w:txbxContent>"
           "</v:textbox></v:shape></w:pict></w:r></w:p>")
    body = (ORGAN + box + para(run("Recalling", "i"), " paragraph 3 of ", field, ",")

            + para("1.\t", run("Decides", "i"), " to act", '<w:r><w:br/><w:t>in time;</w:t></w:r>')
            + para("2.\t", run("Decides", "i"), " to remain seized of the matter."))
    return body, {}


DRAFTS = {
    "lists": word_default_lists, "bullets": bulleted_items, "headings": numbered_headings,
    "decimal-headings": decimal_headings, "overrides": list_overrides, "runs": run_forms,
    "notes": notes_and_comments, "tracked": tracked_changes, "fields": fields_and_boxes,
}


def word_template_draft(path: Path) -> Path:
    """A draft typed on Word's own template (python-docx ships it): its "List Number" style numbers the
    operative paragraphs through the style, across a "Heading 1"; italics are run properties."""
    return template_draft(path, [
        (None, [("The General Assembly", True), (",", False)]),
        (None, [("Recalling", True), (" its resolution 70/1,", False)]),
        ("List Number", [("Decides", True), (" to act;", False)]),
        ("List Number", [("Requests", True), (" the Secretary-General to report;", False)]),
        ("List Number", [("Decides", True), (" to remain seized of the matter.", False)]),
    ], title="Draft resolution", heading_after=2)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("drafts")
    return drafts_as_written_and_saved(folder, word_template_draft(folder / "template.docx"), DRAFTS)


PRODUCERS = ("written", "libreoffice")


def read(drafts, producer: str, name: str):
    imported = import_docx(drafts[producer][name])
    document = resolint.parse(imported.text)
    return imported, document, [(finding.rule, finding.message) for finding in resolint.lint(document)]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_word_default_lists_come_as_word_shows_them(drafts, producer):
    imported, document, findings = read(drafts, producer, "lists")
    assert ("1. *Decides* to act:\n\n   a. now;\n\n   b. in time:\n\n      i. first;\n\n      ii. second;\n\n"
            "2. *Requests* the Secretary-General to report:\n\n   a) soon;\n\n   b) fully.\n") in imported.text
    first, second = document.operative
    assert [(child.label, [grand.label for grand in child.children]) for child in first.children] == [
        ("a.", []), ("b.", ["i.", "ii."])]
    assert [child.label for child in second.children] == ["a", "b"]
    assert [rule for rule, _ in findings] == ["RS003"]  # "a)" is not the UN's "(a)"
    assert imported.locate(imported.text.index("first;")).startswith("paragraph 1 (b) (i), Word paragraph ")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_word_bullets_are_the_councils_items(drafts, producer):
    imported, document, findings = read(drafts, producer, "bullets")
    assert imported.text.endswith(
        "*Recalling* its resolution 2231,\n\n*Noting* the report,\n\n1. *Decides* that all States shall:\n\n"
        "   • prevent the supply of arms:\n\n      – by their nationals;\n\n   • freeze the assets;\n\n"
        "2. *Decides* to remain seized of the matter.\n")
    assert [(item.label, [sub.label for sub in item.children]) for item in document.operative[0].children] == [
        ("•", ["–"]), ("•", [])]
    assert [pp.phrase for pp in document.preamble] == ["Recalling", "Noting"]
    assert findings == []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_numbers_from_a_list_style_of_words_template(drafts, producer):
    imported, document, findings = read(drafts, producer, "template")
    assert imported.text.endswith(
        "*Recalling* its resolution 70/1,\n\n1. *Decides* to act;\n\n### Follow-up\n\n"
        "2. *Requests* the Secretary-General to report;\n\n3. *Decides* to remain seized of the matter.\n")
    assert [op.phrase for op in document.operative] == ["Decides", "Requests", "Decides"]
    assert findings == []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_numbered_heading_style_keeps_its_number(drafts, producer):
    imported, document, findings = read(drafts, producer, "headings")
    assert "### I.\n\n### Capacity-building\n\n1. *Decides* to act;\n\n### II.\n\n### Follow-up\n\n2. " in imported.text
    assert [(heading.number, heading.title) for heading in document.headings] == [
        ("I", "Capacity-building"), ("II", "Follow-up")]
    assert [op.number for op in document.operative] == ["1", "2"]
    assert findings == []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_heading_numbered_in_decimals_stays_a_heading(drafts, producer):
    imported, document, findings = read(drafts, producer, "decimal-headings")
    assert "### 1. Capacity-building\n\n1. *Decides* to act;\n\n### 2. Follow-up\n\n2. *Decides*" in imported.text
    assert [heading.title for heading in document.headings] == ["1. Capacity-building", "2. Follow-up"]
    assert [op.number for op in document.operative] == ["1", "2"]
    assert findings == []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_restarted_and_redefined_lists(drafts, producer):
    imported, _, findings = read(drafts, producer, "overrides")
    assert "2. *Requests* a report on:\n\n   (a) this;\n\n   (b) that;\n\n3. *Decides*" in imported.text
    assert "matter.\n\n5. *Decides* to act;\n\n6. *Decides* to stay.\n" in imported.text
    assert ("RS002", "paragraph number 5 is out of sequence: this is paragraph 4") in findings  # as Word shows it


@pytest.mark.parametrize("producer", PRODUCERS)
def test_italics_hidden_text_and_underlines(drafts, producer):
    imported, document, findings = read(drafts, producer, "runs")
    assert imported.text.split("\n\n")[1:] == [
        "*Recalling* its resolution 70/1,", "*Noting* the report,", "*Taking note* of the note,",
        "Welcoming the report,", "1. *Decides* to remain seized of the matter.\n"]
    assert [op.phrase for op in document.operative] == ["Decides"]
    assert imported.notices == ["1 run of hidden text left out, as Word neither shows nor prints it"]
    # underlining is not italics: the UN sets openers in italics, and says so
    assert findings == [("RP101", "the preambular opener 'Welcoming' should be in italics: *Welcoming*")]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_footnotes_endnotes_custom_marks_and_comments(drafts, producer):
    imported, document, findings = read(drafts, producer, "notes")
    assert "*Recalling* its resolution 70/1,[^1]\n\n*Noting* the report,[^e1][^*]\n" in imported.text
    assert [(n.label, n.text.plain.strip()) for n in document.footnotes] == [
        ("1", "See A/70/1."), ("e1", "Endnote text."), ("*", "Reissued.")]
    assert "Too strong?" not in imported.text
    assert imported.notices == ["1 Word comment not read: comments are not part of the text"]
    assert findings == []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_tracked_changes_are_accepted_and_said(drafts, producer):
    imported, document, findings = read(drafts, producer, "tracked")
    assert [(op.number, op.text.plain.strip()) for op in document.operative] == [
        ("1", "Decides to act at once;"), ("2", "Invites all States;"),
        ("3", "Requests the Secretary-General to report urgently;"), ("4", "Decides to remain seized of the matter.")]
    assert "Urges" not in imported.text and imported.text.count("urgently") == 1
    assert len(imported.notices) == 1 and "accepting them all" in imported.notices[0]
    assert findings == []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_fields_breaks_and_text_boxes(drafts, producer):
    imported, _, findings = read(drafts, producer, "fields")
    assert imported.text.split("\n\n")[1:] == [
        "*Recalling* paragraph 3 of resolution 70/1,", "1. *Decides* to act in time;",
        "2. *Decides* to remain seized of the matter.\n"]
    assert "HYPERLINK" not in imported.text and "Sponsors" not in imported.text
    assert imported.notices == ["1 text box not read: only the body's paragraphs and tables are"]
    assert findings == []



# an IF field whose instruction holds a NUMPAGES field: only the IF's result is shown (LibreOffice rewrites
# such fields when it saves, so this one is Word's XML only)
NESTED_FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText>'
                '</w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES '
                '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r>'
                '<w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> &gt; 0 "the report" '
                '"" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the report</w:t>'
                '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_a_field_nested_in_an_instruction_shows_only_the_outer_result(tmp_path):
    body = ORGAN + para(run("Noting", "i"), " ", NESTED_FIELD, ",") + para("1.\t", run("Decides", "i"), " to act.")
    imported = import_docx(draft_package(tmp_path / "nested.docx", body))
    assert imported.text.split("\n\n")[1:] == ["*Noting* the report,", "1. *Decides* to act.\n"]


FODT = ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:'
        'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
        "<text:p>The General Assembly,</text:p><text:p>1. Decides to remain seized of the matter.</text:p>"
        "</office:text></office:body></office:document>")


@pytest.fixture(scope="module")
def other_formats(tmp_path_factory) -> dict[str, Path]:
    """What a drafter may hand over instead of a .docx: Word 97-2003, OpenDocument, RTF, a locked file."""
    folder = tmp_path_factory.mktemp("formats")
    source = folder / "draft.fodt"
    source.write_text(FODT, encoding="utf-8")
    found = {kind: soffice_convert_all([source], kind, folder / kind)["draft"] for kind in ("doc", "odt")}
    found["rtf"] = folder / "draft.rtf"
    found["rtf"].write_text("{\\rtf1\\ansi The General Assembly,\\par}", encoding="ascii")
    found["locked"] = folder / "locked.docx"  # Word keeps an encrypted .docx in an OLE file's EncryptedPackage
    found["locked"].write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 1016 + "EncryptedPackage".encode("utf-16-le"))
    return found


EXPECTED_LINES = {
    "doc": "an old binary Word file (.doc, Word 97-2003); save it as .docx",
    "odt": "an OpenDocument text (.odt), not a Word .docx; save it as .docx",
    "rtf": "an RTF file (save it as .docx)",
    "locked": "an encrypted (password-protected) Word file; remove the password",
}


@pytest.mark.parametrize("kind", EXPECTED_LINES)
def test_other_formats_get_one_line_that_says_what_to_do(other_formats, kind):
    path = other_formats[kind]
    assert path.read_bytes()[:5] != b"<?xml"  # really the other format
    for command in ("lint", "import"):
        done = subprocess.run([sys.executable, "-m", "resolint.cli", command, str(path)], capture_output=True,
                              text=True, timeout=120)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert [line for line in lines if EXPECTED_LINES[kind] in line and path.name in line], done.stderr


def test_lint_of_a_word_draft_from_the_command_line(drafts):
    path = drafts["libreoffice"]["runs"]
    done = subprocess.run([sys.executable, "-m", "resolint.cli", "lint", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    finding = next(line for line in done.stdout.splitlines() if "RP101" in line)
    assert "(preambular paragraph 4, Word paragraph 5)" in finding
    assert "note: 1 run of hidden text left out" in done.stdout + done.stderr
