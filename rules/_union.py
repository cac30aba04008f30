"""Unions of per-text word sets that follow a document from one lint to the next.

A document-wide rule such as RT405 needs the union of the words of every text. Built afresh,
that is one pass over every word of the document; the language server lints on every keystroke,
when one text has changed. :class:`CountedUnion` keeps, per word, how many texts contain it, and
updates the counts from the texts that came and went since the last call (texts are compared by
identity: the per-text word sets come from caches that hand out the same object for the same text).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, KeysView
from typing import Any


class CountedUnion:
    """Unions of named set-valued fields over a changing list of items."""

    def __init__(self, fields: dict[str, Callable[[Any], Iterable[str]]]) -> None:
        self._fields = fields
        self._counts: dict[str, dict[str, int]] = {name: {} for name in fields}
        self._items: dict[int, tuple[Any, int]] = {}  # id -> (item, how many times it is in the list)

    def update(self, items: Iterable[Any]) -> dict[str, KeysView[str]]:
        """Make the unions those of ``items``; returns each field's union (live views: read them now)."""
        now: Counter[int] = Counter()
        found: dict[int, Any] = {}
        for item in items:
            now[id(item)] += 1
            found[id(item)] = item
        for ident, (item, times) in list(self._items.items()):
            if now.get(ident, 0) != times:
                self._add(item, -times)
                del self._items[ident]
        for ident, times in now.items():
            if ident not in self._items:
                self._add(found[ident], times)
                self._items[ident] = (found[ident], times)
        return {name: counts.keys() for name, counts in self._counts.items()}

    def _add(self, item: Any, times: int) -> None:
        for name, values in self._fields.items():
            counts = self._counts[name]
            for value in values(item):
                left = counts.get(value, 0) + times
                if left:
                    counts[value] = left
                else:
                    del counts[value]
