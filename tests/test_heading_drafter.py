"""A drafter's own heading: the labelled lines of Model UN, NGO and delegation drafts.

"Committee:", "Topic:", "Sponsors:", "Signatories:", "Main submitter:", "Resolution GA1/1.1" … are
read as the heading's organ, title, sponsors, signatories and code, never as paragraphs; the sponsor
rules ask of them only what a delegate expects (RH602: known aliases and duplicates; RH603: nothing).
"""

from __future__ import annotations

import pytest

import resolint
from resolint.model_json import document_json

BODY = """
The General Assembly,

Alarmed by the spread of autonomous weapons,

1. Calls upon all States to act;

2. Requests the Secretary-General to report.
"""

NMUN = """Committee: Disarmament and International Security Committee (GA First Committee)
Topic: The question of lethal autonomous weapons systems
Sponsors: France, Germany, Kenya
Signatories: Brazil, India
""" + BODY

THIMUN = """FORUM: General Assembly First Committee
QUESTION OF: Lethal autonomous weapons
MAIN SUBMITTER: Kenya
CO-SUBMITTERS: Turkey, Brazil, India,
Saudi
Arabia, Sweden
""" + BODY


def test_labelled_lines_are_the_heading() -> None:
    document = resolint.parse(NMUN, "draft.txt")
    heading = document.heading
    assert heading.drafter
    assert heading.organ == "Disarmament and International Security Committee (GA First Committee)"
    assert document.title is not None and document.title.text == "The question of lethal autonomous weapons systems"
    assert [sponsor.name for sponsor in heading.sponsors] == ["France", "Germany", "Kenya"]
    assert heading.get("signatories") == "Brazil, India"
    assert [p.phrase for p in document.preamble] == ["Alarmed"]
    assert not document.prologue


def test_a_list_goes_on_over_lines_and_a_name_cut_at_a_line_end_is_one() -> None:
    heading = resolint.parse(THIMUN, "draft.txt").heading
    assert [sponsor.name for sponsor in heading.sponsors] == ["Kenya"]
    assert heading.get("signatories") == "Turkey, Brazil, India, Saudi Arabia, Sweden"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Resolution GA1/1.1", "Resolution GA1/1.1"),
        ("Draft Resolution 1.1", "Draft Resolution 1.1"),
        ("MUNA Resolution #1", "MUNA Resolution #1"),
        ("GA-1", "GA-1"),
        ("RESOLUTION CODE: GA/1/A/2", "GA/1/A/2"),
    ],
)
def test_a_conference_code(line: str, code: str) -> None:
    heading = resolint.parse(line + "\n" + NMUN, "draft.txt").heading
    assert heading.get("code") == code


@pytest.mark.parametrize("line", ["Resolution 2334", "Resolution 2021/3"])
def test_the_un_numbers_are_no_conference_code(line: str) -> None:
    assert resolint.parse(line + "\n" + BODY, "draft.txt").heading.get("code") is None


@pytest.mark.parametrize("label", ["Sponsors:", "Main Submitter:", "Submitted by:", "Delegation:", "Authors -", "Sponsor/s:"])
def test_the_sponsors_labels(label: str) -> None:
    heading = resolint.parse(f"Topic: Water\n{label} Kenya, Chile\n" + BODY, "x.txt").heading
    assert [sponsor.name for sponsor in heading.sponsors] == ["Kenya", "Chile"]


def test_a_template_blank_names_no_sponsor() -> None:
    heading = resolint.parse("Main Submitter/Sponsor: [...]\nCo-Submitters/Signatories: [...]\n" + BODY, "x.txt").heading
    assert heading.sponsors == ()
    assert heading.get("signatories") == "[...]"


def test_the_un_heading_is_not_a_drafter_heading() -> None:
    source = "Albania, Andorra and Chile: draft resolution\n" + BODY
    heading = resolint.parse(source, "x.txt").heading
    assert not heading.drafter
    assert "drafter" not in document_json(resolint.parse(source, "x.txt"))["heading"]


def test_the_json_names_code_and_signatories() -> None:
    found = document_json(resolint.parse("Resolution GA1/1.1\n" + NMUN, "draft.txt"))["heading"]
    assert found["drafter"] is True
    assert found["code"] == "Resolution GA1/1.1"
    assert found["signatories"] == "Brazil, India"
    assert found["organ"].startswith("Disarmament")


def _findings(source: str, rule: str) -> list[str]:
    return [d.message for d in resolint.lint(resolint.parse(source, "draft.txt")) if d.rule == rule]


def test_rh602_asks_a_drafter_list_for_known_aliases_and_duplicates_only() -> None:
    # signing order, commas without "and", a delegation that is no State: as the conference has them
    assert _findings(NMUN.replace("France, Germany, Kenya", "Kenya, France, The Red Cross"), "RH602") == []
    found = _findings(NMUN.replace("France, Germany, Kenya", "Kenya, Turkey, Kenya"), "RH602")
    assert found == ['Write the UN short name "Türkiye", not "Turkey"', "Kenya is listed twice: remove one"]


def test_rh603_asks_no_asterisk_of_a_drafter_heading() -> None:
    # the same organ, year and sponsors in the UN's heading ask for Andorra's asterisk
    un_heading = "Security Council\n1 March 2025\nAndorra and Denmark: draft resolution\n"
    assert _findings(un_heading + BODY, "RH603")
    drafter = "Committee: Security Council\n1 March 2025\nSponsors: Andorra, Denmark\n"
    assert _findings(drafter + BODY, "RH603") == []


def test_rs001_fixes_only_with_a_un_organ_name() -> None:
    body = BODY.replace("The General Assembly,\n", "")
    for committee, fixed in (("Model United Nations", False), ("Security Council", True)):
        source = f"Committee: {committee}\nSponsors: Kenya\n" + body
        diagnostics = [d for d in resolint.lint(resolint.parse(source, "x.txt")) if d.rule == "RS001"]
        assert len(diagnostics) == 1
        assert (diagnostics[0].fix is not None) == fixed, committee


THIMUN_CAPITALS = """FORUM: General Assembly
QUESTION OF: Weapons
MAIN SUBMITTER: Kenya

THE GENERAL ASSEMBLY,

Alarmed by the spread,

1. Calls upon all States to act;

2. Requests the Secretary-General to report.
"""


def test_the_authoring_line_in_capitals_is_the_authoring_line() -> None:
    document = resolint.parse(THIMUN_CAPITALS, "draft.txt")
    assert document.authoring is not None and document.authoring.organ == "General Assembly"
    assert [sponsor.name for sponsor in document.heading.sponsors] == ["Kenya"]  # the list stops at it
    found = [d for d in resolint.lint(document) if d.rule == "RS001"]
    assert [d.message for d in found] == [
        "the authoring line should be in the UN's case, not in capitals: *The General Assembly*,"
    ]
    fixed = resolint.fix_text(THIMUN_CAPITALS, path="draft.txt")[0]
    assert "\n*The General Assembly*,\n" in fixed and "THE GENERAL" not in fixed


def test_a_title_in_capitals_is_no_authoring_line() -> None:
    document = resolint.parse("THE SITUATION IN AFGHANISTAN\n" + BODY, "x.txt")
    assert document.authoring is not None and document.authoring.text.plain == "The General Assembly,"
