"""Helpers of tests/outofsample/test_oos-mun.py: the truth read off each Model UN draft, and what resolint makes of it.

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

FOLDER = Path(__file__).resolve().parent / "oos-mun"
TRUTH = oostruth.load_truth(FOLDER)
# The labels of a drafter's heading lines and of the UN's agenda line: `fmt` writes their values under keys
LABEL_WORDS = {"agenda", "authors", "committee", "co-submitters", "cosubmitters", "draft", "forum", "issue", "item"}
LABEL_WORDS |= {"main", "resolution", "signatories", "sponsor", "sponsors", "submitter", "topic"}
# Words the copies' named slips misspell, which `fmt` writes in UN form ("UN" in full, UN spelling)
FIXED_WORDS = {"un", "endeavors", "centers", "organisations"}


def copy_text(name: str) -> str:
    return oostruth.read_copy(FOLDER, name)


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
    wrong += oostruth.body_mismatches(found, truth)
    return wrong


def warnings_and_errors(name: str) -> Counter[str]:
    return oostruth.warnings_and_errors(copy_text(name), name)


def safe_fixes(name: str) -> int:
    return oostruth.safe_fixes(copy_text(name), name)


def words(text: str) -> Counter[str]:
    """The words of a text, case and the apostrophe's form aside."""
    return Counter(word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text.replace("’", "'")))


def lost_words(name: str) -> Counter[str]:
    """The words of the copy that ``fmt`` does not keep, besides the heading's labels (their values become
    front matter keys) and the named slips `fmt` rewrites."""
    text = copy_text(name)
    lost = words(text) - words(resolint.format_text(text, name))
    return Counter({word: count for word, count in lost.items() if word not in LABEL_WORDS | FIXED_WORDS})


def figures() -> dict[str, float]:
    return oostruth.figures(sorted(TRUTH), structure_mismatches, warnings_and_errors, safe_fixes)


if __name__ == "__main__":
    for name in sorted(TRUTH):
        print(name, structure_mismatches(name), dict(warnings_and_errors(name)), safe_fixes(name))
    print(figures())
