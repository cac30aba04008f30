"""Incremental parsing for editors: a new text of a document re-uses what the previous text built.

A one-character edit in a 1 MB resolution changes one paragraph. :class:`IncrementalParser` keeps,
per open document,

- the grammar's lines of the previous text: only the blocks around the change go through Lark
  again; the lines before stay, the lines after move by the length of the edit;
- the builder's units of every block (:class:`BuildMemo`), found by the block's text: the units
  of an unchanged block are moved, not made again;
- the model nodes of the previous build: a paragraph that is one unit keeps its node on that unit;
  any other paragraph, footnote or annexed text whose source and shape are unchanged is found in
  the memo. Either way the node is moved (its spans shifted) instead of built again.

The result equals :func:`resolint.grammar.parser.parse_document` of the same text (a property
test edits documents at random and compares). The price of moving nodes in place: a document
returned by :meth:`IncrementalParser.parse` is only valid until the next call on the same parser.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from resolint.grammar.buildmemo import BlockPlan, BuildMemo, node_spans
from resolint.grammar.parser import build_parsed, scan_lines, scan_region, shift_blocks
from resolint.grammar.pdfcopy import prime_copy, read_pdf_copy, shifted_copy
from resolint.model import Document, LineIndex
from resolint.newlines import to_lf


def _comment_left_open(text: str) -> bool:
    """A line that opens a comment and does not end with its close: the grammar may then read one
    comment over many lines and blocks (up to the next line that ends with ``-->``)."""
    index = text.find("<!--")
    while index != -1:
        line_start = text.rfind("\n", 0, index) + 1
        line_end = text.find("\n", index)
        line = text[index : line_end if line_end != -1 else None]
        if not text[line_start:index].strip(" \t") and not line.rstrip(" \t\r").endswith("-->"):
            return True
        index = text.find("<!--", index + 4)
    return False


class IncrementalParser:
    """Parses successive texts of one document, re-using the work done for the previous text."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self.lines: LineIndex | None = None
        self.memo = BuildMemo()
        self._text: str | None = None
        self._scan: tuple[Any, list, list] | None = None  # front matter, blocks, problems of _text
        self._copy: Any = None  # the segmentation of _text when it is a copy of a PDF (grammar/pdfcopy.py)
        self.rescanned = 0  # characters that went through Lark on the last parse (for tests and benchmarks)

    def parse(self, text: str) -> Document:
        if not isinstance(text, str):
            raise TypeError("IncrementalParser.parse expects str")
        text = to_lf(text)  # the model's source is the \n text, as with parse_document
        copy = self._pdf_copy(text)
        if copy is not None:
            return copy
        if self._copy is not None:  # the units and nodes of a copy's build are not the grammar's
            self.memo, self._copy = BuildMemo(), None
        local = self._rescan(text)
        if local is None:
            scanned, plan = scan_lines(text), None
            self.rescanned = len(text)
        else:
            scanned, plan = local
        self.memo.announce(plan)
        self._reset_lines(text)
        self._text, self._scan = text, scanned
        front, blocks, problems = scanned
        return build_parsed(text, self.path, self.lines, front, blocks, list(problems), self.memo)

    # ---- a copy of a PDF (grammar/pdfcopy.py) ----------------------------------------------
    def _pdf_copy(self, text: str) -> Document | None:
        """The document of ``text`` when it is a copy of a PDF. An edit inside one printed line that
        leaves its shape alone moves the last segmentation (:func:`shifted_copy`) and rebuilds only
        the block of that line; any other change segments the text again and builds it whole."""

        plan = None
        moved = self._moved_copy(text, shifted_copy)
        if moved is not None:
            copy, first, count = moved
            prime_copy(text, copy)
            plan = BlockPlan(first, count, count)
        else:
            copy = read_pdf_copy(text)
            if copy is None:
                return None
            self.memo = BuildMemo()  # a new segmentation: nothing of the last build is taken over
        self.memo.announce(plan)
        self._reset_lines(text)
        self._text, self._scan, self._copy = text, None, copy
        self.rescanned = 0 if plan else len(text)
        return build_parsed(text, self.path, self.lines, None, copy.blocks, [], self.memo)

    def _moved_copy(self, text: str, shifted_copy: Callable) -> tuple[Any, int, int] | None:
        old, copy = self._text, self._copy
        if old is None or copy is None:
            return None
        prefix = _common_prefix(old, text)
        suffix = _common_suffix(old, text, min(len(old), len(text)) - prefix)
        return shifted_copy(old, copy, text, prefix, len(old) - suffix)

    def _reset_lines(self, text: str) -> None:
        if self.lines is None:
            self.lines = LineIndex(text)
        else:
            self.lines.reset(text)

    # ---- scanning only the changed blocks --------------------------------------------------
    def _rescan(self, text: str) -> tuple[tuple[Any, list, list], BlockPlan] | None:
        """The grammar lines of ``text`` from those of the previous text and which blocks changed, or
        None to scan it all."""
        old = self._text
        if old is None or self._scan is None:
            return None
        front, blocks, problems = self._scan
        if problems or not blocks or _comment_left_open(text):
            return None  # a comment left open may swallow any later block: no local reading
        prefix = _common_prefix(old, text)
        suffix = _common_suffix(old, text, min(len(old), len(text)) - prefix)
        old_end = len(old) - suffix  # the change replaced old[prefix:old_end] ...
        delta = len(text) - len(old)  # ... by text[prefix:old_end + delta]
        starts = [block[0].start for block in blocks]
        ends = [block[-1].end for block in blocks]
        first = bisect_right(ends, prefix - 1)  # first block that ends at or after the change
        last = bisect_left(starts, old_end + 1) - 1  # last block that starts at or before its end
        first, last = first - 1, last + 1  # and one untouched block on each side
        front_end = front.end if front is not None else 0
        if first < 0 or last >= len(blocks) or starts[first] <= front_end:
            return None  # the change touches the first or last block or the front matter: scan it all
        region_start = starts[first]
        region_end = ends[last] + delta
        piece = text[region_start:region_end]
        if "<!--" in piece or "-->" in piece:
            return None

        middle = scan_region(piece, region_start)
        if middle is None:
            return None
        after = blocks[last + 1 :]
        shift_blocks(after, delta)
        self.rescanned = len(piece)
        return (front, blocks[:first] + middle + after, []), BlockPlan(first, last - first + 1, len(middle))


CHUNK = 1 << 15


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix: chunk by chunk, then by halving (comparisons run in C)."""
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start : start + CHUNK] == b[start : start + CHUNK]:
        start += CHUNK
    if start >= limit:
        return limit
    low, high = start, min(limit, start + CHUNK)
    while low < high:
        middle = (low + high + 1) // 2
        if a[start:middle] == b[start:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the longest common suffix, at most ``limit``."""
    la, lb = len(a), len(b)
    limit = max(0, limit)
    done = 0
    while done < limit:
        size = min(CHUNK, limit - done)
        if a[la - done - size : la - done] != b[lb - done - size : lb - done]:
            break
        done += size
    low, high = done, min(limit, done + CHUNK)
    while low < high:
        middle = (low + high + 1) // 2
        if a[la - middle : la - done] == b[lb - middle : lb - done]:
            low = middle
        else:
            high = middle - 1
    return low


__all__ = ["BlockPlan", "BuildMemo", "IncrementalParser", "node_spans"]
