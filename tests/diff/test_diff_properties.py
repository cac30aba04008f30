"""Properties of the comparison over real resolutions with random edits (pure Python, many examples):
a text compared with itself has no change, and the change list replayed on OLD gives NEW."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolint
from resolint.diff import compare_texts
from resolint.diff.apply import apply_changes
from resolint.diff.units import document_units
from tests.diff.corpus_edits import akn, corpus_texts, edit

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "insert", "move", "reword", "relabel"]), st.integers(0, 500), st.integers(0, 500)
    ),
    min_size=1,
    max_size=6,
)
DOCUMENT = st.integers(0, len(corpus_texts()) - 1)


@cache
def corpus_files() -> list[Path]:
    """The Council resolutions whose markup is consistent: the parser reads their pasted and .res.md
    renderings alike, paragraph by paragraph (tests/corpus). Elsewhere pasted text can be read
    otherwise (E/RES/2021/6: two annex headings run together into one unnumbered paragraph), which
    the comparison then reports, rightly, as a difference of the two texts as read."""
    return akn.consistent_files()


def units_of(text: str) -> dict[str, list[tuple[str, str]]]:
    return {track: [(u.number, u.text) for u in units] for track, units in document_units(resolint.parse(text)).items()}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
def test_a_text_against_itself_has_no_change(index: int) -> None:
    text = corpus_texts()[index]
    comparison = compare_texts(text, text)
    assert comparison.changes == [] and comparison.renumberings == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT, OPERATIONS)
def test_the_change_list_applied_to_old_gives_new(index: int, operations) -> None:
    old = corpus_texts()[index]
    new = edit(old, operations)
    comparison = compare_texts(old, new)
    assert apply_changes(document_units(resolint.parse(old)), comparison) == units_of(new)
    if new != old:
        assert comparison.changes or comparison.renumberings or units_of(old) == units_of(new)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000))
def test_one_resolution_pasted_and_as_res_md_compares_equal(pick: int) -> None:
    """Across forms: the text a person pastes from the PDF (italics and heading marks lost) against the
    canonical .res.md of the same adopted resolution."""
    path = corpus_files()[pick % len(corpus_files())]
    resolution = akn.load(path)
    comparison = compare_texts(akn.render_pasted(resolution), akn.render_resmd(resolution))
    assert comparison.changes == [] and comparison.renumberings == [], path.name
