"""Helpers of tests/outofsample/test_oos-ga.py: the truth read off each copy, and what resolint makes of it.

Kept beside the test (no shared conftest: sibling folders belong to other out-of-sample sets). Run as a
script, it prints the figures quoted in docs/corpus.md ("Out-of-sample texts"): exact structure, warnings
and errors per document, safe fixes per document.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import resolint
from resolint.diagnostics import Severity
from resolint.model_json import document_json

FOLDER = Path(__file__).resolve().parent / "oos-ga"
TRUTH: dict[str, dict[str, Any]] = {
    name: facts
    for name, facts in json.loads((FOLDER / "truth.json").read_text(encoding="utf-8")).items()
    if not name.startswith("_")
}

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
    return (FOLDER / name).read_text(encoding="utf-8")


def _words_start(phrase: str | None, truth: str) -> bool:
    """Whether the phrase resolint read begins with the first word(s) the truth names."""
    want = truth.split()
    return phrase is not None and phrase.split()[: len(want)] == want


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
    if truth["authoring"] != bool(found.get("authoring")):
        wrong.append(f"authoring {found.get('authoring')!r}")
    if "sponsors" in truth and len(heading.get("sponsors") or []) != truth["sponsors"]:
        wrong.append(f"sponsors {len(heading.get('sponsors') or [])}")
    openers = [p.get("opener") for p in found["preamble"]]
    if len(openers) != len(truth["preamble"]) or not all(map(_words_start, openers, truth["preamble"])):
        wrong.append(f"preamble {openers}")
    operative = [
        (p.get("number"), p.get("verb"), [s.get("label") for s in p.get("subparagraphs", [])])
        for p in found["operative"]
    ]
    want = [tuple(p) for p in truth["operative"]]
    if len(operative) != len(want) or any(
        got[0] != exp[0] or not _words_start(got[1], exp[1]) or got[2] != exp[2]
        for got, exp in zip(operative, want, strict=False)
    ):
        wrong.append(f"operative {operative}")
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
    """The warnings and errors resolint reports on the copy, per rule."""
    document = resolint.parse(copy_text(name), name)
    return Counter(d.rule for d in resolint.lint(document) if d.severity >= Severity.WARNING)


def safe_fixes(name: str) -> int:
    return resolint.fix_text(copy_text(name), path=name)[1]


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
    names = sorted(TRUTH)
    return {
        "docs": len(names),
        "exact": sum(not structure_mismatches(n) for n in names),
        "w+e/doc": sum(sum(warnings_and_errors(n).values()) for n in names) / len(names),
        "fixes/doc": sum(safe_fixes(n) for n in names) / len(names),
    }


if __name__ == "__main__":
    for name in sorted(TRUTH):
        print(name, structure_mismatches(name), dict(warnings_and_errors(name)), safe_fixes(name))
    print(figures())
