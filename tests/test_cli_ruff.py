"""`resolint lint` and `fix` behave as ruff users expect: folders, unknown codes, exit codes, summaries."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resolint import fix_text, lint, parse
from resolint.cli import build_parser
from tests.conftest import DRAFT_SEED, REPO
from tests.test_cli import CLEAN, run, write

FRENCH = """L'Assemblée générale,

Rappelant sa résolution 60/251 du 15 mars 2006,

Réaffirmant les buts et principes de la Charte des Nations Unies,

1. Décide de rester saisie de la question;

2. Prie le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution.
"""
SPANISH = """La Asamblea General,

Recordando su resolución 60/251, de 15 de marzo de 2006,

1. Decide seguir ocupándose de la cuestión;

2. Solicita al Secretario General que le presente un informe sobre la aplicación de la presente resolución.
"""
ROMAN_OPENER = CLEAN.replace("*Recalling*", "Recalling")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A project with a .gitignore, node_modules and a README beside two drafts."""
    write(tmp_path, "clean.res.md", CLEAN)
    write(tmp_path, "draft.txt", ROMAN_OPENER)
    write(tmp_path, "README.md", "# Notes\n\nNot a resolution.\n")
    (tmp_path / "node_modules" / "pkg").mkdir(parents=True)
    write(tmp_path / "node_modules" / "pkg", "readme.txt", ROMAN_OPENER)
    (tmp_path / "out").mkdir()
    write(tmp_path / "out", "copy.txt", ROMAN_OPENER)
    write(tmp_path, ".gitignore", "out/\n")
    return tmp_path


def paths_in(report: str) -> set[str]:
    return {Path(item["path"]).name for item in json.loads(report)}


def test_folder_lint_reads_resolution_files_only_and_skips_ignored_folders(folder: Path) -> None:
    result = run("lint", "--format", "json", str(folder))
    assert result.returncode == 1, result.stderr
    assert paths_in(result.stdout) == {"draft.txt"}
    everything = run("lint", "--format", "json", "--no-respect-gitignore", str(folder))
    assert paths_in(everything.stdout) == {"draft.txt", "copy.txt"}


def test_no_path_lints_the_current_folder_and_exclude_narrows_it(folder: Path) -> None:
    result = run("lint", cwd=folder)
    assert result.returncode == 1
    assert "draft.txt:" in result.stdout and "readme.txt" not in result.stdout
    assert "Found 1 problem in 1 of 2 files" in result.stdout
    excluded = run("lint", "--exclude", "draft.txt", cwd=folder)
    assert excluded.returncode == 0 and "All checks passed (1 file)." in excluded.stdout
    named = run("lint", "--exclude", "draft.txt", "draft.txt", cwd=folder)
    assert named.returncode == 1, "a file named explicitly is always linted"


def test_configured_extend_exclude_and_unknown_key_warning(folder: Path) -> None:
    write(folder, "resolint.toml", 'extend-exclude = ["draft.txt"]\nselcet = ["RS"]\n')
    result = run("lint", cwd=folder)
    assert result.returncode == 0, result.stdout
    assert "unknown configuration key 'selcet' ignored (did you mean 'select'?)" in result.stderr
    assert result.stderr.count("selcet") == 1


