"""Security Council, Human Rights Council and ECOSOC texts resolint had never seen, in the forms people copy them
(``oos-2025/``, sources in ``oos-2025/SOURCES.md``): Security Council resolutions of 2025 (unscr.com) and 2022
(Wikisource), an ECOSOC resolution of 2025 as UNISPAL's web page prints it, an ECOSOC resolution as Apache Tika
extracts the Word file, a flattened ECOSOC draft, Human Rights Council resolutions as right-docs.org prints their
PDF lines (a blank line under each) and single pages of their PDFs (the running symbol over the tail of a
paragraph begun on the page before, or over paragraph 7).

Per copy: the structure resolint reads is the truth read off the copy by eye (``truth.json``), or differs from it
exactly as the known misreadings below say; its warnings and errors are exactly the findings named below; its safe
fixes are the copy's artefacts and the named findings; ``resolint fmt`` keeps every word but the furniture named
below; no command raises. The rules of the genre these copies showed are pinned in the unit tests of the modules
changed (``tests/test_rs002_unnumbered.py``, ``tests/pdf/test_pdf_shapes.py``).
"""

from __future__ import annotations

import oostests
import oostruth

truth_oos = oostruth.load_set("oos-2025")

TRUTH = truth_oos.truth()
NAMES = sorted(TRUTH)

COPY_ARTEFACTS = {"RS007", "RS009", "RS010", "RS012"}  # lost line breaks, page furniture, printed lines, lost italics

# The warnings and errors each copy gets: (rule, line) → what it is.
PAGE_ENDS = "the page (or the stored copy) stops after a paragraph that ends with ';': the text goes on"
NO_AUTHORING = "a page from within the text: the authoring line is on the page before"
NAMED: dict[str, dict[tuple[str, int], str]] = {
    "ecosoc-2018-27-tika-partial.txt": {
        ("RT406", 59): 'the copy stops inside the text of note 2 ("[2: Ibid.,"): its "]" is not in the copy',
    },
    "hrc-res-19-23-minorityforum-pdf-page2.txt": {("RS001", 4): NO_AUTHORING},
    "hrc-res-25-5-minorityforum-pdf-page2.txt": {("RO203", 25): PAGE_ENDS, ("RS001", 4): NO_AUTHORING},
    "hrc-res-25-5-minorityforum-pdf-page3.txt": {("RO203", 23): PAGE_ENDS},
    "hrc-res-49-14-minorityforum-pdf-page3.txt": {("RO203", 22): PAGE_ENDS},
    "hrc-res-55-15-girlsrights-pdf-page2.txt": {("RS001", 2): NO_AUTHORING},
    "hrc-res-40-15-rightdocs-web-partial.txt": {
        ("RP103", 15): 'the page dropped the printed line "instruments," that ends the first preambular paragraph: '
        'the paragraph ends "other relevant human rights" with no comma',
    },
}

# How resolint's reading differs from the truth, key → (truth, resolint), and why.
KNOWN_MISREADS: dict[str, dict[str, tuple[object, object]]] = {
    # the notes Tika prints in the paragraph ("[footnoteRef:1]" where the marker stands, "[1: text]" after the
    # paragraph's text) are read as the paragraph's text, not as notes
    "ecosoc-2018-27-tika-partial.txt": {"footnotes": (2, 0)},
    # the flattened draft's title follows its sponsors with no ": draft resolution" between: the heading is not cut
    "ecosoc-draft-2010-repercussions-hrv-flat-partial.txt": {
        "title": (TRUTH["ecosoc-draft-2010-repercussions-hrv-flat-partial.txt"]["title"], None),
    },
    # the page opens with the tail of a paragraph begun on the page before: kept as text before the body, not read
    # as a paragraph without its opener (or number)
    "hrc-res-19-23-minorityforum-pdf-page2.txt": {
        "preamble": (
            [None, "Emphasizing", "Affirming", "Underlining", "Emphasizing"],
            ["Emphasizing", "Affirming", "Underlining", "Emphasizing"],
        ),
    },
    "hrc-res-25-5-minorityforum-pdf-page2.txt": {
        "preamble": (
            [None, "Emphasizing further", "Stressing", "Recalling"],
            ["Emphasizing further", "Stressing", "Recalling"],
        ),
    },
    "hrc-res-25-5-minorityforum-pdf-page3.txt": {
        "operative": (
            [[None, None], ["7", "Welcomes"], ["8", "Also welcomes"], ["9", "Invites"]],
            [["7", "Welcomes"], ["8", "Also welcomes"], ["9", "Invites"]],
        ),
    },
}

# Words of a copy fmt does not write as words: the labels of lines fmt restates as front-matter fields ("Resolution
# adopted by the Human Rights Council on 22 March 2019" → "adopted: 22 March 2019"), the Word file's page furniture
# that Tika prints (masthead, job numbers, barcode, page numbers "2/3", "3/3") and Word's bookmark ("[bookmark:
# _GoBack]", an anchor).
ADOPTED_LINE = ["by the on"]
FURNITURE: dict[str, list[str]] = {
    "e-res-2025-34-unispal-web-partial.txt": ADOPTED_LINE,
    "hrc-res-31-13-rightdocs-web-partial.txt": ADOPTED_LINE,
    "hrc-res-40-15-rightdocs-web-partial.txt": ADOPTED_LINE,
    "ecosoc-2018-27-tika-partial.txt": [
        "United Nations Economic and Social Council Distr.", *ADOPTED_LINE, "18-12682 18-12682 *1812682*", "2/3 3/3",
        "[bookmark: _GoBack]",
    ],
}


def test_every_copy_has_its_truth_and_source() -> None:
    assert truth_oos.COPIES.files() == NAMES
    assert truth_oos.COPIES.unsourced() == []
    assert len(NAMES) >= 12
    assert set(NAMED) <= set(NAMES) and set(KNOWN_MISREADS) <= set(NAMES) and set(FURNITURE) <= set(NAMES)


# The tests every field set runs, made for this set's copies, findings, misreadings and furniture (oostests.py)
globals().update(oostests.field_set_tests(truth_oos, FURNITURE, KNOWN_MISREADS))
globals().update(oostests.field_findings_tests(truth_oos, NAMED, COPY_ARTEFACTS, KNOWN_MISREADS))
