"""What ``test_oos-ga80.py`` compares: the heading, body, the paragraphs a page's notes cut and the notes of each
copy in ``oos-ga80/`` (resolutions of the General Assembly's eightieth session as a repository extracted them
from the UN's PDF files) against its truth. The measures are those of the recent General Assembly set
(``_truth_oos-recent-ga.py``: the same copy forms, one repository); run as a script, this prints each copy's
reading with the words ``fmt`` loses, and the set's figures.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import partial
from pathlib import Path

import resolint
from resolint.model_json import document_json

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

RECENT = oostruth.load_set("oos-recent-ga")
COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-ga80")
FOLDER, TRUTH, copy_text = COPIES.folder, COPIES.truth, COPIES.copy_text


def structure_mismatches(name: str) -> list[str]:
    """Every way the parse differs from the truth of ``name`` (empty: the structure is exact)."""
    truth = TRUTH[name]
    found = document_json(resolint.parse(copy_text(name), name))
    return (
        oostruth.heading_mismatches(found, truth)
        + RECENT._body_mismatches(found, truth)
        + RECENT._note_mismatches(found, truth)
    )


def body_words(text: str, title: str) -> Counter[str]:
    """The words from the authoring line to the end, page furniture, the running title, markup and note labels aside."""
    return RECENT.body_words(text, title)


def lost_words(name: str) -> Counter[str]:
    """The words of the resolution's body that ``fmt`` of the copy does not keep."""
    return COPIES.lost_words(name, partial(body_words, title=TRUTH[name]["title"] or ""))


def figures() -> dict[str, float]:
    lost = sum(sum(lost_words(name).values()) for name in COPIES.names)
    return {**COPIES.figures(structure_mismatches), "lost words": lost}


if __name__ == "__main__":
    COPIES.report(structure_mismatches, lambda name: dict(lost_words(name)))
    print(figures())
