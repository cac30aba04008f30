"""The imported text and its map back to Word: which Word paragraph each stretch of text came from."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MapEntry:
    """Source text ``[start, end)`` came from Word paragraph ``word_index`` (1-based; 0: not in the body)."""

    start: int
    end: int
    word_index: int
    place: str  # "paragraph 9 (l)", "preambular paragraph 3", "footnote 2", "heading"


@dataclass
class ImportedDocument:
    text: str
    paragraph_map: list[MapEntry] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    path: str = ""
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def entry_at(self, offset: int) -> MapEntry | None:
        if len(self._starts) != len(self.paragraph_map):
            self._starts = [entry.start for entry in self.paragraph_map]
        index = bisect_right(self._starts, offset) - 1
        while index >= 0:
            entry = self.paragraph_map[index]
            if entry.start <= offset <= entry.end:
                return entry
            if entry.end < offset:
                break
            index -= 1
        return None

    def locate(self, offset: int) -> str:
        """Where ``offset`` of :attr:`text` is in the Word file, e.g. "paragraph 9 (l), Word paragraph 37"."""
        entry = self.entry_at(offset)
        if entry is None:
            return "Word front matter"
        if entry.word_index <= 0:
            return entry.place
        if entry.place and entry.place != "heading":
            return f"{entry.place}, Word paragraph {entry.word_index}"
        return f"Word paragraph {entry.word_index}"


class TextBuilder:
    """Collects the source text paragraph by paragraph, with a map entry for each."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entries: list[MapEntry] = []

    def raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def paragraph(self, line: str, word_index: int, place: str) -> None:
        if self.length:
            self.raw("\n")
        start = self.length
        self.raw(line + "\n")
        self.entries.append(MapEntry(start, start + len(line), word_index, place))

    def text(self) -> str:
        return "".join(self.parts)
