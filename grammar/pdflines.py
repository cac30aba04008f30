"""The shapes of a PDF copy's printed lines: the patterns and limits of the segmentation, the copy's record
(:class:`PdfCopy`), one printed line (:class:`PrintedLine`) and the predicates on a line's text that every stage of
:mod:`resolint.grammar.pdfcopy` reads."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from resolint.grammar.classify import ITEM_BULLETS
from resolint.grammar.closing import DATE, MEETING
from resolint.grammar.dates import MONTHS
from resolint.grammar.genre import is_annex_heading, is_section_number
from resolint.grammar.inline import InlineScan
from resolint.grammar.rawlines import RawLine
from resolint.model import FootnoteRef, LineIndex
from resolint.refdata import (
    match_operative,
    match_preambular,
)

# ---- shapes of page furniture ----------------------------------------------------------------
SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+(?: \(\d{4}\))?"  # "S/RES/2504 (2020)": the year of SC symbols


SYMBOL_RE = re.compile(SYMBOL)


PART_AFTER_SYMBOL_RE = re.compile(rf"{SYMBOL} ([A-Z](?:[\u2013-][A-Z])?)(?=\s|$)")  # "A/RES/76/246 B"


# the symbol opens the line, or ends it with the letters of its parts ("… information A/RES/76/84 A-B")
SYMBOL_LINE_RE = re.compile(
    rf"^({SYMBOL})(?:\s+(\S.*))?$|^(?P<before>\S.*?)\s+(?P<after>{SYMBOL})(?: [A-Z](?:[\u2013-][A-Z])?)?$"
)


JOB_RE = re.compile(
    r"^(?:\d{1,3}(?:/\d{1,3})?\s+)?(?:[A-Z]{2,3}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}(?:/\d{1,3})?)?$"
)


PAGE_OF_RE = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")


DATE_CODE_RE = re.compile(r"^\d{6}$")


BARCODE_RE = re.compile(r"^\*\d{5,10}\*$")


RECYCLE_RE = re.compile(r"^(?:\W\s*)?Please recycle(?:\s*\W)?$", re.IGNORECASE)


UNFILLED_RE = re.compile(r"^Error! (?:No document variable supplied|Reference source not found)\.?$")


BARE_NUMBER_RE = re.compile(r"^\d{1,3}$")


# a line of underscores alone: the footnote separator the UN's Word template prints above each page's notes
# ("__________________"), or the short rule that ends the text under the meeting lines ("____________")
RULE_RE = re.compile(r"^_{5,}$")


RULE = "separator line"


STRONG_FURNITURE = (
    ("job number", JOB_RE),
    ("page number", PAGE_OF_RE),
    ("date code", DATE_CODE_RE),
    ("barcode", BARCODE_RE),
    ("recycle note", RECYCLE_RE),
    ("unfilled field", UNFILLED_RE),
    (RULE, RULE_RE),
)


COLUMN_GAP_RE = re.compile(r"\s{2,}")  # the run of spaces between a layout copy's columns ("2/2      17-19321")


def furniture_kind(text: str) -> str:
    """The kind of furniture ``text`` is ("" for none): one strong shape, or (``pdftotext -layout`` prints the
    page foot's columns on one line: "17-19321 (E)    011117    011117", "2/2     17-19321") columns each of a
    strong shape or a bare page number, one of them strong."""
    kind = _strong_kind(text)
    if kind or not COLUMN_GAP_RE.search(text):
        return kind
    columns = COLUMN_GAP_RE.split(text)
    kinds = [_strong_kind(column) for column in columns]
    if all(kind or BARE_NUMBER_RE.match(column) for kind, column in zip(kinds, columns, strict=True)):
        return next((kind for kind, _ in STRONG_FURNITURE if kind in kinds), "")
    return ""


# the page foot's columns run together, as pypdf prints the foot's text runs with nothing between them: the page
# number after or before another column ("17-206982/14": "17-20698" and "2/14"; "3/1417-20698"; "Error! No document
# variable supplied.2/2"); each split is tried, the other column a strong shape of its own (a job number has five digits)


def _glued_foot(text: str) -> str:
    """The kind of the column a page number is glued to ("" when ``text`` is no such page foot)."""
    if len(text) > 80 or "/" not in text:
        return ""
    for number, rest in _page_splits(text):
        page, pages = number.split("/")
        kind = _strong_kind(rest, glued=False) if 0 < int(page) <= int(pages) else ""
        if kind not in ("", "page number"):
            return kind
    return ""


def _page_splits(text: str) -> list[tuple[str, str]]:
    """(page number, rest) for every way ``text`` reads as a page number glued to the end or the start of a rest."""
    splits = []
    at_end = re.search(r"(\d{1,6})/(\d{1,3})$", text)
    if at_end:
        digits = at_end[1]
        for size in range(1, min(3, len(digits)) + 1):
            splits.append((f"{digits[-size:]}/{at_end[2]}", text[: at_end.start(1) + len(digits) - size]))
    at_start = re.match(r"^(\d{1,3})/(\d{1,6})", text)
    if at_start:
        digits = at_start[2]
        for size in range(1, min(3, len(digits)) + 1):
            splits.append((f"{at_start[1]}/{digits[:size]}", text[at_start.start(2) + size :]))
    return [(page, rest.strip()) for page, rest in splits if rest.strip()]


def _strong_kind(text: str, glued: bool = True) -> str:
    kind = _glued_foot(text) if glued else ""
    kind = kind or next((kind for kind, pattern in STRONG_FURNITURE if pattern.match(text)), "")
    page, _, pages = text.partition("/")
    if kind == "page number" and int(page) > int(pages):
        return ""  # no page "27/1" of one page: the resolution's number, under "Resolution adopted by …"
    return kind


# ---- shapes of the resolution's lines ---------------------------------------------------------
OWN_NUMBER_RE = re.compile(r"^(\d{1,3}\.)$")
QUOTED_OWN_NUMBER_RE = re.compile(r"^[“\"]\d{1,3}\.$")


NUMBER_RE = re.compile(r"^(\d{1,3}[.)])\s+\S")  # "1)" as drafts outside the UN write it


OWN_LABEL_RE = re.compile(r"^(\((?:[a-z]{1,6}|\d{1,2})\))$")


LABEL_RE = re.compile(r"^(\((?:[a-z]{1,6}|\d{1,2})\))\s+\S")


LABEL_IN_TEXT_RE = re.compile(r"\(([a-z]{1,6}|\d{1,2})\)(?= |$)")  # a label anywhere in a line ("… namely: (a) …")


TITLE_RE = re.compile(r"^\d{1,4}/\d{1,4}(?:\s*[A-Z])?\.(?:\s|$)")  # "72/58.", ECOSOC's "2021/8."


SUBJECT_NUMBER_RE = re.compile(r"^\d{1,2}[a-z]?: [A-Z]")  # a numbered subject line ("2a: Targeted sanctions")


ACRONYM_END_RE = re.compile(r" \([A-Z][A-Za-z]{1,9}\)$")  # a subject line that ends with its acronym: "… (SSR)"


# the Council's own items: a bullet or dash ("• …", "– …") or a dotted label ("a. …", "iv. …") before the text
BULLET_ITEM_RE = re.compile(rf"^[{re.escape(ITEM_BULLETS)}*+][ \t]+(?=\S)")


# a meeting line or a date that is the whole printed line ("… at its" / "8979th meeting has prevented it …" is text)
CLOSING_LINE_RE = re.compile(rf"^(?:{MEETING}(?:[,\s]+{DATE})?\.?|{DATE})$", re.IGNORECASE)


REPEATED_MARKER_RE = re.compile(
    r"(?<=[a-z)”])\d{1,2}(?=\s|$|[,;.:])"  # "… the Treaty1 that …"
    r"|(?<!\d[,;:.])(?<=[,;:.])\d{1,2}(?=\s|$)"  # "… (Paris Principles);2"
    r"|(?<=[,;:.”)] )\d{1,2}$"  # "… and Development, 2" at the end of the line
)


DATE_LEADS_ON_RE = re.compile(rf"\b(?:to|from|and|of|since|until|between|on|{'|'.join(MONTHS)})$")  # "… 2022 to"


ITEM_END_RE = re.compile(r";\s+(?:and|or)$")  # "…, on 21 August 2015; and" then "(b) Its report …"


LIST_GOES_ON_RE = re.compile(r",?\s*(?:and|or)?\s*\d")  # ", 6 and 7": a number in a list of numbers


NUMBERED_HEADING_RE = re.compile(r"^[A-Z][a-z]+ \d{1,3}$")  # "Guideline 3", "Article 12": a heading's number, no marker


TRAILING_MARKER_RE = re.compile(r"(?<=[,;:.”)])\s?\d{1,2}$")  # "… disarmament,4" / "… Caribbean, 3"


MARKER_END_RE = re.compile(r"(?:[^\W\d_]|[,;:.”)])\s?\d{1,2}$")  # a line that ends with a note marker


FRONT_MATTER_RE = re.compile(r"\n*---[ \t\r]*\n")  # a .res.md file, never a copy


COMMENT_LINE_RE = re.compile(r"^<!--.*-->$")


PLAIN_WORD_RE = re.compile(r"^[^\W\d_]+[,;:.]?$")


SPACE_RUN_RE = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")  # a justified line's or a table's gap (-layout)


# a note's label and its text; "6 360 000" (a figure of a table, digits in groups of three) is no note
NOTE_INLINE_RE = re.compile(r"^(\d{1,3})\s+(?!\d{3}(?:\s\d{3})*$)(\S.*)$")


TERMINAL = ".;:,"


LINE_END_NOISE = "”’\"')]"


INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"  # format characters a copy may keep at a line end


WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# a number right after these words is a reference, not a footnote marker ("resolution 1", "vol. 9")
NOT_A_MARKER_BEFORE = frozenset(
    [
        "resolution",
        "resolutions",
        "article",
        "articles",
        "paragraph",
        "paragraphs",
        "subparagraph",
        "subparagraphs",
        "para",
        "paras",
        "item",
        "items",
        "no",
        "no.",
        "vol",
        "vol.",
        "annex",
        "chapter",
        "section",
        "sections",
        "rule",
        "rules",
        "principle",
        "principles",
        "decision",
        "decisions",
        "goal",
        "goals",
        "target",
        "targets",
        "protocol",
        "part",
        "parts",
        "page",
        "pages",
        "and",
        "or",
        "to",
        "of",
        "on",
        "by",
        "in",
        "at",
        "from",
        "between",
        "table",
        "figure",
    ]
)


# small words that open a sentence in a capital only ("To assist …"), and that a wrapped subject line may end with
FUNCTION_WORDS = frozenset(["and", "or", "of", "the", "in", "on", "for", "to", "by", "with", "through", "under"])


MIN_WRAPPED_LINES = 6


MAX_TITLE_LINES = 3


MAX_LOST_NOTES = 2


MAX_NOTE_LINES = 8  # printed lines of a note found by its place at the page foot alone


MIN_RECURRENCE = 3  # a line printed on this many pages is a running title


MIN_TITLE = 12  # characters of the masthead's title a running title prints at least


@dataclass(slots=True)
class PdfCopy:
    """What the builder needs of a PDF copy besides its grammar lines (all offsets are source offsets)."""

    blocks: list[list[RawLine]]
    furniture: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, start, end) of each line
    hidden: list[tuple[int, int]] = field(default_factory=list)  # layout hyphens left out of the plain text
    refs: list[tuple[str, int, int]] = field(default_factory=list)  # plain-digit note markers
    page_breaks: list[tuple[int, int]] = field(default_factory=list)  # between a paragraph's halves
    wraps: list[tuple[int, int]] = field(default_factory=list)  # line breaks inside a paragraph
    own_line_labels: list[tuple[int, int]] = field(default_factory=list)  # "1." / "(a)" alone on a line
    notes_at_feet: list[tuple[int, int]] = field(default_factory=list)  # note texts at page feet
    breaks: list[tuple[int, int]] = field(default_factory=list)  # paragraph ends with no blank line after
    spaces: list[tuple[int, int]] = field(default_factory=list)  # the spaces after a run's first in a line (-layout)
    indents: list[tuple[int, int]] = field(default_factory=list)  # a next printed line's indentation (-layout)
    dropped: list[tuple[int, int]] = field(default_factory=list)  # (cut, word end) of a hyphen pdftotext dropped
    facts: dict[str, str] = field(default_factory=dict)  # what the furniture says: symbol, date
    # what an edit inside one printed line must leave alone for the segmentation to stay (shifted_copy)
    body_start: int = 0  # where the body (the authoring line) starts
    lengths: list[int] = field(default_factory=list)  # sorted lengths of the lines that set the width
    width: int = 0
    joins: set[str] = field(default_factory=set)  # the joined words tried at layout hyphens
    title: str = ""  # the masthead's title, which a running title prints the start of
    near_counts: Counter[str] = field(default_factory=Counter)  # texts of the lines near running headers
    markers_only: bool = False  # a text of the grammar's own lines whose note form handed on its markers, no more
    _by_start: tuple | None = field(default=None, repr=False)
    _layout_spans: tuple | None = field(default=None, repr=False)

    def layout_length(self, start: int, end: int, *, page_breaks: bool = True) -> int:
        """How many characters of the source's ``[start, end)`` the copy's layout takes, no part of a line's length:
        the indentation of its printed lines and the runs of spaces inside them (``pdftotext -layout``), and (with
        ``page_breaks``) what stands between the halves of a line cut by a page break."""
        if self._layout_spans is None:
            self._layout_spans = (_summed(self.indents + self.spaces), _summed(self.page_breaks))
        found = [self._layout_spans[0], self._layout_spans[1]] if page_breaks else [self._layout_spans[0]]
        return sum(lengths[bisect_left(starts, end)] - lengths[bisect_left(starts, start)] for starts, lengths in found)

    def _sorted(self) -> tuple[list[tuple[int, str, int]], list[tuple[int, int]]]:
        """The markers as (start, label, end) and the hidden ranges, sorted by start (made once)."""
        if self._by_start is None:
            self._by_start = (sorted((start, label, end) for label, start, end in self.refs), sorted(self.hidden))
        return self._by_start

    def marked(self, scan: InlineScan, parts: list[tuple[int, int]], lines: LineIndex) -> InlineScan:
        """``scan`` with the copy's note markers and layout hyphens inside ``parts`` added."""
        if not (self.refs or self.hidden):
            return scan
        extra = InlineScan()
        extra.emphases, extra.comments, extra.unclosed = scan.emphases, scan.comments, scan.unclosed
        extra.refs = list(scan.refs)
        extra.hidden = list(scan.hidden)
        refs, hidden = self._sorted()
        last = max(end for _, end in parts)
        for start, end in parts:
            for m_start, label, m_end in refs[bisect_left(refs, (start,)) :]:
                if m_start >= end:
                    break
                if m_end <= end and not any(r.span.start < m_end and m_start < r.span.end for r in scan.refs):
                    extra.refs.append(FootnoteRef(label, lines.span(m_start, m_end), "plain"))
                    extra.hidden.append((m_start, m_end))
            # (not what a paragraph cut by a page break hides from its text, which runs past a note at that break)
            inside = hidden[bisect_left(hidden, (start,)) : bisect_left(hidden, (end,))]
            extra.hidden.extend(span for span in inside if span[1] <= last)
        extra.refs.sort(key=lambda ref: ref.span.start)
        extra.hidden.sort()
        return extra


def _summed(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order, and the lengths of the spans before each (for :meth:`PdfCopy.layout_length`)."""
    spans = sorted(spans)
    return [start for start, _ in spans], [0, *itertools.accumulate(end - start for start, end in spans)]


@dataclass(slots=True)
class PrintedLine:
    index: int
    start: int  # of the content (after a form feed and indentation)
    end: int  # of the content (before trailing spaces)
    text: str
    page_break: bool = False  # a form feed opens the line
    furniture: str = ""
    role: str = ""  # "" | "label" | "note" (page foot)


def folded(text: str) -> str:
    """``text`` with its runs of spaces as one (a justified line of ``pdftotext -layout``: "Taking    note of …")."""
    return " ".join(text.split()) if "  " in text else text


def opens(text: str) -> bool:
    text = folded(text)
    if not text[:1].isupper():
        return False
    return any(found is not None and found.known for found in (match_preambular(text), match_operative(text)))


def end_char(text: str) -> str:
    return text.rstrip(LINE_END_NOISE + INVISIBLE)[-1:]


def hyphen_at_end(a: PrintedLine, b: PrintedLine) -> bool:
    return a.text.endswith("-") and a.text[-2:-1].isalpha() and b.text[:1].isalpha()


def paragraph_opens(row: PrintedLine) -> bool:
    """``row`` opens a paragraph whatever stands before it: a number, a label, an opener, a heading's mark."""
    text = row.text
    return bool(own_label(row) or NUMBER_RE.match(text) or opens(text) or heading_mark(text))


def unmarked_end(row: PrintedLine) -> bool:
    """``row`` ends in a word or number: no mark, no note marker after a word."""
    return row.text[-1:].isalnum() and not MARKER_END_RE.search(row.text)


def heading_mark(text: str) -> bool:
    """A section's number ("IV", "B.") or an annex's heading ("Annex II") alone on its line."""
    return is_section_number(text) or is_annex_heading(text)


def participle_opens(text: str) -> bool:
    """An opener the phrase lists do not have ("Recommitting to …"): a capitalised -ing or -ed word."""
    words = folded(text).split(" ", 2)
    first = words[0].rstrip(",")
    second = words[1] if len(words) > 1 else ""
    adverb = first.endswith("ly") or first in ("Further", "Also", "Again", "Being")
    if adverb and first[1:].islower() and len(words) > 1:  # "Equally concerned", "Further recognising"
        first, second = second.rstrip(","), words[2].split(" ", 1)[0] if len(words) > 2 else ""
    letters = first.replace("-", "", 1) if first.find("-") in (2, 3) else first  # "Re-emphasizing", "Co-sponsoring"
    participle = letters.isalpha() and first[1:].islower() and first.endswith(("ing", "ed")) and len(first) > 5
    # "Recommitting to …", not "United Nations …" nor a title wrapped at "Stockpiling and Use of …"
    return participle and second[:1].islower() and second not in ("and", "or")


def own_label(row: PrintedLine) -> bool:
    """ "1." or "(a)" alone on its line (pdftotext prints the tab after a number as a line break); also
    "“1.", the number of a quoted paragraph (a draft quoted for the General Assembly): its text is next."""
    text = row.text
    return bool(OWN_NUMBER_RE.match(text) or OWN_LABEL_RE.match(text) or QUOTED_OWN_NUMBER_RE.match(text))
