"""Helpers of tests/outofsample/test_oos-recent-ga.py: the truth read off each copy, and what resolint makes of it.

Kept beside the test (no shared conftest: sibling folders belong to other out-of-sample sets). Run as a
script, it prints each copy's differences from the truth, its warnings and errors, its safe fixes and the
words `fmt` loses, and the figures quoted in docs/corpus.md ("Out-of-sample texts"): exact structure,
warnings and errors per document, safe fixes per document.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import resolint
from resolint.model_json import document_json

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

FOLDER = Path(__file__).resolve().parent / "oos-recent-ga"
TRUTH = oostruth.load_truth(FOLDER)

# A PDF page's furniture, line by line: the symbol, the job number, the bar code, the page number, the
# notes' separator line (the running title is matched against the document's title: `_furniture_line`).
FURNITURE_LINE = re.compile(r"\s*(?:[AES]/RES/\S+|\d{2}-\d{5}(?: \(E\))?|\*\d{7}\*|\d{1,2}/\d{1,2}|_{5,}|---)\s*")
# The authoring line as the copies write it: "The General Assembly," (comma or not), a news copy's
# "General Assembly,", a translation's "The general Assembly,", the Council's line indented, and `fmt`'s
# "*The General Assembly*,".
AUTHORING_RE = re.compile(
    r"^[ \t]*[*_]*(?:the[ \t]+(?:general assembly|economic and social council)[*_]*,?|general assembly[*_]*,)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def copy_text(name: str) -> str:
    return oostruth.read_copy(FOLDER, name)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _heading_mismatches(found: dict[str, Any], truth: dict[str, Any]) -> list[str]:
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
    return wrong


def _body_mismatches(found: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    wrong = oostruth.body_mismatches(found, truth)
    headings = [[h.get("number"), h.get("title")] for h in found.get("headings", [])]
    if headings != truth["headings"]:
        wrong.append(f"headings {headings}")
    texts = [_one_line(p.get("text", "")) for p in [*found["preamble"], *found["operative"]]]
    for words in truth["joined"]:
        if not any(words in text for text in texts):
            wrong.append(f"no paragraph holds {words!r}")
    body = found["operative"] or found["preamble"]
    if body and not _one_line(body[-1]["text"]).endswith(truth["last_words"]):
        wrong.append(f"last paragraph ends {body[-1]['text'][-40:]!r}")
    return wrong


def _note_mismatches(found: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    notes = [_one_line(note.get("text", "")) for note in found["footnotes"]]
    if len(notes) != truth["footnotes"]:
        return [f"footnotes {len(notes)}"]
    if not all(map(str.startswith, notes, truth["footnote_texts"])):
        return [f"footnote texts {notes}"]
    return []


def structure_mismatches(name: str) -> list[str]:
    """Every way the parse differs from the truth of ``name`` (empty: the structure is exact)."""
    truth = TRUTH[name]
    found = document_json(resolint.parse(copy_text(name), name))
    return _heading_mismatches(found, truth) + _body_mismatches(found, truth) + _note_mismatches(found, truth)


def warnings_and_errors(name: str) -> Counter[str]:
    return oostruth.warnings_and_errors(copy_text(name), name)


def safe_fixes(name: str) -> int:
    return oostruth.safe_fixes(copy_text(name), name)


def _furniture_line(line: str, title: str) -> bool:
    stripped = line.strip()
    return bool(FURNITURE_LINE.fullmatch(line)) or (len(stripped) > 10 and stripped in title)


def body_words(text: str, title: str) -> Counter[str]:
    """The words from the authoring line to the end (the heading becomes front matter in ``fmt``), page
    furniture, the running title, markup and note labels aside."""
    match = AUTHORING_RE.search(text)
    body = text[match.start() :] if match else text
    body = "\n".join(line for line in body.splitlines() if not _furniture_line(line, title))
    body = re.sub(r"(?<=\w-) *\n\s*(?=\w)", "", body)  # a compound cut at its hyphen at a line's end ("post-" / "conflict")
    body = re.sub(r"\[\^[^\]]+\]:?|[*_#|]+", " ", body)
    return Counter(word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", body))


def lost_words(name: str) -> Counter[str]:
    """The words of the resolution's body that ``fmt`` of the copy does not keep."""
    text = copy_text(name)
    title = TRUTH[name]["title"] or ""
    return body_words(text, title) - body_words(resolint.format_text(text, name), title)


def figures() -> dict[str, float]:
    names = sorted(TRUTH)
    found = oostruth.figures(names, structure_mismatches, warnings_and_errors, safe_fixes)
    return {**found, "lost words": sum(sum(lost_words(name).values()) for name in names)}


if __name__ == "__main__":
    for name in sorted(TRUTH):
        print(name, structure_mismatches(name), dict(warnings_and_errors(name)), safe_fixes(name), dict(lost_words(name)))
    print(figures())
