"""The heading as a PDF prints it: the symbol beside "United Nations", the sponsors over several lines.

A General Assembly committee draft (A/C.3/…/L.…) names its sponsors before the document type; in
the PDF, and so in any copy of it, the list runs over several printed lines. Every sponsor is read,
whether the copy keeps one block per printed paragraph or one line per printed line.
"""

from __future__ import annotations

import pytest

import resolint

MASTHEAD = """United Nations A/C.3/76/L.21/Rev.1

General Assembly
Distr.: Limited
10 November 2021

Original: English

Seventy-sixth session
Third Committee
Agenda item 75 (b)
Promotion and protection of human rights: human rights
questions, including alternative approaches for improving the
effective enjoyment of human rights and fundamental freedoms

"""
SPONSORS = (
    "Argentina, Austria,* Belgium, Brazil, Chile, Costa Rica, Denmark, Finland, France,\n"
    "Germany, Ireland, Italy, Mexico, Netherlands (Kingdom of the), Norway, Trinidad and\n"
    "Tobago, Sweden and\n"
    "Uruguay: revised draft resolution\n"
)
BODY = """
The right to privacy in the digital age

The General Assembly,

Reaffirming the purposes and principles of the Charter of the United Nations,

1. Decides to continue its consideration of the question at its seventy-eighth session.
"""
NAMES = [
    "Argentina", "Austria", "Belgium", "Brazil", "Chile", "Costa Rica", "Denmark", "Finland", "France", "Germany",
    "Ireland", "Italy", "Mexico", "Netherlands (Kingdom of the)", "Norway", "Trinidad and Tobago", "Sweden", "Uruguay",
]  # fmt: skip


@pytest.mark.parametrize(
    "sponsors",
    [SPONSORS, SPONSORS.replace("\n", "\n\n", 2), SPONSORS.replace(",\n", ",\n\n")],
    ids=["one block", "a block per line", "blank lines after commas"],
)
def test_every_sponsor_of_a_wrapped_list_is_read(sponsors):
    source = MASTHEAD + sponsors + BODY
    document = resolint.parse(source)
    heading = document.heading
    assert [s.name for s in heading.sponsors] == NAMES
    assert [s.name for s in heading.sponsors if s.asterisk] == ["Austria"]
    assert all(" ".join(source[s.span.start : s.span.end].split()) == s.name for s in heading.sponsors)
    assert dict((f.name, f.value) for f in heading.fields)["document-type"] == "revised draft resolution"
    assert document.title.text == "The right to privacy in the digital age"
    assert [p.phrase for p in document.preamble] == ["Reaffirming"]


def test_a_heading_line_ending_in_a_comma_that_no_sponsor_line_follows_is_kept():
    source = MASTHEAD + "Note by the Secretariat,\nfor information\n" + BODY
    document = resolint.parse(source)
    kept = " ".join(p.text.plain for p in document.prologue)
    assert "Note by the Secretariat," in kept and "for information" in kept
    assert document.heading.sponsors == ()


@pytest.mark.parametrize("symbol", ["S/RES/2650 (2022)", "A/RES/76/246 A-B", "A/HRC/58/L.27/Rev.1", "E/RES/2021/2"])
def test_the_symbol_beside_the_masthead_is_read_whole(symbol):
    """The Council's symbol carries its year, a resolution in parts its letters, as on the symbol's own line."""
    for masthead in (f"United Nations {symbol}", f"United Nations\n\n{symbol}"):
        document = resolint.parse(masthead + "\n\nThe Security Council,\n\n1. *Decides* to act.\n")
        assert dict((f.name, f.value) for f in document.heading.fields)["symbol"] == symbol


COUNCIL = """United Nations S/RES/2650 (2022)

Security Council Distr.: General
31 August 2022

Resolution 2650 (2022)

Adopted by the Security Council at its 9125th meeting, on
31 August 2022

The Security Council,

Recalling all its previous resolutions on the situation in Lebanon,

1. Decides to remain actively seized of the matter.
"""


def test_the_councils_masthead_columns_and_adoption_line_as_a_pdf_prints_them():
    document = resolint.parse(COUNCIL)
    fields = dict((f.name, f.value) for f in document.heading.fields)
    assert (fields["organ"], fields["distribution"], fields["date"]) == ("Security Council", "General", "31 August 2022")
    kept = [" ".join(p.text.plain.split()) for p in document.prologue]
    # the adoption line goes on to its date: one line of the prologue, kept whole (the date is not the masthead's)
    assert "Adopted by the Security Council at its 9125th meeting, on 31 August 2022" in kept
    assert "Resolution 2650 (2022)" in kept


