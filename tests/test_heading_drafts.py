"""The heading of a draft as its copies give it: a sponsor list wrapped after any word, the document
type cut at a line's end, the session block of a Human Rights Council paper and of a Main Committee.

The corpus of drafts (``tests/corpus/test_drafts.py``) measures these on every organ's texts; here
each form is named with a small example.
"""

from __future__ import annotations

import pytest

import resolint

HRC_HEAD = """United Nations A/HRC/54/L.12

General Assembly
Distr.: Limited 5 October 2023

Original: English

Human Rights Council
Fifty-fourth session
11 September–13 October 2023
Agenda item 3
Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development

"""
BODY = """
54/… The right to development

The Human Rights Council,

Recalling its resolutions on the right to development,

1. Decides to remain seized of the matter.
"""
WRAPPED = (
    "Afghanistan,* Côte\n"
    "d’Ivoire,* Netherlands (Kingdom\n"
    "of the),* Saint Vincent and the Grenadines,* San\n"
    "Marino,* Venezuela\n"
    "(Bolivarian Republic of),* United Kingdom of Great Britain and Northern\n"
    "Ireland and Viet\n"
    "Nam: draft\n"
    "resolution\n"
)
NAMES = [
    "Afghanistan", "Côte d’Ivoire", "Netherlands (Kingdom of the)", "Saint Vincent and the Grenadines", "San Marino",
    "Venezuela (Bolivarian Republic of)", "United Kingdom of Great Britain and Northern Ireland", "Viet Nam",
]  # fmt: skip


def fields(document) -> dict[str, str]:
    return {field.name: field.value for field in document.heading.fields}


@pytest.mark.parametrize(
    ("apart", "justified"),
    [(False, False), (True, False), (False, True)],
    ids=["one block", "a blank line after each line", "justified (pdftotext -layout)"],
)
def test_a_sponsor_list_wrapped_after_any_word_is_read_whole(apart, justified):
    sponsors = WRAPPED.replace("\n", "\n\n") if apart else WRAPPED
    if justified:  # the spaces a justified line spreads between its words (the last line is not justified)
        *lines, last = sponsors.rstrip("\n").split("\n")
        sponsors = "\n".join([line.replace(" ", "   ") for line in lines] + [last]) + "\n"
    document = resolint.parse(HRC_HEAD + sponsors + BODY, "draft.txt")
    assert [s.name for s in document.heading.sponsors] == NAMES
    assert [s.asterisk for s in document.heading.sponsors] == [True] * 6 + [False] * 2
    assert fields(document)["document-type"] == "draft resolution"
    assert (document.title.number, document.title.text) == ("54/…", "The right to development")


def test_a_human_rights_council_paper_is_the_councils_though_its_masthead_names_the_assembly():
    document = resolint.parse(HRC_HEAD + "Chile and Peru*: draft resolution\n" + BODY, "draft.txt")
    assert fields(document)["organ"] == "Human Rights Council"
    assert not document.prologue


COMMITTEE = """United Nations A/C.4/76/L.23

General Assembly
Distr.: Limited 9 December 2021

Original: English

Seventy-sixth session
Special Political and Decolonization Committee (Fourth Committee)
Agenda item 54
United Nations Relief and Works Agency for Palestine Refugees in the Near East

Bahrain, Brunei Darussalam and San Marino: draft resolution

Operations of the Agency

The General Assembly,

1. Decides to remain seized of the matter.
"""


def test_a_main_committees_draft_keeps_the_assembly_and_its_committee_line():
    document = resolint.parse(COMMITTEE, "draft.txt")
    found = fields(document)
    assert (found["organ"], found["agenda-item"]) == ("General Assembly", "54")
    assert found["agenda-title"] == "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
    assert [p.text.plain for p in document.prologue] == [
        "Special Political and Decolonization Committee (Fourth Committee)"
    ]
    assert [s.name for s in document.heading.sponsors] == ["Bahrain", "Brunei Darussalam", "San Marino"]


def test_sponsors_right_after_an_agenda_item_without_its_title_are_no_title():
    source = COMMITTEE.replace(
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East\n\n", ""
    ).replace("Bahrain, Brunei Darussalam and San Marino", "Bahrain, Brunei Darussalam, Chile,\nPeru and San Marino")
    document = resolint.parse(source, "draft.txt")
    assert "agenda-title" not in fields(document)
    assert len(document.heading.sponsors) == 5


def test_an_agenda_title_in_capitals_with_commas_stays_the_agenda_title():
    title = (
        "General and complete disarmament: implementation of the Convention on the Prohibition of the Use, Stockpiling"
    )
    source = COMMITTEE.replace("United Nations Relief and Works Agency for Palestine Refugees in the Near East", title)
    assert fields(resolint.parse(source, "draft.txt"))["agenda-title"] == title


def test_a_drafts_title_keeps_its_no_break_spaces_and_a_word_a_is_no_part_letter():
    source = (
        HRC_HEAD + "Chile: draft resolution\n" + BODY.replace("The right to development", "A world free of\u00a0racism")
    )
    title = resolint.parse(source, "draft.txt").title
    assert (title.number, title.text) == ("54/…", "A world free of\u00a0racism")
