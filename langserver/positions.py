"""The one place where source offsets (code points) meet LSP positions (UTF-16 code units).

LSP counts lines at ``\\n``, ``\\r\\n`` and ``\\r`` only (not at the other characters that
``str.splitlines`` knows), and columns in UTF-16 code units, so a character outside the Basic
Multilingual Plane (an emoji, a rare CJK ideograph) counts twice.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right

from lsprotocol import types

from resolint.model import Span, newline_starts

LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Converts between code-point offsets of one text and LSP ``Position``/``Range``."""

    __slots__ = ("_astral_lines", "_line_starts", "text")

    def __init__(self, text: str, line_starts: list[int] | None = None) -> None:
        """``line_starts``: where the lines after each ``\n`` start, when known already (the
        model's :class:`~resolint.model.LineIndex` has them); used if the text has no ``\r``."""
        self.text = text
        if "\r" not in text:
            self._line_starts = line_starts if line_starts is not None else newline_starts(text)
        else:
            self._line_starts = [0]
            self._line_starts.extend(match.end() for match in LINE_BREAK_RE.finditer(text))
        self._astral_lines: frozenset[int] = frozenset()
        if _may_have_astral(text) and ASTRAL_RE.search(text):
            self._astral_lines = frozenset(
                bisect_right(self._line_starts, match.start()) - 1 for match in ASTRAL_RE.finditer(text)
            )

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def _line_end(self, line: int) -> int:
        """Offset of the end of ``line``'s content (before its line break)."""
        if line + 1 < len(self._line_starts):
            end = self._line_starts[line + 1]
            if self.text[end - 1] == "\n" and end >= 2 and self.text[end - 2] == "\r":
                return end - 2
            return end - 1
        return len(self.text)

    def position(self, offset: int) -> types.Position:
        """LSP position of a code-point ``offset`` (clamped to the text)."""
        line, column = self.line_column(offset)
        return types.Position(line=line, character=column)

    def line_column(self, offset: int) -> tuple[int, int]:
        """``position`` as a pair (0-based line, UTF-16 column), without building a Position. An offset
        between a ``\r`` and its ``\n`` (which LSP cannot address) counts as the end of the line's content."""
        offset = max(0, min(offset, len(self.text)))
        if 0 < offset < len(self.text) and self.text[offset] == "\n" and self.text[offset - 1] == "\r":
            offset -= 1
        line = bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[line]
        column = offset - start
        if line in self._astral_lines:
            column += len(ASTRAL_RE.findall(self.text, start, offset))
        return line, column

    def offset(self, position: types.Position) -> int:
        """Code-point offset of an LSP ``position``; past-the-end lines or columns are clamped."""
        if position.line >= len(self._line_starts):
            return len(self.text)
        line = max(0, position.line)
        start = self._line_starts[line]
        end = self._line_end(line)
        wanted = max(0, position.character)
        if line not in self._astral_lines:
            return min(start + wanted, end)
        units = 0
        offset = start
        while offset < end and units < wanted:
            units += 2 if ord(self.text[offset]) > 0xFFFF else 1
            offset += 1
        return offset

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def span_range(self, span: Span) -> types.Range:
        return self.range(span.start, span.end)

    def offsets(self, lsp_range: types.Range) -> tuple[int, int]:
        start = self.offset(lsp_range.start)
        end = self.offset(lsp_range.end)
        return (start, end) if start <= end else (end, start)

    def line_start(self, line: int) -> int:
        """Offset where 0-based ``line`` begins (clamped)."""
        return self._line_starts[max(0, min(line, len(self._line_starts) - 1))]

    def full_range(self) -> types.Range:
        return self.range(0, len(self.text))


def _may_have_astral(text: str) -> bool:
    """False when ``text`` surely has no character beyond U+FFFF, found without reading it.

    CPython stores a string with 1, 2 or 4 bytes per character, 4 only when it has such a
    character; the size of the object tells which (the header is under 100 bytes).
    """
    if text.isascii():
        return False
    return len(text) < 100 or sys.getsizeof(text) >= 4 * len(text)


def apply_change(text: str, change: types.TextDocumentContentChangeEvent, positions: PositionMap | None = None) -> str:
    """Apply one ``didChange`` content change (incremental or whole-text) to ``text``.

    ``positions`` is the map of ``text`` when one exists already (it saves a pass over the text).
    """
    if isinstance(change, types.TextDocumentContentChangePartial):
        if positions is None or positions.text is not text:
            positions = PositionMap(text)
        start, end = positions.offsets(change.range)
        return text[:start] + change.text + text[end:]
    return change.text
