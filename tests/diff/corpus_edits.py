"""Random edits of real resolutions (AKN corpus rendered as .res.md) for the diff property tests.

A resolution is cut into blocks at blank lines; an edit deletes, inserts, moves or rewords a
body block (a preambular paragraph, an operative paragraph or a sub-paragraph) or relabels a
sub-paragraph. The heading and title are left alone; a footnote goes when the last paragraph that
points at it goes, as in Word.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

CORPUS_TESTS = Path(__file__).resolve().parent.parent / "corpus"
if str(CORPUS_TESTS) not in sys.path:
    sys.path.insert(0, str(CORPUS_TESTS))

import akn  # noqa: E402  (the corpus helpers live beside the corpus tests)

BODY_BLOCK_RE = re.compile(r"^\s*(?:\*[A-Z]|\d+\. |\([a-z]+\) )")
AUTHORING_RE = re.compile(r"^\*The [^*]+\*,?\s*$")  # the organ line is no paragraph: left alone
NOTE_MARK_RE = re.compile(r"\[\^[^\]\s]+\](?!:)")
NOTE_DEFINITION_RE = re.compile(r"^\[\^([^\]]+)\]:")
SUB_LABEL_RE = re.compile(r"^(\s*)\(([a-z]+)\)")
WORDS = ("sustainable", "regional", "all", "relevant", "continued", "effective", "national", "further")


@cache
def corpus_texts(count: int = 8) -> tuple[str, ...]:
    files = akn.consistent_files()
    step = max(1, len(files) // count)
    return tuple(akn.render_resmd(akn.load(path)) for path in files[::step][:count])


def body_indexes(blocks: list[str]) -> list[int]:
    return [
        i
        for i, block in enumerate(blocks)
        if BODY_BLOCK_RE.match(block) and not block.startswith("[^") and not AUTHORING_RE.match(block)
    ]


def edit(text: str, operations: list[tuple[str, int, int]]) -> str:
    """``text`` with each (kind, a, b) operation applied in turn; a and b pick blocks and words."""
    blocks = text.split("\n\n")
    for kind, a, b in operations:
        body = body_indexes(blocks)
        if len(body) < 3:
            break
        at, other = body[a % len(body)], body[b % len(body)]
        if kind == "delete":
            del blocks[at]
        elif kind == "insert":
            # a new paragraph, made from another's words; a footnote has one marker, so the copy has none
            blocks.insert(at, NOTE_MARK_RE.sub("", _reworded(blocks[other], a, b)) + " in particular")
        elif kind == "move":
            # within its own part: a preambular paragraph among the preamble, and so on (an operative
            # paragraph moved before the preamble makes no resolution)
            same = [i for i in body if _part(blocks[i]) == _part(blocks[at])]
            target = same[b % len(same)]
            if target != at:
                blocks.insert(target, blocks.pop(at))
        elif kind == "reword":
            blocks[at] = _reworded(blocks[at], a, b)
        elif kind == "relabel":
            blocks[at] = SUB_LABEL_RE.sub(rf"\1({chr(97 + b % 26)})", blocks[at], count=1)
    return _without_orphan_notes("\n\n".join(blocks))


def _part(block: str) -> str:
    if SUB_LABEL_RE.match(block):
        return "sub-paragraph"
    return "operative" if block.lstrip()[:1].isdigit() else "preamble"


def _without_orphan_notes(text: str) -> str:
    """Notes whose every marker went with a deleted paragraph go too, as in Word."""
    lines = text.split("\n")
    body = "\n".join(line for line in lines if not NOTE_DEFINITION_RE.match(line))
    return "\n".join(
        line for line in lines if not (found := NOTE_DEFINITION_RE.match(line)) or f"[^{found.group(1)}]" in body
    )


def _reworded(block: str, a: int, b: int) -> str:
    words = block.split(" ")
    if len(words) < 4:
        return block
    place = 2 + a % (len(words) - 2)
    words.insert(place, WORDS[b % len(WORDS)])
    return " ".join(words)
