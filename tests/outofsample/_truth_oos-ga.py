"""What ``test_oos-ga.py`` compares: the heading, body, notes and last words of each General Assembly copy in
``oos-ga/`` against its truth, and the words ``fmt`` may leave out (the Word fields, the PDF's page furniture, a
negotiation draft's labels). What every set shares is in ``oostruth.py``; run as a script, this prints each copy's
reading and the figures docs/corpus.md quotes ("Out-of-sample texts").
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import resolint
from resolint.model_json import document_json

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-ga")
FOLDER, TRUTH, copy_text = COPIES.folder, COPIES.truth, COPIES.copy_text

# Page and field furniture of the copies and labels `fmt` rewrites, named: what `fmt` may leave out
# without losing a word of the resolution.
FURNITURE = [
    re.compile(r"\S+ \\\* MERGEFORMAT\b.*$", re.MULTILINE),  # the Word file's header and footer fields, to the end
    re.compile(r"[ASE]/RES/\S+ [^,;\n]{1,240}? \d{2}-\d{5} \d{1,3}/\d{1,3}"),  # a later page's running header
    re.compile(r"\b\d{2}-\d{5}(?: \(E\))?(?: \d{6})?(?: \*\d{7}\*)?(?: /\.\.\.)?"),  # job number, date, bar code
    re.compile(r"\b\d{6} \*\d{7}\*"),  # date and bar code
    re.compile(r"\b(?:PP|OP)\d{1,3}\."),  # a negotiation draft's labels (fmt writes the numbers)
]
AUTHORING_RE = re.compile(r"\*?The General Assembly\*?,")


def structure_mismatches(name: str) -> list[str]:
    """Every way the parse differs from the truth of ``name`` (empty: the structure is exact)."""
    truth = TRUTH[name]
    found = document_json(resolint.parse(copy_text(name), name))
    wrong = oostruth.heading_mismatches(found, truth)
    wrong += oostruth.body_mismatches(found, truth)
    headings = [[h.get("number"), h.get("title")] for h in found.get("headings", [])]
    if headings != truth["headings"]:
        wrong.append(f"headings {headings}")
    if len(found["footnotes"]) != truth["footnotes"]:
        wrong.append(f"footnotes {len(found['footnotes'])}")
    notes = [note.get("text", "") for note in found["footnotes"]]
    if truth["footnote_texts"] and not all(map(str.startswith, notes, truth["footnote_texts"])):
        wrong.append(f"footnote texts {notes}")
    body = found["operative"] or found["preamble"]
    if body and not body[-1]["text"].endswith(truth["last_words"]):
        wrong.append(f"last paragraph ends {body[-1]['text'][-40:]!r}")
    return wrong


def body_words(text: str) -> Counter[str]:
    """The words from the authoring line to the end, named furniture, markup and note labels aside."""
    return oostruth.body_words(text, AUTHORING_RE, furniture=FURNITURE)


def lost_words(name: str) -> Counter[str]:
    """The words of the resolution's body that ``fmt`` of the copy does not keep."""
    return COPIES.lost_words(name, body_words)


if __name__ == "__main__":
    COPIES.report(structure_mismatches)
    print(COPIES.figures(structure_mismatches))
