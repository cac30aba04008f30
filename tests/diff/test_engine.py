"""The comparison engine on small texts: moves, renumbering runs, inserted sub-paragraphs, retyped units."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from resolint.diff import compare_texts
from resolint.diff.units import normalise_with_breaks, normalise_with_index, text_index
from resolint.diff.words import apply_hunks, word_hunks

PREAMBLE = [
    "*Recalling* its resolution 70/1 of 25 September 2015 on the 2030 Agenda,",
    "*Noting* the report of the Secretary-General on oceans and the law of the sea,",
    "*Concerned* about the rise of sea levels in small island developing States,",
]
SUBS = [
    f"To take measure number {word} against pollution of the marine environment;"
    for word in ("one", "two", "three", "four", "five")
]
OPERATIVE = [
    "*Welcomes* the report of the Secretary-General on the state of the oceans;",
    ("*Calls upon* States:", SUBS),
    "*Requests* the Secretary-General to report on progress at its next session;",
    "*Decides* to remain seized of the matter.",
]


def resolution(preamble: list[str], operative: list) -> str:
    lines = ["*The General Assembly*,", ""]
    for paragraph in preamble:
        lines += [paragraph, ""]
    for number, paragraph in enumerate(operative, 1):
        head, subs = paragraph if isinstance(paragraph, tuple) else (paragraph, [])
        lines += [f"{number}. {head}", ""]
        for index, sub in enumerate(subs):
            lines += [f"    ({chr(97 + index)}) {sub}", ""]
    return "\n".join(lines)


def test_moves_insertions_and_renumbering_runs() -> None:
    subs = [
        *SUBS[:2],
        "To ratify the agreement on marine biological diversity beyond national jurisdiction;",
        *SUBS[2:],
    ]
    operative = [
        OPERATIVE[0],
        "*Encourages* regional cooperation in fisheries;",
        ("*Calls upon* States:", subs),
        *OPERATIVE[2:],
    ]
    comparison = compare_texts(resolution(PREAMBLE, OPERATIVE), resolution([*PREAMBLE[1:], PREAMBLE[0]], operative))
    assert [(c.kind, c.label, c.moved) for c in comparison.changes] == [
        ("moved", "PP 1 → PP 3", True),
        ("inserted", "OP 2", False),
        ("inserted", "OP 3 (c)", False),
    ]
    assert [r.description for r in comparison.renumberings] == ["OP 2–4 became 3–5", "OP 2 (c)–(e) became OP 3 (d)–(f)"]
    assert comparison.summary() == "OP 2 inserted, OP 3 (c) inserted, 1 preambular paragraph moved, 2 renumberings"


def test_word_hunks_rebuild_the_new_text() -> None:
    for old, new in [("Adds.1 and 2.", "Add.1 and 2."), ("a ,b", "a, b"), ("", "a b"), ("x a b", "a b")]:
        assert apply_hunks(old, word_hunks(old, new)) == new


def test_a_paragraph_read_as_a_heading_is_retyped_not_deleted() -> None:
    """The same words read as an unnumbered operative paragraph in one version and as a heading in the other (a
    subject line written in italics, then marked as a heading) are one editorial change, not a deletion and an
    insertion. (The earlier real example, ECOSOC 2021/6 pasted, is now read with its headings by the parser.)"""
    base = (
        "---\nsymbol: A/RES/76/1\n---\n\n*The General Assembly*,\n\n*Recalling* its resolution 75/1,\n\n"
        "1. *Decides* to act;\n\n{heading}\n\n2. *Requests* the Secretary-General to report.\n"
    )
    comparison = compare_texts(base.format(heading="*Follow-up and review*"), base.format(heading="### Follow-up and review"))
    changes = [(c.kind, c.old.track, c.new.track, c.classification) for c in comparison.changes]
    assert changes == [("retyped", "operative", "section", "editorial")]


@given(st.text(alphabet="ab \n\t\u00a0", max_size=14))
def test_folding_white_space_keeps_every_offset(plain: str) -> None:
    """The few offset breaks of white-space folding place every plain offset where a character-by-
    character index of the kept characters places it."""
    text, breaks = normalise_with_breaks(plain)
    kept, index = normalise_with_index(plain)
    assert text == kept == " ".join(plain.split())
    for offset in range(len(plain) + 1):
        assert text_index(breaks, offset, len(text)) == bisect_right(index, offset - 1)


def test_heading_items_and_sponsors() -> None:
    def draft(symbol: str, sponsors: str) -> str:
        front = f"---\nsymbol: {symbol}\norgan: General Assembly\nsponsors: [{sponsors}]\n---\n\n"
        return front + resolution(PREAMBLE, OPERATIVE)

    comparison = compare_texts(
        draft("A/C.2/80/L.5", "Chile, Mexico*, Peru"), draft("A/C.2/80/L.5/Rev.1", "Peru, Chile, Fiji")
    )
    assert comparison.heading.lines() == [
        "symbol: A/C.2/80/L.5 → A/C.2/80/L.5/Rev.1",
        "sponsors added: Fiji",
        "sponsors withdrawn: Mexico",
    ]
    assert comparison.changes == [] and comparison.summary() == "no changes in the text; the heading differs"
