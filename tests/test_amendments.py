"""An amendments document: sponsors, then "amendments to draft resolution A/…", then numbered
instructions. The instructions are not a resolution's paragraphs: no paragraph rule reads them, `fmt`
keeps them as written (their paragraph breaks and punctuation), `parse` shows them as prologue text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import resolint

AMENDMENTS = """United Nations A/C.3/76/L.58
General Assembly Distr.: Limited
15 November 2021
Original: English

Seventy-sixth session
Third Committee
Agenda item 74 (c)
Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives

{sponsors}: {kind}

1. Insert a new preambular paragraph after the fifth preambular paragraph, to read:

\u201cReaffirming the principles of non-selectivity and objectivity in the consideration of human rights issues,\u201d

2. Delete operative paragraph 4.

3. In operative paragraph 7, replace the words \u201ccalls upon\u201d with \u201cencourages\u201d.
"""
INSTRUCTIONS = ("1. Insert a new preambular", "2. Delete operative paragraph 4.", "3. In operative paragraph 7")


@pytest.mark.parametrize(
    ("sponsors", "kind", "names"),
    [
        ("Belarus", "amendments to draft resolution A/C.3/76/L.31", ["Belarus"]),
        (
            "Egypt,* Pakistan* and Russian Federation*",
            "amendment to revised draft resolution A/HRC/53/L.1/Rev.1",
            ["Egypt", "Pakistan", "Russian Federation"],
        ),
        ("Belarus", "Amendments to draft resolution A/C.3/76/L.31", ["Belarus"]),
    ],
)
def test_the_heading_names_an_amendments_document(sponsors: str, kind: str, names: list[str]) -> None:
    document = resolint.parse(AMENDMENTS.format(sponsors=sponsors, kind=kind), "amendments.txt")
    written = kind[0].lower() + kind[1:]
    assert document.heading.get("document-type") == written
    assert [s.name for s in document.heading.sponsors] == names
    assert not document.preamble and not document.operative


def test_instructions_are_kept_and_no_paragraph_rule_reads_them() -> None:
    text = AMENDMENTS.format(sponsors="Belarus", kind="amendments to draft resolution A/C.3/76/L.31")
    document = resolint.parse(text, "amendments.txt")
    kept = [p.text.plain for p in document.prologue]
    assert all(any(t.startswith(instruction) for t in kept) for instruction in INSTRUCTIONS)
    assert not resolint.lint(document)
    canonical = resolint.format_text(text)
    for instruction in INSTRUCTIONS:
        assert f"\n\n{instruction}" in canonical
    assert "Delete operative paragraph 4.\n" in canonical  # a full stop, not the operative part's semicolon
    assert resolint.format_text(canonical) == canonical
    assert resolint.fix_text(text, path="amendments.txt")[1] == 0


def test_parse_json_shows_the_instructions(tmp_path: Path) -> None:
    path = tmp_path / "amendments.txt"
    path.write_text(AMENDMENTS.format(sponsors="Belarus", kind="amendments to draft resolution A/C.3/76/L.31"))
    result = subprocess.run(
        [sys.executable, "-m", "resolint", "parse", "--format", "json", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = json.loads(result.stdout)
    assert found["heading"]["document_type"] == "amendments to draft resolution A/C.3/76/L.31"
    assert found["operative"] == []
    assert [p["text"][:30] for p in found["prologue"]][-4:] == [
        "1. Insert a new preambular par", "“Reaffirming the principles of", "2. Delete operative paragraph ",
        "3. In operative paragraph 7, r",
    ]  # fmt: skip


def test_a_sponsor_list_ending_in_a_draft_type_is_still_a_draft() -> None:
    text = AMENDMENTS.format(sponsors="Belarus", kind="draft resolution").replace(
        "1. Insert a new preambular paragraph after the fifth preambular paragraph, to read:", "The General Assembly,"
    )
    document = resolint.parse(text, "draft.txt")
    assert document.heading.get("document-type") == "draft resolution"
    assert document.operative