def test_a_folder_without_resolutions_warns_and_never_says_all_checks_passed(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", "# Notes\n")
    result = run("lint", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == ""
    assert "warning: no resolution files (*.res.md, *.txt, *.docx) found in ." in result.stderr


def test_standard_input_only_with_a_dash(folder: Path) -> None:
    piped = run("lint", "--format", "json", stdin=ROMAN_OPENER.encode(), cwd=folder)
    assert paths_in(piped.stdout) == {"draft.txt"}, "without '-' the folder is linted, not standard input"
    dashed = run("lint", "-", "--format", "json", stdin=ROMAN_OPENER.encode(), cwd=folder)
    assert {item["path"] for item in json.loads(dashed.stdout)} == {"<stdin>"}


@pytest.mark.parametrize(
    ("arguments", "code", "nearest"),
    [
        (("--select", "RT4O1"), "RT4O1", "RT401"),
        (("--ignore", "RS003,RX999"), "RX999", "RS999"),
    ],
)
def test_unknown_codes_on_the_command_line_exit_two_naming_the_nearest(
    arguments: tuple[str, ...], code: str, nearest: str
) -> None:
    result = run("lint", *arguments, str(DRAFT_SEED))
    assert result.returncode == 2
    assert f"unknown rule code {code}; did you mean {nearest}?" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_unknown_rule_page_names_the_nearest() -> None:
    result = run("rules", "RT4O1")
    assert result.returncode == 2
    assert result.stderr.strip() == "resolint: error: unknown rule code RT4O1; did you mean RT401?"


def test_unknown_code_in_configuration_exits_two(tmp_path: Path) -> None:
    write(tmp_path, "resolint.toml", 'ignore = ["RP1O1"]\n')
    path = write(tmp_path, "a.res.md", CLEAN)
    result = run("lint", str(path))
    assert result.returncode == 2
    assert "resolint.toml: ignore: unknown rule code RP1O1; did you mean RP101?" in result.stderr
    assert "All checks passed" not in result.stdout


def test_unknown_code_in_a_suppression_comment_exits_two_and_keeps_the_findings(tmp_path: Path) -> None:
    text = ROMAN_OPENER.replace("1. *Decides*", "<!-- resolint-disable-next-line RO2001 -->\n1. *Decides*")
    path = write(tmp_path, "s.res.md", text)
    result = run("lint", str(path))
    assert result.returncode == 2
    assert "s.res.md:11:1: suppression comment: unknown rule code RO2001; did you mean RO201?" in result.stderr
    assert "RP101" in result.stdout
    assert "All checks passed" not in result.stdout
    fixed = run("fix", str(path))
    assert fixed.returncode == 2 and "unknown rule code RO2001; did you mean RO201?" in fixed.stderr
    assert "*Recalling*" in path.read_text(encoding="utf-8"), "the fixes are still applied"


def test_exit_zero_statistics_quiet(tmp_path: Path) -> None:
    path = write(tmp_path, "d.txt", ROMAN_OPENER)
    assert run("lint", "--exit-zero", str(path)).returncode == 0
    statistics = run("lint", "--statistics", str(DRAFT_SEED))
    assert statistics.returncode == 1
    lines = statistics.stdout.splitlines()
    assert lines[0].split() == ["7", "RT402", "[*]", "straight-quotes"]
    assert not any(line.startswith(str(DRAFT_SEED)) for line in lines)
    as_json = json.loads(run("lint", "--statistics", "--format", "json", str(DRAFT_SEED)).stdout)
    assert sum(item["count"] for item in as_json) == len(
        json.loads(run("lint", "--format", "json", str(DRAFT_SEED)).stdout)
    )
    quiet = run("lint", "--quiet", str(path))
    assert quiet.returncode == 1
    assert quiet.stdout.splitlines() == [line for line in run("lint", str(path)).stdout.splitlines() if "RP101" in line]


def test_exit_zero_still_exits_two_on_errors(tmp_path: Path) -> None:
    good = write(tmp_path, "good.res.md", CLEAN)
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = run("lint", "--exit-zero", str(good), str(bad))
    assert result.returncode == 2
    assert "image.txt: not a text file" in result.stderr
    assert "All checks passed" not in result.stdout
    assert result.stdout.strip().endswith("No problems found in 1 file checked; 1 error (above).")


def test_an_empty_file_is_a_finding(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.res.md", "\n\n")
    result = run("lint", str(empty))
    assert result.returncode == 1
    assert "empty.res.md:1:1: RS000 [error] the file is empty" in result.stdout


def test_show_fixes_in_lint_and_fix(tmp_path: Path) -> None:
    path = write(tmp_path, "d.txt", ROMAN_OPENER)
    shown = run("lint", "--show-fixes", str(path))
    assert "    fix: Italicise the preambular opener" in shown.stdout
    assert (
        "      - Recalling its resolution 5/1 of 18 June…\n      + *Recalling* its resolution 5/1 of 18 June…"
        in shown.stdout
    )
    fixed = run("fix", "--show-fixes", str(path))
    assert fixed.returncode == 0
    assert "Fixed 1 problem:" in fixed.stderr and "1 × RP101 (preambular-opener-not-italic)" in fixed.stderr
    assert path.read_text(encoding="utf-8") == CLEAN


def test_fix_applies_what_lint_counts_as_fixable(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.txt", DRAFT_SEED.read_text(encoding="utf-8"))
    summary = run("lint", str(path)).stdout.splitlines()[-1]
    fixable = int(summary.split("(")[1].split()[0])
    fixed = run("fix", str(path))
    assert f"{path}: {fixable} fixes applied" in fixed.stderr
    assert "[*]" not in run("lint", str(path)).stdout


FIXTURES = [
    *sorted(p for p in (REPO / "tests" / "fixtures" / "rules").iterdir() if p.suffix in (".md", ".txt")),
    DRAFT_SEED,
]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fix_count_agrees_with_the_fixable_findings(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fixable = sum(1 for d in lint(parse(text, path.name)) if d.fix and d.fix.edits and d.fix.safe)
    fixed, count = fix_text(text, path=path.name)
    remaining = sum(1 for d in lint(parse(fixed, path.name)) if d.fix and d.fix.edits and d.fix.safe)
    assert (count, remaining) == (fixable, 0)


def test_parallel_lint_gives_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    seed = DRAFT_SEED.read_text(encoding="utf-8")
    for index in range(12):
        write(tmp_path, f"d{index:02d}.txt", seed if index % 3 else ROMAN_OPENER)
    one = run("lint", "--jobs", "1", str(tmp_path))
    several = run("lint", "--jobs", "2", str(tmp_path))
    assert one.returncode == several.returncode == 1
    assert one.stdout == several.stdout
    assert several.stderr == "", "no progress line when standard error is not a terminal"


def test_parallel_fix_writes_every_file(tmp_path: Path) -> None:
    for index in range(10):
        write(tmp_path, f"d{index}.txt", ROMAN_OPENER)
    result = run("fix", "--jobs", "2", str(tmp_path))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [f"{tmp_path / f'd{i}.txt'}: 1 fix applied" for i in range(10)]
    assert all(p.read_text(encoding="utf-8") == CLEAN for p in tmp_path.glob("*.txt"))


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "French"), (SPANISH, "Spanish")])
def test_french_and_spanish_drafts_are_named_not_checked(tmp_path: Path, text: str, language: str) -> None:
    path = write(tmp_path, "projet.txt", text)
    result = run("lint", str(path))
    assert result.returncode == 0
    assert f"projet.txt: note: the text seems to be {language}; resolint reads English resolutions" in result.stdout
    assert result.stdout.splitlines()[-1] == f"No problems found in 0 files checked; 1 file not checked ({language})."
    as_json = run("lint", "--format", "json", str(path))
    assert as_json.stdout.strip() == "[]" and f"the text seems to be {language}" in as_json.stderr
    github = run("lint", "--format", "github", str(path)).stdout
    assert github.startswith("::notice file=") and f"title=not checked::the text seems to be {language}" in github
    before = path.read_text(encoding="utf-8")
    assert run("fix", str(path)).returncode == 0
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "French"), (SPANISH, "Spanish")])
def test_fmt_names_a_french_or_spanish_draft_and_leaves_it_alone(tmp_path: Path, text: str, language: str) -> None:
    path = write(tmp_path, "projet.txt", text)
    note = f"projet.txt: note: the text seems to be {language}; resolint reads English resolutions"
    shown = run("fmt", str(path))
    assert shown.returncode == 0 and shown.stdout == "" and note in shown.stderr
    written = run("fmt", "--write", str(path))
    assert written.returncode == 0 and note in written.stderr
    assert not (tmp_path / "projet.res.md").exists()
    assert path.read_text(encoding="utf-8") == text