def test_a_heading_line_that_repeats_a_field_is_kept_as_text():
    source = COUNCIL.replace("Adopted by the Security Council at its 9125th meeting, on\n31 August 2022", "31 August 2022")
    kept = [p.text.plain.strip() for p in resolint.parse(source).prologue]
    assert "31 August 2022" in kept


def test_a_title_that_starts_with_united_nations_is_no_masthead():
    source = MASTHEAD + SPONSORS + BODY.replace("The right to privacy in the digital age", "United Nations Decade of Ocean Science")
    assert resolint.parse(source).title.text == "United Nations Decade of Ocean Science"


def test_a_long_report_of_lines_that_go_on_is_kept_in_pieces_no_longer_than_a_heading_item():
    """Lines held to read a sponsor list again with the next are bounded (``HELD_MAX``): a report before the
    resolution whose lines all end in a comma is kept whole, in pieces, and read once (``benchmarks/bench_lint.py``)."""
    from resolint.grammar.heading import HELD_MAX

    report = "\n".join(f"Report line {i} of the Committee on Information and of the others," for i in range(400))
    document = resolint.parse(report + "\n\nThe General Assembly,\n\n1. *Decides* to act.\n")
    pieces = [p.span.end - p.span.start for p in document.prologue]
    assert len(pieces) > 1 and max(pieces) <= HELD_MAX
    assert " ".join(" ".join(p.text.plain.split()) for p in document.prologue) == " ".join(report.split())


def test_an_asterisk_note_mark_in_a_heading_line_is_kept():
    """"Agenda item 3[^*]": the star is the note's label, not italics; it was dropped ("3[^]"), so fmt wrote a
    reference to no note."""
    text = (
        "A/HRC/58/L.1\nHuman Rights Council\nFifty-eighth session\nAgenda item 3[^*]\n\n"
        "Albania: draft resolution\n\n58/1. Title\n\nThe Human Rights Council,\n\nRecalling a,\n\n"
        "1. Decides b.\n\n[^*]: Reissued for technical reasons.\n"
    )
    formatted = resolint.format_text(text, "agenda.txt")
    assert 'agenda-item: "3[^*]"' in formatted
    assert resolint.format_text(formatted, "agenda.res.md") == formatted
    assert [d.rule for d in resolint.lint(resolint.parse(formatted, "agenda.res.md"))] == []


# A copy that sets a blank line under every printed line of the PDF (right-docs.org), or a fix that joined the
# body's printed lines but left the heading's: the numbered title's next printed line, in lower case, is the title's.
WRAPPED_TITLE = """Human Rights Council Thirty-sixth session

Agenda item 3

Resolution adopted by the Human Rights Council on 28 September 2017

36/7. The human rights to safe drinking water

and sanitation

The Human Rights Council,

Recalling all previous resolutions on the human rights to safe drinking water and sanitation,
"""


def test_a_numbered_title_goes_on_in_the_lower_case_line_under_it() -> None:
    document = resolint.parse(WRAPPED_TITLE, "copy.txt")
    assert document.title is not None
    assert (document.title.number, document.title.text) == ("36/7", "The human rights to safe drinking water and sanitation")
    assert [p.phrase for p in document.preamble] == ["Recalling"]


def test_a_title_that_closes_takes_no_line_under_it() -> None:
    text = WRAPPED_TITLE.replace("drinking water\n", "drinking water.\n")
    document = resolint.parse(text, "copy.txt")
    assert document.title is not None and document.title.text == "The human rights to safe drinking water."


# ECOSOC's sessions until 2013: "Substantive session of 2012" (or "Organizational session for 2011") over the
# place and dates, "New York, 2-27 July 2012"; as printed and flattened onto one line with the rest of the heading.
ECOSOC_DRAFT = """United Nations E/2012/L.26

Economic and Social Council Distr.: Limited
20 July 2012

Original: English

Substantive session of 2012
New York, 2-27 July 2012
Agenda item 11

The Economic and Social Council,

Recalling its resolution 2011/41 of 28 July 2011,

1. Requests the Secretary-General to report to it at its substantive session of 2013.
"""


@pytest.mark.parametrize("flat", [False, True])
def test_an_ecosoc_session_of_a_year_and_its_place_and_dates(flat: bool) -> None:
    text = " ".join(ECOSOC_DRAFT.split()) if flat else ECOSOC_DRAFT
    fields = {f.name: f.value for f in resolint.parse(text, "draft.txt").heading.fields}
    assert fields["session"] == "Substantive session of 2012"
    assert fields["session-dates"] == "New York, 2-27 July 2012"
    assert fields["agenda-item"] == "11"


def test_an_organizational_session_for_a_year() -> None:
    text = ECOSOC_DRAFT.replace("Substantive session of 2012", "Organizational session for 2013")
    fields = {f.name: f.value for f in resolint.parse(text, "draft.txt").heading.fields}
    assert fields["session"] == "Organizational session for 2013"
