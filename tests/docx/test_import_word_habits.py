"""Word habits read as the genre: a note mark in a heading line (the title's note, the provisional agenda's),
Word's "List Number 2" and "List Number 3" styles for sub-paragraphs, and the comment that the UN's document
processing leaves in each of its files, told apart from a reviewer's.

Each draft is written as WordprocessingML (``wordbuild``) or with Word's own template (python-docx), and
also sent through LibreOffice, which rewrites it with its own habits: every test runs on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from wordbuild import (
    ORGAN,
    RECALLING,
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
from resolint.docxio import export_docx, import_docx

# notes numbered in the order of the text, as Word saves them (LibreOffice pairs them by their order)
CUSTOM_STAR = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1"'
               ' w:id="1"/><w:t>*</w:t></w:r>')
STAR_NOTE = ('<w:footnote w:id="1"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> A/72/150.</w:t></w:r>'
             "</w:p></w:footnote>")


def heading_notes() -> tuple[str, dict]:
    """A resolution's heading as the UN sets it: a note on the title (numbered, Word's own mark after the
    last word) and the provisional agenda's note on the agenda item (the custom mark "*")."""
    footnotes = STAR_NOTE + note("footnote", 2, "As amended in plenary.") + note("footnote", 3, "A/70/1.")
    body = (para("Seventy-second session") + para("Agenda item 12", CUSTOM_STAR)
            + para("Resolution adopted by the General Assembly on 4 December 2017")
            + para("72/5.\tProtection of migrants", note_mark("footnote", 2))
            + ORGAN + para(run("Recalling", "i"), " its resolution 70/1,", note_mark("footnote", 3))
            + para("1.\t", run("Decides", "i"), " to remain seized of the matter."))
    return body, {"footnotes": footnotes}


def draft_title_note() -> tuple[str, dict]:
    """A delegation's draft: "Draft resolution" and a title with a note, no UN heading to recognise."""
    body = (para("Draft resolution") + para("Protection of migrants", note_mark("footnote", 1)) + ORGAN
            + RECALLING + para("1.\t", run("Decides", "i"), " to remain seized of the matter."))
    return body, {"footnotes": note("footnote", 1, "Submitted under agenda item 12.")}


LIST_NUMBER_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="ListNumber{n}"><w:name w:val="List Number {n}"/><w:pPr><w:numPr>'
    f'<w:numId w:val="{n}"/></w:numPr></w:pPr></w:style>' for n in (2, 3))


def lettered_list_number_2() -> tuple[str, dict]:
    """The operative paragraphs in a list of their own; "List Number 2" with a one-level list that draws
    "a." and "List Number 3" one that draws "i)", as a drafter may redefine them: the styles give the level."""
    lists = numbering({0: [level(0, "decimal", "%1.")], 1: [level(0, "lowerLetter", "%1.")],
                       2: [level(0, "lowerRoman", "%1)")]}, {1: 0, 2: 1, 3: 2})
    body = (ORGAN + RECALLING + para(run("Decides", "i"), " to act:", num=(1, 0))
            + para("now;", style="ListNumber2") + para("later, by:", style="ListNumber2")
            + para("a first step;", style="ListNumber3") + para("a second step;", style="ListNumber3")
            + para(run("Requests", "i"), " a report on:", num=(1, 0))
            + para("this;", style="ListNumber2") + para("that.", style="ListNumber2"))
    return body, {"numbering": lists, "styles": LIST_NUMBER_STYLES}


def word_template_sub_items(path: Path) -> Path:
    """A draft typed on Word's own template: "List Number" for the operative paragraphs, "List Number 2"
    and "List Number 3" for their sub-paragraphs (each a one-level decimal list of the template's)."""
    return template_draft(path, [
        (None, [("The General Assembly", True), (",", False)]),
        (None, [("Recalling", True), (" its resolution 70/1,", False)]),
        ("List Number", [("Decides", True), (" to act:", False)]),
        ("List Number 2", [("now;", False)]), ("List Number 2", [("later, by:", False)]),
        ("List Number 3", [("a first step;", False)]), ("List Number 3", [("a second step;", False)]),
        ("List Number", [("Requests", True), (" a report on:", False)]),
        ("List Number 2", [("this;", False)]), ("List Number 2", [("that.", False)]),
    ])


def comment(author: str, *lines: str) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)
    return f'<w:comment w:id="{{}}" w:author="{author}" w:initials="{author[:2]}">{paragraphs}</w:comment>'


UN_PROCESSING = comment("Start", "&lt;&lt;ODS JOB NO&gt;&gt;N1730150E&lt;&lt;ODS JOB NO&gt;&gt;",
                        "&lt;&lt;ODS DOC SYMBOL1&gt;&gt;A/RES/72/1&lt;&lt;ODS DOC SYMBOL1&gt;&gt;",
                        "&lt;&lt;ODS DOC SYMBOL2&gt;&gt;&lt;&lt;ODS DOC SYMBOL2&gt;&gt;")
OTHER_PROCESSING = comment("Job control", "&lt;&lt;JOB&gt;&gt;25-01234&lt;&lt;JOB&gt;&gt; "
                           "&lt;&lt;LANG&gt;&gt;E&lt;&lt;LANG&gt;&gt;")
