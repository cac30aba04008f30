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

    def __init__(
        self,
        fields: dict[str, Callable[[Any], Iterable[str]]],
        watchers: dict[str, Callable[[str, bool], None]] | None = None,
    ) -> None:
        """``watchers[field](value, present)`` hears of every value that joins or leaves a union."""
        self._fields = fields
        self._watchers = watchers or {}
        self._counts: dict[str, dict[str, int]] = {name: {} for name in fields}
        self._times: Counter[int] = Counter()  # id -> how many times the item is in the list
        self._objects: dict[int, Any] = {}  # id -> item: keeps the items alive, so their ids stay theirs

    def update(self, items: list[Any]) -> dict[str, KeysView[str]]:
        """Make the unions those of ``items``; returns each field's union (live views: read them now)."""
        now = Counter(map(id, items))
        found = dict(zip(map(id, items), items, strict=True))
        before = self._times
        for ident in before.keys() - now.keys():
            self._add(self._objects[ident], -before[ident])
        for ident in now.keys() - before.keys():
            self._add(found[ident], now[ident])
        if len(now) != len(items) or len(before) != sum(before.values()):  # an item more than once
            for ident in now.keys() & before.keys():
                if now[ident] != before[ident]:
                    self._add(found[ident], now[ident] - before[ident])
        self._times, self._objects = now, found
        return {name: counts.keys() for name, counts in self._counts.items()}

    def _add(self, item: Any, times: int) -> None:
        for name, values in self._fields.items():
            counts = self._counts[name]
            watcher = self._watchers.get(name)
            for value in values(item):
                before = counts.get(value, 0)
                left = before + times
                if left:
                    counts[value] = left
                else:
                    del counts[value]
                if watcher is not None and (before == 0) != (left == 0):
                    watcher(value, left > 0)
