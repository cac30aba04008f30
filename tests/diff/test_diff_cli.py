"""``resolint diff``: the four report formats, the JSON schema of docs/diff.md, exit codes, errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from resolint.cli import main
from tests.conftest import DRAFT_SEED, REPO, _seed

SCHEMA = json.loads((REPO / "docs" / "diff.schema.json").read_text(encoding="utf-8"))
ADOPTED = _seed("001")


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["diff", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_report_follows_the_documented_schema(capsys) -> None:
    status, out, _ = run(capsys, str(DRAFT_SEED), str(ADOPTED), "--format", "json")
    report = json.loads(out)
    jsonschema.validate(report, SCHEMA)
    assert status == 1 and report["counts"]["editorial"] == 23
    assert {c["kind"] for c in report["changes"]} == {"changed", "inserted", "relabelled"}


def test_text_report_colours_only_when_asked(capsys) -> None:
    _, plain, _ = run(capsys, str(DRAFT_SEED), str(ADOPTED))
    assert "\033[" not in plain and "[-Adds-]{+Add+}" in plain and "[editorial: RF304]" in plain
    _, coloured, _ = run(capsys, str(DRAFT_SEED), str(ADOPTED), "--color", "always")
    assert "\033[31m[-Adds-]\033[0m" in coloured


def test_markdown_and_html_reports(tmp_path: Path, capsys) -> None:
    _, markdown, _ = run(capsys, str(DRAFT_SEED), str(ADOPTED), "--format", "markdown")
    assert "| **OP 9 (1) → OP 9 (l)** | relabelled | editorial: RS003 |" in markdown
    assert "<del>Adds</del><ins>Add</ins>" in markdown
    out = tmp_path / "diff.html"
    run(capsys, str(DRAFT_SEED), str(ADOPTED), "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "1 preambular paragraph inserted" in page
    assert page.count('<tr class="same">') > 2 * 30  # every paragraph, in both views
    assert '<del class="editorial" title="editorial: RF304 (fix)">Adds</del>' in page


def test_same_text_exits_clean_and_bad_input_is_one_line(tmp_path: Path, capsys) -> None:
    status, out, _ = run(capsys, str(DRAFT_SEED), str(DRAFT_SEED))
    assert status == 0 and "no changes" in out
    status, _, err = run(capsys, str(DRAFT_SEED), str(tmp_path / "missing.txt"))
    assert status == 2 and err.count("\n") == 1 and "no such file" in err
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7 ...")
    status, _, err = run(capsys, str(binary), str(DRAFT_SEED))
    assert status == 2 and "not a text file" in err
