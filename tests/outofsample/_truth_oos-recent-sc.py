"""Measuring resolint on the out-of-sample Security Council and Human Rights Council copies of 2023-2025
in ``oos-recent-sc/`` (and one Human Rights Council draft of 2015, the "L." form).

The truth (``oos-recent-sc/truth.json``) was read off each copy by eye, not from resolint's output. The
measures (structure, warnings and errors, safe fixes, words ``fmt`` keeps) are those of the Human Rights
Council set, ``_truth_oos-hrc.py``, whose functions this module reuses; only the folder differs.
``python tests/outofsample/_truth_oos-recent-sc.py`` prints the figures that docs/corpus.md quotes.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

_SPEC = importlib.util.spec_from_file_location("_truth_oos_hrc", Path(__file__).with_name("_truth_oos-hrc.py"))
assert _SPEC is not None and _SPEC.loader is not None
_measures = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_measures)

HERE = Path(__file__).parent / "oos-recent-sc"
TRUTH_FILE = HERE / "truth.json"

structure = _measures.structure
differences = _measures.differences
warnings_and_errors = _measures.warnings_and_errors
safe_fixes = _measures.safe_fixes
words_lost_by_fmt = _measures.words_lost_by_fmt


def truth() -> dict[str, dict[str, Any]]:
    return json.loads(TRUTH_FILE.read_text(encoding="utf-8"))


def copy_text(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def report() -> None:
    """Per copy: structure exact or not, warnings+errors, safe fixes, words fmt loses; then the totals."""
    table = truth()
    exact = findings = fixes = 0
    for name, expected in sorted(table.items()):
        text = copy_text(name)
        wrong = differences(expected, structure(text, name))
        found = warnings_and_errors(text, name)
        fixed = safe_fixes(text, name)
        lost = words_lost_by_fmt(text, name, [])
        exact += not wrong
        findings += len(found)
        fixes += sum(fixed.values())
        print(f"{name}: exact={not wrong} W+E={len(found)} {found} safe fixes={dict(fixed)} fmt lost={dict(lost)}")
        for key, (want, got) in wrong.items():
            print(f"    {key}: truth {want!r} resolint {got!r}")
    count = len(table)
    print(f"exact structure {exact}/{count}; W+E/doc {findings / count:.2f}; safe fixes/doc {fixes / count:.2f}")


if __name__ == "__main__":
    report()
