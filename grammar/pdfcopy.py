"""Segmentation of text copied out of a PDF: page furniture, hard-wrapped lines, notes at page feet.

A PDF copy (``pdftotext``, a viewer's "copy all") is a list of printed lines. Between the
resolution's paragraphs stand the page furniture (running symbol and short title, page and job
numbers, date codes, barcodes, "Please recycle", the masthead of the first page) and, at each page
foot, the footnote labels and texts. A paragraph is several lines, with or without a blank line
between printed lines; numbers and labels may stand on their own line; the body marks a footnote
with a plain digit after a word.

:func:`read_pdf_copy` recognises such a text from its shapes (never from fixed strings of one
document) and hands the builder one grammar line per paragraph, per heading line and per note —
spans of the original text, so that every position reported stays exact — together with what the
builder cannot see in a line's range: the furniture (kept out of the model, recorded as layout
artefacts), the line breaks and layout hyphens to leave out of the plain text, the plain-digit
note markers, and the halves of paragraphs cut by a page break. A text that shows none of these
shapes is left to the grammar's own lines (``None``): pasted text with a paragraph per line and
``.res.md`` files are read as before.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from resolint.grammar.genre import is_part_letter
from resolint.grammar.pdffurniture import (
    body_start_index,
    hard_wrapped,
    header_symbol,
    line_width,
    mark_furniture,
    masthead_columns,
    own_line_numbers,
    printed_rows,
    symbol_alone,
    width_lengths,
)
from resolint.grammar.pdflines import (
    COMMENT_LINE_RE,
    FRONT_MATTER_RE,
    MIN_WRAPPED_LINES,
    RULE,
    SPACE_RUN_RE,
    TITLE_RE,
    PdfCopy,
    PrintedLine,
)
from resolint.grammar.pdfnotes import NoteReader
from resolint.grammar.pdfparagraphs import ParagraphReader
from resolint.grammar.pdfshift import shifted_copy
from resolint.grammar.rawlines import RawLine
from resolint.grammar.slashnotes import slash_markers
from resolint.model import Artefact, LineIndex

__all__ = ["PdfCopy", "clear_copies", "layout_artefacts", "prime_copy", "read_pdf_copy", "shifted_copy"]

_primed: list[tuple[str, PdfCopy]] = []  # the copy an incremental parse made by moving the last one


def read_pdf_copy(source: str) -> PdfCopy | None:
    """The segmentation of ``source`` when it is a copy of a PDF, else None (treat the result as read-only)."""
    if _primed and _primed[0][0] == source:
        return _primed[0][1]
    return _segment(source)


def prime_copy(source: str, copy: PdfCopy) -> None:
    """``copy`` is the segmentation of ``source`` (made by :func:`shifted_copy`): the builder takes it."""
    _primed[:] = [(source, copy)]


def clear_copies() -> None:
    """Forget every segmentation kept (benchmarks and tests measure or compare a fresh one)."""
    _primed.clear()
    _segment.cache_clear()


@lru_cache(maxsize=2)  # the parser asks before running the grammar, the builder again for the same text
def _segment(source: str) -> PdfCopy | None:
    if FRONT_MATTER_RE.match(source):
        return None
    rows = printed_rows(source)
    comments = [row for row in rows if COMMENT_LINE_RE.match(row.text)]
    content = [row for row in rows if row.text and not COMMENT_LINE_RE.match(row.text)]
    if len(content) < 3:
        return None
    body_at = body_start_index(content)
    title, near_counts = mark_furniture(content, body_at)
    furniture = [row for row in content if row.furniture]
    width = line_width(content[body_at:])
    page_furniture = any(row.furniture != RULE for row in furniture)  # (Word's own text may end with a rule)
    if not (page_furniture or own_line_numbers(content) >= 2 or hard_wrapped(content[body_at:], width)):
        return None
    copy = PdfCopy(blocks=[], body_start=content[body_at].start, width=width, title=title, near_counts=near_counts)
    copy.lengths = sorted(width_lengths(content[body_at:]))
    copy.furniture = [(row.furniture, row.start, row.end) for row in furniture]
    headers = [header_symbol(row.text) for row in furniture if row.furniture == "running header"]
    symbol = next((found[0] for found in headers if found), None)
    if symbol:
        copy.facts["symbol"] = symbol
    _Segmenter(source, content, body_at, width, copy).run()
    if comments:  # comment lines ("<!-- resolint: disable … -->") stay comments
        copy.blocks += [[RawLine("comment", row.start, row.end, text_start=row.start)] for row in comments]
        copy.blocks.sort(key=lambda block: block[0].start)
    return copy


def layout_artefacts(copy: PdfCopy, lines: LineIndex) -> list[Artefact]:
    """The copy's layout as artefacts of the document, in source order (what the RS rules report)."""
    found = [Artefact("page-furniture", lines.span(start, end), kind) for kind, start, end in copy.furniture]
    joined = {start for start, _ in copy.hidden}
    for start, end in copy.wraps:
        kind = "layout-hyphen" if start - 1 in joined else "hard-wrap"
        found.append(Artefact(kind, lines.span(start - 1 if kind == "layout-hyphen" else start, end)))
    found += [Artefact("own-line-label", lines.span(start, end)) for start, end in copy.own_line_labels]
    found += [Artefact("note-at-page-foot", lines.span(start, end)) for start, end in copy.notes_at_feet]
    found += [Artefact("unmarked-paragraph-break", lines.span(start, end)) for start, end in copy.breaks]
    found += [Artefact("page-break-split", lines.span(start, end)) for start, end in copy.page_breaks]
    found += [Artefact("layout-spaces", lines.span(start, end)) for start, end in copy.spaces]
    found += [Artefact("dropped-hyphen", lines.span(cut, end)) for cut, end in copy.dropped]
    found += [Artefact("plain-note-marker", lines.span(start, end), label) for label, start, end in copy.refs]
    return sorted(found, key=lambda artefact: (artefact.span.start, artefact.kind))


