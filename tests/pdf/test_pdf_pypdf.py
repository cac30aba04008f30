"""Shapes of pypdf's copies (``page.extract_text()`` of each page, joined by a line break), each in a small copy made
for the test (``test_pdf_docx.py`` measures the mode on the 107 Word files): no blank line and no form feed anywhere,
the page foot's columns run together ("17-206982/14", "3/1417-20698", "Error! No document variable supplied.2/2"),
a page's notes right under the last line of a paragraph the page break cuts, a page that opens with the running
title alone (its symbol not printed).
"""

from __future__ import annotations

import pytest
from akn_compare import norm_number

from resolint.grammar.parser import parse_document
from resolint.grammar.pdflines import furniture_kind

# pypdf's lines: a space alone where the masthead's columns leave a gap, a space after a line's last word
MASTHEAD = """United Nations A/RES/72/37
\x20
General Assembly Distr.: General
{date}
Seventy-second session
Agenda item 99
Resolution adopted by the General Assembly\x20
on 4 December 2017
[on the report of the First Committee (A/72/409)]
72/37. {title}
The General Assembly,
"""


def copy(pages: list[str], feet: list[str], headers: list[str], title: str = "Ethical imperatives for a world") -> str:
    """A pypdf copy: the masthead, then each page's lines, its foot and the next page's header, no blank line."""
    text = MASTHEAD.format(title=title, date="18 December 2017")
    for number, page in enumerate(pages):
        text += page.rstrip("\n") + "\n" + feet[number] + "\n"
        if number + 1 < len(pages):
            text += headers[number] + "\n"
    return text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("17-206982/14", "job number"),  # an even page: "2/14" printed after the job number
        ("3/1417-20698", "job number"),  # an odd page: the page number first
        ("17-2069810/14", "job number"),  # a job number has five digits: "10/14" is the page
        ("GE.24-186023/5", "job number"),  # a Geneva job number
        ("Error! No document variable supplied.2/2", "unfilled field"),
        ("2/2Error! No document variable supplied.", "unfilled field"),
    ],
)
def test_a_page_foots_columns_run_together_are_furniture(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    ["17-206985/3", "resolution 72/2", "A/RES/72/10", "27/1", "in 2016-20172/14 cases", "2/14 of 17-206"],
)
def test_text_with_a_page_number_glued_is_no_furniture(line):
    """Page 5 of 3 is no page; a symbol or a reference ends in numbers too; the rest must be furniture alone."""
    assert furniture_kind(line) == ""


PAGE_ONE = """Recalling its resolution 71/9 of 17 November 2016 and all its previous relevant
resolutions,1
Welcoming the reports of the Secretary-General2 and the recommendations
contained therein,
1. Calls upon all States to acknowledge the catastrophic humanitarian
consequences and risks posed by a nuclear weapon detonation,3 whether by accident,
miscalculation or design;
2. Acknowledges the ethical imperatives for nuclear disarmament and the
urgency of achieving and maintaining a nuclear-weapon-free world, which is a
1 See resolution 38/75.
2 A/72/94.
3 See A/59/119.
"""
PAGE_TWO = """global public good of the highest order, serving both national and collective
security interests;
3. Declares that the global threat posed by nuclear weapons must urgently be
eliminated;
"""
ONE_NOTE = """Recalling its resolution 71/9 of 17 November 2016 and all its previous relevant
resolutions,
1. Calls upon all States to acknowledge the catastrophic humanitarian
consequences and risks posed by a nuclear weapon detonation,1 whether by accident,
miscalculation or design, and stresses the ethical imperatives for nuclear
disarmament and the urgency of achieving and maintaining a world free of such
weapons, which is a
1 See resolution S-10/2, para. 4.
"""


def test_notes_right_under_a_paragraph_cut_by_the_page_break_are_notes():
    """pypdf prints no blank line: the page's notes follow a paragraph's line that stops mid-sentence."""
    text = copy([PAGE_ONE, PAGE_TWO], ["17-20698 (E)    051217", "17-206982/2"], ["A/RES/72/37 Ethical imperatives"])
    document = parse_document(text, "pypdf.txt")
    assert [note.text.plain for note in document.footnotes] == ["See resolution 38/75.", "A/72/94.", "See A/59/119."]
    assert [norm_number(paragraph.number) for paragraph in document.operative] == ["1", "2", "3"]
    assert document.operative[1].text.plain.endswith("which is a global public good of the highest order, serving"
                                                     " both national and collective security interests;")


