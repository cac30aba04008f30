"""A page's notes kept as plain lines without their separator (grammar/pagenotes.py): texts composed from the
form's description (docs/pdf-text.md, "Notes kept as plain lines"), and the numbered lines that are no notes."""

from __future__ import annotations

import re

import resolint

HEADING = """United Nations

General Assembly Distr.: General 14 December 2024

Seventy-ninth session Agenda item 72

Resolution adopted by the General Assembly on 10 December 2024

[on the report of the Third Committee (A/79/456, para. 12)]

79/200. Protection of migrants

The General Assembly,
"""

# Two pages: the first ends with two notes (marker 1 spaced after a comma at the paragraph's end, marker 2
# glued), the running title heads the second; the second page's note 3 cuts operative paragraph 2.
TWO_PAGES = HEADING + """
Reaffirming the Universal Declaration of Human Rights, 1

Recalling the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families,2 and its previous resolutions on the protection of migrants,

1 Resolution 217 A (III).

2 United Nations, Treaty Series, vol. 2220, No. 39481.

Protection of migrants

Taking note of the report of the Secretary-General, 3 and of the recommendations contained therein,

1. Calls upon all States to promote and protect effectively the human rights of all migrants;

2. Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution and to include in it

3 A/79/301.

an analysis of the ways and means to promote the human rights of migrants;

3. Decides to continue its consideration of the question at its eighty-first session.

55th plenary meeting
10 December 2024
"""


def _plain(paragraph) -> str:
    return " ".join(paragraph.text.plain.split())


def test_notes_without_their_separator_are_read_and_paired() -> None:
    doc = resolint.parse(TWO_PAGES, "copy.txt")
    assert [(f.label, f.text.raw) for f in doc.footnotes] == [
        ("1", "Resolution 217 A (III)."),
        ("2", "United Nations, Treaty Series, vol. 2220, No. 39481."),
        ("3", "A/79/301."),
    ]
    assert [ref.label for ref in doc.footnote_refs()] == ["1", "2", "3"]
    assert [ref.style for ref in doc.footnote_refs()] == ["plain"] * 3
    assert [p.phrase for p in doc.preamble] == ["Reaffirming", "Recalling", "Taking note"]
    assert [p.number for p in doc.operative] == ["1", "2", "3"]


def test_the_paragraph_the_notes_cut_is_one() -> None:
    doc = resolint.parse(TWO_PAGES, "copy.txt")
    second = _plain(doc.operative[1])
    assert "to include in it an analysis of the ways and means" in second
    assert "A/79/301" not in second
    assert second.endswith("human rights of migrants;")


def test_fmt_keeps_every_word() -> None:
    formatted = resolint.format_text(TWO_PAGES, path="copy.txt")
    body = TWO_PAGES[TWO_PAGES.index("The General Assembly") :]
    for word in set(re.findall(r"[^\W\d_]+", body)):
        assert word in formatted, word
    assert "[^3]: A/79/301." in formatted
    assert "to include in it an analysis" in " ".join(formatted.split())


# The same page read as a list: numbers without a full stop before texts that close with one, and no marker of
# any of them in the text above (a Model UN draft's numbered list).
NUMBERED_LIST = HEADING + """
Recalling its previous resolutions on the protection of migrants,

1. Decides to establish the following measures:

1 Establishment of a regional fund.

2 Creation of a panel of experts.

2. Decides to remain seized of the matter.
"""


def test_a_numbered_list_without_markers_is_no_notes() -> None:
    doc = resolint.parse(NUMBERED_LIST, "draft.txt")
    assert len(doc.footnotes) == 0
    assert not doc.footnote_refs()
    text = " ".join(_plain(p) for p in doc.operative)
    assert "Establishment of a regional fund." in text
    assert "Creation of a panel of experts." in text


# One note's marker missing (the "2" of "options 1 and 2" takes no note): the lines stay text.
MARKER_MISSING = HEADING + """
Recalling the two options, 1 and 2: set out in the report,

1 Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 12 (A/79/12).

2 A/79/188.

1. Decides to remain seized of the matter.
"""


def test_every_note_needs_its_marker() -> None:
    doc = resolint.parse(MARKER_MISSING, "copy.txt")
    assert len(doc.footnotes) == 0


# An operative paragraph whose number lost its full stop, under a marker-shaped digit ("2023,2"): an opener
# follows the number, so it stays a paragraph; a year opening a line and the meeting's date on its own line are
# no notes.
NO_NOTES = HEADING + """
Recalling its resolution 78/200 of 19 December 2023,2

1. Calls upon all States to promote and protect effectively the human rights of all migrants;

2 Decides to remain seized of the matter.

2005 World Summit Outcome.

55th plenary meeting
10 December 2024
"""


def test_an_opener_or_a_year_after_the_number_is_no_note() -> None:
    doc = resolint.parse(NO_NOTES, "copy.txt")
    assert len(doc.footnotes) == 0
    assert any("remain seized" in _plain(p) for p in doc.operative)


# A Model UN draft's list numbered without full stops under a paragraph whose numbers are a word's ("Goals 1
# and 2"): a number after a word inside a line is no marker, so the list stays text.
GOALS_LIST = HEADING + """
Recalling Sustainable Development Goals 1 and 2 on poverty and hunger,

1. Decides to set the following priorities:

1 Eradication of poverty in all its forms.

2 Ending hunger and achieving food security.
"""


def test_a_number_after_a_word_is_no_marker() -> None:
    doc = resolint.parse(GOALS_LIST, "draft.txt")
    assert len(doc.footnotes) == 0
    assert "Ending hunger and achieving food security." in " ".join(_plain(p) for p in doc.operative)


