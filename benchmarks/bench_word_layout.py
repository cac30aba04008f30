"""How closely our Word export follows the UN's own files, measured on their LibreOffice renderings.

For each UN Word file of ``../shared/corpus/docx-ga72/``: ``resolint import`` → ``resolint export
--paper letter`` → both rendered to PDF by LibreOffice (cached by content and LibreOffice version) →
``pdftotext -bbox-layout`` → compared (``tests/docx/layout_compare.py``). Prints, for all files (or
``--sample N`` of them): the share of first-page landmarks within 6 pt, the share of body lines that
break at the same words, the share of documents with the same page count, the share whose fonts are
embedded and of the UN's families, and each landmark's median distance. ``--details`` adds one row
per document. The first run renders every file (minutes); later runs reuse the cached PDFs.
``--pictures`` writes page 1 of two documents, the UN's left and ours right, to ``docs/``.

Targets (issue 15): landmarks ≥ 95 %, line breaks ≥ 90 %, page count ≥ 90 % of documents.
"""

from __future__ import annotations

import argparse
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "docx-ga72"
sys.path.insert(0, str(REPO / "tests" / "docx"))

from layout_compare import (  # noqa: E402
    LANDMARKS,
    TOLERANCE,
    export_again,
    measure,
    render_all,
    summarise,
    without_section_break_runs,
)

PICTURED = ("N1741590", "N1746313")  # a two-page resolution with footnotes, and a long one with a report line


def page_one_pixels(pdf: Path, folder: Path) -> tuple[int, int, bytes]:
    """Page 1 of ``pdf`` at 70 dpi as raw RGB (pdftoppm's PPM)."""
    stem = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)], check=True)
    data = stem.with_suffix(".ppm").read_bytes()
    header, rest = data.split(b"\n", 1)
    size, rest = rest.split(b"\n", 1)
    _, pixels = rest.split(b"\n", 1)  # the maximum value line
    width, height = map(int, size.split())
    assert header == b"P6"
    return width, height, pixels


def write_side_by_side(left: tuple[int, int, bytes], right: tuple[int, int, bytes], target: Path) -> None:
    """One PNG: ``left`` and ``right`` side by side with a grey gutter (no imaging library needed)."""
    (w1, h, a), (w2, h2, b) = left, right
    assert h == h2
    gutter = 12
    rows = []
    for y in range(h):
        rows.append(b"\x00" + a[y * w1 * 3:(y + 1) * w1 * 3] + b"\x99" * (gutter * 3) + b[y * w2 * 3:(y + 1) * w2 * 3])

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    width = w1 + gutter + w2
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
    target.write_bytes(png)


def pictures() -> None:
    with tempfile.TemporaryDirectory(prefix="resolint-word-pictures-") as temp:
        folder = Path(temp)
        for name in PICTURED:
            un_file = CORPUS / f"{name}.docx"
            ours, _, _ = export_again(un_file, folder)
            theirs_pdf, ours_pdf = render_all([without_section_break_runs(un_file, folder), ours])
            target = REPO / "docs" / f"docx-{name}-un-and-ours-page1.png"
            write_side_by_side(page_one_pixels(theirs_pdf, folder), page_one_pixels(ours_pdf, folder), target)
            print(f"wrote {target.relative_to(REPO)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="every k-th file so that about N are measured")
    parser.add_argument("--details", action="store_true", help="one row per document")
    parser.add_argument("--pictures", action="store_true", help="write the side-by-side page-1 PNGs to docs/")
    args = parser.parse_args()
    if args.pictures:
        pictures()
        return 0
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
