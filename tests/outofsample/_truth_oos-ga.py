"""Helpers of tests/outofsample/test_oos-ga.py: the truth read off each copy, and what resolint makes of it.

Kept beside the test (no shared conftest: sibling folders belong to other out-of-sample sets). Run as a
script, it prints the figures quoted in docs/corpus.md ("Out-of-sample texts"): exact structure, warnings
and errors per document, safe fixes per document.
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

FOLDER = Path(__file__).resolve().parent / "oos-ga"
TRUTH = oostruth.load_truth(FOLDER)

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


def copy_text(name: str) -> str:
    return oostruth.read_copy(FOLDER, name)


def structure_mismatches(name: str) -> list[str]:
    """Every way the parse differs from the truth of ``name`` (empty: the structure is exact)."""
    truth = TRUTH[name]
    found = document_json(resolint.parse(copy_text(name), name))
    heading = found.get("heading") or {}
    wrong: list[str] = []
    if truth["symbol"] and heading.get("symbol") != truth["symbol"]:
        wrong.append(f"symbol {heading.get('symbol')!r}")
    if truth["number"] and found.get("number") != truth["number"]:
        wrong.append(f"number {found.get('number')!r}")
    if truth["title"] and found.get("title") != truth["title"]:
        wrong.append(f"title {found.get('title')!r}")
    if "sponsors" in truth and len(heading.get("sponsors") or []) != truth["sponsors"]:
        wrong.append(f"sponsors {len(heading.get('sponsors') or [])}")
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


def warnings_and_errors(name: str) -> Counter[str]:
    return oostruth.warnings_and_errors(copy_text(name), name)


def safe_fixes(name: str) -> int:
    return oostruth.safe_fixes(copy_text(name), name)


def words(text: str) -> Counter[str]:
    """The words of a text (case aside), named furniture, markup and note labels aside."""
    for pattern in FURNITURE:
        text = pattern.sub(" ", text)
    text = re.sub(r"\[\^[^\]]+\]:?|[*_#|]+", " ", text)
    return Counter(word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", text))


def body_words(text: str) -> Counter[str]:
    """The words from the authoring line to the end (the heading becomes front matter in ``fmt``)."""
    match = AUTHORING_RE.search(text)
    return words(text[match.start() :] if match else text)


def lost_words(name: str) -> Counter[str]:
    """The words of the resolution's body that ``fmt`` of the copy does not keep."""
    text = copy_text(name)
    return body_words(text) - body_words(resolint.format_text(text, name))


def figures() -> dict[str, float]:
    return oostruth.figures(sorted(TRUTH), structure_mismatches, warnings_and_errors, safe_fixes)


if __name__ == "__main__":
    for name in sorted(TRUTH):
        print(name, structure_mismatches(name), dict(warnings_and_errors(name)), safe_fixes(name))
    print(figures())
