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
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from statistics import quantiles

from resolint.grammar.authoring import AUTHORING_LINE_RE as AUTHORING_RE
from resolint.grammar.classify import DOT_LABEL_RE, ITEM_BULLETS, _continues
from resolint.grammar.closing import DATE, MEETING
from resolint.grammar.dates import MONTHS
from resolint.grammar.genre import is_annex_heading, is_part_letter, is_section_number
from resolint.grammar.inline import InlineScan
from resolint.grammar.labels import roman_label
from resolint.grammar.rawlines import RawLine
from resolint.model import Artefact, FootnoteRef, LineIndex
from resolint.refdata import data_lines, match_operative, match_preambular, operative_phrases, preambular_phrases

# ---- shapes of page furniture ----------------------------------------------------------------
SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+(?: \(\d{4}\))?"  # "S/RES/2504 (2020)": the year of SC symbols
SYMBOL_RE = re.compile(SYMBOL)
SYMBOL_LINE_RE = re.compile(rf"^({SYMBOL})(?:\s+(\S.*))?$|^(?P<before>\S.*?)\s+(?P<after>{SYMBOL})$")
JOB_RE = re.compile(
    r"^(?:\d{1,3}\s+)?(?:[A-Z]{2,3}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}(?:/\d{1,3})?)?$"
)
PAGE_OF_RE = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
DATE_CODE_RE = re.compile(r"^\d{6}$")
BARCODE_RE = re.compile(r"^\*\d{5,10}\*$")
RECYCLE_RE = re.compile(r"^(?:\W\s*)?Please recycle(?:\s*\W)?$", re.IGNORECASE)
UNFILLED_RE = re.compile(r"^Error! (?:No document variable supplied|Reference source not found)\.?$")
BARE_NUMBER_RE = re.compile(r"^\d{1,3}$")
STRONG_FURNITURE = (
    ("job number", JOB_RE),
    ("page number", PAGE_OF_RE),
    ("date code", DATE_CODE_RE),
    ("barcode", BARCODE_RE),
    ("recycle note", RECYCLE_RE),
    ("unfilled field", UNFILLED_RE),
)
# ---- shapes of the resolution's lines ---------------------------------------------------------
OWN_NUMBER_RE = re.compile(r"^(\d{1,3}\.)$")
NUMBER_RE = re.compile(r"^(\d{1,3}\.)\s+\S")
OWN_LABEL_RE = re.compile(r"^(\((?:[a-z]{1,6}|\d{1,2})\))$")
LABEL_RE = re.compile(r"^(\((?:[a-z]{1,6}|\d{1,2})\))\s+\S")
TITLE_RE = re.compile(r"^\d{1,3}/\d{1,4}(?:\s*[A-Z])?\.(?:\s|$)")
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
LIST_GOES_ON_RE = re.compile(r",?\s*(?:and|or)?\s*\d")  # ", 6 and 7": a number in a list of numbers
TRAILING_MARKER_RE = re.compile(r"(?<=[,;:.”)])\s?\d{1,2}$")  # "… disarmament,4" / "… Caribbean, 3"
MARKER_END_RE = re.compile(r"(?:[^\W\d_]|[,;:.”)])\s?\d{1,2}$")  # a line that ends with a note marker
FRONT_MATTER_RE = re.compile(r"\n*---[ \t\r]*\n")  # a .res.md file, never a copy
COMMENT_LINE_RE = re.compile(r"^<!--.*-->$")
PLAIN_WORD_RE = re.compile(r"^[^\W\d_]+[,;:.]?$")
NOTE_INLINE_RE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
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
    facts: dict[str, str] = field(default_factory=dict)  # what the furniture says: symbol, date
    # what an edit inside one printed line must leave alone for the segmentation to stay (shifted_copy)
    body_start: int = 0  # where the body (the authoring line) starts
    lengths: list[int] = field(default_factory=list)  # sorted lengths of the lines that set the width
    width: int = 0
    joins: set[str] = field(default_factory=set)  # the joined words tried at layout hyphens
    title: str = ""  # the masthead's title, which a running title prints the start of
    near_counts: Counter[str] = field(default_factory=Counter)  # texts of the lines near running headers
    _by_start: tuple | None = field(default=None, repr=False)

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
        for start, end in parts:
            for m_start, label, m_end in refs[bisect_left(refs, (start,)) :]:
                if m_start >= end:
                    break
                if m_end <= end:
                    extra.refs.append(FootnoteRef(label, lines.span(m_start, m_end), "plain"))
                    extra.hidden.append((m_start, m_end))
            extra.hidden.extend(hidden[bisect_left(hidden, (start,)) : bisect_left(hidden, (end,))])
        extra.refs.sort(key=lambda ref: ref.span.start)
        extra.hidden.sort()
        return extra


@dataclass(slots=True)
class _Line:
    index: int
    start: int  # of the content (after a form feed and indentation)
    end: int  # of the content (before trailing spaces)
    text: str
    page_break: bool = False  # a form feed opens the line
    furniture: str = ""
    role: str = ""  # "" | "label" | "note" (page foot)


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
    rows = _rows(source)
    comments = [row for row in rows if COMMENT_LINE_RE.match(row.text)]
    content = [row for row in rows if row.text and not COMMENT_LINE_RE.match(row.text)]
    if len(content) < 3:
        return None
    body_at = _body_start(content)
    title, near_counts = _mark_furniture(content, body_at)
    furniture = [row for row in content if row.furniture]
    width = _line_width(content[body_at:])
    if not (furniture or _own_line_numbers(content) >= 2 or _hard_wrapped(content[body_at:], width)):
        return None
    copy = PdfCopy(blocks=[], body_start=content[body_at].start, width=width, title=title, near_counts=near_counts)
    copy.lengths = sorted(_width_lengths(content[body_at:]))
    copy.furniture = [(row.furniture, row.start, row.end) for row in furniture]
    headers = [_header_symbol(row.text) for row in furniture if row.furniture == "running header"]
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
    found += [Artefact("plain-note-marker", lines.span(start, end), label) for label, start, end in copy.refs]
    return sorted(found, key=lambda artefact: (artefact.span.start, artefact.kind))


def _rows(source: str) -> list[_Line]:
    rows: list[_Line] = []
    offset = 0
    for index, raw in enumerate(source.split("\n")):
        body = raw.rstrip(" \t\r\u00a0")
        page_break = "\f" in body
        stripped = body.replace("\f", " ")
        lead = len(stripped) - len(stripped.lstrip())
        text = stripped.strip()
        rows.append(_Line(index, offset + lead, offset + len(body), text, page_break))
        offset += len(raw) + 1
    return rows


def _body_start(content: list[_Line]) -> int:
    """Index of the authoring line ("The General Assembly,"), else of the first number or opener."""
    for index, row in enumerate(content):
        if AUTHORING_RE.match(row.text) and len(row.text) < 120:
            return index
    for index, row in enumerate(content[:-1]):  # "The General Assembly" / "Adopts …": a resolution of one paragraph
        following = content[index + 1].text
        if AUTHORING_RE.match(f"{row.text},") and (_opens(following) or OWN_NUMBER_RE.match(following)):
            return index
    for index, row in enumerate(content):
        if NUMBER_RE.match(row.text) or OWN_NUMBER_RE.match(row.text) or _opens(row.text):
            return index
    return 0


def _opens(text: str) -> bool:
    if not text[:1].isupper():
        return False
    return any(found is not None and found.known for found in (match_preambular(text), match_operative(text)))


def _mark_furniture(content: list[_Line], body_at: int) -> tuple[str, Counter[str]]:
    """Flag the furniture lines: strong shapes anywhere, the running header and page numbers in the body."""
    for row in content:
        for kind, pattern in STRONG_FURNITURE:
            if pattern.match(row.text):
                row.furniture = kind
                break
    headers, title, near_counts = _running_headers(content, body_at)
    for index in headers:
        if not content[index].furniture:
            content[index].furniture = "running header"
    return title, near_counts


