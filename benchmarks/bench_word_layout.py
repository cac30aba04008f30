"""How closely our Word export follows the UN's own files, measured on their LibreOffice renderings.

For each UN Word file of ``../shared/corpus/docx-ga72/``: ``resolint import`` → ``resolint export
--paper letter`` → both rendered to PDF by LibreOffice (cached by content and LibreOffice version) →
``pdftotext -bbox-layout`` → compared (``tests/docx/layout_compare.py``). Prints, for all files (or
``--sample N`` of them): the share of first-page landmarks within 6 pt, the share of body lines that
break at the same words, the share of documents with the same page count, the share whose fonts are
embedded and of the UN's families, and each landmark's median distance. ``--details`` adds one row
per document. The first run renders every file (minutes); later runs reuse the cached PDFs.

Targets (issue 15): landmarks ≥ 95 %, line breaks ≥ 90 %, page count ≥ 90 % of documents.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "docx-ga72"
sys.path.insert(0, str(REPO / "tests" / "docx"))

from layout_compare import LANDMARKS, TOLERANCE, measure, summarise  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="every k-th file so that about N are measured")
    parser.add_argument("--details", action="store_true", help="one row per document")
    args = parser.parse_args()
    files = sorted(CORPUS.glob("*.docx"))
    if args.sample:
        files = files[:: max(1, len(files) // args.sample)][: args.sample]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="resolint-word-layout-") as out:
        results = measure(files, Path(out))
    elapsed = time.perf_counter() - started
    if args.details:
        for result in results:
            marks = " ".join(f"{name}={'-' if d is None else f'{d:.0f}'}" for name, d in result.landmarks.items())
            print(f"{result.name}: lines {result.lines_matched}/{result.lines_total}, pages "
                  f"{result.pages[0]}/{result.pages[1]}, landmarks {result.landmarks_within}/"
                  f"{len(result.landmarks)} [{marks}]")
    summary = summarise(results)
    print(f"documents: {summary.documents} ({elapsed:.0f} s, LibreOffice renderings cached)")
    print(f"landmarks within {TOLERANCE:.0f} pt: {summary.landmark_share:.1%} (target 95 %)")
    print(f"body lines breaking alike: {summary.line_share:.1%} (target 90 %)")
    print(f"same page count: {summary.page_share:.1%} (target 90 %)")
    print(f"fonts embedded, UN families: {summary.fonts_share:.1%}")
    print("median distance per landmark (pt):")
    for mark in LANDMARKS:
        value = summary.medians.get(mark)
        print(f"  {mark:15} {'n/a' if value is None else ('missing' if value == float('inf') else f'{value:.1f}')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
