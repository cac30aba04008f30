"""Word-level differences between two paragraph texts.

Texts are split into words and single punctuation marks; :class:`difflib.SequenceMatcher` finds
the longest common runs of tokens (no junk heuristic, so common words are not skipped). Each
difference becomes a :class:`WordHunk` whose ``old_start``/``old_end`` and ``new_start``/``new_end``
cover the changed tokens *and the white space around them*, so that replacing every hunk's old
range by its new text turns the old text into the new one exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

TOKEN_RE = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class WordHunk:
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str  # the changed tokens as written in OLD (without surrounding space)
    new_text: str  # the changed tokens as written in NEW
    replacement: str  # NEW's text of [new_start, new_end): what replaces OLD's [old_start, old_end)


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def word_hunks(old: str, new: str) -> list[WordHunk]:
    """The differences between ``old`` and ``new``, in order; none when they are equal."""
    if old == new:
        return []
    old_tokens, new_tokens = tokens(old), tokens(new)
    matcher = SequenceMatcher(None, [t[0] for t in old_tokens], [t[0] for t in new_tokens], autojunk=False)
    hunks: list[WordHunk] = []
    previous: tuple[int, int] = (0, 0)  # end of the last equal token in old and new
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            hunks.extend(_spacing_hunks(old, new, old_tokens[i1:i2], new_tokens[j1:j2], previous))
            previous = (old_tokens[i2 - 1][2], new_tokens[j2 - 1][2])
            continue
        old_end = old_tokens[i2][1] if i2 < len(old_tokens) else len(old)
        new_end = new_tokens[j2][1] if j2 < len(new_tokens) else len(new)
        hunks.append(_hunk(old, new, previous, (old_end, new_end), old_tokens[i1:i2], new_tokens[j1:j2]))
        previous = (old_end, new_end)
    if old_tokens and new_tokens and previous != (len(old), len(new)):
        hunks.extend(_tail_hunk(old, new, previous))
    return _merge(hunks)


def _hunk(old, new, start, end, old_part, new_part) -> WordHunk:
    old_text = old[old_part[0][1] : old_part[-1][2]] if old_part else ""
    new_text = new[new_part[0][1] : new_part[-1][2]] if new_part else ""
    return WordHunk(start[0], end[0], start[1], end[1], old_text, new_text, new[start[1] : end[1]])


def _spacing_hunks(old, new, old_part, new_part, previous) -> list[WordHunk]:
    """Equal tokens whose white space in between differs ("Council ," against "Council,")."""
    found: list[WordHunk] = []
    before = previous
    for (_, o_start, o_end), (_, n_start, n_end) in zip(old_part, new_part, strict=True):
        if old[before[0] : o_start] != new[before[1] : n_start]:
            found.append(WordHunk(before[0], o_start, before[1], n_start, "", "", new[before[1] : n_start]))
        before = (o_end, n_end)
    return found


def _tail_hunk(old, new, previous) -> list[WordHunk]:
    if old[previous[0] :] == new[previous[1] :]:
        return []
    return [WordHunk(previous[0], len(old), previous[1], len(new), "", "", new[previous[1] :])]


def _merge(hunks: list[WordHunk]) -> list[WordHunk]:
    """Join hunks that touch (a spacing hunk beside a word hunk), so each place changes once."""
    merged: list[WordHunk] = []
    for hunk in hunks:
        last = merged[-1] if merged else None
        if last is not None and last.old_end == hunk.old_start and last.new_end == hunk.new_start:
            merged[-1] = WordHunk(
                last.old_start,
                hunk.old_end,
                last.new_start,
                hunk.new_end,
                _join(last.old_text, hunk.old_text),
                _join(last.new_text, hunk.new_text),
                last.replacement + hunk.replacement,
            )
        else:
            merged.append(hunk)
    return merged


def _join(first: str, second: str) -> str:
    return f"{first} {second}".strip() if first and second else first or second


def apply_hunks(old: str, hunks: list[WordHunk]) -> str:
    """``old`` with every hunk's range replaced: gives the new text back."""
    pieces: list[str] = []
    cursor = 0
    for hunk in sorted(hunks, key=lambda h: h.old_start):
        pieces.append(old[cursor : hunk.old_start])
        pieces.append(hunk.replacement)
        cursor = hunk.old_end
    pieces.append(old[cursor:])
    return "".join(pieces)


def similarity(old: str, new: str) -> float:
    """Share of tokens in common (0 to 1), order-aware but cheap enough to rank candidates."""
    old_words, new_words = [t[0].lower() for t in tokens(old)], [t[0].lower() for t in tokens(new)]
    if not old_words or not new_words:
        return 1.0 if old_words == new_words else 0.0
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    if matcher.real_quick_ratio() < 0.3 or matcher.quick_ratio() < 0.3:
        return matcher.quick_ratio() * 0.5
    return matcher.ratio()