def _running_headers(content: list[_Line], body_at: int) -> tuple[set[int], str, Counter[str]]:
    """Indexes of the lines that open or end with the document's symbol, and of the short title printed
    beside them (the start of the masthead's title, or a line printed beside the symbol on many pages);
    the masthead's title and how often each line near a header is printed."""
    seen: Counter[str] = Counter()
    for row in content[body_at:]:
        found = _header_symbol(row.text)
        if found:
            seen[found[0]] += 1
    masthead = {symbol for row in content[:body_at] for symbol in SYMBOL_RE.findall(row.text)}
    symbols = {symbol for symbol, count in seen.items() if symbol in masthead or (count >= 3 and not masthead)}
    headers = [
        index
        for index, row in enumerate(content)
        if index >= body_at and (found := _header_symbol(row.text)) and (found[0] in symbols or row.page_break)
    ]
    title = _masthead_title(content[:body_at])
    for index, row in enumerate(content[body_at:], body_at):  # a page that opens with the title, no symbol
        if row.page_break and (len(row.text) >= MIN_TITLE or row.text == title) and title.startswith(row.text):
            headers.append(index)
    beside = []  # (rest of the header line, lines below or above it, below)
    for index in headers:
        symbol, rest = _header_symbol(content[index].text) or ("", content[index].text)
        symbol_first = content[index].text.startswith(symbol)
        if not rest or symbol_first:  # "A/RES/72/22 [Title …]" and the title's next lines below
            beside.append((rest, content[index + 1 : index + 1 + MAX_TITLE_LINES], True))
        if not rest or not symbol_first:  # "[… Title] A/RES/72/22" and the title's first lines above
            beside.append((rest, content[max(body_at, index - MAX_TITLE_LINES) : index][::-1], False))
    counts = Counter(row.text for _, near, _ in beside for row in near)
    position = {id(row): index for index, row in enumerate(content)}
    found: set[int] = set(headers)
    for rest, near, below in beside:
        size = _title_size(rest, [row.text for row in near], title, counts, below=below)
        found.update(position[id(row)] for row in near[:size])
    return found, title, counts


def _masthead_title(rows: list[_Line]) -> str:
    """The resolution's title as the masthead prints it ("72/22. African …" and its next lines)."""
    for index, row in enumerate(rows):
        if TITLE_RE.match(row.text):
            return " ".join(r.text for r in rows[index:]).split(" ", 1)[-1].strip()
    return ""


def _title_size(rest: str, lines: list[str], title: str, counts: Counter[str], *, below: bool) -> int:
    """How many of ``lines`` (below the header line, or above it read upwards) print the running title
    with the header's ``rest``: together the start of the masthead's title, or each printed beside the
    symbol on many pages."""
    for size in range(len(lines), 0, -1):
        chosen = lines[:size] if below else lines[:size][::-1]
        printed = " ".join([rest, *chosen] if below else [*chosen, rest]).strip()
        if (len(printed) >= MIN_TITLE or printed == title) and title.startswith(printed):
            return size
        if all(_short_title(text) and counts[text] >= MIN_RECURRENCE for text in chosen):
            return size
    return 0


def _header_symbol(text: str) -> tuple[str, str] | None:
    """(symbol, the rest) of a running header: the symbol opens or ends the line."""
    match = SYMBOL_LINE_RE.match(text) if len(text) < 300 else None
    if match is None or not any(char.isdigit() for char in match.group(1) or match.group("after")):
        return None  # a UN document symbol has a number: "HIV/AIDS within countries, …" is text
    if match.group("after"):
        return match.group("after"), match.group("before")
    return match.group(1), match.group(2) or ""


def _short_title(text: str) -> bool:
    """A line that may print the running title: not a paragraph's number or opening, and no sentence's end (a
    title has no closing mark; "We commit to taking the following actions:" opens many pages of A/RES/76/258)."""
    if len(text) < MIN_TITLE or _end_char(text) in TERMINAL:
        return False
    return not (NUMBER_RE.match(text) or OWN_NUMBER_RE.match(text) or _opens(text))


def _by_furniture(content: list[_Line], index: int) -> bool:
    """A bare number next to other furniture or a page break is a page number."""
    row = content[index]
    if row.page_break or (index + 1 < len(content) and content[index + 1].page_break) or index == len(content) - 1:
        return True
    neighbours = [content[i] for i in (index - 1, index + 1) if 0 <= i < len(content)]
    return any(n.furniture in ("job number", "running header", "date code", "barcode") for n in neighbours)


def _width_lengths(content: list[_Line]) -> list[int]:
    return [len(row.text) for row in content if not row.furniture and len(row.text) > 1]


def _line_width(content: list[_Line]) -> int:
    return _width_of(_width_lengths(content))


def _width_of(lengths: list[int]) -> int:
    if len(lengths) < 4:
        return max(lengths, default=80)
    return int(quantiles(lengths, n=10)[8])


def _own_line_numbers(content: list[_Line]) -> int:
    return sum(
        1
        for a, b in itertools.pairwise(content)
        if (OWN_NUMBER_RE.match(a.text) or OWN_LABEL_RE.match(a.text)) and b.text[:1].isupper()
    )


def _hard_wrapped(content: list[_Line], width: int) -> bool:
    """Most long lines end in the middle of a sentence at about the same width: printed lines."""
    if width > 140:
        return False
    long_lines = [row for row in content if len(row.text) >= 0.6 * width]
    wrapped = [row for row in long_lines if _end_char(row.text) not in TERMINAL]
    return len(wrapped) >= MIN_WRAPPED_LINES and len(wrapped) >= 0.3 * len(long_lines)


def _end_char(text: str) -> str:
    return text.rstrip(LINE_END_NOISE + INVISIBLE)[-1:]


@cache
def lexicon() -> frozenset[str]:
    """Words resolint knows besides the text's own: the phrase lists and the UN spelling list."""
    words: set[str] = set()
    for phrase in [*preambular_phrases().phrases(), *operative_phrases().phrases()]:
        words.update(word.lower() for word in WORD_RE.findall(phrase))
    for word, preferred in data_lines("un-spelling.tsv"):
        words.update(w.lower() for w in WORD_RE.findall(f"{word} {preferred}"))
    return frozenset(words)


