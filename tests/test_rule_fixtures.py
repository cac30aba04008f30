"""Rule fixtures: each file in tests/fixtures/rules/ is linted with only its rule selected.

A fixture ``<CODE>_<what>.res.md`` (or ``.txt``) marks every line where a diagnostic of CODE must
start with ``<!-- expect CODE -->`` at the end of that line. Lines the marker cannot sit on (front
matter) are named instead: ``<!-- expect CODE at 3 -->`` anywhere in the file. A fixture without
markers holds clean cases: the rule must find nothing in it.

For each fixture the test asserts that
- the lines with diagnostics are exactly the marked lines;
- every diagnostic of a rule declared ``fixable = "never"`` has no fix, and a rule that offers a
  fix declares ``fixable``;
- ``resolint.fix_text`` applies the safe fixes, after which the rule finds nothing fixable any more
  and a second ``fix_text`` changes nothing; when ``<fixture>.fixed`` exists (for example
  ``RT401_repeats.res.md.fixed``), the fixed text must equal it exactly.

Both tests run twice: on the fixture as stored (``\n``) and with Windows ``\r\n`` endings, where the
findings (rule, line, column, message) must be the same and the fixed text must keep ``\r\n``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resolint
from resolint.config import Settings
from resolint.rules import all_rules, get_rule
from tests.conftest import assert_endings, with_endings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"
MARKER_RE = re.compile(r"<!--\s*expect\s+(?P<codes>(?:[A-Z]{2}\d{3}\s*)+)(?:at\s+(?P<line>\d+)\s*)?-->")
FIXTURE_GROUPS = ("RS", "RP", "RO", "RF", "RT", "RR", "RH")


def fixture_files() -> list[Path]:
    return sorted(
        path for path in FIXTURES.iterdir() if path.name.endswith((".res.md", ".txt")) and "_" in path.name
    )


def fixture_code(path: Path) -> str:
    return path.name.split("_", 1)[0]


def expected_lines(text: str, code: str) -> set[int]:
    found: set[int] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        for marker in MARKER_RE.finditer(line):
            if code in marker["codes"].split():
                found.add(int(marker["line"]) if marker["line"] else number)
    return found


SELECT_RE = re.compile(r"<!--\s*fixture-select\s+(?P<codes>(?:[A-Z]{2}\d{3}\s*)+)-->")


def selection(text: str, code: str) -> Settings:
    """Only the fixture's rule, plus any rule a ``<!-- fixture-select RT401 -->`` comment adds (RS008 needs
    the rules its suppressions name)."""
    extra = [c for match in SELECT_RE.finditer(text) for c in match["codes"].split()]
    return Settings(select=[code, *extra])


def where(found) -> tuple[str, int, int, int, int, str]:
    """What a user sees of a finding: rule, both ends as (line, column), message."""
    span = found.span
    return found.rule, span.line, span.column, span.end_line, span.end_column, found.message


def lint_only(text: str, code: str, path: Path) -> list:
    document = resolint.parse(text, str(path))
    return [d for d in resolint.lint(document, selection(text, code)) if d.rule == code]


@pytest.mark.parametrize("path", fixture_files(), ids=lambda path: path.name)
def test_fixture_findings_are_the_marked_lines(path: Path, newline: str) -> None:
    code = fixture_code(path)
    rule = get_rule(code)
    assert rule is not None, f"{path.name}: no rule {code}"
    text = path.read_text(encoding="utf-8")
    found = lint_only(with_endings(text, newline), code, path)
    if newline != "\n":
        assert [where(d) for d in found] == [where(d) for d in lint_only(text, code, path)]
    got = {d.span.line for d in found}
    details = "\n".join(f"  line {d.span.line}: {d.message}" for d in found)
    assert got == expected_lines(text, code), f"{path.name}: diagnostics at\n{details}"
    if rule.fixable == "never":
        assert all(d.fix is None for d in found), f"{code} declares fixable='never' but offers a fix"
    elif any(d.fix for d in found):
        assert rule.fix_title, f"{code} offers fixes but declares no fix_title"


@pytest.mark.parametrize("path", fixture_files(), ids=lambda path: path.name)
def test_fixture_fixes_are_complete_and_stable(path: Path, newline: str) -> None:
    code = fixture_code(path)
    text = with_endings(path.read_text(encoding="utf-8"), newline)
    settings = selection(text, code)
    safe_before = [d for d in lint_only(text, code, path) if d.fix and d.fix.safe]
    fixed, count = resolint.fix_text(text, settings, str(path))
    assert (count > 0) == bool(safe_before), f"{path.name}: {count} fixes for {len(safe_before)} fixable findings"
    left = [d for d in lint_only(fixed, code, path) if d.fix and d.fix.safe]
    assert not left, f"{path.name}: still fixable after fix_text: {[d.message for d in left]}"
    again, second_count = resolint.fix_text(fixed, settings, str(path))
    assert (again, second_count) == (fixed, 0), f"{path.name}: a second fix_text changed the text"
    assert_endings(fixed, newline)
    expected_path = path.with_name(path.name + ".fixed")
    if expected_path.exists():
        assert fixed == with_endings(expected_path.read_text(encoding="utf-8"), newline)


@pytest.mark.parametrize("code", [r.code for r in all_rules() if r.code.startswith(FIXTURE_GROUPS)])
def test_every_rule_has_findings_and_clean_fixtures(code: str) -> None:
    files = [path for path in fixture_files() if fixture_code(path) == code]
    marked = [path for path in files if expected_lines(path.read_text(encoding="utf-8"), code)]
    clean = [path for path in files if not expected_lines(path.read_text(encoding="utf-8"), code)]
    assert marked, f"{code}: no fixture with <!-- expect {code} --> markers"
    assert clean, f"{code}: no fixture of clean cases"


@pytest.mark.parametrize(
    "path", [p for p in fixture_files() if fixture_code(p).startswith(FIXTURE_GROUPS)], ids=lambda path: path.name
)
def test_fixed_text_is_pinned_where_a_rule_fixes(path: Path) -> None:
    """Fixes are checked to the character: a fixture with safe fixes has its expected ``.fixed`` file."""
    rule = get_rule(fixture_code(path))
    text = path.read_text(encoding="utf-8")
    has_safe_fix = any(d.fix and d.fix.safe for d in lint_only(text, rule.code, path))
    if has_safe_fix:
        assert path.with_name(path.name + ".fixed").exists(), f"write {path.name}.fixed with the expected result"
