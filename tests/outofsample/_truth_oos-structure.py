"""What ``test_oos-structure.py`` compares: the heading, body, sections, annexes (subtitle, numbers, headings,
items) and the quoted drafts of each copy in ``oos-structure/`` against its truth. What every set shares is in
``oostruth.py``; run as a script, this prints each copy's reading with the words ``fmt`` loses, and the figures
docs/corpus.md quotes ("Out-of-sample texts").
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

COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-structure")
FOLDER, TRUTH, copy_text = COPIES.folder, COPIES.truth, COPIES.copy_text

AUTHORING_RE = re.compile(r"[\"“]?\*?The (?:General Assembly|Economic and Social Council)\*?,?\s*$", re.MULTILINE)
NUMBERED_RE = re.compile(r"(\d{1,3})\.\s")
ITEM_RE = re.compile(r"\(([a-z]{1,4})\)\s")
QUOTED_OPENING_RE = re.compile(r"(?:^|(?<=\s))[\"“](?=\S)")
QUOTED_NUMBER_RE = re.compile(r"(?:^|(?<=\s))[\"“]?(\d{1,2})\. (?=[A-Z])")


def annex_facts(paragraphs: list[dict[str, Any]]) -> dict[str, Any]:
    """The subtitle, the paragraph numbers, the headings and the item labels of an annex as resolint reads it."""
    texts = [oostruth.one_line(p.get("text", "")) for p in paragraphs]
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
        texts = [oostruth.one_line(p.get("text", "")) for p in annex.get("paragraphs", [])]
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
    if body and not oostruth.one_line(body[-1]["text"]).endswith(truth["last_words"]):
        wrong.append(f"last paragraph ends {body[-1]['text'][-40:]!r}")
    return wrong


def body_words(text: str, title: str) -> Counter[str]:
    """The words from the authoring line to the end, page furniture, the running title, markup and note labels aside."""
    return oostruth.body_words(text, AUTHORING_RE, page_title=title)


def lost_words(name: str) -> Counter[str]:
    """The words of the resolution's body that ``fmt`` of the copy does not keep."""
    return COPIES.lost_words(name, partial(body_words, title=TRUTH[name]["title"] or ""))


if __name__ == "__main__":
    COPIES.report(structure_mismatches, lambda name: dict(lost_words(name)))
    print(COPIES.figures(structure_mismatches))