class _Segmenter:
    """Splits the body lines into pages, page feet and paragraphs; builds the grammar lines."""

    def __init__(self, source: str, content: list[_Line], body_at: int, width: int, copy: PdfCopy) -> None:
        self.source = source
        self.content = content
        self.body_at = body_at
        self.width = width
        self.copy = copy
        self.next_note = 0  # the number the next note must have (0: the first note, any number)
        self.first_note = 0
        self.open_note: RawLine | None = None  # the last note, when it ends in mid-sentence
        self.heading_rows = [row for row in content[:body_at] if not row.furniture]  # a title's note marker
        self.above: list[_Line] = []  # lines before the page that may hold its notes' markers
        self.out: list[RawLine] = []
        self.words = {word.lower() for word in WORD_RE.findall(source)}
        self.by_line = {row.index: row for row in content}
        self.line_step = 1

    def run(self) -> None:
        body_rows = [(row, False) for row in self.content[self.body_at :] if not row.furniture]
        self.line_step = 2 if _every_line_blank(body_rows) else 1  # source lines from one printed line to the next
        self._heading(self.content[: self.body_at])
        body = self.content[self.body_at :]
        pages = self._pages(body)
        kept: list[tuple[_Line, bool]] = []  # (line, first of its page)
        for page in pages:
            after_break = bool(kept)
            kept.extend((row, i == 0 and after_break) for i, row in enumerate(self._page_foot(page)))
        self._repeated_markers([row for row, _ in kept])
        self.operative = 0  # the last operative number met
        self.heading_row: _Line | None = None  # the last line read as a heading of its own
        self.recent = ""
        self.closing = False  # a meeting line or the date has been met
        self.dotted: set[str] = set()  # the dotted labels that opened items since the last operative number
        self.current: list[_Line] = []  # the lines of the paragraph being gathered
        self._paragraphs(kept)
        self.out.sort(key=lambda line: line.start)
        self.copy.blocks = [[line] for line in self.out]
        body_start = self.content[self.body_at].start
        heading = [line for line in self.out if line.start < body_start][-1:]  # and the heading's last line
        body = heading + [line for line in self.out if line.start >= body_start and line.kind != "footnote_sup"]
        for a, b in itertools.pairwise(body):
            between = self.source[a.end : b.start]
            if not between.strip() and "\n\n" not in between.replace(" ", "").replace("\r", ""):
                self.copy.breaks.append((a.end, b.start))

    # ---- heading ---------------------------------------------------------------------------
    def _heading(self, rows: list[_Line]) -> None:
        """One grammar line per printed line; the title ("72/58. Follow-up to …") takes the lines after it."""
        title: RawLine | None = None
        for row in rows:
            if row.furniture:
                continue
            if title is not None and is_part_letter(row.text):
                title = None  # part A's letter and title stand apart, before its authoring line
            if title is not None:
                title.end = row.end  # the title's next lines, up to the authoring line
            elif self.out and row.text[:1].islower():  # "Resolution adopted by the General Assembly" / "on 4 …"
                self.out[-1].end = row.end
            else:
                self.out.append(RawLine("text", row.start, row.end, text_start=row.start))
                if TITLE_RE.match(row.text):
                    title = self.out[-1]

    # ---- pages and their feet ----------------------------------------------------------------
    def _pages(self, body: list[_Line]) -> list[list[_Line]]:
        """The body cut after each run of furniture (or before each form feed)."""
        pages: list[list[_Line]] = [[]]
        form_feeds = any(row.page_break for row in body)
        for index, row in enumerate(body):
            if row.page_break and pages[-1]:
                pages.append([])
            pages[-1].append(row)
            following = body[index + 1] if index + 1 < len(body) else None
            if not form_feeds and row.furniture and following is not None and not following.furniture:
                pages.append([])
        return [page for page in pages if page]

    def _page_foot(self, page: list[_Line]) -> list[_Line]:
        """Finds the notes at the foot of ``page``; returns its body lines (no furniture, no notes)."""
        body = [row for row in page if not row.furniture]
        self.above = self.heading_rows if page[0].index <= self.content[self.body_at].index else []
        start = self._foot_start(body)
        self._note_goes_on(body, len(body) if start is None else start)
        if start is not None:
            self._notes(body, start)
        kept = [row for row in body if not row.role]
        for index, row in enumerate(kept):  # a number left alone at the top or foot of the page
            if BARE_NUMBER_RE.match(row.text) and (index in (0, len(kept) - 1) or _by_furniture(page, page.index(row))):
                row.furniture = "page number"
                self.copy.furniture.append((row.furniture, row.start, row.end))
        return [row for row in kept if not row.furniture]

    def _foot_start(self, body: list[_Line]) -> int | None:
        """Index of the first note label (or text) at the page foot, expecting the next note number."""
        for index, row in enumerate(body):
            inline = NOTE_INLINE_RE.match(row.text)
            label = row.text if BARE_NUMBER_RE.match(row.text) else inline.group(1) if inline else None
            if label is None or not self._expected(label):
                continue
            if not self._marker_before(body, index, label) and not self._unmarked_note(body, index, label):
                continue
            if inline is None:
                if self._body_follows(body, index):
                    continue  # a marker on its own line: notes sit below the page's last body line
                if index + 1 == len(body) and index and _end_char(body[index - 1].text) not in ".)":
                    continue  # the page's last line, under a line no note ends: its page number
                self._first(label)
                grouped = index + 1 < len(body) and BARE_NUMBER_RE.match(body[index + 1].text)
                return self._texts_before(body, index) if grouped or index + 1 == len(body) else index
            previous_ends = index > 0 and (_end_char(body[index - 1].text) in TERMINAL or self._gap_before(body, index))
            if (previous_ends or index == len(body) - 1) and not _month_follows(inline.group(2)):
                self._first(label)
                return index
        return None

    def _body_follows(self, body: list[_Line], index: int) -> bool:
        """A paragraph of the resolution opens below ``body[index]`` on the same page: a number ("2."
        alone or before its text) followed by a capitalised word, which no note at the page foot has."""
        for row, below in itertools.pairwise(body[index + 1 :]):
            if OWN_NUMBER_RE.match(row.text) and below.text[:1].isupper():
                return True
            if NUMBER_RE.match(row.text) and _opens(row.text.split(" ", 1)[1]):
                return True
        return False

    def _note_goes_on(self, body: list[_Line], foot: int) -> None:
        """The rest of the last note of the page before, printed at this page's foot before its own notes:
        lines after a blank line that end in a full stop, when that note ended in mid-sentence."""
        note = self.open_note
        self.open_note = None
        if note is None or foot < len(body) or foot < 2:
            return
        index = foot - 1
        while index > 1 and not self._gap_before(body, index):
            index -= 1
        rows = body[index:foot]
        if index <= 1 or _end_char(rows[-1].text) not in ".)":
            return
        for row in rows:
            row.role = "note"
        self.copy.hidden.append((note.end + 1, rows[0].start))
        self._wraps(rows)
        note.end = rows[-1].end

    def _unmarked_note(self, body: list[_Line], index: int, label: str) -> bool:
        """The next note with no marker found on its page (a note of the heading printed at the end, or a marker
        read as a reference: "the decision 16 to provide"): its number alone on a line between the end of a
        paragraph and a text, or after a blank line and before the page's last lines, which end the note (a
        paragraph the page break cuts goes on above it)."""
        if int(label) != self.next_note or index == 0 or index + 1 >= len(body):
            return False
        if BARE_NUMBER_RE.match(body[index + 1].text):
            return False
        return _end_char(body[index - 1].text) in ".;:]" or self._foot_note_block(body, index)

    def _foot_note_block(self, body: list[_Line], index: int) -> bool:
        """``body[index:]`` stands apart at the page foot: a blank line above it, none inside, and its last
        line closes a sentence."""
        rest = range(index + 1, len(body))
        apart = self._gap_before(body, index) and not any(self._gap_before(body, k) for k in rest)
        return apart and len(rest) <= MAX_NOTE_LINES and _end_char(body[-1].text) in ".)"

    def _expected(self, label: str) -> bool:
        """The next note's number, or one a little further (a note the copy lost) or any first number."""
        if not self.next_note:
            return 0 < int(label) < 100
        return self.next_note <= int(label) <= self.next_note + MAX_LOST_NOTES

    def _first(self, label: str) -> None:
        self.first_note = self.first_note or int(label)
        self.next_note = int(label)

    def _texts_before(self, body: list[_Line], labels_at: int) -> int:
        """pdftotext's layout mode prints the note texts above their grouped labels, after a blank line."""
        end = labels_at
        while end < len(body) and BARE_NUMBER_RE.match(body[end].text):
            end += 1
        count = len({row.text for row in body[labels_at:end]})  # pdftotext may print a label twice
        after = [row for row in body[end:] if not BARE_NUMBER_RE.match(row.text)]
        wanted = count - len(after)
        if wanted <= 0:
            return labels_at
        index, notes = labels_at, 0
        while index > 0 and not _ends_body_line(body[index - 1]):
            below = body[index]
            if index == labels_at or below.text[:1].islower() or below.text[:1] == "(":
                notes = max(notes, 1)  # the last note, or a line of a note that goes on below
            elif notes < wanted:
                notes += 1  # the note above
            else:
                break
            index -= 1
            if self._gap_before(body, index) and index < labels_at - 1:
                break
        return index

    def _gap_before(self, body: list[_Line], index: int) -> bool:
        """A blank line (two where every printed line is followed by one) stands before ``body[index]``."""
        return index > 0 and body[index].index - body[index - 1].index > self.line_step

    def _marker_before(self, body: list[_Line], index: int, label: str) -> bool:
        return any(self._find_marker(row, label) is not None for row in [*self.above, *body[:index]])

    def _notes(self, body: list[_Line], start: int) -> None:
        """Pairs the labels and texts of the page foot ``body[start:]`` and emits one line per note."""
        zone = body[start:]
        labels, doubled = self._labels(zone)
        at = [index for index, _, _ in labels]
        for row in zone:
            row.role = "note"
        printed = sorted([*at, *doubled])
        bare = all(inline is None for _, _, inline in labels)
        grouped = bare and printed[-1] - printed[0] == len(printed) - 1 and (len(at) > 1 or at[0] > 0)
        if grouped:  # pdftotext's reading order: the labels together, the texts above or below them
            texts = _split_notes([row for i, row in enumerate(zone) if i not in printed], len(at))
        else:  # each label, then its text (or "1 Text" on one line)
            ends = [*at[1:], len(zone)]
            texts = [
                [row for k, row in enumerate(zone[i + (0 if inline else 1) : end], i + 1) if k not in doubled]
                for (i, _, inline), end in zip(labels, ends, strict=True)
            ]
        markers_from = [*self.above, *body[:start]]
        for (index, label, _), note in zip(labels, texts, strict=False):
            self._emit_note(label, zone[index], note or [zone[index]])
            self._pair_marker(markers_from, label)
        self.next_note += len(labels)

    def _labels(self, zone: list[_Line]) -> tuple[list[tuple[int, str, re.Match | None]], set[int]]:
        """(index in ``zone``, label, inline match) of the consecutive note labels of a page foot, and the
        indexes of labels printed twice in a row (pdftotext does so for some fonts)."""
        labels: list[tuple[int, str, re.Match | None]] = []
        doubled: set[int] = set()
        for index, row in enumerate(zone):
            wanted = str(self.next_note + len(labels))
            inline = NOTE_INLINE_RE.match(row.text)
            if row.text == wanted:
                labels.append((index, wanted, None))
            elif labels and row.text == labels[-1][1] and labels[-1][2] is None and index - labels[-1][0] == 1:
                doubled.add(index)
            elif inline and inline.group(1) == wanted and (index == 0 or labels):
                labels.append((index, wanted, inline))
        return labels, doubled

    def _emit_note(self, label: str, label_row: _Line, note: list[_Line]) -> None:
        first, last = note[0], note[-1]
        label_span = (label_row.start, label_row.start + len(label))
        if label_row is first:  # "1 A/50/426, annex." (or a label whose text is missing)
            text_start = first.start + len(first.text) - len(first.text[len(label) :].lstrip())
        else:
            text_start = first.start
        start = label_span[0] if label_row is first or first.index - label_row.index == 1 else text_start
        self.out.append(RawLine("footnote_sup", start, last.end, None, label, label_span, text_start))
        self.open_note = None if _end_char(last.text) in ".)" else self.out[-1]
        self.copy.notes_at_feet.append((text_start, last.end))
        self._wraps(note)

    def _pair_marker(self, rows: list[_Line], label: str) -> None:
        after = self.copy.refs[-1][2] if self.copy.refs else -1
        for row in rows:
            if row.end <= after:
                continue
            found = self._find_marker(row, label, after)
            if found is not None:
                self.copy.refs.append((label, found, found + len(label)))
                return

    def _find_marker(self, row: _Line, label: str, after: int = -1) -> int | None:
        """Offset of the plain-digit marker ``label`` in ``row`` (after a word or a mark, not a reference)."""
        if row.text == label:
            return row.start if row.start > after and self._own_line_marker(row) else None
        found = self._spaced_or_glued_marker(row, label, after)
        if found is None:  # "… of 9 March 19933", "… and 20146": the marker glued to a year
            for match in re.finditer(rf"(?<![\d/.\-])(?:19|20)\d\d({label})(?![\d/\-])", row.text):
                if row.start + match.start(1) > after:
                    return row.start + match.start(1)
        if found is None:  # "… resolution 71/2054": glued to a resolution number, which has three digits at most
            for match in re.finditer(rf"(?<![\d/])\d{{1,3}}/\d{{3}}({label})(?=\s|$|[,;.])", row.text):
                if row.start + match.start(1) > after:
                    return row.start + match.start(1)
        return found

    def _own_line_marker(self, row: _Line) -> bool:
        """A marker printed on a line of its own inside a sentence: the line before goes on (no full
        stop) and the line after continues in lower case, both text of the same page."""
        before = self.by_line.get(row.index - self.line_step)
        below = self.by_line.get(row.index + self.line_step)
        if before is None or below is None or before.furniture or below.furniture or below.page_break:
            return False
        return _end_char(before.text) not in ".:" and below.text[:1].islower() and not row.page_break

    def _spaced_or_glued_marker(self, row: _Line, label: str, after: int) -> int | None:
        pattern = re.compile(rf"(?<![\d/.\-])(?<![A-Z]/)(\s?){label}(?![\d/\-])(?=\s|$|[,;.:)])")
        for match in pattern.finditer(row.text):
            at = row.start + match.start() + len(match.group(1))
            if at <= after or match.start() == 0:
                continue
            before = row.text[: match.start()].rstrip()
            previous_word = before.rsplit(" ", 1)[-1].lower()
            number = previous_word.rstrip(",")  # "… 17 December 2014 13 by …", "Agenda 21, 1 the" / "paragraphs 2, 5, 6"
            listed = number.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", number)
            listed = listed and (number == previous_word or bool(LIST_GOES_ON_RE.match(row.text[match.end() :])))
            if not before or previous_word in NOT_A_MARKER_BEFORE or listed:
                continue
            if _month_follows(row.text[match.end() :]):
                continue
            return at
        return None

    def _repeated_markers(self, rows: list[_Line]) -> None:
        """A later reference to a note already printed, glued to a word ("… the Treaty1 that …")."""
        defined = {str(label) for label in range(self.first_note, self.next_note)}
        taken = {start for _, start, _ in self.copy.refs}
        for row in rows:
            for match in REPEATED_MARKER_RE.finditer(row.text):
                at = row.start + match.start()
                before = row.text[: match.start()].rstrip().rsplit(" ", 1)[-1].lower()
                if match.group() in defined and at not in taken and before not in NOT_A_MARKER_BEFORE:
                    self.copy.refs.append((match.group(), at, at + len(match.group())))
        self.copy.refs.sort(key=lambda ref: ref[1])

    # ---- paragraphs ---------------------------------------------------------------------------
    def _paragraphs(self, kept: list[tuple[_Line, bool]]) -> None:
        """Groups the body lines into paragraphs; a paragraph cut by a page break stays one (what stands
        between its halves is hidden from its text)."""
        every_line_blank = self.line_step > 1
        self.marker_ending = {end: start for _, start, end in self.copy.refs}
        current: list[_Line] = []
        previous: _Line | None = None
        for index, (row, new_page) in enumerate(kept):
            between = self.source[previous.end : row.start] if previous is not None else ""
            gap = not every_line_blank and not new_page and not between.strip() and between.count("\n") > 1
            below = [line for line, _ in kept[index + 1 : index + 3]]
            self.recent = " ".join(line.text for line in current[-8:])  # the paragraph's last printed lines
            wrapped = not _heading_mark(row.text) and (  # "A" under a title that fills its line stands apart
                self._heading_goes_on(previous, row) or self._heading_wraps(previous, row)
            )
            heading = not wrapped and previous is not None and self._heading_between(previous, row, below)
            heading = heading or (not wrapped and previous is not None and self._subject_between(previous, row, below))
            starts = previous is None or (
                not _own_label(previous)
                and not wrapped
                and (gap or previous is self.heading_row or heading or self._starts_paragraph(previous, row))
            )
            self.heading_row = row if heading or wrapped else None
            # the closing lines (meeting, date, vote) have been met, and no annex has opened after them
            self.closing = (self.closing or bool(CLOSING_LINE_RE.match(row.text))) and not is_annex_heading(row.text)
            number = NUMBER_RE.match(row.text) or OWN_NUMBER_RE.match(row.text)
            if starts and number:
                self.operative = int(number.group(1)[:-1])
            self._note_item(row, starts, bool(number))
            if new_page and self.closing and not starts:  # the closing lines (meeting, date, vote) stay apart
                starts = True
            if starts and current:
                self._emit(current)
                current = []
            current.append(row)
            self.current = current
            previous = row
        if current:
            self._emit(current)

    def _starts_paragraph(self, previous: _Line, row: _Line) -> bool:
        text = row.text
        end = self._plain_end(previous)
        if _own_label(row) or CLOSING_LINE_RE.match(text):
            return True
        number = NUMBER_RE.match(text)
        if number and int(number.group(1)[:-1]) == self.operative + 1:
            return True  # the next operative number
        if AUTHORING_RE.match(text) or CLOSING_LINE_RE.match(previous.text):
            return True
        if _heading_mark(text) or _heading_mark(previous.text):
            return True  # "IV", "B.", "Annex II": a line of its own, and the title under it another
        terminal = end in TERMINAL
        if not terminal and self._heading_ends(previous) and (number or _opens(text) or LABEL_RE.match(text)):
            return True  # a heading's title ("Budget estimates for …") and the paragraph under it
        if (label := LABEL_RE.match(text)) and _run_in_before(self.recent, label.group(1)):
            return False  # "… namely: (a) physical abuse;" then "(b) psychological …": a run-in list, wrapped
        if (NUMBER_RE.match(text) or LABEL_RE.match(text)) and (terminal or end == ":"):
            return True
        if not terminal and self._ends_with_marker(previous) and _opens(text):
            return True  # "… resolution 71/2054" then "Reaffirming …": the mark before the note was lost
        if self._item_starts(previous, row, end) or self._after_subject_line(previous, row):
            return True  # the Council's items ("–", "•", "a.") and the text under an item's subject line
        if not terminal or not (text[:1].isupper() or text[:1] in "“\"‘'("):
            return False
        if _opens(text) or (end == "," and _participle(text)):
            return True
        short = len(previous.text) < 0.75 * self.width  # a paragraph's short last line …
        return short and not MARKER_END_RE.search(previous.text)  # … not a line cut after a marker (-raw)

    # ---- the Council's own items and subject lines ----------------------------------------
    def _note_item(self, row: _Line, starts: bool, number: bool) -> None:
        """Keeps the dotted labels ("a.", "ii.") that opened paragraphs since the last operative number."""
        if number and starts:
            self.dotted.clear()
        elif starts and (found := DOT_LABEL_RE.match(row.text)):
            self.dotted.add(found.group(1))

    def _item_starts(self, previous: _Line, row: _Line, end: str) -> bool:
        """``row`` opens an item after a line that ended the paragraph before: a bullet ("• …"), a dash ("– …")
        or a dotted label that opens a list ("a.", "i.") or goes on from one met in the paragraph ("b." after
        "a.") after a line that ends with a mark or ends early, or after an item's subject line ("(a)" /
        "Phase II (post-electoral phase)" / "– UNIOGBIS …"); a bracketed label after a line with no closing
        mark that ends early or ends an item's subject line ("(b) Support to … in the Centre" / "(i) To
        support …"). A dash inside a sentence wraps after a full line ending in a word."""
        early = self._ends_early(previous, row)
        if label := LABEL_RE.match(row.text):
            return end not in TERMINAL and (early or self._label_after(previous, label.group(1)))
        subject = self._subject_lines(previous)
        found = DOT_LABEL_RE.match(row.text)
        after_and = previous.text.endswith((" and", " or"))  # "• … issues, and" / "• reporting on …"
        if BULLET_ITEM_RE.match(row.text):  # a dash may stand inside a sentence, a bullet never does
            return row.text[0] not in "–-" or end in TERMINAL or early or after_and or subject == 1
        if found is None:
            return False
        label = found.group(1)
        if label in ("a.", "i."):
            return end in TERMINAL or early or subject > 0
        goes_on = any(_continues(label, before) for before in self.dotted)
        return goes_on and (end in TERMINAL or early or subject > 0 or after_and)

    def _label_after(self, previous: _Line, label: str) -> bool:
        """A bracketed label opens an item after ``previous``, which has no closing mark: the item before,
        on lines of its own, ended with "; and" or "; or", or ``previous`` ends an item's subject line with
        a word ("(b) Support to … in the Centre" / "(i) To support …"; not "… in paragraph" / "(a) of …")."""
        head = self.current[0] if self.current else previous
        if not (LABEL_RE.match(head.text) or OWN_LABEL_RE.match(head.text)):
            return False  # not an item on lines of its own ("… to (a) assist …; and" / "(b) assist …" runs in)
        if previous.text.endswith(("; and", "; or")):
            return any(head.text.startswith(f"({before})") for before in _labels_before(label[1:-1]))
        last_word = previous.text.rsplit(" ", 1)[-1]
        core = last_word.removeprefix("(").removesuffix(")")
        if len(core) < 2 or not core.isalpha() or OWN_LABEL_RE.match(last_word) or core.lower() in NOT_A_MARKER_BEFORE:
            return False  # "… as set out in paragraph" / "(a) of …", "… risks, and" / "(a) welcomes …"
        return self._subject_lines(previous) > 0 and not head.text.startswith(label)

    def _ends_early(self, previous: _Line, row: _Line) -> bool:
        """``row``'s first word would have fitted on ``previous`` (with room to spare for a proportional font, and
        for the indentation the copy lost before a paragraph's first line): the printed line ended its paragraph."""
        first = self.current[:1] == [previous] or (len(self.current) == 2 and _own_label(self.current[0]))
        room = (0.7 if first else 0.85) * self.width
        return len(previous.text) + 1 + len(row.text.split(" ", 1)[0]) < room

    def _subject_lines(self, previous: _Line) -> int:
        """How many printed lines the subject line of the labelled item that ``previous`` ends takes ("(f)" /
        "Humanitarian assistance", "(c) 2020/2021 elections"): no line of the item so far ends a sentence or
        a clause (a comma may wrap a long subject; 0: ``previous`` ends no item's subject line)."""
        current = self.current
        if not current or current[-1] is not previous:
            return 0
        head = current[0]
        own = bool(OWN_LABEL_RE.match(head.text))  # "(a)", not an operative number: its text is no subject line
        text = current[1:] if own else current
        if not text or not (own or LABEL_RE.match(head.text) or DOT_LABEL_RE.match(head.text)):
            return 0
        if any(self._plain_end(line) in ".;:" for line in text) or self._ends_with_marker(previous):
            return 0
        return len(text)

    def _after_subject_line(self, previous: _Line, row: _Line) -> bool:
        """``row`` goes on in a capital after an item's subject line that ends early, or after a one-line subject
        that ends with a colon ("(f)" / "Humanitarian assistance" / "In support of …"): the item's text, a
        paragraph of its own; or ``row`` opens with a small word in a capital after a semicolon."""
        if not row.text[:1].isupper():
            return False
        if _end_char(previous.text) == ":":
            current = self.current
            own = len(current) == 2 and bool(OWN_LABEL_RE.match(current[0].text))
            return own or (len(current) == 1 and bool(LABEL_RE.match(previous.text)))
        if self._subject_lines(previous) and self._ends_early(previous, row):
            return True
        # "… their mandate;" / "To assist the 1267/1989/2253 …": a small word in a capital opens a sentence
        return _end_char(previous.text) == ";" and row.text.split(" ", 1)[0].lower() in FUNCTION_WORDS

    def _heading_between(self, previous: _Line, row: _Line, below: list[_Line]) -> bool:
        """``row`` is a heading line of its own between two paragraphs: the paragraph before ends (or is a
        heading line), ``row`` is capitalised with no closing mark, and a number, label, opener or heading
        follows it, or a second such heading line and then one of those ("AMISOM" / "Priorities and tasks")."""
        ended = previous is self.heading_row or self._plain_end(previous) in TERMINAL
        if not below or not ended or not self._heading_line(row):
            return False
        if _paragraph_opens(below[0]):
            return True
        return len(below) > 1 and self._heading_line(below[0]) and _paragraph_opens(below[1])

    def _subject_between(self, previous: _Line, row: _Line, below: list[_Line]) -> bool:
        """``row`` is a subject line between the Council's paragraphs that :meth:`_heading_between` does not see:
        one that ends with a colon before a number or label ("Reports:" / "27."), one wrapped after a comma or
        a small word ("Political process, including the implementation of the APPR, and" / "extension of State
        authority" / "1."), or one after an item's subject line, which has no closing mark, and before a number
        or label ("(ii) Support to stabilisation … judicial institutions" / "Stabilisation" / "(a)")."""
        text = row.text
        if not below or self.copy.near_counts[text] > 1 or self._ends_with_marker(row):
            return False
        labelled = bool(_own_label(below[0]) or NUMBER_RE.match(below[0].text) or LABEL_RE.match(below[0].text))
        if SUBJECT_NUMBER_RE.match(text):  # "2b: Disrupting Al-Shabaab’s finances" under "Pillar 2 – …"
            return labelled and self._plain_end(previous) in ".;:"
        if not text[:1].isupper() or _opens(text) or _participle(text) or CLOSING_LINE_RE.match(text):
            return False
        if not (previous is self.heading_row or self._plain_end(previous) in TERMINAL):
            return labelled and self._after_item_subject(previous, row)
        if text.endswith(":"):  # not the end of a clause a comma left open ("…, States shall:" / "(i)")
            closed = previous is self.heading_row or self._plain_end(previous) in ".;:"
            return closed and len(text) < 0.75 * self.width and labelled
        wraps = self._wrapped_subject(row) and self._subject_tail(row, below[0])
        return wraps and len(below) > 1 and _paragraph_opens(below[1])

    def _wrapped_subject(self, row: _Line) -> bool:
        """``row`` may be the first line of a subject line that goes on below: it ends with a comma or a small
        word, or it is a heading line that fills its line ("… from 1 July 2019 to 30 June" / "2020")."""
        text = row.text
        fills = len(text) >= 0.75 * self.width and self._heading_line(row)
        return fills or text.endswith(",") or text.rsplit(" ", 1)[-1] in FUNCTION_WORDS

    def _after_item_subject(self, previous: _Line, row: _Line) -> bool:
        """``row``, a short heading line, follows an item's subject line that ends in a word of its own (a capital
        does not go on a phrase after "… judicial institutions"; "… with the" / "United Nations" does)."""
        last_word = previous.text.rsplit(" ", 1)[-1].lower()
        content = last_word.isalpha() and last_word not in FUNCTION_WORDS and last_word not in NOT_A_MARKER_BEFORE
        short = len(row.text) < 0.75 * self.width
        return content and short and self._subject_lines(previous) > 0 and self._heading_line(row)

    def _heading_wraps(self, previous: _Line | None, row: _Line) -> bool:
        """``row`` ends a subject line that :meth:`_subject_between` found wrapped after a comma or a small word."""
        if previous is None or previous is not self.heading_row:
            return False
        return self._wrapped_subject(previous) and self._subject_tail(previous, row)

    def _subject_tail(self, first: _Line, tail: _Line) -> bool:
        """``tail`` ends the subject line that ``first`` opens: no mark or note marker at its end, no opener, short
        unless ``first`` fills its line (a page break may stand between them: "… for the financial" / "periods
        from 1 July 2020 to 30 June 2021 and from 1 July 2022 to 30 June 2023")."""
        if _paragraph_opens(tail) or not _unmarked_end(tail):
            return False
        fills = len(first.text) >= 0.75 * self.width and self._heading_line(first)
        return fills or len(tail.text) < 0.75 * self.width

    def _heading_goes_on(self, previous: _Line | None, row: _Line) -> bool:
        """``row`` is the rest of a heading that filled its line ("Financing of … to 30" / "June 2023")."""
        if previous is None or previous is not self.heading_row or len(previous.text) < 0.75 * self.width:
            return False
        return self._heading_line(row)

    def _heading_line(self, row: _Line) -> bool:
        """A line that may be a heading: capitalised, ending in a word or number that is no paired note marker
        ("… to 30 June 2023" may wrap after "30"), no opener, not a meeting line."""
        text = row.text
        if not text[:1].isupper() or not (text[-1:].isalnum() or ACRONYM_END_RE.search(text)):
            return False  # "Security Sector Reform (SSR)" ends with its acronym
        if self._ends_with_marker(row) or self.copy.near_counts[text] > 1:
            return False  # printed beside the running header on more than one page: a running title
        return not _opens(text) and not CLOSING_LINE_RE.match(text)

    def _heading_ends(self, row: _Line) -> bool:
        """``row`` may be a heading's last line: short, capitalised or a continuation, no mark or note marker at its end."""
        return len(row.text) < 0.75 * self.width and _unmarked_end(row)

    def _ends_with_marker(self, row: _Line) -> bool:
        """``row`` ends with a note marker paired with its note."""
        return row.start + len(row.text.rstrip()) in self.marker_ending

    def _plain_end(self, row: _Line) -> str:
        """The last character of ``row`` before a note marker (paired or not) and closing quotes."""
        text = row.text
        marker = self.marker_ending.get(row.start + len(text.rstrip()))
        if marker is not None and marker >= row.start:
            text = self.source[row.start : marker]
        return _end_char(TRAILING_MARKER_RE.sub("", text.rstrip()))

    def _emit(self, rows: list[_Line]) -> None:
        first, last = rows[0], rows[-1]
        kind, label, label_span = "text", None, None
        text_start = first.start
        own = OWN_NUMBER_RE.match(first.text) or OWN_LABEL_RE.match(first.text)
        inline = NUMBER_RE.match(first.text) or LABEL_RE.match(first.text)
        if own or inline:
            label = (own or inline).group(1)
            label_span = (first.start, first.start + len(label))
            kind = "operative" if label[0].isdigit() else "sub"
            if own and len(rows) > 1:
                text_start = rows[1].start
                if not self.source[first.end : rows[1].start].strip():  # (not across a page break)
                    self.copy.own_line_labels.append((first.end, rows[1].start))
                else:  # the label at a page foot, its text on the next page: what stands between is hidden
                    self.copy.hidden.append((first.end + 1, rows[1].start))
                    self.copy.page_breaks.append((first.end, rows[1].start))
            else:
                text_start = first.start + len(first.text) - len(first.text[len(label) :].lstrip())
        bullet = None
        mark = BULLET_ITEM_RE.match(first.text) if kind == "text" else None
        if mark:  # "– UNIOGBIS will …": a bullet line, as the grammar reads it
            kind, bullet, text_start = "bullet", (first.start, first.start + 1), first.start + mark.end()
        self.out.append(RawLine(kind, first.start, last.end, bullet, label, label_span, text_start))
        self._wraps(rows[1:] if own and len(rows) > 1 else rows)

    def _wraps(self, rows: list[_Line]) -> None:
        """Records the line breaks inside a paragraph and hides layout hyphens (and, where a word is cut
        by a page break, the furniture and notes between its halves)."""
        for a, b in itertools.pairwise(rows):
            same_page = not self.source[a.end : b.start].strip()
            if same_page:
                self.copy.wraps.append((a.end, b.start))
            if self._hyphenated(a, b):
                self.copy.hidden.append((a.end - 1, b.start))  # "inter-" + "national"
            elif _hyphen_at_end(a, b):
                self.copy.hidden.append((a.end, b.start))  # "counter-" + "terrorism": the hyphen stays
            elif not same_page:
                self.copy.hidden.append((a.end + 1, b.start))  # a page break: its furniture and notes
            if not same_page:
                self.copy.page_breaks.append((a.end, b.start))

    def _hyphenated(self, a: _Line, b: _Line) -> bool:
        """``a`` ends with a layout hyphen: the word goes on in lower case and the joined word is known."""
        if not _hyphen_at_end(a, b) or not b.text[:1].islower():
            return False
        head = WORD_RE.findall(a.text[:-1])[-1:] or [""]
        tail = WORD_RE.findall(b.text)[:1] or [""]
        joined = (head[0].rsplit("-", 1)[-1] + tail[0].split("-", 1)[0]).lower()
        self.copy.joins.add(joined)
        return joined in self.words or joined in lexicon()


