"""Every consistent AKN resolution of every organ, printed as a PDF copy, parses to the structure of its XML.

The layouts of :data:`pages.LAYOUTS` put each organ's masthead, running headers, page numbers, job
numbers, notes at the page feet (under the UN's footnote separator in ``printed-separator``), the
page's indentation and columns side by side as ``pdftotext -layout`` copies them (``printed-layout``), hard
wraps, own-line numbers, glued or spaced plain-digit markers, layout hyphens and blank lines between
printed lines into the text; sections, headings, parts,
annexes, nested drafts and tables are laid out as the pasted forms lay them out. The XML is the
ground truth (read by ``tests/corpus/akn.py``); italics the copy cannot have are not compared
(:func:`akn.italics_unknowable`, as for the other pasted forms). Exact: the structure of
:func:`measure.structure_mismatches` (preamble, operative numbers, labels, notes, headings,
annexes, nested drafts).

Targets of issue 14: 98 % of the documents exact and 99.5 % of the openers and verbs. A printed
copy cannot read better than the same text pasted with a blank line between paragraphs (the same
builder classifies both), so for each folder two figures are asserted: the segmentation's share
(of the documents the pasted form reads exactly, those the printed copy reads exactly too: the
target applies), and the absolute levels, held as a ratchet (raise them, never lower them) until
the builder reads the pasted forms of every organ exactly (issue 13).
"""

from __future__ import annotations

from functools import cache

import pytest
from akn import consistent_files, ground_truth, italics_unknowable, load, render_pasted, unseen
from akn_compare import compare_document
from measure import Score, structure_mismatches
from pages import LAYOUTS, render_printed

from resolint.grammar.parser import parse_document

EXACT_TARGET = 0.98
PHRASE_TARGET = 0.995
# (exact share, openers/verbs share, segmentation share) reached per folder and layout: a ratchet, raise it
# when the figures rise (the segmentation share is asserted at EXACT_TARGET where it is reached)
LEVELS = {
    ("akn-hrc", "printed"): (0.98, 0.995, EXACT_TARGET),
    ("akn-hrc", "printed-raw"): (0.98, 0.995, EXACT_TARGET),
    ("akn-hrc", "printed-blank"): (0.98, 0.995, EXACT_TARGET),
    ("akn-hrc", "printed-separator"): (0.98, 0.995, EXACT_TARGET),
    ("akn-hrc", "printed-layout"): (0.98, 0.995, EXACT_TARGET),
    ("akn-ga", "printed"): (0.99, 0.9985, 0.99),
    ("akn-ga", "printed-raw"): (0.99, 0.9985, 0.99),
    ("akn-ga", "printed-blank"): (0.99, 0.9985, 0.99),
    ("akn-ga", "printed-separator"): (0.99, 0.9985, 0.99),
    ("akn-ga", "printed-layout"): (0.99, 0.9985, 0.99),
    # The Council: every printed copy of the 151 exact (136 before the segmentation kept the Council's own items,
    # "–", "•", "a." under "(i)", and subject lines between items on lines of their own; 129 of 144 before the genre
    # work); the pasted reading's phrase share bounds the copies' (issue 13): 99.48 %, then 99.75 % since the organ's
    # texts vote on each wording (resolint/data/italics-votes.tsv, session 11); GA 99.84 % then 99.90-99.92 % (12 or
    # 10 of 11961 missed).
    ("akn-sc", "printed"): (0.99, 0.9975, 0.99),
    ("akn-sc", "printed-raw"): (0.99, 0.9975, 0.99),
    ("akn-sc", "printed-blank"): (0.99, 0.9975, 0.99),
    ("akn-sc", "printed-separator"): (0.99, 0.9975, 0.99),
    ("akn-sc", "printed-layout"): (0.99, 0.9975, 0.99),
    ("akn-ecosoc", "printed"): (0.98, 0.999, EXACT_TARGET),
    ("akn-ecosoc", "printed-raw"): (0.98, 0.999, EXACT_TARGET),
    ("akn-ecosoc", "printed-blank"): (0.98, 0.999, EXACT_TARGET),
    ("akn-ecosoc", "printed-separator"): (0.98, 0.999, EXACT_TARGET),
    ("akn-ecosoc", "printed-layout"): (0.98, 0.999, EXACT_TARGET),
}


@cache
def pasted_exact(folder: str) -> frozenset[str]:
    """The files whose pasted form (a blank line between paragraphs, no furniture) the builder reads exactly."""
    found = set()
    for path in consistent_files(folder):
        resolution = load(path)
        if not structure_mismatches(parse_document(render_pasted(resolution), path.name), ground_truth(resolution)):
            found.add(path.stem)
    return frozenset(found)


def score_layout(folder: str, name: str) -> Score:
    score = Score(f"{folder} {name}")
    for path in consistent_files(folder):
        resolution = load(path)
        with unseen(resolution):
            document = parse_document(render_printed(resolution, LAYOUTS[name]).text, path.name)
        truth = ground_truth(resolution)
        mismatches = compare_document(document, truth, italics_unknowable(resolution))
        score.add(path.stem, structure_mismatches(document, truth), mismatches, truth)
    return score


@pytest.mark.parametrize(("folder", "name"), sorted(LEVELS))
def test_printed_akn_copies_parse_to_their_xml(folder, name):
    score = score_layout(folder, name)
    pasted = pasted_exact(folder)
    missed = [failure for failure in score.failures if failure.split(":")[0] in pasted]
    segmentation = 1 - len(missed) / len(pasted)
    print(score.line(), f"| of the {len(pasted)} read exactly when pasted: {segmentation:.1%}")
    report = "\n".join([score.line(), *score.failures])
    exact, phrases, segmented = LEVELS[(folder, name)]
    assert segmentation >= segmented, "\n".join(["printed copies miss what pasted text gets right:", *missed])
    assert score.exact_share >= exact, report
    assert score.phrase_share >= phrases, report
    if folder == "akn-hrc":  # the builder reads this organ's pasted forms exactly: the targets apply in full
        assert score.exact_share >= EXACT_TARGET and score.phrase_share >= PHRASE_TARGET, report
