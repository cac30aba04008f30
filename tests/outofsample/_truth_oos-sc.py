"""Helpers of ``test_oos-sc.py``: the truth read off each copy by eye (``oos-sc/truth.json``) and the
same facts as resolint reads them, so that the test compares like with like.

The comparison is this set's own: it reads the document model (the heading's fields, the paragraphs'
children) and keeps the first word of each opener and verb, as the truth holds it (the synthetic forms of
``test_oos-sc.py`` assert that shape too); the other sets compare ``parse --format json`` with the words
the truth names (``oostruth.body_mismatches``, ``_truth_oos-hrc.differences``)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from resolint.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-sc")
FOLDER = COPIES.folder
FIELDS = ("symbol", "authoring", "preamble", "operative", "subparagraphs", "footnotes")
WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def truth() -> dict[str, dict]:
    """Per fixture file, the facts read by eye (keys :data:`FIELDS`, and a ``note``)."""
    return COPIES.truth


def first_word(phrase: str | None) -> str | None:
    return phrase.split()[0] if phrase else None


def observed(doc: Document) -> dict:
    """What resolint read, in the shape of the truth: openers and verbs by their first word (how far
    the italics reach is not in a copy that lost them), numbers as written, labels per paragraph."""
    symbol = next((f.value for f in doc.heading.fields if f.name == "symbol"), None)
    return {
        "symbol": symbol,
        "authoring": doc.authoring is not None,
        "preamble": [first_word(p.phrase) for p in doc.preamble],
        "operative": [[o.number, first_word(o.phrase)] for o in doc.operative],
        "subparagraphs": {o.number or "": [c.label for c in o.children] for o in doc.operative if o.children},
        "footnotes": len(doc.footnotes),
    }


def expected(facts: dict) -> dict:
    return {field: facts[field] for field in FIELDS}


def words(text: str) -> Counter[str]:
    """The words of a text, case folded (front matter may write a heading's capitals otherwise)."""
    return Counter(word.casefold() for word in WORD_RE.findall(text))
