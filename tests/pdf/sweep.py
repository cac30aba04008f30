"""Sweep: every AKN file of the four folders in every named layout (and a few fixed odd ones), listing the files
where a word of the resolution is missing from the model or furniture remains (test code, run by hand)::

    .venv/bin/python tests/pdf/sweep.py [LAYOUT ...]

The check itself is :func:`losses`, which the property test and the regression tests share.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "corpus")]

from akn import FOLDERS, consistent_files, load  # noqa: E402
from pages import LAYOUTS, WORD_RE, Layout, body_words, render_printed  # noqa: E402

from resolint.grammar.parser import parse_document  # noqa: E402

HYPHENS = re.compile("[-\u2010\u2011]")  # words are compared by their parts: the XML has "Secretary- General"
# Narrow, short and wide pages beside the named layouts (a narrow page is where words were lost).
SWEEP_LAYOUTS = {
    **LAYOUTS,
    "narrow": Layout(width=60, page_lines=20, own_line_numbers=False, note_form="inline", header="two-lines",
                     footer="page", form_feeds=False),
    "wide": Layout(width=110, page_lines=60, glued_markers=True, header="title-symbol", footer="page-of"),
}


def model_texts(document, masthead: bool = True) -> list[str]:
    """The texts of the model; with ``masthead``, the lines before the authoring line too (they print the symbol
    the running header repeats, so the furniture check leaves them out)."""
    texts = [text.plain for text in document.texts()]
    texts += [item.text for item in [*document.closing, *document.sections]]
    if masthead:
        texts += [paragraph.text.plain for paragraph in document.prologue]
    return texts


def losses(path: Path, layout: Layout) -> tuple[Counter[str], list[str]]:
    """(the words of the resolution the model lacks, the furniture strings the model keeps) of ``path`` printed
    in ``layout``."""
    resolution = load(path)
    printed = render_printed(resolution, layout)
    document = parse_document(printed.text, path.name)
    have = Counter(part for text in model_texts(document) for word in WORD_RE.findall(text) for part in HYPHENS.split(word))
    want = Counter(part for word in body_words(resolution) for part in HYPHENS.split(word))
    joined = "\n".join(" ".join(text.split()) for text in model_texts(document, masthead=False))
    kept = [line for line in printed.furniture if re.search(rf"(?<!\S){re.escape(line)}(?!\S)", joined)]
    return want - have, kept


def main(names: list[str]) -> int:
    files = [path for folder in FOLDERS for path in consistent_files(folder)]
    bad = 0
    for name in names or list(SWEEP_LAYOUTS):
        count = 0
        for path in files:
            missing, kept = losses(path, SWEEP_LAYOUTS[name])
            if missing or kept:
                count += 1
                print(f"{name} {path.parent.name}/{path.name}: lost {dict(missing)} furniture {kept[:3]}", flush=True)
        print(f"== {name}: {count} of {len(files)} files lose words or keep furniture", flush=True)
        bad += count
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
