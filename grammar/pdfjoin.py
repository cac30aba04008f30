"""The segmenter's state and line joining: line breaks inside a paragraph, layout hyphens, what a page break
hides, and the plain end of a printed line before its note marker (the base of the stages of
:mod:`resolint.grammar.pdfcopy`)."""

from __future__ import annotations

import itertools
from collections import Counter

from resolint.grammar.characters import SOFT_HYPHEN
from resolint.grammar.pdfhyphens import (
    DROPPED_LINE,
    dropped_hyphen_cuts,
    hyphenated_lexicon,
    lexicon,
    printed_width,
    spaced_compounds,
)
from resolint.grammar.pdflines import TRAILING_MARKER_RE, WORD_RE, PdfCopy, PrintedLine, end_char, hyphen_at_end
from resolint.grammar.rawlines import RawLine


class SegmenterBase:
    """The segmenter's state (the copy, its body lines, the lines emitted) and the joining of printed lines."""

    # the paragraph pass's state, set by ``_Segmenter.run`` and ``ParagraphReader._paragraphs``, read by the stages
    operative: int  # the last operative number met
    heading_row: PrintedLine | None  # the last line read as a heading of its own
    flow: set[str]  # the labels that stand in a list's flow in the paragraph being gathered ("namely: (a) …")
    first_line: str  # the first printed line of the paragraph being read
    closing: bool  # a meeting line or the date has been met
    dotted: set[str]  # the dotted labels that opened items since the last operative number
    current: list[PrintedLine]  # the lines of the paragraph being gathered
    below: list[PrintedLine]  # the next two body lines after the line being read
    marker_ending: dict[int, int]  # the end of each paired note marker -> its start

    def __init__(self, source: str, content: list[PrintedLine], body_at: int, width: int, copy: PdfCopy) -> None:
        self.source = source
        self.content = content
        self.body_at = body_at
        self.width = width
        self.copy = copy
        self.next_note = 0  # the number the next note must have (0: the first note, any number)
        self.first_note = 0
        self.open_note: RawLine | None = None  # the last note, when it ends in mid-sentence
        self.heading_rows = [row for row in content[:body_at] if not row.furniture]  # a title's note marker
        self.above: list[PrintedLine] = []  # lines before the page that may hold its notes' markers
        self.out: list[RawLine] = []
        self.words = {word.lower() for word in WORD_RE.findall(source)}
        self.by_line = {row.index: row for row in content}
        self.line_step = 1
        self.dropped_at: dict[int, list[tuple[int, int]]] | None = None  # the hyphens pdftotext dropped, by line
        self.copy_only: set[str] = set()  # closed-up words written only where pdftotext dropped their hyphen

    def _ends_with_marker(self, row: PrintedLine) -> bool:
        """``row`` ends with a note marker paired with its note."""
        return row.start + len(row.text.rstrip()) in self.marker_ending

    def _plain_end(self, row: PrintedLine) -> str:
        """The last character of ``row`` before a note marker (paired or not) and closing quotes."""
        text = row.text
        marker = self.marker_ending.get(row.start + len(text.rstrip()))
        if marker is not None and marker >= row.start:
            text = self.source[row.start : marker]
        return end_char(TRAILING_MARKER_RE.sub("", text.rstrip()))

    def _wraps(self, rows: list[PrintedLine]) -> None:
        """Records the line breaks inside a paragraph and hides layout hyphens (and, where a word is cut
        by a page break, the furniture and notes between its halves)."""
        self._dropped_hyphens(rows)
        for a, b in itertools.pairwise(rows):
            same_page = not self.source[a.end : b.start].strip()
            if same_page:
                self.copy.wraps.append((a.end, b.start))
            if a.text.endswith(SOFT_HYPHEN) or self._hyphenated(a, b):
                self.copy.hidden.append((a.end - 1, b.start))  # "inter-" + "national"; a soft hyphen always joins
            elif hyphen_at_end(a, b):
                self.copy.hidden.append((a.end, b.start))  # "counter-" + "terrorism": the hyphen stays
            elif not same_page:  # a page break: its furniture and notes (a label glued to ``a`` included)
                glued = not self.source[a.end : a.end + 1].isspace()
                self.copy.hidden.append((a.end, b.start - 1) if glued else (a.end + 1, b.start))
            if not same_page:
                self.copy.page_breaks.append((a.end, b.start))

    def _hyphenated(self, a: PrintedLine, b: PrintedLine) -> bool:
        """``a`` ends with a layout hyphen: the word goes on in lower case and the joined word is known."""
        if not hyphen_at_end(a, b) or not b.text[:1].islower():
            return False
        head = WORD_RE.findall(a.text[:-1])[-1:] or [""]
        tail = WORD_RE.findall(b.text)[:1] or [""]
        joined = (head[0].rsplit("-", 1)[-1] + tail[0].split("-", 1)[0]).lower()
        self.copy.joins.add(joined)
        self._dropped_by_line()  # (a word closed up only where the copy dropped its hyphen is no word of the text)
        return (joined in self.words and joined not in self.copy_only) or joined in lexicon()

    def _dropped_hyphens(self, rows: list[PrintedLine]) -> None:
        """Records the hyphens pdftotext dropped where it joined printed lines into one copy line ("capacitybuilding"
        for "capacity-" / "building"): the copy's, not the author's (see :func:`dropped_hyphen_cuts`)."""
        dropped = self._dropped_by_line()
        for row in rows:
            self.copy.dropped.extend(dropped.get(row.start, ()))

    def _dropped_by_line(self) -> dict[int, list[tuple[int, int]]]:
        """The dropped hyphens of every long body line, by the line's start (found once), and the closed-up words
        that stand in the copy only where a hyphen was dropped."""
        if self.dropped_at is not None:
            return self.dropped_at
        self.dropped_at = {}
        width = printed_width([len(row.text) for row in self.content[self.body_at :] if not row.furniture], self.width)
        long_rows = [row for row in self.content if not row.furniture and len(row.text) > DROPPED_LINE * width]
        if not long_rows:
            return self.dropped_at
        attested = {word for word in self.words if "-" in word} | hyphenated_lexicon() | spaced_compounds(self.source)
        closed: Counter[str] = Counter()
        for row in long_rows:
            found = dropped_hyphen_cuts(row.text, width, attested)
            if found:
                self.dropped_at[row.start] = [(row.start + cut, row.start + end) for cut, end in found]
                closed.update(_word_before(row.text, end).lower() for _, end in found)
            # an edit of one of the line's words may move a word to or from a line's end, and one of a closed-up
            # word's halves written apart elsewhere ("health care") may attest it: segment again
            words = [word.lower() for word in WORD_RE.findall(row.text) if "-" not in word]
            self.copy.joins.update(words)
            self.copy.joins.update(half for word in words for half in _halves(word))
        written = Counter(word.lower() for word in WORD_RE.findall(self.source) if word.lower() in closed)
        self.copy_only = {word for word, count in closed.items() if written[word] <= count}
        return self.dropped_at


def _halves(word: str) -> list[str]:
    """The two words a cut may part ``word`` into, of three letters or more (what a spaced term would write)."""
    return [half for cut in range(3, len(word) - 2) for half in (word[:cut], word[cut:])]


def _word_before(text: str, end: int) -> str:
    """The word of ``text`` that ends at ``end``."""
    return WORD_RE.findall(text[:end])[-1]
