"""Structured texts resolint never saw (General Assembly 1997 and 2025, ECOSOC 1987 and 1989), as people copy them.

The fixtures (``oos-structure/``, sources in ``oos-structure/SOURCES.md``) carry the genre's larger forms:
annexed declarations with sections and subject lines of their own, an annexed paragraph with items, a lead-in
with items cut by a page, a resolution in parts, a section opening after the preamble, drafts the Economic and
Social Council quotes for the General Assembly, an authoring line without its comma over a single unnumbered
paragraph. ``oos-structure/truth.json``
holds what was read off each copy by eye. Each test names what it expects: the structure is the truth, the
warnings and errors are the named slips of the copy (or what its excerpt leaves), every safe fix is a copy
artefact's or a named slip's, `fmt` keeps every word of the resolution, and no command fails.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import oostests
import oostruth
import pytest

import resolint

truth = oostruth.load_set("oos-structure")

NAMES = sorted(truth.TRUTH)

# Every warning and error, named: a real slip of the copy, or what the copy's excerpt leaves.
NAMED_FINDINGS: dict[str, Counter[str]] = {
    # the page's notes kept as plain lines without their separator ("…General Assembly, 1" / "1 Resolution
    # S-10/2." / the running title): read as notes (grammar/pagenotes.py), nothing to name
    "a-res-80-27-text.txt": Counter(),
    # the UN's own 1997 plain-text page writes straight quotation marks ("the Territories"; the printed text
    # has curly ones); note 1/ stands under the part's text, past the excerpt
    "a-res-51-224-un-web.txt": Counter({"RT402": 2, "RF301": 1}),
    # the excerpt stops after section I's paragraph 1, before notes 1/ to 6/ and paragraph 2: six markers
    # without their notes, and the ";" that leads on to paragraph 2 (RO203, right for the text as it stands)
    "a-res-51-219-un-web.txt": Counter({"RF301": 6, "RO203": 1}),
    "a-res-80-1-md.txt": Counter(),
    "a-res-80-16-md.txt": Counter(),
    "a-res-80-1-pdf.txt": Counter(),
    "a-res-80-3-pdf.txt": Counter(),
    "a-res-80-9-pdf-excerpt.txt": Counter(),
    # the web archive's straight quotation marks, one before each quoted paragraph of the draft (the Council's
    # text opens each with “); 1989/48's copy also dropped the one before "1. Invites"
    "ecosoc-1987-42-radicali-web.txt": Counter({"RT402": 9}),
    "ecosoc-1989-48-radicali-web.txt": Counter({"RT402": 7}),
}

# What is still read otherwise than the truth, each with exactly what differs (every other fact of the
# truth holds); their warnings and safe fixes follow from the misreading and are not asserted.
KNOWN_MISREADS: dict[str, list[str]] = {}
READ_RIGHT = [name for name in NAMES if name not in KNOWN_MISREADS]

@pytest.mark.parametrize("name", READ_RIGHT)
def test_safe_fixes_keep_the_structure(name: str) -> None:
    fixed_text = resolint.fix_text(truth.copy_text(name), path=name)[0]
    before = resolint.parse(truth.copy_text(name), name)
    after = resolint.parse(fixed_text, name)
    assert [p.number for p in after.operative] == [p.number for p in before.operative]
    assert len(after.preamble) == len(before.preamble)
    assert [len(a.paragraphs) for a in after.annexes] == [len(a.paragraphs) for a in before.annexes]
    assert [h.title for h in after.headings] == [h.title for h in before.headings]


def test_quoted_draft_quotation_marks_open_each_paragraph() -> None:
    # RT402's fix on the web archive's straight marks: every quoted paragraph of the draft opens with “, and
    # none is turned into a closing mark (the UN prints a quotation over several paragraphs so)
    fixed = resolint.fix_text(truth.copy_text("ecosoc-1987-42-radicali-web.txt"), path="x.txt")[0]
    quoted = [line for line in fixed.splitlines() if line and line[0] in "“”\""]
    assert len(quoted) == 9 and all(line.startswith("“") for line in quoted)


def test_running_title_is_page_furniture_not_a_heading() -> None:
    # the running title between the halves of item (a) and of paragraph 2 (the copy's title itself cut as the
    # running title is), and between two preambular paragraphs
    for name, line in (("a-res-80-1-md.txt", 29), ("a-res-80-27-text.txt", 27), ("a-res-80-16-md.txt", 25)):
        document = resolint.parse(truth.copy_text(name), name)
        assert not document.headings
        furniture = [a for a in document.layout if a.kind == "page-furniture"]
        assert [(a.span.line, a.note) for a in furniture] == [(line, "running header")]


def test_a_subject_line_is_not_taken_for_the_running_title() -> None:
    # a heading that merely opens with the title's first words, or a title line a lead-in introduces, stays
    source = (
        "80/3. Awaza Political Declaration\n\nThe General Assembly,\n\n*Recalling* its resolutions,\n\n"
        "Awaza Political\n\n1. *Adopts* the following declaration:\n\nAwaza Political Declaration\n\n"
        "We, the Heads of State, declare our resolve.\n"
    )
    document = resolint.parse(source, "x.txt")
    assert [h.title for h in document.headings] == ["Awaza Political"]
    assert [a.title for a in document.annexes] == ["Awaza Political Declaration"]


def test_export_to_word(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    for name in NAMES:
        target = tmp_path / f"{name}.docx"
        done = subprocess.run(
            [sys.executable, "-m", "resolint", "export", str(truth.FOLDER / name), "-o", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0 and target.stat().st_size > 0, done.stderr


# The tests every set of this shape runs, made for this set's tables (oostests.py)
globals().update(
    oostests.set_tests(
        truth.COPIES, truth.structure_mismatches, truth.lost_words, NAMED_FINDINGS, KNOWN_MISREADS
    )
)
