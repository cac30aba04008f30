"""Print the layout the UN uses in its own Word files (the New York / Letter layout).

Reads every .docx in ``../shared/corpus/docx-ga72/`` (or the folder given) and prints, for each
measure, the most common value and how many files use it: page size, margins, header/footer
distances, running-header mode, and the font, size, indents, tabs and spacing of the body
(``SingleTxt``), footnote, header and title styles. The Letter layout in
``docxio/layout.py`` is set from these figures.

    .venv/bin/python benchmarks/calibrate_docx_layout.py [FOLDER]
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from resolint.docxio.errors import DocxError
from resolint.docxio.measure import measure_docx

STYLES = ("Normal", "SingleTxt", "FootnoteText", "FootnoteReference", "Header", "Footer", "H1", "HCh")
TWIPS_PER_INCH = 1440


def describe(value: object) -> str:
    if isinstance(value, int) and value > 40:
        return f"{value} ({value / TWIPS_PER_INCH:.3f} in, {value / 567:.2f} cm)"
    return str(value)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[1].parent / "shared/corpus/docx-ga72"
    files = sorted(folder.glob("*.docx"))
    if not files:
        print(f"no .docx files in {folder}", file=sys.stderr)
        return 2
    counts: dict[str, Counter] = {}
    for path in files:
        try:
            layout = measure_docx(path, STYLES)
        except DocxError as error:
            print(f"skipped: {error}", file=sys.stderr)
            continue
        record = asdict(layout)
        style_records = record.pop("styles")
        for key, value in record.items():
            counts.setdefault(key, Counter())[value] += 1
        for style, measures in style_records.items():
            for key, value in measures.items():
                counts.setdefault(f"{style}.{key}", Counter())[value] += 1
    print(f"{len(files)} files in {folder}")
    for key, counter in counts.items():
        value, hits = counter.most_common(1)[0]
        others = ", ".join(f"{describe(v)} x{n}" for v, n in counter.most_common()[1:3])
        print(
            f"{key:28} {describe(value)}  [{hits}/{sum(counter.values())}]"
            + (f"  others: {others}" if others else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
