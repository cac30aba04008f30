"""What ``test_oos-mun.py`` compares: the drafter's heading (code, committee, title, sponsors, signatories) and
the body of each Model UN draft in ``oos-mun/`` against its truth, and the words ``fmt`` may leave out (the
heading's labels, the named slips it rewrites). What every set shares is in ``oostruth.py``; run as a script,
this prints each draft's reading and the figures docs/corpus.md quotes ("Out-of-sample texts").
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import resolint
from resolint.grammar.labelled import LABELS, single_letters
from resolint.model_json import document_json

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oostruth

COPIES = oostruth.CopySet(Path(__file__).resolve().parent / "oos-mun")
FOLDER, TRUTH, copy_text = COPIES.folder, COPIES.truth, COPIES.copy_text
# The labels of a drafter's heading lines and of the UN's agenda line: `fmt` writes their values under keys
LABEL_WORDS = {"agenda", "authors", "commission", "committee", "co-submitters", "cosubmitters", "draft", "forum"}
LABEL_WORDS |= {"issue", "item"}
LABEL_WORDS |= {"code", "main", "resolution", "signatories", "sponsor", "sponsors", "submitter", "topic"}
# A drafter's labels before their colon ("QUESTION OF:", "Submitted to:", "Re.:"), whose words go with them
LABEL_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True)) + r")\s*:", re.IGNORECASE
)
# Words the copies' named slips misspell, which `fmt` writes in UN form ("UN" in full, UN spelling, "2nd April" as "2 April")
FIXED_WORDS = {"un", "endeavors", "endeavor", "centers", "organisations", "recognising", "armored", "nd", "percent"}
FIXED_WORDS |= {"self-defense", "offense", "toward"}


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


def words(text: str) -> Counter[str]:
    """The words of a text, case and the apostrophe's form aside."""
    return Counter(word.casefold() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text.replace("’", "'")))


def lost_words(name: str) -> Counter[str]:
    """The words of the copy that ``fmt`` does not keep, besides the heading's labels (their values become
    front matter keys) and the named slips `fmt` rewrites."""
    text = copy_text(name)
    lost = words(text) - words(resolint.format_text(text, name))
    lost -= words(" ".join(LABEL_PHRASE_RE.findall(text)))
    return Counter({word: count for word, count in lost.items() if not _label_or_fixed(word)})


def _label_or_fixed(word: str) -> bool:
    """A label's word (also misspelt with a single letter for a double: "Co-Submiters") or a named slip's."""
    return word in FIXED_WORDS or single_letters(word) in {single_letters(label) for label in LABEL_WORDS}


if __name__ == "__main__":
    COPIES.report(structure_mismatches)
    print(COPIES.figures(structure_mismatches))