def test_every_argument_of_every_command_has_help() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) >= {"lint", "fix", "fmt", "parse", "rules", "export", "import", "serve"}
    for action in parser._actions:
        assert action.help and action.help != argparse.SUPPRESS, f"resolint {action.dest}: no help"
    for name, command in commands.choices.items():
        for action in command._actions:
            assert action.help and action.help != argparse.SUPPRESS, f"resolint {name} {action.dest}: no help"


def stderr_in_a_terminal(*args: str, env: dict[str, str]) -> str:
    """What ``resolint ARGS`` writes to standard error when that is a terminal (a pseudo-terminal)."""
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "resolint", *args], stdout=subprocess.DEVNULL, stderr=follower, cwd=REPO, env=env
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_line_only_in_a_terminal_and_not_in_ci(tmp_path: Path) -> None:
    for index in range(25):
        write(tmp_path, f"d{index:02d}.res.md", CLEAN)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    shown = stderr_in_a_terminal("lint", str(tmp_path), env=env)
    assert "resolint: 25/25 files checked" in shown and shown.endswith("\r\x1b[K")
    assert "files checked" not in stderr_in_a_terminal("lint", "--format", "json", str(tmp_path), env=env)
    assert "files checked" not in stderr_in_a_terminal("lint", str(tmp_path), env={**env, "CI": "true"})


def test_import_of_a_folder_writes_each_draft_beside_it_in_parallel(tmp_path: Path) -> None:
    word = sorted((REPO.parent / "shared" / "corpus" / "docx-ga72").glob("*.docx"))[:8]
    assert len(word) == 8, "the GA Word corpus is missing beside the checkout"
    for path in word:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    result = run("import", "--jobs", "2", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = [line for line in result.stderr.splitlines() if line.startswith("wrote ")]
    assert written == [f"wrote {tmp_path / path.stem}.res.md" for path in word]
    alone = run("import", str(tmp_path / word[0].name))
    assert (tmp_path / f"{word[0].stem}.res.md").read_text(encoding="utf-8") == alone.stdout
    again = run("import", str(tmp_path))
    assert again.returncode == 2
    assert f"{tmp_path / word[0].stem}.res.md: exists; not overwritten" in again.stderr


def test_a_report_that_cannot_be_written_is_a_one_line_error(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("The Human Rights Council,\n\n1. *Decides* to remain seized of the matter.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "resolint", "lint", str(draft), "-o", str(tmp_path / "missing" / "report.txt")],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("resolint: error:") and "cannot write" in result.stderr
