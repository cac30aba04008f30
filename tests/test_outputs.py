"""Machine-readable outputs: SARIF 2.1.0 valid against the official schema, JSON, GitHub annotations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import DRAFT_SEED, REPO, SEEDS

SCHEMA = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif_for(*paths: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "resolint", "lint", "--format", "sarif", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_the_schema_is_the_official_one() -> None:
    assert SCHEMA["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("paths", [[DRAFT_SEED], [DRAFT_SEED, *sorted(SEEDS.glob("001_*.txt"))]])
def test_sarif_is_valid(paths: list[Path]) -> None:
    log = sarif_for(*paths)
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert results
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_sarif_of_a_clean_run_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "x.res.md"
    path.write_text("*The General Assembly*,\n\n*Recalling* its resolution 70/1,\n\n1. *Decides* to act.\n")
    log = sarif_for(path)
    assert log["runs"][0]["results"] == []
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_sarif_fix_replacement_matches_the_json_fix() -> None:
    log = sarif_for(DRAFT_SEED)
    label = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "RS003")
    replacement = label["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "(l)"
    assert replacement["deletedRegion"] == {"startLine": 127, "startColumn": 3, "endLine": 127, "endColumn": 6}