def _every_line_blank(kept: list[tuple[PrintedLine, bool]]) -> bool:
    """Every printed line is followed by a blank line (another way viewers copy)."""
    gaps = [b.index - a.index > 1 for (a, _), (b, _) in itertools.pairwise(kept)]
    return len(gaps) >= MIN_WRAPPED_LINES and sum(gaps) >= 0.8 * len(gaps)


class _Segmenter(NoteReader, ParagraphReader):
    """Splits the body lines into pages, page feet and paragraphs; builds the grammar lines."""

    def _slash_markers(self, rows: list[PrintedLine]) -> None:
        """The 1990s markers "1/" (``slashnotes.py``), read as the copy's plain markers are."""
        taken = {start for _, start, _ in self.copy.refs}
        found = slash_markers(self.source, [(row.start, row.end) for row in rows])
        self.copy.refs += [ref for ref in found if ref[1] not in taken]
        self.copy.refs.sort(key=lambda ref: ref[1])

    def run(self) -> None:
        body_rows = [(row, False) for row in self.content[self.body_at :] if not row.furniture]
        self.line_step = 2 if _every_line_blank(body_rows) else 1  # source lines from one printed line to the next
        self._heading(self.content[: self.body_at])
        body = self.content[self.body_at :]
        pages = self._pages(body)
        kept: list[tuple[PrintedLine, bool]] = []  # (line, first of its page)
        for page in pages:
            after_break = bool(kept)
            kept.extend((row, i == 0 and after_break) for i, row in enumerate(self._page_foot(page)))
        self._repeated_markers([row for row, _ in kept])
        self._slash_markers([row for row, _ in kept])
        self.operative = 0  # the last operative number met
        self.heading_row: PrintedLine | None = None  # the last line read as a heading of its own
        self.flow: set[str] = set()
        self.below: list[PrintedLine] = []
        self.first_line = ""  # the first printed line of the paragraph being read
        self.closing = False  # a meeting line or the date has been met
        self.dotted: set[str] = set()  # the dotted labels that opened items since the last operative number
        self.current: list[PrintedLine] = []  # the lines of the paragraph being gathered
        self._paragraphs(kept)
        self._layout_spaces()
        self.out.sort(key=lambda line: line.start)
        self.copy.blocks = [[line] for line in self.out]
        body_start = self.content[self.body_at].start
        heading = [line for line in self.out if line.start < body_start][-1:]  # and the heading's last line
        body = heading + [line for line in self.out if line.start >= body_start and line.kind != "footnote_sup"]
        for a, b in itertools.pairwise(body):
            between = self.source[a.end : b.start]
            if not between.strip() and "\n\n" not in between.replace(" ", "").replace("\r", ""):
                self.copy.breaks.append((a.end, b.start))

    def _layout_spaces(self) -> None:
        """``pdftotext -layout`` keeps the look of the page, and its spaces are the layout's, not the author's:
        the indentation before a paragraph's next printed line (hidden, the line break reads as one space; not
        where a layout hyphen already hides the break), and the runs of spaces inside a printed line of the
        body or the notes, a justified line's or a table's (all but one space hidden)."""
        joined = {start for start, _ in self.copy.hidden}
        for start, end in self.copy.wraps:
            if end - start > 1 and start not in joined and start - 1 not in joined:
                self.copy.indents.append((start + 1, end))
                self.copy.hidden.append((start + 1, end))
        for row in self.content[self.body_at :]:
            if row.furniture or "  " not in row.text:
                continue
            for run in SPACE_RUN_RE.finditer(self.source, row.start, row.end):
                self.copy.spaces.append((run.start() + 1, run.end()))  # (the first space stays)
                self.copy.hidden.append((run.start() + 1, run.end()))

    # ---- heading ---------------------------------------------------------------------------
    def _heading(self, rows: list[PrintedLine]) -> None:
        """One grammar line per printed line; the title ("72/58. Follow-up to …") takes the lines after it."""
        title: RawLine | None = None
        for row in [column for printed in rows for column in masthead_columns(printed)]:
            if row.furniture:
                continue
            if title is not None and is_part_letter(row.text):
                title = None  # part A's letter and title stand apart, before its authoring line
            if title is not None:
                title.end = row.end  # the title's next lines, up to the authoring line
            elif self.out and row.text[:1].islower() and not symbol_alone(self.source[self.out[-1].start : self.out[-1].end]):
                self.out[-1].end = row.end  # "Resolution adopted by the General Assembly" / "on 4 …"
            else:
                self.out.append(RawLine("text", row.start, row.end, text_start=row.start))
                if TITLE_RE.match(row.text):
                    title = self.out[-1]

    # ---- pages and their feet ----------------------------------------------------------------
    def _pages(self, body: list[PrintedLine]) -> list[list[PrintedLine]]:
        """The body cut after each run of furniture (or before each form feed); a separator line opens the notes
        of its page, it ends no page."""
        pages: list[list[PrintedLine]] = [[]]
        form_feeds = any(row.page_break for row in body)
        for index, row in enumerate(body):
            if row.page_break and pages[-1]:
                pages.append([])
            pages[-1].append(row)
            following = body[index + 1] if index + 1 < len(body) else None
            ends_page = row.furniture and row.furniture != RULE
            if not form_feeds and ends_page and following is not None and not following.furniture:
                pages.append([])
        return [page for page in pages if page]
