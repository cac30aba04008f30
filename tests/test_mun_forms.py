"""Forms of Model UN drafts beyond the UN's own: a clause's points under it (a bullet, "A."), clause numbers
"1]", a heading label misspelt with a single letter for a double, preambular clauses whose opener is none
of the listed ones, and openers the Model UN phrase guides list. Each is written from the form's description,
not copied from the draft that showed it (``tests/outofsample/oos-mun``)."""

from __future__ import annotations

import resolint
from resolint.refdata import match_preambular

HEADING = """Committee: Economic and Social Council
Topic: Access to clean water in rural areas
Main Submitter: Ghana
Co-Submitters: Peru, Nepal

The Economic and Social Council,

Alarmed by the number of people without safe water,

"""


def _operative(body: str) -> list[tuple[str | None, list[str]]]:
    document = resolint.parse(HEADING + body, "draft.txt")
    return [(p.number, [child.label for child in p.children]) for p in document.operative]


def _rules(text: str) -> list[str]:
    return [d.rule for d in resolint.lint(resolint.parse(text, "draft.txt"))]


def test_a_bullet_right_under_a_numbered_clause_is_its_point() -> None:
    body = "1. Urges Member States to fund rural wells.\n\n• Through the regional water centres\n\n2. Decides to remain seized.\n"
    assert _operative(body) == [("1", ["•"]), ("2", [])]
    assert "RS002" not in _rules(HEADING + body)


def test_a_bulleted_line_that_opens_with_a_verb_is_a_paragraph() -> None:
    body = "1. Urges Member States to fund rural wells.\n\n- Requests the Secretary-General to report.\n"
    assert _operative(body) == [("1", []), (None, [])]


def test_capital_letter_points_belong_to_their_clause() -> None:
    body = (
        "1. Establishes a water board which shall;\n"
        "A. Meet once a year in Accra,\n"
        "B. Report to the Council;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert _operative(body) == [("1", ["A.", "B."]), ("2", [])]


def test_a_letter_line_without_closing_punctuation_is_no_point() -> None:
    body = "1. Establishes a water board;\n\nA. Follow-up\n\n2. Decides to remain seized of the matter.\n"
    assert ("1", ["A."]) not in _operative(body)


def test_lettered_points_on_lines_of_their_own_without_blank_lines_are_points() -> None:
    body = (
        "1. Recommends that Member States protect wells by:\n"
        "a. Fencing them,\n"
        "b. Testing the water monthly:\n"
        "i. in the dry season,\n"
        "ii. after floods;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    document = resolint.parse(HEADING + body, "draft.txt")
    items = document.operative[0].children
    assert [item.label for item in items] == ["a.", "b."]
    assert [item.label for item in items[1].children] == ["i.", "ii."]


def test_a_line_opening_with_a_letter_and_dot_inside_a_sentence_goes_on() -> None:
    body = "1. Urges States to act under section\na. 4 of the plan;\n\n2. Decides to remain seized of the matter.\n"
    assert _operative(body) == [("1", []), ("2", [])]


def test_a_label_misspelt_with_a_single_letter_is_read() -> None:
    text = HEADING.replace("Co-Submitters:", "Co-Submiters:").replace("Committee:", "Comittee:")
    heading = resolint.parse(text + "1. Calls upon States to act.\n", "draft.txt").heading
    assert heading.get("signatories") == "Peru, Nepal"
    assert heading.organ == "Economic and Social Council"


def test_numbers_in_square_brackets_are_operative_numbers() -> None:
    body = "1] Calls upon States to share data;\n\n2] Decides to remain seized of the matter.\n"
    assert _operative(body) == [("1", []), ("2", [])]
    diagnostics = resolint.lint(resolint.parse(HEADING + body, "draft.txt"))
    assert [d.message for d in diagnostics if d.rule == "RS002"] == [
        'operative paragraphs are numbered "1.", not "1]" (2 paragraphs)'
    ]
    formatted = resolint.format_text(HEADING + body, "draft.txt")
    assert "1. *Calls upon* States" in formatted and "2] " not in formatted


def test_clauses_under_a_drafter_heading_with_an_unlisted_opener_are_preambular() -> None:
    text = HEADING.replace(
        "Alarmed by", "Commends the work of the regional water boards in the dry season,\n\nAlarmed by"
    ) + "1. Calls upon States to act.\n"
    document = resolint.parse(text, "draft.txt")
    assert [p.text.plain[:8] for p in document.preamble] == ["Commends", "Alarmed "]
    assert not document.prologue


def test_a_line_above_the_authoring_line_is_no_clause() -> None:
    text = HEADING.replace(
        "The Economic and Social Council,", "Delegates of the Youth Forum, with thanks,\n\nThe Economic and Social Council,"
    ) + "1. Calls upon States to act.\n"
    document = resolint.parse(text, "draft.txt")
    assert document.authoring is not None
    assert [p.phrase for p in document.preamble] == ["Alarmed"]
    assert [p.text.plain for p in document.prologue] == ["Delegates of the Youth Forum, with thanks,"]


def test_the_line_naming_who_acts_is_no_clause() -> None:
    text = HEADING.replace("The Economic and Social Council,", "The Model ECOSOC community,") + "1. Calls upon States.\n"
    document = resolint.parse(text, "draft.txt")
    assert [p.phrase for p in document.preamble] == ["Alarmed"]
    assert [p.text.plain for p in document.prologue] == ["The Model ECOSOC community,"]


def test_openers_of_the_model_un_guides_are_listed_as_model_un_usage() -> None:
    for opener in ("Noting with approval", "Citing", "Accepting"):
        found = match_preambular(f"{opener} the report of the Secretary-General")
        assert found is not None and found.known and found.unusual and found.phrase == opener
