"""``resolint fmt`` keeps the structure of every adopted text: section headings, each section's
preamble, the operative numbering as the document does it, annexes, parts and nested drafts.

The canonical form of each node is in docs/genre.md. Formatting the .res.md rendering of every
consistent AKN file must give a text that parses to the same structure and formats to itself; the
files where it does not yet (the Security Council's bullet and "a." item labels, which the parser
does not read as items) are printed and bounded.
"""

from __future__ import annotations

import pytest
from akn import FOLDERS, consistent_files
from akn_compare import render

import resolint

MAX_CHANGED = {"akn-hrc": 0, "akn-ga": 0, "akn-ecosoc": 0, "akn-sc": 7}


def structure(document) -> tuple:
    return (
        [(h.number, h.title) for h in document.headings],
        len(document.preamble),
        [p.number for p in document.operative],
        [(len(d.preamble), [p.number for p in d.operative]) for d in document.drafts],
        [(a.title, len(a.paragraphs)) for a in document.annexes],
    )


@pytest.mark.parametrize("folder", FOLDERS)
def test_fmt_keeps_the_structure_of_adopted_texts(folder):
    changed: list[str] = []
    for path in consistent_files(folder):
        text = render(path, "resmd")
        formatted = resolint.format_text(text, f"{path.stem}.res.md")
        before, after = structure(resolint.parse(text, "a.res.md")), structure(resolint.parse(formatted, "b.res.md"))
        if before != after or resolint.format_text(formatted, "b.res.md") != formatted:
            changed.append(path.stem)
    report = f"{folder}: fmt changes the structure of {len(changed)} texts: {', '.join(changed)}"
    print(report)
    assert len(changed) <= MAX_CHANGED[folder], report