def _hyphen_at_end(a: _Line, b: _Line) -> bool:
    return a.text.endswith("-") and a.text[-2:-1].isalpha() and b.text[:1].isalpha()


def _paragraph_opens(row: _Line) -> bool:
    """``row`` opens a paragraph whatever stands before it: a number, a label, an opener, a heading's mark."""
    text = row.text
    return bool(_own_label(row) or NUMBER_RE.match(text) or _opens(text) or _heading_mark(text))


def _unmarked_end(row: _Line) -> bool:
    """``row`` ends in a word or number: no mark, no note marker after a word."""
    return row.text[-1:].isalnum() and not MARKER_END_RE.search(row.text)


def _heading_mark(text: str) -> bool:
    """A section's number ("IV", "B.") or an annex's heading ("Annex II") alone on its line."""
    return is_section_number(text) or is_annex_heading(text)


def _ends_body_line(row: _Line) -> bool:
    """The line ends a paragraph of the resolution: notes end with a full stop, paragraphs rarely do."""
    return _end_char(row.text) in ",;:" or bool(CLOSING_LINE_RE.match(row.text))


def _participle(text: str) -> bool:
    """An opener the phrase lists do not have ("Recommitting to …"): a capitalised -ing or -ed word."""
    words = text.split(" ", 2)
    first = words[0].rstrip(",")
    second = words[1] if len(words) > 1 else ""
    adverb = first.endswith("ly") or first in ("Further", "Also", "Again", "Being")
    if adverb and first[1:].islower() and len(words) > 1:  # "Equally concerned", "Further recognising"
        first, second = second.rstrip(","), words[2].split(" ", 1)[0] if len(words) > 2 else ""
    letters = first.replace("-", "", 1) if first.find("-") in (2, 3) else first  # "Re-emphasizing", "Co-sponsoring"
    participle = letters.isalpha() and first[1:].islower() and first.endswith(("ing", "ed")) and len(first) > 5
    # "Recommitting to …", not "United Nations …" nor a title wrapped at "Stockpiling and Use of …"
    return participle and second[:1].islower() and second not in ("and", "or")


