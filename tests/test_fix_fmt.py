"""`resolint fix` and `resolint fmt`: idempotent, atomic, and they never lose text they do not understand."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import resolint
from resolint.config import Settings
from resolint.newlines import to_lf
from tests.conftest import DRAFT_SEED, REPO, assert_endings, with_endings

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


SUPERSCRIPTS = str.maketrans({ch: f" {i} " for i, ch in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")})


def words(text: str) -> Counter[str]:
    """Words (letters and digits) of a text; a superscript footnote marker is a word of its own."""
    return Counter(WORD_RE.findall(unicodedata.normalize("NFKC", text.translate(SUPERSCRIPTS))))


def structure(text: str) -> dict:
    doc = resolint.parse(text)
    return {
        "openers": [p.phrase for p in doc.preamble],
        "verbs": [p.phrase for p in doc.operative],
        "numbers": [p.number for p in doc.operative],
        "labels": [[s.label for s in p.children] for p in doc.operative],
        "footnotes": sorted(f.label for f in doc.footnotes),
        "sponsors": [(s.name, s.asterisk) for s in doc.heading.sponsors],
        "symbol": doc.heading.symbol,
        "title": doc.title.text if doc.title else None,
    }


def test_fix_is_idempotent_on_the_seeds(draft_text: str, adopted_text: str, newline: str) -> None:
    for text in (with_endings(draft_text, newline), with_endings(adopted_text, newline)):
        fixed, count = resolint.fix_text(text)
        assert count > 0
        assert_endings(fixed, newline)
        assert fixed == with_endings(resolint.fix_text(to_lf(text))[0], newline)
        again, more = resolint.fix_text(fixed)
        assert again == fixed and more == 0


def test_fix_repairs_the_structural_slips_of_the_draft(draft_text: str, newline: str) -> None:
    fixed, _ = resolint.fix_text(with_endings(draft_text, newline), Settings(select=["RS", "RP", "RO"]))
    assert_endings(fixed, newline)
    fixed = to_lf(fixed)
    doc = resolint.parse(fixed)
    assert [s.label for s in doc.operative[8].children][11] == "l"
    assert doc.preamble[12].phrase == "Recognizing further"
    assert doc.preamble[10].text.plain.rstrip().endswith("solutions,")
    assert "17. *Decides* to remain seized of the matter." in fixed
    assert "- 1." not in fixed
    remaining = {d.rule for d in resolint.lint(doc, Settings(select=["RS", "RP", "RO"]))}
    assert remaining <= {"RO205", "RP105"}, remaining


def test_fix_keeps_every_word_except_those_removed_on_purpose(draft_text: str, newline: str) -> None:
    fixed, _ = resolint.fix_text(with_endings(draft_text, newline))
    lost = words(draft_text) - words(fixed)
    # RT401 removes "and other" and "Principles on"; RF304 turns "Adds" into "Add";
    # RS003 turns (1) into (l); RT404 turns "UN" into "United Nations"; RT403 "paralyzing" into "paralysing";
    # RP104 turns the third "Recognizing also" into "Recognizing further".
    expected = {"and": 1, "other": 1, "Principles": 1, "on": 1, "Adds": 1, "1": 1, "UN": 1, "paralyzing": 1, "also": 1}
    assert lost == Counter(expected)


def test_fix_command_writes_atomically_and_diff_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    original = DRAFT_SEED.read_bytes()
    path.write_bytes(original)
    diff = subprocess.run(
        [sys.executable, "-m", "resolint", "fix", "--diff", str(path)], capture_output=True, text=True, cwd=REPO
    )
    assert diff.returncode == 1
    assert "-- (1) To support" in diff.stdout and "+(l) To support" in diff.stdout
    assert path.read_bytes() == original
    done = subprocess.run(
        [sys.executable, "-m", "resolint", "fix", str(path)], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0
    assert path.read_bytes() != original
    assert [p.name for p in tmp_path.iterdir()] == ["draft.txt"]  # no temporary file left behind
    second = subprocess.run(
        [sys.executable, "-m", "resolint", "fix", "--diff", str(path)], capture_output=True, text=True, cwd=REPO
    )
    assert second.returncode == 0 and second.stdout == ""


def test_fmt_of_the_draft_parses_back_to_the_same_model(draft_text: str, newline: str) -> None:
    draft = with_endings(draft_text, newline)
    canonical = resolint.format_text(draft)
    assert_endings(canonical, newline)
    assert canonical.startswith(with_endings("---\nsymbol: A/HRC/58/L.27/Rev.1\n", newline))
    before, after = structure(draft), structure(canonical)
    # fmt applies the safe fixes: "(1)" becomes "(l)" and the third "Recognizing also" becomes "Recognizing further"
    before["labels"][8][11] = "l"
    before["openers"][12] = "Recognizing further"
    assert after == before
    assert resolint.format_text(canonical) == canonical


def test_fmt_output_has_no_structural_findings(draft_text: str, adopted_text: str, newline: str) -> None:
    for text in (with_endings(draft_text, newline), with_endings(adopted_text, newline)):
        canonical = resolint.format_text(text)
        assert canonical == with_endings(resolint.format_text(to_lf(text)), newline)
        found = [d for d in resolint.lint(resolint.parse(canonical)) if d.rule.startswith("RS")]
        assert not found, [(d.rule, d.span.line, d.message) for d in found]


def test_fmt_keeps_every_word(draft_text: str, adopted_text: str, newline: str) -> None:
    """Only heading wording that becomes front-matter keys goes, nothing of the body or of unknown text."""
    draft_heading = Counter({"United": 1, "Nations": 1, "Distr": 1, "Original": 1, "Agenda": 1, "and": 1})
    # "Resolution adopted by the Human Rights Council on 4 April 2025" becomes document-type/organ/adopted
    adopted_heading = Counter({"Resolution": 1, "by": 1, "the": 1, "Human": 1, "Rights": 1, "Council": 1, "on": 1})
    adopted_heading["Agenda"] = 1
    for text, expected in ((draft_text, draft_heading), (adopted_text, adopted_heading)):
        text = with_endings(text, newline)
        canonical = resolint.format_text(text)
        fixed, _ = resolint.fix_text(text)
        assert words(fixed) - words(canonical) == expected


def test_fmt_keeps_text_it_does_not_understand() -> None:
    text = (
        "Some notes from the drafting group, version 3.\n\n"
        "<!-- keep this comment -->\n\n"
        "*The General Assembly*,\n\n"
        "*Recalling* its resolution 70/1,\n\n"
        "1. *Decides* to remain seized of the matter.\n\n"
        "58th plenary meeting\n"
    )
    canonical = resolint.format_text(text)
    assert "Some notes from the drafting group, version 3." in canonical
    assert "<!-- keep this comment -->" in canonical
    assert "58th plenary meeting" in canonical
    assert not words(text) - words(canonical)


def test_fmt_keeps_the_paragraph_breaks_of_text_it_does_not_place() -> None:
    """A decision of the Assembly's narrative kind has no authoring line: fmt keeps its lead-in and items apart."""
    text = (
        "76/513. Election of members of the Committee for Programme and Coordination\n\n"
        "At its 48th plenary meeting, on 2 December 2021, the General Assembly:\n\n"
        "(a) Took note of the report of the Secretary-General (A/76/100);\n\n"
        "(b) Decided to defer consideration of the item to its seventy-seventh session.\n"
    )
    canonical = resolint.format_text(text)
    assert "the General Assembly:\n\n(a) Took note" in canonical
    assert "(A/76/100);\n\n(b) Decided" in canonical
    assert resolint.format_text(canonical) == canonical


def test_fmt_command_writes_res_md_next_to_pasted_text(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT_SEED.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "resolint", "fmt", "--write", str(path)], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    written = tmp_path / "draft.res.md"
    assert written.read_text(encoding="utf-8") == resolint.format_text(DRAFT_SEED.read_text(encoding="utf-8"))
    check = subprocess.run(
        [sys.executable, "-m", "resolint", "fmt", "--check", str(written)], capture_output=True, text=True, cwd=REPO
    )
    assert check.returncode == 0
