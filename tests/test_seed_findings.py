"""The structural rules on the two seeds: exactly the findings listed (and explained) in tests/fixtures/seeds/.

The RF/RT/RR/RH findings on the seeds are pinned in tests/test_rules_seeds.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolint
from resolint.config import Settings
from tests.conftest import DRAFT_SEED, SEEDS, with_endings

FIXTURES = Path(__file__).parent / "fixtures" / "seeds"


def expected(name: str) -> list[tuple[str, int, int]]:
    rows = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rule, row, column, _why = line.split("\t", 3)
            rows.append((rule, int(row), int(column)))
    return rows


@pytest.mark.parametrize(
    ("path", "fixture"),
    [(DRAFT_SEED, "draft-000.structure.tsv"), (next(SEEDS.glob("001_*.txt")), "adopted-001.structure.tsv")],
    ids=["draft", "adopted"],
)
def test_structural_findings_on_the_seeds(path: Path, fixture: str, newline: str) -> None:
    document = resolint.parse(with_endings(path.read_text(encoding="utf-8"), newline), str(path))
    found = resolint.lint(document, Settings(select=["RS", "RP", "RO"]))
    actual = [(d.rule, d.span.line, d.span.column) for d in found]
    assert sorted(actual) == sorted(expected(fixture))


def test_draft_information_findings_are_its_copy_artefacts(newline: str) -> None:
    """Information is what the PDF copy did to the text (page break, bullets, italics), not the draft's own."""
    document = resolint.parse(with_endings(DRAFT_SEED.read_text(encoding="utf-8"), newline))
    info = [(d.rule, d.span.line) for d in resolint.lint(document) if d.severity.label == "info"]
    assert sorted(info) == [("RS005", 83), ("RS006", 99), ("RS012", 21)]