def test_one_note_under_a_cut_paragraph_closes_a_sentence():
    """A note alone at the page foot: its number, the marker above, the page's end, a full stop."""
    two = PAGE_TWO.replace("3. Declares", "2. Declares")
    text = copy([ONE_NOTE, two], ["17-20698 (E)    051217", "2/217-20698"], ["A/RES/72/37 Ethical imperatives"])
    document = parse_document(text, "pypdf.txt")
    assert [note.text.plain for note in document.footnotes] == ["See resolution S-10/2, para. 4."]
    assert [norm_number(paragraph.number) for paragraph in document.operative] == ["1", "2"]


def test_a_line_that_numbers_no_note_stays_text():
    """"2 December 2016 …" under a line that stops mid-sentence is the paragraph's text (a date), not a note."""
    page = ONE_NOTE.replace("1 See resolution S-10/2, para. 4.", "2 December 2016 and 1 See resolution S-10/2.")
    text = copy([page, PAGE_TWO], ["17-20698 (E)    051217", "2/217-20698"], ["A/RES/72/37 Ethical imperatives"])
    document = parse_document(text, "pypdf.txt")
    assert "which is a 2 December 2016" in document.operative[0].text.plain


TITLE = "Ensuring access to affordable, reliable, sustainable and modern energy for all"


@pytest.mark.parametrize("header", [TITLE, "Ensuring access to affordable, reliable, sustainable"])
def test_a_page_that_opens_with_the_running_title_alone_after_the_foot(header):
    """The symbol of an odd page's running header is missing from pypdf's copy: the title (or its start) printed
    right after the page foot is furniture, and the paragraph it cuts is one paragraph."""
    one = PAGE_ONE.split("\n1 See")[0].replace("resolutions,1", "resolutions,").replace("General2", "General")
    one = one.replace("detonation,3", "detonation,")
    text = copy([one, PAGE_TWO], ["17-23297 (E)    300118", "17-232972/2"], [header], title=TITLE)
    document = parse_document(text, "pypdf.txt")
    assert [norm_number(paragraph.number) for paragraph in document.operative] == ["1", "2", "3"]
    assert "which is a global public good" in document.operative[1].text.plain
    assert "Ensuring" not in document.operative[1].text.plain


def test_a_notes_line_that_opens_with_a_number_stays_in_the_note():
    """A note's next line may open with a date's day ("26 August–4 September 2002"): the notes go on in sequence."""
    wrapped = "1 Report of the World Summit on Sustainable Development, Johannesburg, South Africa,\n" \
              "26 August–4 September 2002, chap. I, resolution 2, annex."
    page = PAGE_ONE.replace("1 See resolution 38/75.", wrapped)
    text = copy([page, PAGE_TWO], ["17-20698 (E)    051217", "17-206982/2"], ["A/RES/72/37 Ethical imperatives"])
    document = parse_document(text, "pypdf.txt")
    assert [note.label for note in document.footnotes] == ["1", "2", "3"]
    assert document.footnotes[0].text.plain.endswith("South Africa, 26 August–4 September 2002, chap. I, resolution 2,"
                                                     " annex.")
    assert [norm_number(paragraph.number) for paragraph in document.operative] == ["1", "2", "3"]


def test_a_line_opening_with_a_later_notes_number_above_the_notes_stays_text():
    """"6 Global Acceleration Framework, …" under a line that stops mid-sentence, with the page's notes from 1 below
    it (6 among them, and notes in sequence after it): the page's notes open at the first, the line is the
    paragraph's."""
    page = """Recalling the Declaration,1 the Covenants,2,3 the Conventions4 and the Protocols,5,6 and
taking note of the Sustainable Development Goal 6 Synthesis Report and the Goal
6 Global Acceleration Framework, as well as the publication of the reports,7 and the Agreement,8 as a
1 See A/75/53/Add.1, chap. III.
2 Resolution 217 A (III).
3 See resolution 2200 A (XXI), annex.
4 Ibid.
5 United Nations, Treaty Series, vol. 660, No. 9464.
6 Ibid., vol. 1249, No. 20378.
7 Ibid., vol. 1577, No. 27531.
8 Ibid., vol. 2515, No. 44910.
"""
    text = copy([page, PAGE_TWO.replace("3. Declares", "1. Declares")], ["17-20698 (E)    051217", "17-206982/2"],
                ["A/RES/72/37 Ethical imperatives"])
    document = parse_document(text, "pypdf.txt")
    assert [note.label for note in document.footnotes] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert "the Goal 6 Global Acceleration Framework" in document.preamble[0].text.plain
