"""The revised draft against the adopted text of the seeds: the change list a reader writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resolint.diff import compare_texts

FIXTURE = Path(__file__).parent / "fixtures" / "seed-changes.json"


@pytest.fixture(scope="module")
def seed_comparison(draft_text: str, adopted_text: str):
    return compare_texts(draft_text, adopted_text, "draft", "adopted")


def _projected(change) -> dict:
    found = {"at": change.label, "kind": change.kind}
    if change.kind == "inserted":
        expected_start = change.new_text[:86]
        found["starts"] = expected_start
        return found
    if change.label_rule:
        found["label_rule"] = change.label_rule
    found["words"] = [[w.old, w.new, w.classification, w.rule] for w in change.words]
    return found


def test_change_list_matches_the_fixture(seed_comparison) -> None:
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    got = [_projected(change) for change in seed_comparison.changes]
    for change in expected["changes"]:
        if "starts" in change:
            change["starts"] = change["starts"][:86]
    assert got == expected["changes"]
    assert [r.description for r in seed_comparison.renumberings] == expected["renumberings"]


def test_the_editors_changes_are_editorial_with_their_rule(seed_comparison) -> None:
    editorial = {
        (w.old, w.new): w.rule for c in seed_comparison.changes for w in c.words if w.classification == "editorial"
    }
    assert editorial[("also", "further")] == "RP104"
    assert editorial[("Adds", "Add")] == "RF304"
    assert editorial[("UN", "")] == "RT404"
    assert editorial[("*to*", "to")] == "RO202"
    assert editorial[('"', "“")] == "RT402"
    assert editorial[("cyber-crimes", "cybercrimes")] == "RT405"
    assert editorial[(".", ",")] == "RP103"
    relabel = [c for c in seed_comparison.changes if c.kind == "relabelled"]
    assert [(c.old.number, c.new.number, c.label_rule, c.classification) for c in relabel] == [
        ("1", "l", "RS003", "editorial")
    ]


def test_the_negotiated_changes_are_substantive(seed_comparison) -> None:
    inserted = [c for c in seed_comparison.changes if c.kind == "inserted"]
    assert [(c.track, c.new.label, c.classification) for c in inserted] == [("preamble", "PP 10", "substantive")]
    substantive = {
        (w.old, w.new) for c in seed_comparison.changes for w in c.words if w.classification == "substantive"
    }
    assert ("Welcoming", "Recalling") in substantive
    assert ("annexed to the Pact for the Future,", "") in substantive
    assert ("", "its") in substantive


def test_summary_and_artefacts(seed_comparison) -> None:
    assert seed_comparison.summary() == (
        "1 preambular paragraph inserted, 14 paragraphs changed in wording, 23 editorial changes"
    )
    assert seed_comparison.heading.lines() == [
        "document-type: revised draft resolution → resolution adopted",
        "number: 58/... → 58/23",
    ]
    assert seed_comparison.artefacts["old"] == {"bullet": 34, "page-break-split": 1}
    assert seed_comparison.artefacts["new"] == {"run-together": 6, "page-break-split": 1}


def test_the_draft_against_itself_has_no_change(draft_text: str) -> None:
    comparison = compare_texts(draft_text, draft_text)
    assert comparison.changes == [] and comparison.renumberings == []
    assert comparison.summary() == "no changes"
