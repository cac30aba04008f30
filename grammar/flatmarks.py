"""A flat text's italic marks read through: "_The Security Council_, _Alarmed_ by …, 1. _Condemns_ …".

Plain-text copies mark italics with underscores (the e-mail and Usenet copies of the 1990s, and the
plain-text mirrors that keep them) or with asterisks (Markdown); a copy that also lost its line breaks
puts the marked authoring line, openers and verbs on one line. The flat reader (``flat.py``) finds the
places of the genre by the words and marks of the printed text, so it reads such a text through a
*view* with the italic marks (the pairs :func:`~resolint.grammar.inline.scan_inline` reads) left out,
and what it finds is mapped back onto the source: a piece that starts at a word starts at the marks
before it ("_Alarmed_ by …"), one that ends at a word ends after the marks after it ("… 1990_"), so
that every mark stays inside the piece whose italics it makes. Underscore rules ("_____") and a web
address's underscores are no marks (the inline scan's rules).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from resolint.grammar.flat import FlatText, Piece
from resolint.grammar.inline import scan_inline
from resolint.model import LineIndex


@dataclass
class MarksView:
    """``text``: the source with the italic marks ``removed`` (sorted source ranges) left out."""

    text: str
    removed: list[tuple[int, int]]
    _view_starts: list[int]  # where each removed range stands in the view
    _removed_before: list[int]  # the characters removed before each range

    def to_view(self, offset: int) -> int:
        """The view offset of a source offset outside the removed ranges."""
        index = bisect_right(self.removed, (offset, offset)) - 1
        if index >= 0 and self.removed[index][1] <= offset:
            return offset - self._removed_before[index] - (self.removed[index][1] - self.removed[index][0])
        return offset - (self._removed_before[index] if index >= 0 else 0)

    def start_of(self, view: int) -> int:
        """A stretch that starts at ``view`` starts in the source at the marks before it."""
        index = bisect_left(self._view_starts, view)
        return view + (self._removed_before[index] if index < len(self.removed) else self._total())

    def end_of(self, view: int) -> int:
        """A stretch that ends at ``view`` ends in the source after the marks after it."""
        index = bisect_right(self._view_starts, view)
        return view + (self._removed_before[index] if index < len(self.removed) else self._total())

    def _total(self) -> int:
        if not self.removed:
            return 0
        return self._removed_before[-1] + self.removed[-1][1] - self.removed[-1][0]

    def span(self, pair: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if pair is None else (self.start_of(pair[0]), self.end_of(pair[1]))

    def back(self, flat: FlatText) -> FlatText:
        """What the flat reader found in the view, as source offsets."""
        pieces = [
            Piece(
                self.start_of(piece.start),
                self.end_of(piece.end),
                piece.kind,
                self.span(piece.bullet),
                piece.label,
                self.span(piece.label_span),
                self.start_of(piece.text_start),
                [(self.start_of(s), self.end_of(e)) for s, e in piece.lines],
            )
            for piece in flat.pieces
        ]
        return FlatText(
            pieces,
            [(label, self.start_of(s), self.end_of(e)) for label, s, e in flat.refs],
            [(self.start_of(s), self.end_of(e)) for s, e in flat.hidden],
            [(self.end_of(s), self.start_of(e)) for s, e in flat.breaks],
        )


def marks_view(source: str, lines: list[tuple[int, int]], index: LineIndex) -> MarksView | None:
    """The view of ``source`` without the italic marks of ``lines`` (a text whose ``flat_form`` is
    "marked": an italic authoring line on or above a long line), else None where it has none."""
    removed: list[tuple[int, int]] = []
    for start, end in lines:
        if "_" in source[start:end] or "*" in source[start:end]:
            for emphasis in scan_inline(source, start, end, index, refs=False).emphases:
                removed += [(emphasis.open_start, emphasis.open_end), (emphasis.close_start, emphasis.close_end)]
    if not removed:
        return None
    removed.sort()
    pieces, before, view_starts, removed_before, at = [], 0, [], [], 0
    for start, end in removed:
        pieces.append(source[at:start])
        view_starts.append(start - before)
        removed_before.append(before)
        before += end - start
        at = end
    pieces.append(source[at:])
    return MarksView("".join(pieces), removed, view_starts, removed_before)
