"""Helpers of tests/outofsample/test_oos-structure.py: the truth read off each copy, and what resolint makes of it.

Kept beside the test (no shared conftest: sibling folders belong to other out-of-sample sets). Run as a
script, it prints each copy's differences from the truth, its warnings and errors and its safe fixes, and
the figures quoted in docs/corpus.md ("Out-of-sample texts"): exact structure, warnings and errors per
document, safe fixes per document.
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

FOLDER = Path(__file__).resolve().parent / "oos-structure"
TRUTH = oostruth.load_truth(FOLDER)

# A PDF page's furniture, line by line: the symbol, the job number, the bar code, the page number, the
# notes' separator line (the running title is matched against the document's title: `_furniture_line`).
FURNITURE_LINE = re.compile(r"\s*(?:[AES]/RES/\S+|\d{2}-\d{5}(?: \(E\))?|\*\d{7}\*|\d{1,2}/\d{1,2}|_{5,}|---)\s*")
AUTHORING_RE = re.compile(r"[\"“]?\*?The (?:General Assembly|Economic and Social Council)\*?,?\s*$", re.MULTILINE)
NUMBERED_RE = re.compile(r"(\d{1,3})\.\s")
ITEM_RE = re.compile(r"\(([a-z]{1,4})\)\s")
QUOTED_OPENING_RE = re.compile(r"(?:^|(?<=\s))[\"“](?=\S)")
QUOTED_NUMBER_RE = re.compile(r"(?:^|(?<=\s))[\"“]?(\d{1,2})\. (?=[A-Z])")


def copy_text(name: str) -> str:
    return oostruth.read_copy(FOLDER, name)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def annex_facts(paragraphs: list[dict[str, Any]]) -> dict[str, Any]:
    """The subtitle, the paragraph numbers, the headings and the item labels of an annex as resolint reads it."""
    texts = [_one_line(p.get("text", "")) for p in paragraphs]
    facts: dict[str, Any] = {"subtitle": None, "numbers": [], "headings": [], "items": []}
    for index, text in enumerate(texts):
        if number := NUMBERED_RE.match(text):
            facts["numbers"].append(number.group(1))
        elif item := ITEM_RE.match(text):
            facts["items"].append(item.group(1))
        elif index == 0:
            facts["subtitle"] = text
        else:
            facts["headings"].append(text)
    return facts


def _annex_mismatches(found: list[dict[str, Any]], truth: list[dict[str, Any]]) -> list[str]:
    if len(found) != len(truth):
        return [f"annexes {[a.get('title') for a in found]}"]
    wrong: list[str] = []
    for annex, want in zip(found, truth, strict=True):
        if annex.get("title") != want["title"]:
            wrong.append(f"annex title {annex.get('title')!r}")
        facts = annex_facts(annex.get("paragraphs", []))
        for key in ("subtitle", "numbers", "headings", "items"):
            if facts[key] != want[key]:
                wrong.append(f"annex {key} {facts[key]}")
        texts = [_one_line(p.get("text", "")) for p in annex.get("paragraphs", [])]
        for words in want["joined"]:
            if not any(words in text for text in texts):
                wrong.append(f"annex has no paragraph holding {words!r}")
        if not texts or not texts[-1].endswith(want["last_words"]):
            wrong.append(f"annex ends {texts[-1][-40:] if texts else ''!r}")
    return wrong


def quoted_draft(text: str) -> dict[str, Any]:
    """The quoted draft a lead-in carries: its quoted preambular paragraphs (the quoted authoring line aside)
    and its operative numbers."""
    openings = [match.end() for match in QUOTED_OPENING_RE.finditer(text)]
    preamble = sum(1 for start in openings[1:] if not text[start].isdigit())
    return {"preamble": preamble, "operative": QUOTED_NUMBER_RE.findall(text)}


def structure_mismatches(name: str) -> list[str]:
    """Every way the parse differs from the truth of ``name`` (empty: the structure is exact)."""
    truth = TRUTH[name]
    found = document_json(resolint.parse(copy_text(name), name))
    heading = found.get("heading") or {}
    wrong: list[str] = []
    if heading.get("symbol") != truth["symbol"]:
        wrong.append(f"symbol {heading.get('symbol')!r}")
    if found.get("number") != truth["number"]:
        wrong.append(f"number {found.get('number')!r}")
    if found.get("title") != truth["title"]:
        wrong.append(f"title {found.get('title')!r}")
    wrong += oostruth.body_mismatches(found, truth)
    headings = [[h.get("number"), h.get("title")] for h in found.get("headings", [])]
    if headings != truth["headings"]:
        wrong.append(f"headings {headings}")
    wrong += _annex_mismatches(found.get("annexes", []), truth["annexes"])
    if "quoted_draft" in truth:
        lead_in = found["operative"][0]["text"] if found["operative"] else ""
        if (got := quoted_draft(lead_in)) != truth["quoted_draft"]:
            wrong.append(f"quoted draft {got}")
    if found.get("drafts"):
        wrong.append(f"drafts {len(found['drafts'])}")
    if len(found["footnotes"]) != truth["footnotes"]:
        wrong.append(f"footnotes {len(found['footnotes'])}")
    body = found["operative"] or found["preamble"]
    if body and not _one_line(body[-1]["text"]).endswith(truth["last_words"]):
        wrong.append(f"last paragraph ends {body[-1]['text'][-40:]!r}")
    return wrong


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
    body = re.sub(r"(?<=\w-) *\n\s*(?=\w)", "", body)  # a compound cut at its hyphen at a line's end ("action-" / "oriented")
    body = re.sub(r"\[\^[^\]]+\]:?|[*_#|]+", " ", body)
    return Counter(word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", body))


def lost_words(name: str) -> Counter[str]:
    """The words of the resolution's body that ``fmt`` of the copy does not keep."""
    text = copy_text(name)
    title = TRUTH[name]["title"] or ""
    return body_words(text, title) - body_words(resolint.format_text(text, name), title)


def figures() -> dict[str, float]:
    return oostruth.figures(sorted(TRUTH), structure_mismatches, warnings_and_errors, safe_fixes)


if __name__ == "__main__":
    for name in sorted(TRUTH):
        print(name, structure_mismatches(name), dict(warnings_and_errors(name)), safe_fixes(name), dict(lost_words(name)))
    print(figures())
