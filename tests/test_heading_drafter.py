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


# A draft copied onto one line (a document site's text of a PDF): its labels cut the heading ("THIMUN" form,
# written from the conference's guide), the authoring line in capitals starts the body.
FLAT_THIMUN = (
    "FORUM: Human Rights Council QUESTION OF: Freedom of expression online MAIN SUBMITTER: Chile "
    "CO-SUBMITTERS: Peru, Ghana, Norway THE HUMAN RIGHTS COUNCIL, Recalling its resolution 12/16 of 2 October 2009 "
    "on freedom of opinion and expression, Deeply concerned by the arbitrary blocking of online content, "
    "1. Calls upon all States to refrain from blocking access to the Internet; "
    "2. Requests the High Commissioner to report to the Council at its next session."
)
# NMUN-like labels with a PDF's page line, a printed notice in capitals and the committee's number
FLAT_MEDIMUN = (
    "Page 1 of 3 RESOLUTION CODE: GA/3/B/1 DATE: 4 March 2019 FORUM: General Assembly Committee 3 "
    "QUESTION OF: Protecting the rights of migrant workers THIS DOCUMENT IS PROPERTY OF THE CONFERENCE "
    "The General Assembly Committee 3, Recalling the International Convention on the Protection of the Rights of "
    "All Migrant Workers, Alarmed by the number of migrant workers without a contract, "
    "1. Urges all Member States to ratify the Convention; 2. Invites States to report on its implementation."
)
# the code in numbers before the authoring line, the organ named with "United Nations"
FLAT_CHANTILLY = (
    "United Nations Security Council Sponsors: Ghana, Norway Signatories: Chile, Peru, Japan 2.3 "
    "The Security Council, Recalling its resolutions on the protection of civilians in armed conflict, "
    "Gravely concerned by attacks against humanitarian personnel, 1. Demands that all parties respect "
    "international humanitarian law; 2. Decides to remain actively seized of the matter."
)


@pytest.mark.parametrize(
    ("source", "facts"),
    [
        (FLAT_THIMUN, (None, "Human Rights Council", "Freedom of expression online", ["Chile"], "Peru, Ghana, Norway")),
        (FLAT_MEDIMUN, ("GA/3/B/1", "General Assembly Committee 3", "Protecting the rights of migrant workers", [], None)),
        (FLAT_CHANTILLY, ("2.3", "United Nations Security Council", None, ["Ghana", "Norway"], "Chile, Peru, Japan")),
    ],
)
def test_a_flat_drafter_heading_is_cut_at_its_labels(source: str, facts: tuple) -> None:
    document = resolint.parse(source, "flat.txt")
    heading = document.heading
    code, organ, title, sponsors, signatories = facts
    assert (heading.get("code"), heading.organ) == (code, organ)
    assert (document.title.text if document.title else None) == title
    assert [sponsor.name for sponsor in heading.sponsors] == sponsors
    assert heading.get("signatories") == signatories
    assert document.authoring is not None
    assert len(document.preamble) == 2 and [p.number for p in document.operative] == ["1", "2"]


def test_a_flat_copy_keeps_its_page_line_and_notice_as_prologue() -> None:
    document = resolint.parse(FLAT_MEDIMUN, "flat.txt")
    assert [item.text.plain for item in document.prologue] == ["Page 1 of 3", "THIS DOCUMENT IS PROPERTY OF THE CONFERENCE"]
    assert document.heading.get("date") == "4 March 2019"


def test_a_flat_un_text_is_not_cut_at_words_that_are_labels_elsewhere() -> None:
    # "Committee" and "Question of" without a colon are words of the UN's heading, not a drafter's labels
    source = (
        "Resolution adopted by the General Assembly on 5 December 2019 [on the report of the Third Committee "
        "(A/74/400)] 74/132. Question of the realization of economic rights The General Assembly, Recalling its "
        "resolutions on the question, Noting the report of the Committee on Economic, Social and Cultural Rights, "
        "1. Welcomes the report; 2. Decides to consider the question at its seventy-fifth session."
    )
    document = resolint.parse(source, "flat.txt")
    assert not document.heading.drafter
    assert document.title is not None and document.title.text == "Question of the realization of economic rights"


@pytest.mark.parametrize(
    "line",
    ["Regarding the Question of Cheynia", "Question of the situation in Mali", "The question of Western Sahara"],
)
def test_an_unlabelled_question_line_is_the_title(line: str) -> None:
    document = resolint.parse(f"{line}\nCommittee: Security Council\nSponsors: France\n" + BODY, "x.txt")
    assert document.title is not None and document.title.text == line
    assert not document.prologue


def test_a_question_line_after_an_agenda_item_stays_the_agenda_title() -> None:
    heading = resolint.parse("Agenda item 58\nQuestion of Western Sahara\n" + BODY, "x.txt").heading
    assert heading.get("agenda-title") == "Question of Western Sahara"


def test_numbers_alone_are_a_code_only_under_a_drafter_label() -> None:
    drafter = resolint.parse("United Nations General Assembly\nSponsors: Iraq\n1.1\n" + BODY, "x.txt").heading
    assert (drafter.organ, drafter.get("code")) == ("United Nations General Assembly", "1.1")
    assert resolint.parse("1.1\n" + BODY, "x.txt").heading.get("code") is None


@pytest.mark.parametrize("line", ["General Assembly Resolution GA/3/1.1", "Resolution HRC/2/1.3"])
def test_a_code_with_a_slash_after_its_letters(line: str) -> None:
    assert resolint.parse(line + "\n" + NMUN, "draft.txt").heading.get("code") == line


UNDERLINED = """Committee: Security Council
Sponsors: France, Niger

The Security Council,

{open}Recalling{close} its resolutions on Mali,

{open}Deeply concerned{close} by the situation,

1. {open}Urges{close} all parties to cease hostilities;

2. {open}Further requests{close} the Secretary-General to report.
"""


@pytest.mark.parametrize(("opening", "closing"), [("<u>", "</u>"), ("__", "__")])
def test_underlined_openers_are_the_openers_emphasis(opening: str, closing: str) -> None:
    source = UNDERLINED.format(open=opening, close=closing)
    document = resolint.parse(source, "draft.txt")
    assert [p.phrase for p in document.preamble] == ["Recalling", "Deeply concerned"]
    assert [p.phrase for p in document.operative] == ["Urges", "Further requests"]
    assert not {d.rule for d in resolint.lint(document)} & {"RP105", "RO205", "RP102", "RO202"}
    formatted = resolint.format_text(source, "draft.txt")
    assert "*Recalling* its resolutions" in formatted and "2. *Further requests* the" in formatted


def test_a_run_of_underscores_is_still_a_blank() -> None:
    document = resolint.parse("Committee: Security Council\n" + BODY.replace("to report", "by ____ to report"), "x.txt")
    assert "____" in document.operative[1].text.plain
