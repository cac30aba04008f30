"""Closing lines in all their forms, and the authoring line, recognised once (``grammar/closing.py``,
``grammar/authoring.py``): real lines from the UN's adopted texts in ``../shared/corpus/``."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from resolint.grammar.authoring import AUTHORING_LINE_RE, authoring_organ
from resolint.grammar.closing import (
    CLOSING_RE,
    MEETING_OR_DATE_RE,
    REPORT_LINE_RE,
    closing_kind,
    meeting_and_date,
)
from resolint.grammar.parser import parse_document

CORPUS_TESTS = Path(__file__).resolve().parent / "corpus"
if str(CORPUS_TESTS) not in sys.path:
    sys.path.insert(0, str(CORPUS_TESTS))
from akn import load, render_resmd  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
NBSP = "\u00a0"

# (line as the UN wrote it, where, what it is)
CLOSING_LINES = [
    ("73rd plenary meeting", "A/RES/76/241", "meeting"),
    ("48th (resumed) plenary meeting", "A/RES/76/242 form", "meeting"),
    ("54th resumed plenary meeting", "A/RES/76/242", "meeting"),
    (f"71st{NBSP}plenary meeting", "akn-ga, no-break space", "meeting"),
    ("46th meeting", "A/HRC/RES/54/15", "meeting"),
    ("8780th meeting", "S/RES/2576 (2021) cover", "meeting"),
    (f"24{NBSP}December 2021", "A/RES/76/242", "date"),
    ("21 July 2020", "E/RES/2021/1", "date"),
    ("[Adopted without a vote.]", "A/HRC/RES/54/10", "adoption"),
    ("[Adopted without a vote]", "A/HRC/RES/54/34", "adoption"),
    ("[Adopted by a recorded vote of 32 to 13, with 2 abstentions. The voting was as follows:", "A/HRC/RES/54/15",
     "adoption"),
    ("In favour:", "A/HRC/RES/54/15", "vote"),
    ("Against:", "A/HRC/RES/54/15", "vote"),
    ("Abstaining:", "A/HRC/RES/54/15", "vote"),
    ("Adopted at the 8722nd meeting by 13 votes to none, with 2 abstentions", "the Council's printed form, no corpus file",
     "adoption"),
]


@pytest.mark.parametrize(("line", "where", "kind"), CLOSING_LINES, ids=[f"{w}: {t}" for t, w, _ in CLOSING_LINES])
def test_each_closing_form_is_recognised(line, where, kind):
    assert closing_kind(line) == kind
    assert closing_kind(f"*{line}*") == kind  # italic as .res.md writes the meeting line
    if kind != "vote":
        assert CLOSING_RE.match(line)


@pytest.mark.parametrize("line", [
    "*Recalling* its resolution 75/282,",
    "Against this background, the Council decides",  # a group head needs its colon
    "Adopting a new approach:",
    "The General Assembly,",
    "12 members of the Bureau 2021",
])
def test_other_lines_are_not_closing_lines(line):
    assert closing_kind(line) is None


def test_a_meeting_line_with_its_date_is_cut_in_two():
    assert meeting_and_date(f"46th meeting 11{NBSP}October 2023") == ("46th meeting", f"11{NBSP}October 2023")
    assert meeting_and_date("64th plenary meeting 5 December 2017") == ("64th plenary meeting", "5 December 2017")
    assert meeting_and_date("46th meeting") is None


def test_a_printed_copy_closes_with_a_meeting_line_or_a_date_only():
    assert MEETING_OR_DATE_RE.match("91st plenary meeting")
    assert MEETING_OR_DATE_RE.match("31 May 2018")
    assert not MEETING_OR_DATE_RE.match("[Adopted without a vote.]")


@pytest.mark.parametrize("line", [
    "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/76/425, para. 37)]",
    "[on the report of the Third Committee (A/72/439)]",
    "[without reference to a Main Committee (A/76/L.14 and A/76/L.14/Add.1)]",
    "[on the report of the Fifth Committee (A/72/xxx",  # N1742190-like: closing bracket lost in a paste
])
def test_the_report_line_before_the_title(line):
    assert REPORT_LINE_RE.match(line)


@pytest.mark.parametrize(("line", "organ"), [
    ("*The General Assembly*,", "General Assembly"),
    ("The Security Council,", "Security Council"),
    ("*The Economic and Social Council*", "Economic and Social Council"),
    ("The Human Rights Council,", "Human Rights Council"),
    ("The Conference of the Parties,", "Conference of the Parties"),
    ("The Situation in Afghanistan", None),
    ("The Secretary-General,", None),
])
def test_the_authoring_line_once_for_all_readers(line, organ):
    assert authoring_organ(line) == organ


def test_a_printed_copy_wants_the_authoring_comma():
    assert AUTHORING_LINE_RE.match("The General Assembly,")
    assert not AUTHORING_LINE_RE.match("The General Assembly")


def corpus_document(name: str):
    path = next(SHARED.glob(f"akn-*/{name}*"))
    return parse_document(render_resmd(load(path)))


def test_a_recorded_vote_over_several_lines_is_one_closing_line_each():
    document = corpus_document("A_HRC_RES_54_15E")
    kinds = [closing_kind(line.text) for line in document.closing]
    assert kinds == ["meeting", "adoption", "vote", None, "vote", None, "vote", None]
    assert document.closing[4].text == "Against:"
    assert document.closing[-1].text == "Costa Rica and Mexico]"


@pytest.mark.parametrize("name", ["A_HRC_RES_54_15E", "A_HRC_RES_54_10E", "A_HRC_RES_54_34E"])
def test_every_closing_line_carries_its_text(name):
    document = corpus_document(name)
    assert document.closing
    for line in document.closing:
        assert line.content is not None
        assert " ".join(line.content.plain.split()) == " ".join(line.text.split())
    assert closing_kind(document.closing[0].text) == "meeting"
    assert closing_kind(document.closing[1].text) == "adoption"


def conclusions_lines(name: str) -> list[str]:
    """The lines of a text's ``<conclusions>``, as the UN's XML has them."""
    root = ElementTree.parse(next(SHARED.glob(f"akn-*/{name}*.xml"))).getroot()
    conclusions = next(e for e in root.iter() if e.tag.endswith("}conclusions"))
    return [line.strip() for line in "".join(conclusions.itertext()).split("\n") if line.strip()]


@pytest.mark.parametrize(("name", "meeting"), [
    ("A_RES_76_242-", "54th resumed plenary meeting"),
    ("A_RES_76_226-", "54th (resumed) plenary meeting"),
])
def test_a_resumed_meeting_closes_a_general_assembly_text(name, meeting):
    lines = conclusions_lines(name)
    assert lines[0] == meeting
    text = "*The General Assembly*,\n\n1. *Decides* to remain seized of the matter.\n\n*" + "\n".join(lines) + "*\n"
    (line,) = parse_document(text).closing
    assert line.content.plain.split() == " ".join(lines).split()
    assert meeting_and_date(line.text) == (meeting, lines[1].replace(NBSP, " "))  # the model's text: plain spaces
    assert lines[1].replace(NBSP, " ").split()[1] == "December"
