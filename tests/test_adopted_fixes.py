"""An adopted text is the record: fixes that would change its wording are held back, not lost.

``Facts.adopted`` (evidence from the symbol, the "Resolution adopted by …" line or the closing
record) makes the engine mark the safe fixes of wording rules unsafe with a reason
(``Fix.withheld``); fixes that undo a copy's artefacts still apply. The same slips in a draft are
fixed as before.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

import resolint
from resolint.cli import main
from resolint.diagnostics import Diagnostic
from resolint.rules.base import Facts

BODY = """\
*The Human Rights Council*,

*Recalling* its resolution 51/1 of 6 October 2022;

*Noting* the report of the Secretary-General,

1. *Welcomes* the report held in in Geneva;

2. *Decides* to remain seized of the matter.
"""
DRAFT = "---\nsymbol: A/HRC/54/L.3\norgan: Human Rights Council\n---\n\n" + BODY
ADOPTED_BY_SYMBOL = "---\nsymbol: A/HRC/RES/54/3\norgan: Human Rights Council\n---\n\n" + BODY
ADOPTED_BY_CLOSING = BODY + "\n*46th meeting\n11 October 2023*\n\n[Adopted without a vote.]\n"
PASTED_ADOPTED = """\
United Nations A/HRC/RES/54/3
General Assembly Distr.: General
12 October 2023

Human Rights Council
Fifty-fourth session

Resolution adopted by the Human Rights Council on 11 October 2023

54/3. Situation of human rights

The Human Rights Council,

Recalling its resolution 51/1 of 6 October 2022;

Noting the report of the Secretary-General,

1. Welcomes the report held in in Geneva;

2. Decides to remain seized of the matter.

46th meeting
11 October 2023
"""


def wording_fixes(text: str) -> list[Diagnostic]:
    return [d for d in resolint.lint(resolint.parse(text)) if d.fix is not None and d.rule in ("RP103", "RT401")]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (ADOPTED_BY_SYMBOL, "its symbol is A/HRC/RES/54/3"),
        (ADOPTED_BY_CLOSING, "it closes with \u201c46th meeting"),
        (
            "Resolution adopted by the Human Rights Council on 11 October 2023\n\n54/3. Situation\n\n" + BODY,
            "it is headed \u201cResolution adopted by the Human Rights Council on 11 October 2023\u201d",
        ),
        (DRAFT.replace("A/HRC/54/L.3", "S/RES/2504 (2020)"), "its symbol is S/RES/2504 (2020)"),
        (DRAFT.replace("A/HRC/54/L.3", "E/DEC/2021/201"), "its symbol is E/DEC/2021/201"),
    ],
    ids=["symbol", "closing", "headed", "council", "decision"],
)
def test_an_adopted_text_is_known_by_its_evidence(text: str, evidence: str) -> None:
    found = Facts.of(resolint.parse(text)).adopted
    assert found is not None and found.startswith(evidence)


@pytest.mark.parametrize("text", [DRAFT, BODY, DRAFT.replace("A/HRC/54/L.3", "A/C.3/76/L.31/Rev.1")])
def test_a_draft_is_not_adopted(text: str) -> None:
    assert Facts.of(resolint.parse(text)).adopted is None


def test_a_drafts_slips_are_fixed_as_before() -> None:
    fixes = wording_fixes(DRAFT)
    assert sorted(d.rule for d in fixes) == ["RP103", "RT401"]
    assert all(d.fix.safe and not d.fix.withheld for d in fixes)
    fixed, count = resolint.fix_text(DRAFT)
    assert count == 2 and "in in" not in fixed and "2022;" not in fixed


@pytest.mark.parametrize("text", [ADOPTED_BY_SYMBOL, ADOPTED_BY_CLOSING], ids=["symbol", "closing"])
def test_an_adopted_texts_slips_are_reported_and_held_back(text: str) -> None:
    fixes = wording_fixes(text)
    assert sorted(d.rule for d in fixes) == ["RP103", "RT401"]  # the slips are still found
    for diagnostic in fixes:
        assert not diagnostic.fix.safe
        assert "the text is adopted" in diagnostic.fix.withheld and "corrigendum" in diagnostic.fix.withheld
    assert resolint.fix_text(text) == (text, 0)
    fixed, count = resolint.fix_text(text, unsafe=True)
    assert count == 2 and "in in" not in fixed and "2022;" not in fixed


def test_a_pasted_adopted_text_gets_its_copy_restored_and_its_wording_kept() -> None:
    fixed, _ = resolint.fix_text(PASTED_ADOPTED)
    assert "*Recalling*" in fixed and "*Welcomes*" in fixed  # RS012: the italics the copy lost
    assert "held in in Geneva" in fixed and "6 October 2022;" in fixed  # the adopted wording, slips included


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def test_fix_says_what_it_held_back_and_unsafe_applies_it(tmp_path: Path) -> None:
    path = tmp_path / "adopted.res.md"
    path.write_text(ADOPTED_BY_SYMBOL, encoding="utf-8")
    status, _, err = run("fix", str(path))
    assert status == 0
    assert "2 fixes not applied: the text is adopted (its symbol is A/HRC/RES/54/3)" in err
    assert "--unsafe" in err
    assert path.read_text(encoding="utf-8") == ADOPTED_BY_SYMBOL
    status, _, err = run("fix", "--unsafe", str(path))
    assert "not applied" not in err and "in in" not in path.read_text(encoding="utf-8")


def test_lint_shows_why_a_fix_is_held_back(tmp_path: Path) -> None:
    path = tmp_path / "adopted.res.md"
    path.write_text(ADOPTED_BY_SYMBOL, encoding="utf-8")
    _, out, _ = run("lint", "--show-fixes", str(path))
    assert "(only with `resolint fix --unsafe`: the text is adopted (its symbol is A/HRC/RES/54/3)" in out
    assert "[*]" not in out.split("Found")[0]
    _, out, _ = run("lint", "--format", "json", str(path))
    assert '"fix_withheld": "the text is adopted' in out
