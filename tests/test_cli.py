"""The `resolint` command line, run as a real process: outputs, exit codes, selection, configuration."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DRAFT_SEED, REPO

CLEAN = """---
symbol: A/HRC/58/L.99
distribution: Limited
organ: Human Rights Council
---

*The Human Rights Council*,

*Recalling* its resolution 5/1 of 18 June 2007,

1. *Decides* to remain seized of the matter.
"""


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "resolint", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or REPO,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("resolint ")


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    path = write(tmp_path, "clean.res.md", CLEAN)
    result = run("lint", str(path))
    assert result.returncode == 0, result.stdout
    assert "All checks passed" in result.stdout


def test_findings_exit_one_and_text_format_names_place_and_rule() -> None:
    result = run("lint", str(DRAFT_SEED))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(":127:3: RS003 [error]" in line for line in lines)
    assert lines[-1].startswith("Found ")


def test_json_contract() -> None:
    result = run("lint", "--format", "json", str(DRAFT_SEED))
    assert result.returncode == 1
    items = json.loads(result.stdout)
    assert isinstance(items, list) and items
    required = {"path", "rule", "severity", "line", "column", "end_line", "end_column", "message", "fix"}
    for item in items:
        assert required <= item.keys()
        assert item["line"] >= 1 and item["column"] >= 1
        assert (item["end_line"], item["end_column"]) >= (item["line"], item["column"])
        assert item["severity"] in ("error", "warning", "info")
        assert item["fix"] is None or (isinstance(item["fix"], list) and item["fix"])
    label = next(i for i in items if i["rule"] == "RS003")
    assert (label["line"], label["column"], label["end_column"]) == (127, 3, 6)
    assert label["fix"][0]["new_text"] == "(l)"


def test_select_ignore_and_severity_threshold() -> None:
    only = json.loads(run("lint", "--format", "json", "--select", "RS003,RT4", str(DRAFT_SEED)).stdout)
    assert {i["rule"] for i in only} <= {"RS003", "RT401", "RT402", "RT403", "RT404", "RT405", "RT406"}
    assert "RS003" in {i["rule"] for i in only}
    ignored = json.loads(run("lint", "--format", "json", "--ignore", "RT", str(DRAFT_SEED)).stdout)
    assert not any(i["rule"].startswith("RT") for i in ignored)
    errors = json.loads(run("lint", "--format", "json", "--severity", "error", str(DRAFT_SEED)).stdout)
    assert errors and all(i["severity"] == "error" for i in errors)


def test_github_format() -> None:
    result = run("lint", "--format", "github", "--select", "RS003", str(DRAFT_SEED))
    assert result.returncode == 1
    assert result.stdout.strip().startswith("::error file=")
    assert "line=127,col=3,endLine=127,endColumn=6,title=RS003 (subparagraph-labels)::" in result.stdout


def test_stdin_with_filename_finds_configuration(tmp_path: Path) -> None:
    write(tmp_path, "resolint.toml", 'ignore = ["RS003"]\n')
    text = DRAFT_SEED.read_bytes()
    result = run("lint", "-", "--stdin-filename", str(tmp_path / "draft.txt"), "--format", "json", stdin=text)
    items = json.loads(result.stdout)
    assert items and all(i["path"].endswith("draft.txt") for i in items)
    assert not any(i["rule"] == "RS003" for i in items)


def test_pyproject_configuration_upward_and_severity_override(tmp_path: Path) -> None:
    write(
        tmp_path, "pyproject.toml", '[tool.resolint]\nselect = ["RS"]\nseverity = { RS005 = "error", RS003 = "off" }\n'
    )
    nested = tmp_path / "drafts" / "2025"
    nested.mkdir(parents=True)
    path = nested / "draft.txt"
    path.write_bytes(DRAFT_SEED.read_bytes())
    items = json.loads(run("lint", "--format", "json", str(path)).stdout)
    assert {i["rule"][:2] for i in items} == {"RS"}
    assert not any(i["rule"] == "RS003" for i in items)
    assert next(i for i in items if i["rule"] == "RS005")["severity"] == "error"
    unconfigured = json.loads(run("lint", "--format", "json", "--no-config", str(path)).stdout)
    assert any(i["rule"] == "RS003" for i in unconfigured)


def test_broken_configuration_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "resolint.toml", "select = [unclosed\n")
    path = write(tmp_path, "a.res.md", CLEAN)
    result = run("lint", str(path))
    assert result.returncode == 2
    assert "resolint.toml" in result.stderr and "Traceback" not in result.stderr


def test_folders_and_globs(tmp_path: Path) -> None:
    write(tmp_path, "one.res.md", CLEAN)
    write(tmp_path, "two.txt", DRAFT_SEED.read_text(encoding="utf-8"))
    write(tmp_path, "notes.csv", "not a resolution")
    folder = json.loads(run("lint", "--format", "json", str(tmp_path)).stdout)
    assert {Path(i["path"]).name for i in folder} == {"two.txt"}
    globbed = run("lint", str(tmp_path / "*.res.md"))
    assert globbed.returncode == 0


def test_inline_suppressions(tmp_path: Path) -> None:
    text = CLEAN.replace(
        "*Recalling* its resolution",
        "<!-- resolint-disable-next-line RT401 -->\n*Recalling* the the resolution",
    )
    path = write(tmp_path, "s.res.md", text)
    assert run("lint", str(path)).returncode == 0
    unsuppressed = write(tmp_path, "u.res.md", CLEAN.replace("its resolution", "the the resolution"))
    assert "RT401" in run("lint", str(unsuppressed)).stdout
    block = write(tmp_path, "b.res.md", "<!-- resolint-disable RT401 -->\n\n" + unsuppressed.read_text())
    assert run("lint", str(block)).returncode == 0


def test_rules_list_and_documentation() -> None:
    listing = run("rules")
    assert listing.returncode == 0
    assert "RS003" in listing.stdout and "RT401" in listing.stdout
    doc = run("rules", "RS003")
    assert doc.returncode == 0
    for section in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
        assert section in doc.stdout
    assert run("rules", "RX999").returncode == 2


def test_parse_json_model() -> None:
    result = run("parse", str(DRAFT_SEED), "--format", "json")
    model = json.loads(result.stdout)
    assert model["heading"]["symbol"] == "A/HRC/58/L.27/Rev.1"
    assert model["heading"]["sponsors"][1] == {"name": "Andorra", "asterisk": True}
    assert model["preamble"][2]["opener"] == "Recalling also"
    nine = model["operative"][8]
    assert (nine["number"], nine["verb"]) == ("9", "Calls upon")
    assert [s["label"] for s in nine["subparagraphs"]][10:13] == ["k", "1", "m"]
    assert model["footnotes"][1] == {"label": "1", "line": 117, "text": "A/HRC/58/53 and Adds.1 and 2."}
    several = json.loads(run("parse", str(DRAFT_SEED), str(DRAFT_SEED)).stdout)
    assert isinstance(several, list) and len(several) == 2


def test_usage_errors_exit_two() -> None:
    assert run("lint", "no/such/file.txt").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run().returncode == 2


@pytest.mark.parametrize("command", ["lint", "fix", "fmt", "parse"])
def test_missing_path_gives_one_line_error(command: str) -> None:
    result = run(command, "does-not-exist.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_and_import_errors_are_one_line(tmp_path: Path) -> None:
    missing_folder = run("export", str(DRAFT_SEED), "-o", str(tmp_path / "no" / "such" / "x.docx"))
    assert missing_folder.returncode == 2 and "Traceback" not in missing_folder.stderr
    assert len(missing_folder.stderr.strip().splitlines()) == 1
    not_word = write(tmp_path, "fake.docx", "plain text, not a Word file")
    imported = run("import", str(not_word))
    assert imported.returncode == 2 and "Traceback" not in imported.stderr
    assert len(imported.stderr.strip().splitlines()) == 1


def test_export_writes_next_to_the_source(tmp_path: Path) -> None:
    source = write(tmp_path, "draft.res.md", CLEAN)
    result = run("export", str(source), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "draft.docx").read_bytes()[:2] == b"PK"
