"""Pairing the units of two versions by content, not by position.

For one track (say the operative paragraphs):

1. units whose comparison key (text without case, quotation-mark style, punctuation or "also"/
   "further") is the same are paired along the longest common subsequence of keys;
2. in each gap between two such anchors, the remaining units are paired by word similarity
   (best pairs first, at least :data:`MIN_SIMILARITY`), candidates limited to a window so that a
   long gap stays cheap;
3. units still unpaired are paired across the whole track (a paragraph moved far away), by
   equal key first, then by similarity;
4. pairs that cross others (old order differs from new order) are marked *moved*: the longest
   increasing run of pairs stays in place, the rest moved.

Every step is linear or near-linear in the number of units, except step 3, which compares only
the units left over (few in practice; bounded by :data:`MAX_FAR_PAIRS`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from difflib import SequenceMatcher

from resolint.diff.units import Unit
from resolint.diff.words import similarity

MIN_SIMILARITY = 0.5
GAP_WINDOW = 12
MAX_FAR_PAIRS = 400 * 400

KEY_DROP_RE = re.compile(r"[^\w ]+|\b(?:also|further)\b")
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True, slots=True)
class Pair:
    old: Unit | None
    new: Unit | None
    moved: bool = False


def key(unit: Unit) -> str:
    """What must be equal for two units to be "the same paragraph" before any word is compared."""
    return " ".join(KEY_DROP_RE.sub(" ", unit.text.translate(QUOTES).lower()).split())


def align(old: list[Unit], new: list[Unit]) -> list[Pair]:
    """Pairs (old, new), (old, None) for deleted and (None, new) for inserted units."""
    old_keys, new_keys = [key(u) for u in old], [key(u) for u in new]
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    matched: dict[int, int] = {}
    gaps: list[tuple[range, range]] = []
    last_old = last_new = 0
    for block in matcher.get_matching_blocks():
        gaps.append((range(last_old, block.a), range(last_new, block.b)))
        for offset in range(block.size):
            matched[block.a + offset] = block.b + offset
        last_old, last_new = block.a + block.size, block.b + block.size
    for old_gap, new_gap in gaps:
        _pair_similar(old, new, list(old_gap), list(new_gap), matched, GAP_WINDOW)
    free_old = [i for i in range(len(old)) if i not in matched]
    taken = set(matched.values())
    free_new = [j for j in range(len(new)) if j not in taken]
    if free_old and free_new:
        _pair_equal_keys(old_keys, new_keys, free_old, free_new, matched)
        taken = set(matched.values())
        free_old = [i for i in free_old if i not in matched]
        free_new = [j for j in free_new if j not in taken]
        if len(free_old) * len(free_new) <= MAX_FAR_PAIRS:
            _pair_similar(old, new, free_old, free_new, matched, None)
    return _pairs(old, new, matched)


def _pair_similar(old, new, old_free, new_free, matched, window) -> None:
    if not old_free or not new_free:
        return
    candidates: list[tuple[float, int, int]] = []
    for position, i in enumerate(old_free):
        if window is None:
            chosen = new_free
        else:
            # the new units at about the same place in the gap
            centre = round(position * len(new_free) / len(old_free))
            chosen = new_free[max(0, centre - window) : centre + window + 1]
        for j in chosen:
            score = similarity(old[i].text, new[j].text)
            if score >= MIN_SIMILARITY:
                candidates.append((score, i, j))
    taken = set(matched.values())
    for _score, i, j in sorted(candidates, key=lambda c: (-c[0], abs(c[1] - c[2]), c[1])):
        if i not in matched and j not in taken:
            matched[i] = j
            taken.add(j)


def _pair_equal_keys(old_keys, new_keys, free_old, free_new, matched) -> None:
    waiting: dict[str, list[int]] = {}
    for j in free_new:
        waiting.setdefault(new_keys[j], []).append(j)
    for i in free_old:
        queue = waiting.get(old_keys[i])
        if queue:
            matched[i] = queue.pop(0)


def _pairs(old: list[Unit], new: list[Unit], matched: dict[int, int]) -> list[Pair]:
    """All pairs in NEW's order, deleted units placed after the old unit before them."""
    in_place = _longest_increasing(sorted(matched.items()))
    by_new = {j: i for i, j in matched.items()}
    deleted_after: dict[int, list[int]] = {}
    last_new = -1
    for i in range(len(old)):
        if i in matched:
            last_new = matched[i] if (i, matched[i]) in in_place else last_new
        else:
            deleted_after.setdefault(last_new, []).append(i)
    pairs: list[Pair] = [Pair(old[i], None) for i in deleted_after.get(-1, [])]
    for j in range(len(new)):
        i = by_new.get(j)
        pairs.append(Pair(None, new[j]) if i is None else Pair(old[i], new[j], (i, j) not in in_place))
        pairs.extend(Pair(old[k], None) for k in deleted_after.get(j, []))
    return pairs


def _longest_increasing(items: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The longest run of pairs (sorted by old index) whose new indexes increase: O(n log n)."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(items)
    for position, (_, j) in enumerate(items):
        place = bisect_left(tails, j)
        if place == len(tails):
            tails.append(j)
            tail_at.append(position)
        else:
            tails[place] = j
            tail_at[place] = position
        parent[position] = tail_at[place - 1] if place else -1
    kept: set[tuple[int, int]] = set()
    position = tail_at[-1] if tail_at else -1
    while position != -1:
        kept.add(items[position])
        position = parent[position]
    return kept