REVIEWER = comment("Delegation B", "Replace &lt;&lt;shall&gt;&gt; by &lt;&lt;should&gt;&gt;?")


def commented(*comments: str) -> tuple[str, dict]:
    anchors = "".join(f'<w:r><w:commentReference w:id="{index}"/></w:r>' for index in range(len(comments)))
    body = ORGAN + RECALLING + para("1.\t", run("Decides", "i"), " to remain seized of the matter.", anchors)
    return body, {"comments": "".join(text.format(index) for index, text in enumerate(comments))}


DRAFTS = {
    "heading-notes": heading_notes, "draft-title-note": draft_title_note, "lettered": lettered_list_number_2,
    "un-comment": lambda: commented(UN_PROCESSING), "other-processing": lambda: commented(OTHER_PROCESSING),
    "reviewer": lambda: commented(REVIEWER), "both": lambda: commented(UN_PROCESSING, REVIEWER),
}
PRODUCERS = ("written", "libreoffice")


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("habits")
    return drafts_as_written_and_saved(folder, word_template_sub_items(folder / "template.docx"), DRAFTS)


def read(drafts, producer: str, name: str):
    imported = import_docx(drafts[producer][name])
    document = resolint.parse(imported.text)
    return imported, document, [(finding.rule, finding.message) for finding in resolint.lint(document)]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_note_on_the_title_and_the_agenda_item_keeps_its_mark(drafts, producer, tmp_path):
    imported, document, findings = read(drafts, producer, "heading-notes")
    assert "agenda-item: 12[^*]\n" in imported.text
    assert "number: 72/5\ntitle: Protection of migrants[^1]\n" in imported.text
    assert "[^*]: A/72/150.\n\n[^1]: As amended in plenary.\n\n[^2]: A/70/1.\n" in imported.text
    assert findings == []
    # the export writes the marks as Word footnotes again: the same text comes back
    again = import_docx(export_docx(document, tmp_path / "again.docx"))
    assert again.text.split("---\n")[2] == imported.text.split("---\n")[2]
    assert "title: Protection of migrants[^1]\n" in again.text and "agenda-item: 12[^*]\n" in again.text


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_drafts_title_note_is_referenced(drafts, producer):
    imported, document, findings = read(drafts, producer, "draft-title-note")
    assert "Protection of migrants[^1]\n" in imported.text
    assert document.title is not None and document.title.text == "Protection of migrants[^1]"
    assert findings == []


TITLE_FIRST = ("Seventy-second session\nAgenda item 12\n\nResolution adopted by the General Assembly on 4 December 2017"
               "\n\n72/5. Protection of migrants[^2]\n\n*The General Assembly*,\n\n*Recalling* its resolution 70/1,[^1]"
               "\n\n1. *Decides* to remain seized of the matter.\n\n[^1]: A/70/1.\n\n[^2]: As amended in plenary.\n")


def test_pasted_and_front_matter_titles_count_their_marks():
    """The same marks in text: a pasted heading, and the front matter ``fmt`` writes from it, where the
    title's note comes first and is numbered first, its text going with it."""
    document = resolint.parse(TITLE_FIRST)
    assert [(f.rule, f.message) for f in resolint.lint(document)] == [
        ("RF303", "Footnote 2 is the 1st footnote referenced: number it 1 and renumber the others in order")]
    formatted = resolint.format_text(TITLE_FIRST)
    assert "title: \"Protection of migrants[^1]\"\n" in formatted and "70/1,[^2]" in formatted
    assert formatted.endswith("[^1]: As amended in plenary.\n\n[^2]: A/70/1.\n")
    assert [f.rule for f in resolint.lint(resolint.parse(formatted))] == []
    undefined = "---\nnumber: 72/5\ntitle: Protection of migrants[^9]\n---\n\n*The General Assembly*,\n\n1. *Decides* to act.\n"
    assert [f.rule for f in resolint.lint(resolint.parse(undefined))] == ["RF301"]


SUB_ITEMS = ("1. *Decides* to act:\n\n   (a) now;\n\n   (b) later, by:\n\n      (i) a first step;\n\n      (ii) a second step;"
             "\n\n2. *Requests* a report on:\n\n   (a) this;\n\n   (b) that.\n")


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("name", ["template", "lettered"])
def test_list_number_2_and_3_are_sub_paragraphs_labelled_as_the_un_labels_them(drafts, producer, name):
    imported, document, findings = read(drafts, producer, name)
    assert imported.text.endswith(SUB_ITEMS)
    assert [[(sub.label, [item.label for item in sub.children]) for sub in op.children] for op in document.operative] == [
        [("a", []), ("b", ["i", "ii"])], [("a", []), ("b", [])]]
    assert findings == []
    assert imported.locate(imported.text.index("a second step")).startswith("paragraph 1 (b) (ii), Word paragraph ")


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize(("name", "notices"), [
    ("un-comment", []), ("other-processing", []),
    ("reviewer", ["1 Word comment not read: comments are not part of the text"]),
    ("both", ["1 Word comment not read: comments are not part of the text"]),
])
def test_a_processing_comment_is_no_reviewers_comment(drafts, producer, name, notices):
    imported, _, findings = read(drafts, producer, name)
    assert imported.notices == notices
    assert "ODS" not in imported.text and "shall" not in imported.text
    assert findings == []