def _own_label(row: _Line) -> bool:
    """ "1." or "(a)" alone on its line (pdftotext prints the tab after a number as a line break)."""
    return bool(OWN_NUMBER_RE.match(row.text) or OWN_LABEL_RE.match(row.text))


def _every_line_blank(kept: list[tuple[_Line, bool]]) -> bool:
    """Every printed line is followed by a blank line (another way viewers copy)."""
    gaps = [b.index - a.index > 1 for (a, _), (b, _) in itertools.pairwise(kept)]
    return len(gaps) >= MIN_WRAPPED_LINES and sum(gaps) >= 0.8 * len(gaps)


def _split_notes(rows: list[_Line], count: int) -> list[list[_Line]]:
    """``count`` note texts out of the text lines of a page foot: a note starts after a line that ends a
    sentence; with too few such ends, one line per note and the rest to the last."""
    if count == 0 or not rows:
        return []
    if len(rows) <= count:
        return [[row] for row in rows]
    cuts = [i for i in range(1, len(rows)) if _end_char(rows[i - 1].text) in ".)" and rows[i].text[:1].isupper()]
    if len(cuts) < count - 1:
        cuts = list(range(1, count))
    bounds = [0, *cuts[: count - 1], len(rows)]
    return [rows[a:b] for a, b in itertools.pairwise(bounds)]


