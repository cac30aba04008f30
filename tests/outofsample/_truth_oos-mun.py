"""Helpers of tests/outofsample/test_oos-mun.py: the truth read off each Model UN draft, and what resolint makes of it.

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
from resolint.grammar.labelled import LABELS
from resolint.model_json import document_json

FOLDER = Path(__file__).resolve().parent / "oos-mun"
TRUTH: dict[str, dict[str, Any]] = {
    name: facts
    for name, facts in json.loads((FOLDER / "truth.json").read_text(encoding="utf-8")).items()
    if not name.startswith("_")
}
# The labels of a drafter's heading lines and of the UN's agenda line: `fmt` writes their values under keys
LABEL_WORDS = {"agenda", "authors", "committee", "co-submitters", "cosubmitters", "draft", "forum", "issue", "item"}
LABEL_WORDS |= {"code", "main", "resolution", "signatories", "sponsor", "sponsors", "submitter", "topic"}
# A drafter's labels before their colon ("QUESTION OF:", "Submitted to:", "Re.:"), whose words go with them
LABEL_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True)) + r")\s*:", re.IGNORECASE
)
# Words the copies' named slips misspell, which `fmt` writes in UN form ("UN" in full, UN spelling, "2nd April" as "2 April")
FIXED_WORDS = {"un", "endeavors", "centers", "organisations", "recognising", "armored", "nd"}


def copy_text(name: str) -> str:
    return (FOLDER / name).read_text(encoding="utf-8")


def _words_start(phrase: str | None, truth: str | None) -> bool:
    if truth is None:  # the copy has no opener or verb there (a web page lost it, a verb phrase "will take …")
        return phrase is None
    want = truth.split()
    return phrase is not None and phrase.split()[: len(want)] == want


def structure_mismatches(name: str) -> list[str]:
    """Every way the parse differs from the truth of ``name`` (empty: the structure is exact)."""
    truth = TRUTH[name]
    found = document_json(resolint.parse(copy_text(name), name))
    heading = found.get("heading") or {}
    wrong: list[str] = []
    for key in ("code", "organ", "signatories"):
        if heading.get(key) != truth[key]:
            wrong.append(f"{key} {heading.get(key)!r}")
    if found.get("title") != truth["title"]:
        wrong.append(f"title {found.get('title')!r}")
    names = [sponsor["name"] for sponsor in heading.get("sponsors") or []]
    if names != truth["sponsors"]:
        wrong.append(f"sponsors {names}")
    if truth["authoring"] != bool(found.get("authoring")):
        wrong.append(f"authoring {found.get('authoring')!r}")
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
    return wrong


def warnings_and_errors(name: str) -> Counter[str]:
    document = resolint.parse(copy_text(name), name)
    return Counter(d.rule for d in resolint.lint(document) if d.severity >= Severity.WARNING)


def safe_fixes(name: str) -> int:
    return resolint.fix_text(copy_text(name), path=name)[1]


def words(text: str) -> Counter[str]:
    """The words of a text, case and the apostrophe's form aside."""
    return Counter(word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text.replace("’", "'")))


def lost_words(name: str) -> Counter[str]:
    """The words of the copy that ``fmt`` does not keep, besides the heading's labels (their values become
    front matter keys) and the named slips `fmt` rewrites."""
    text = copy_text(name)
    lost = words(text) - words(resolint.format_text(text, name))
    lost -= words(" ".join(LABEL_PHRASE_RE.findall(text)))
    return Counter({word: count for word, count in lost.items() if word not in LABEL_WORDS | FIXED_WORDS})


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
