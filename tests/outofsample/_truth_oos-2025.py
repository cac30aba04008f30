"""Measuring resolint on the out-of-sample Council copies in ``oos-2025/``: Security Council resolutions of
2022 and 2025, Human Rights Council resolutions as a web page and as single pages of a PDF, and an ECOSOC
resolution as Apache Tika extracts a Word file.

The truth (``oos-2025/truth.json``) was read off each copy by eye, not from resolint's output. The measures
(structure, warnings and errors, safe fixes, words ``fmt`` keeps) are those of the Human Rights Council set,
``_truth_oos-hrc.py``, whose functions this module reuses; only the folder differs.
``python tests/outofsample/_truth_oos-2025.py`` prints the set's figures.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

_measures = oostruth.load_set("oos-hrc")  # the measures of the Council sets; only the folder differs

COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-2025")
copy_text = COPIES.copy_text
structure, differences, warnings_and_errors = _measures.structure, _measures.differences, _measures.warnings_and_errors
safe_fixes, words_lost_by_fmt = _measures.safe_fixes, _measures.words_lost_by_fmt


def truth() -> dict[str, dict[str, Any]]:
    return COPIES.truth


if __name__ == "__main__":
    _measures.report(COPIES, COPIES.names, lost=True)