def _month_follows(rest: str) -> bool:
    word = rest.strip().split(" ", 1)[0].rstrip(",;.")
    return word in MONTHS


# ---- an edit inside one printed line (the language server's keystrokes) ------------------------
class _Unsafe(Exception):
    """The edit may change the segmentation: segment the new text again."""


def _run_in_before(previous: str, label: str) -> bool:
    """The label before ``label`` ("(a)" before "(b)") stands inside ``previous``, not at its start: the items run on
    in the sentence, so a printed line that opens with the next label only continues it."""
    return any(_in_flow(previous, before) for before in _labels_before(label[1:-1]))


def _labels_before(inner: str) -> list[str]:
    """The labels one step before ``inner``: "(b)" before "(c)", "(iv)" (or "(u)") before "(v)", "(2)" before "(3)"."""
    found = []
    if inner.isdigit():
        found.append(str(int(inner) - 1))
    if len(inner) == 1 and inner.isalpha() and inner != "a":
        found.append(chr(ord(inner) - 1))
    numerals = _numerals()
    if inner in numerals[1:]:
        found.append(numerals[numerals.index(inner) - 1])
    return found


@cache
def _numerals() -> list[str]:
    return [roman_label(index) for index in range(99)]


def _in_flow(previous: str, before: str) -> bool:
    """ "(before) " stands in a list's flow ("namely: (a)", "…; (b)"), not a reference ("paragraph 3 (a) above")."""
    at = previous.find(f"({before}) ")
    return at > 0 and previous[:at].rstrip()[-1:] in (":", ";", ",")


