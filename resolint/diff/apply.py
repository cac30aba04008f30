"""Replaying a change list on OLD: the proof that a comparison says everything that changed.

:func:`apply_changes` takes OLD's units and a :class:`~resolint.diff.changes.Comparison` and
builds NEW's units (track by track: number and text of each) from the change list alone:
inserted units are placed, deleted ones dropped, changed ones rewritten word change by word
change, moved ones put at their new place, and renumbered ones given their new numbers. Units
the comparison does not mention keep their text and relative order.
"""

from __future__ import annotations

from resolint.diff.changes import Comparison
from resolint.diff.units import TRACKS, Unit


def apply_changes(old_units: dict[str, list[Unit]], comparison: Comparison) -> dict[str, list[tuple[str, str]]]:
    """NEW's ``(number, text)`` of every unit, by track, rebuilt from OLD and the change list."""
    return {track: _apply_track(track, old_units.get(track, []), comparison) for track in TRACKS}


def _apply_track(track: str, old: list[Unit], comparison: Comparison) -> list[tuple[str, str]]:
    placed: dict[int, tuple[str, str]] = {}
    used_old: set[int] = set()
    for change in comparison.changes:
        if change.old is not None and change.old.track == track:
            used_old.add(change.old.index)
        if change.new is None or change.new.track != track:
            continue
        if change.old is None or change.old.track != track:  # inserted, or read as another kind of unit
            placed[change.new.index] = (change.new.number, change.new_text)
        else:
            placed[change.new.index] = (change.new.number, _rewrite(old[change.old.index].text, change))
    numbers = {
        old_ref.index: new_ref.number
        for r in comparison.renumberings
        if r.track == track
        for old_ref, new_ref in r.items
    }
    kept = iter((numbers.get(u.index, u.number), u.text) for u in old if u.index not in used_old)
    size = len(placed) + sum(1 for u in old if u.index not in used_old)
    return [placed[index] if index in placed else next(kept) for index in range(size)]


def _rewrite(text: str, change) -> str:
    pieces: list[str] = []
    cursor = 0
    for word in sorted((w for w in change.words if w.kind == "text"), key=lambda w: w.old_start):
        pieces.append(text[cursor : word.old_start])
        pieces.append(word.replacement)
        cursor = word.old_end
    pieces.append(text[cursor:])
    return "".join(pieces)