def test_the_running_title_may_stand_between_the_notes_and_the_paragraph_they_cut() -> None:
    text = TWO_PAGES.replace("3 A/79/301.\n\n", "3 A/79/301.\n\nProtection of migrants\n\n")
    doc = resolint.parse(text, "copy.txt")
    assert len(doc.footnotes) == 3
    assert [p.number for p in doc.operative] == ["1", "2", "3"]
    second = _plain(doc.operative[1])
    assert "to include in it an analysis of the ways and means" in second
    assert "Protection of migrants" not in second


def test_the_incremental_parse_follows_the_notes_in_and_out() -> None:
    from .test_incremental import Editor

    editor = Editor(TWO_PAGES, "copy.txt")
    marker = editor.text.index("Families,2") + len("Families,")
    editor.replace(marker, marker + 1, "")  # note 2 loses its marker: no line is read as a note
    assert len(resolint.parse(editor.text, "copy.txt").footnotes) == 0
    editor.replace(marker, marker, "2")  # and is read again
    title = editor.text.index("Protection of migrants\n\nTaking")
    editor.replace(title, title, "x")  # an edit elsewhere on the page
    assert len(resolint.parse(editor.text, "copy.txt").footnotes) == 3


def test_the_incremental_parse_of_a_real_copy_under_typing() -> None:
    import random
    from pathlib import Path

    from .test_incremental import TYPING, Editor, random_edits

    copy = Path(__file__).parent / "outofsample" / "oos-recent-ga" / "a-res-80-60-md.txt"
    editor = Editor(copy.read_text(encoding="utf-8"), "copy.txt")
    random_edits(editor, random.Random(7), 40, [*TYPING, "1 ", ",1", " 2"])


# The other note forms a paste may hold, whose markers the segmentation hands to the builder as this form's: an
# incremental build after an edit that reads them in or out must give what a fresh parse gives.
OTHER_NOTE_FORMS = {
    "bracketed": HEADING + """
Recalling its resolution 217 A (III),[1]

Noting the report of the Secretary-General,[2]

1. Decides to remain seized of the matter.

[1] Adopted without vote.

[2] A/79/301.
""",
    "under a separator": HEADING + """
Recalling its resolution 217 A (III),1

Noting the report of the Secretary-General,2

1. Decides to remain seized of the matter.

__________________

1 Adopted without vote.

2 A/79/301.
""",
}


def test_the_incremental_parse_of_the_other_note_forms_under_typing() -> None:
    import random

    from .test_incremental import TYPING, Editor, random_edits

    for text in OTHER_NOTE_FORMS.values():
        for seed in range(4):
            editor = Editor(text, "copy.txt")
            random_edits(editor, random.Random(seed), 40, [*TYPING, "[1]", ",1", "_____"])  # (asserts each step)


# The forms of the eightieth session's texts (oos-ga80), written afresh: a note over several lines of one block
# ("7 Argentina, …," / "Cambodia, …"), a note that opens with a year ("3 2015 Review Conference …"), markers spaced
# inside a line after a name ("the 2022 Group 4 to provide"), run into the next word (", 2and"), after a year's
# comma ("in 2014, 5"), glued to a year ("2026–20306"), and a paragraph whose second half opens with a name.
MORE_FORMS = HEADING + """
Recalling the treaties listed in the annex to its resolution 79/10,1

Welcoming the report of the Secretary-General, 2and the statements made at the 2015 Review Conference,3

Noting the recommendation of the 2022 Group 4 to provide information on transfers, made in 2014, 5 and the
agenda adopted for 2026–20306 by the working group,

1 Resolution 79/10, annex, listing the treaties of Tlatelolco, Rarotonga,
Bangkok and Pelindaba.

2 A/80/100.

3 2015 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final
Document.

4 A/77/126, para. 106.

5 See A/69/100.

6 A/AC.300/2025/1.

1. Requests the Secretary-General to transmit the present resolution to the

Protection of migrants

Commission on Population and Development for its consideration;

2. Decides to remain seized of the matter.
"""


def test_more_forms_of_notes_and_markers() -> None:
    doc = resolint.parse(MORE_FORMS, "copy.txt")
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert doc.footnotes[0].text.plain.rstrip().endswith("Bangkok and Pelindaba.")
    assert doc.footnotes[2].text.plain.strip().startswith("2015 Review Conference")
    assert [ref.label for ref in doc.footnote_refs()] == ["1", "2", "3", "4", "5", "6"]
    assert [p.phrase for p in doc.preamble] == ["Recalling", "Welcoming", "Noting"]
    assert [p.number for p in doc.operative] == ["1", "2"]
    assert "to the Commission on Population and Development" in _plain(doc.operative[0])
    assert "2022 Group to provide" in _plain(doc.preamble[2]) and "2026–2030 by" in _plain(doc.preamble[2])


# Numbers inside a line that take no note: "Goals 1 and 2", "in 2 years", "by 5 votes"; a year's number stays whole.
NUMBERS_OF_THE_TEXT = HEADING + """
Recalling Goals 1 and 2 of the 2030 Agenda and the decision taken by 5 votes in 20231 to act within 2 years,

1 Resolution 70/1.

2 A/80/100.

1. Decides to remain seized of the matter.
"""


def test_numbers_of_the_text_are_no_markers() -> None:
    doc = resolint.parse(NUMBERS_OF_THE_TEXT, "copy.txt")
    assert doc.footnotes == []  # note 2 has no marker ("within 2 years"): the lines stay text
    assert "Goals 1 and 2" in _plain(doc.preamble[0]) and "within 2 years" in _plain(doc.preamble[0])