def shifted_copy(old: str, copy: PdfCopy, new: str, start: int, old_end: int) -> tuple[PdfCopy, int, int] | None:
    """The segmentation of ``new`` from ``copy`` (that of ``old``), when ``new`` replaced ``old[start:old_end]``
    by letters inside a word of one body line that changes none of the line's shapes (how it starts and
    ends, its length against the width, no number near the word, no furniture or page break near the
    line, not a word a layout hyphen was tried with): every offset after the edit moves by its length.
    Returns the copy, the index of the first block whose range holds the edit (a paragraph cut by a
    page break holds the notes between its halves) and how many blocks from there on are to be
    built again; None when that is not sure."""
    delta = len(new) - len(old)
    removed, inserted = old[start:old_end], new[start : old_end + delta]
    if not (removed or inserted) or not (removed + inserted).isalpha() or start <= copy.body_start:
        return None
    line_start = old.rfind("\n", 0, start) + 1
    line_end = old.find("\n", old_end)
    line_end = len(old) if line_end == -1 else line_end
    old_text, new_text = old[line_start:line_end].strip(), new[line_start : line_end + delta].strip()
    if "\f" in old[line_start:line_end] or "<!--" in old_text or "-->" in old_text:
        return None
    word_start = start
    while word_start > line_start and old[word_start - 1].isalpha():
        word_start -= 1
    word_end = old_end
    while word_end < line_end and old[word_end].isalpha():
        word_end += 1
    if not _word_alone(old, line_start, line_end, word_start, word_end):
        return None
    words = {old[word_start:word_end].lower(), new[word_start : word_end + delta].lower()}
    lengths = _new_lengths(old_text, new_text, copy)
    if words & copy.joins or lengths is None:
        return None
    before, after = _line_before(old, line_start), _line_after(old, line_end)
    if _fits(before, old_text, after, copy.width) != _fits(before, new_text, after, copy.width):
        return None  # the line now ends early, or no longer does, or so does the line before it
    if _may_print_the_title(old_text, copy) or _may_print_the_title(new_text, copy, added=1):
        return None
    if any(start <= line_end and line_start <= end for _, start, end in copy.furniture):
        return None  # a furniture line inside a paragraph cut by a page break
    holding = [
        index for index, block in enumerate(copy.blocks) if block[0].start <= start and block[-1].end >= word_end
    ]
    if not holding or any(_label_across(block[0], start) for block in copy.blocks):
        return None
    try:
        return _moved_copy(copy, word_start, word_end, delta, lengths), holding[0], holding[-1] - holding[0] + 1
    except _Unsafe:
        return None


