"""Sub-paragraph label sequences: (a), (b) … (z), (aa) at the first level, (i), (ii) … at the second.

One place for the sequences, read by the formatter (which relabels) and by RS003 (which checks).
A first-level list that opens with (i), (ii) is numbered in roman numerals; the Security Council
then letters the items under each numeral, running the letters on from one numeral to the next
("(i) Protection of civilians" (a) … (f), "(ii) Disarmament …" (g) … (k)) or restarting them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Generic, NamedTuple, Protocol, TypeVar

ITEM_AFTER_LEAD_IN_RE = re.compile(r"(?<=[:;]) +(?=[A-Z])")
"""Where an item of a lead-in starts in a paragraph's text ("…resources: To continue …; To circulate …;")."""
ROMAN_UNITS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
ROMAN_TENS = ("", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc")


def letter_label(index: int) -> str:
    """0 → a, 25 → z, 26 → aa, 27 → bb (the UN doubles the letter after z)."""
    letter = chr(ord("a") + index % 26)
    return letter * (index // 26 + 1)


def roman_label(index: int) -> str:
    """0 → i, 1 → ii … 26 → xxvii … 98 → xcix (a number past that)."""
    number = index + 1
    return ROMAN_TENS[number // 10] + ROMAN_UNITS[number % 10] if number < 100 else f"{number}"


def label_at(kind: str, index: int) -> str:
    """The label at ``index`` of a sequence: ``kind`` is "roman" or "letter"."""
    return roman_label(index) if kind == "roman" else letter_label(index)


LABEL_INDEX = {
    "letter": {letter_label(index): index for index in range(26 * 3)},
    "roman": {roman_label(index): index for index in range(99)},
}
"""Each label's place in its sequence: (a) … (zzz) and (i) … (xcix)."""


def label_index(kind: str, label: str) -> int | None:
    """Where ``label`` stands in the sequence of ``kind`` (None if it is not one of its labels)."""
    return LABEL_INDEX[kind].get(label)


class Labelled(Protocol):
    @property
    def label(self) -> str: ...

    @property
    def children(self) -> Sequence[Labelled]: ...


ItemT = TypeVar("ItemT", bound=Labelled)


class Placed(NamedTuple, Generic[ItemT]):
    item: ItemT
    expected: str  # the label its place gives it, without brackets
    siblings: Sequence[ItemT]  # the list it belongs to
    level: int  # 1 for the items of a paragraph, 2 under them …


def expected_labels(
    items: Sequence[ItemT], level: int = 1, under_roman: bool = False, start: int = 0
) -> Iterator[Placed[ItemT]]:
    """Every sub-paragraph of a list tree, depth first, with the label its place gives it."""
    labels = [item.label for item in items]
    roman = labels[:2] in (["i"], ["i", "ii"]) if level == 1 else not (level == 2 and under_roman)
    carried = 0  # letters used under the numerals before
    for index, item in enumerate(items):
        yield Placed(item, roman_label(index) if roman else letter_label(start + index), items, level)
        children = item.children
        if roman and level == 1 and children:
            offset = carried if children[0].label == letter_label(carried) else 0
            yield from expected_labels(children, 2, True, offset)
            carried = offset + len(children)
        else:
            yield from expected_labels(children, level + 1, roman)


def lost_labels(plain: str, first_label: str | None) -> int:
    """How many items at the head of a list lost their labels in the copy: a paragraph whose text (``plain``)
    holds, after its lead-in's colon, as many items ending with ";" as there are letters before its list's first
    label ``first_label`` ("… within available resources:" / "To continue …;" / "To circulate …;" / "(c) To
    continue …", a PDF extracted without "(a)" and "(b)"); 0 for every other paragraph. Its labels run on from
    those items."""
    first = label_index("letter", first_label) if first_label else None
    plain = plain.rstrip()
    if not first or not plain.endswith(";") or ":" not in plain[:-1]:
        return 0
    items = ITEM_AFTER_LEAD_IN_RE.split(plain[plain.rindex(":", 0, len(plain) - 1) :])[1:]
    return first if len(items) == first and all(item.rstrip().endswith(";") for item in items) else 0
