"""What ``test_oos-recent-ga.py`` compares: the heading, body, the paragraphs a copy joins and the notes of each
2013-2025 General Assembly or ECOSOC copy in ``oos-recent-ga/`` against its truth. What every set shares is in
``oostruth.py``; run as a script, this prints each copy's reading with the words ``fmt`` loses, and the figures
docs/corpus.md quotes ("Out-of-sample texts"), lost words included.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import resolint
from resolint.model_json import document_json

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-recent-ga")
FOLDER, TRUTH, copy_text = COPIES.folder, COPIES.truth, COPIES.copy_text

# The authoring line as the copies write it: "The General Assembly," (comma or not), a news copy's
# "General Assembly,", a translation's "The general Assembly,", the Council's line indented, and `fmt`'s
# "*The General Assembly*,".
AUTHORING_RE = re.compile(
    r"^[ \t]*[*_]*(?:the[ \t]+(?:general assembly|economic and social council)[*_]*,?|general assembly[*_]*,)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _body_mismatches(found: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    wrong = oostruth.body_mismatches(found, truth)
    headings = [[h.get("number"), h.get("title")] for h in found.get("headings", [])]
    if headings != truth["headings"]:
        wrong.append(f"headings {headings}")
    texts = [oostruth.one_line(p.get("text", "")) for p in [*found["preamble"], *found["operative"]]]
    for words in truth["joined"]:
        if not any(words in text for text in texts):
            wrong.append(f"no paragraph holds {words!r}")
    body = found["operative"] or found["preamble"]
    if body and not oostruth.one_line(body[-1]["text"]).endswith(truth["last_words"]):
        wrong.append(f"last paragraph ends {body[-1]['text'][-40:]!r}")
    return wrong


def _note_mismatches(found: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    notes = [oostruth.one_line(note.get("text", "")) for note in found["footnotes"]]
    if len(notes) != truth["footnotes"]:
        return [f"footnotes {len(notes)}"]
    if not all(map(str.startswith, notes, truth["footnote_texts"])):
        return [f"footnote texts {notes}"]
    return []


def structure_mismatches(name: str) -> list[str]:
    """Every way the parse differs from the truth of ``name`` (empty: the structure is exact)."""
    truth = TRUTH[name]
    found = document_json(resolint.parse(copy_text(name), name))
    return oostruth.heading_mismatches(found, truth) + _body_mismatches(found, truth) + _note_mismatches(found, truth)


def body_words(text: str, title: str) -> Counter[str]:
    """The words from the authoring line to the end, page furniture, the running title, markup and note labels aside."""
    return oostruth.body_words(text, AUTHORING_RE, page_title=title)


def lost_words(name: str) -> Counter[str]:
    """The words of the resolution's body that ``fmt`` of the copy does not keep."""
    return COPIES.lost_words(name, partial(body_words, title=TRUTH[name]["title"] or ""))


def figures() -> dict[str, float]:
    lost = sum(sum(lost_words(name).values()) for name in COPIES.names)
    return {**COPIES.figures(structure_mismatches), "lost words": lost}


if __name__ == "__main__":
    COPIES.report(structure_mismatches, lambda name: dict(lost_words(name)))
    print(figures())