def _label_across(line: RawLine, at: int) -> bool:
    """A note whose label stands before ``at`` and whose text after it (labels printed apart from their
    texts): the note's node could not be moved as one piece."""
    return line.label_span is not None and line.label_span[0] < at < line.start


def _word_alone(text: str, line_start: int, line_end: int, word_start: int, word_end: int) -> bool:
    """The word touches no hyphen, and neither the token that holds it nor the tokens on either side
    have a digit (a note marker, a reference); the first word of a line is a plain word (not a
    label) that no layout hyphen on the line before may join."""
    before, after = text[line_start:word_start], text[word_end:line_end]
    if before[-1:] == "-" or after[:1] == "-":
        return False
    head = len(before) - len(before.split()[-1]) if before[-1:].strip() else len(before)
    tail = len(after.split()[0]) if after[:1].strip() else 0
    own = before[head:] + text[word_start:word_end] + after[:tail]
    previous, following = before[:head].split()[-1:], after[tail:].split()[:1]
    if not previous and (not PLAIN_WORD_RE.match(own) or _line_before(text, line_start).endswith("-")):
        return False
    return not any(char.isdigit() for char in own + "".join(previous + following))


def _line_before(text: str, line_start: int) -> str:
    """The last printed line before the line at ``line_start`` (blank lines skipped)."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end].strip()
        end = start - 1
    return ""


def _shape(text: str, width: int) -> tuple:
    """Everything the segmentation asks of one line, besides its numbers and its first and last words."""
    number = NUMBER_RE.match(text)
    return (
        next((kind for kind, pattern in STRONG_FURNITURE if pattern.match(text)), ""),
        _header_symbol(text),
        *(bool(p.match(text)) for p in (OWN_NUMBER_RE, NUMBER_RE, OWN_LABEL_RE, LABEL_RE, TITLE_RE, AUTHORING_RE)),
        *(bool(p.match(text)) for p in (CLOSING_LINE_RE, BARE_NUMBER_RE, COMMENT_LINE_RE, NOTE_INLINE_RE)),
        _opens(text),
        _participle(text),
        bool(number) and _opens(text.split(" ", 1)[1]),
        text[:1],
        _end_char(text),
        text[-2:],
        bool(MARKER_END_RE.search(text)),
        _end_char(TRAILING_MARKER_RE.sub("", text)),
        len(text) >= 0.6 * width,
        len(text) < 0.75 * width,
        len(text) < 120,
        len(text) < 300,
        len(text) >= MIN_TITLE,
        _short_title(text),
        *_item_shape(text),
    )


def _item_shape(text: str) -> tuple:
    """What the reading of the Council's items and subject lines asks of a line's first and last words."""
    dotted = DOT_LABEL_RE.match(text)
    first, last = text.split(" ", 1)[0], text.rsplit(" ", 1)[-1]
    core = last.removeprefix("(").removesuffix(")")
    return (
        dotted.group(1) if dotted else "",
        bool(BULLET_ITEM_RE.match(text)),
        first.lower() in FUNCTION_WORDS,
        last.lower() in FUNCTION_WORDS,
        core.lower() in NOT_A_MARKER_BEFORE,
        len(core) >= 2 and core.isalpha(),
        last.isalpha(),
        bool(ACRONYM_END_RE.search(text)),
        bool(SUBJECT_NUMBER_RE.match(text)),
        text.endswith((" and", " or")),
        text.endswith(("; and", "; or")),
    )


def _fits(before: str, text: str, after: str, width: int) -> tuple[bool, ...]:
    """Whether the first word of ``text`` fits on the line ``before`` it and the first word of the line ``after`` on
    ``text``, at both margins the segmentation uses (:meth:`_Segmenter._ends_early`)."""
    pairs = ((before, text), (text, after))
    return tuple(len(a) + 1 + len(b.split(" ", 1)[0]) < m * width for a, b in pairs for m in (0.7, 0.85))


def _line_after(text: str, line_end: int) -> str:
    """The first printed line after the line that ends at ``line_end`` (blank lines skipped)."""
    start = line_end + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            return text[start:end].strip()
        start = end + 1
    return ""


def _new_lengths(old_text: str, new_text: str, copy: PdfCopy) -> list[int] | None:
    """The line lengths after the edit, when the line keeps its shape and the width stays."""
    if _shape(old_text, copy.width) != _shape(new_text, copy.width):
        return None
    lengths = list(copy.lengths)
    at = bisect_left(lengths, len(old_text))
    if at == len(lengths) or lengths[at] != len(old_text):
        return None
    del lengths[at]
    lengths.insert(bisect_left(lengths, len(new_text)), len(new_text))
    return lengths if _width_of(lengths) == copy.width else None


def _may_print_the_title(text: str, copy: PdfCopy, added: int = 0) -> bool:
    """``text`` is, or with the edit may become, part of a running title: a piece of the masthead's
    title, or a line printed near the running headers as often as a running title is."""
    return text in copy.title or copy.near_counts[text] + added >= MIN_RECURRENCE


def _moved_copy(copy: PdfCopy, word_start: int, word_end: int, delta: int, lengths: list[int]) -> PdfCopy:
    def at(offset: int) -> int:
        if offset <= word_start:
            return offset
        if offset < word_end:
            raise _Unsafe
        return offset + delta

    def pair(span: tuple[int, int]) -> tuple[int, int]:
        return at(span[0]), at(span[1])

    blocks = [
        [
            RawLine(
                line.kind,
                at(line.start),
                at(line.end),
                None if line.bullet is None else pair(line.bullet),
                line.label,
                None if line.label_span is None else pair(line.label_span),
                at(line.text_start),
            )
            for line in block
        ]
        for block in copy.blocks
    ]
    moved = PdfCopy(blocks, body_start=copy.body_start, width=copy.width, joins=copy.joins, title=copy.title)
    moved.near_counts = copy.near_counts
    moved.lengths = lengths
    moved.furniture = [(kind, at(start), at(end)) for kind, start, end in copy.furniture]
    moved.refs = [(label, at(start), at(end)) for label, start, end in copy.refs]
    for name in ("hidden", "page_breaks", "wraps", "own_line_labels", "notes_at_feet", "breaks"):
        setattr(moved, name, [pair(span) for span in getattr(copy, name)])
    moved.facts = dict(copy.facts)
    return moved
