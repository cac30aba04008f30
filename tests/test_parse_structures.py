"""Structures of real resolutions beyond the plain preamble + numbered paragraphs."""

from __future__ import annotations

import resolint

ANNEXED_DECLARATION = """*The General Assembly*

*Adopts* the following political declaration on the Global Plan of Action:

### Political declaration on the Global Plan of Action

1. We, the States Members of the United Nations, reaffirm the Global Plan of Action.

2. We recall our commitments to the 2030 Agenda for Sustainable Development.

27th plenary meeting
27 September 2017
"""

BUDGET = """*The General Assembly*

*Resolves* that, for the biennium 2018–2019:

1. Appropriations totalling 5,396,907,300 United States dollars are hereby approved;

2. The Secretary-General shall be authorized to transfer credits between sections of the budget.
"""

UNLABELLED_ITEMS = """*The General Assembly*,

*Recalling* its resolution 71/159,

1. *Decides* that:

    (a) The panels will be held in parallel;

    (b) The panels will address the following themes:

Panel 1: Accelerating the response;

Panel 2: Scaling up financing;

    (c) Each panel will be co-chaired by two representatives;

2. *Requests* the President to finalize the arrangements.
"""

SECTIONS_AND_VOTE = """*The Human Rights Council*,

*Recalling* its resolution 5/1,

### Follow-up

1. *Requests* the High Commissioner to report;

2. *Decides* to remain seized of the matter.

46th meeting
11 October 2023

[Adopted by a recorded vote of 19 to 16, with 12 abstentions. The voting was as follows:
In favour:
Argentina, Belgium and Chile
Against:
Algeria and China]
"""


def test_annexed_declaration_is_not_the_operative_part() -> None:
    doc = resolint.parse(ANNEXED_DECLARATION)
    assert [p.phrase for p in doc.operative] == ["Adopts"]
    assert doc.operative[0].number is None
    assert len(doc.annex) == 2 and doc.annex[0].text.plain.startswith("1. We, the States Members")
    assert [c.text for c in doc.closing] == ["27th plenary meeting 27 September 2017"]
    assert not [d for d in resolint.lint(doc) if d.severity.label != "info"]


def test_numbered_clauses_of_a_budget_lead_in() -> None:
    doc = resolint.parse(BUDGET)
    assert [(p.number, p.phrase) for p in doc.operative] == [(None, "Resolves")]
    assert len(doc.annex) == 2
    assert not [d for d in resolint.lint(doc) if d.rule.startswith(("RS", "RO"))]


def test_unlabelled_items_belong_to_their_lead_in() -> None:
    doc = resolint.parse(UNLABELLED_ITEMS)
    assert [p.number for p in doc.operative] == ["1", "2"]
    assert [s.label for s in doc.operative[0].children] == ["a", "b", "c"]
    assert "Panel 2: Scaling up financing;" in doc.operative[0].children[1].text.plain
    assert not [d for d in resolint.lint(doc) if d.rule.startswith(("RS", "RO"))]


def test_section_headings_and_the_voting_record() -> None:
    doc = resolint.parse(SECTIONS_AND_VOTE)
    assert [s.text for s in doc.sections] == ["Follow-up"]
    assert [p.number for p in doc.operative] == ["1", "2"]
    assert doc.closing[0].text == "46th meeting 11 October 2023"
    assert any("In favour:" in c.text for c in doc.closing)
    canonical = resolint.format_text(SECTIONS_AND_VOTE)
    assert "### Follow-up" in canonical and "Algeria and China]" in canonical
    assert resolint.format_text(canonical) == canonical


NESTED_DRAFT = """*The Economic and Social Council*,

*Recalling* its resolution 2020/1,

*Recommends* to the General Assembly the adoption of the following draft resolution:

*The General Assembly*,

*Recalling* its resolution 75/1,

1. *Decides* to convene the conference;

3. *Requests* the Secretary-General to report.

*10th plenary meeting*
"""


def test_a_nested_draft_is_read_and_numbered_as_a_draft():
    """The draft's paragraphs are the draft's, and its own numbering is checked (2 is missing)."""
    document = resolint.parse(NESTED_DRAFT, "draft.res.md")
    assert [p.phrase for p in document.operative] == ["Recommends"]
    (draft,) = document.drafts
    assert draft.authoring is not None and draft.authoring.organ == "General Assembly"
    assert [p.number for p in draft.operative] == ["1", "3"]
    numbering = [d for d in resolint.lint(document) if d.rule == "RS002"]
    assert [NESTED_DRAFT[d.span.start : d.span.end] for d in numbering] == ["3."]
    assert not [d for d in resolint.lint(document) if d.rule in ("RS004", "RO203")]


def test_a_run_of_underscores_is_a_blank_to_fill_not_italics():
    """UN texts leave blanks as underscores ("as of _______________."); single underscores still mark italics."""
    document = resolint.parse("*The Human Rights Council*,\n\n1. *Decides* to act as of _______________ and _so_.\n")
    operative = document.operative[0]
    assert operative.text.plain.endswith("as of _______________ and so.")


def test_underscores_in_a_web_address_are_characters_not_italics():
    """UN footnotes cite addresses such as ".../COVID-19_-_High_Resolution.pdf" (A/RES/76/214)."""
    source = ("*The General Assembly*,\n\n1. *Decides* to act.[^1]\n\n"
              "[^1]: See https://ich.unesco.org/doc/Heritage_-_High_Resolution.pdf and _so_.\n")
    document = resolint.parse(source)
    assert document.footnotes[0].text.plain.strip() == (
        "See https://ich.unesco.org/doc/Heritage_-_High_Resolution.pdf and so.")
    assert not document.problems
