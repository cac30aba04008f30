"""The typed document model: the hub that parsers, rules, exporters and the server share.

Every node carries a :class:`Span` with its exact place in the source text. Offsets count
Python characters (code points); lines and columns are 1-based as Lark reports them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

OPENING_QUOTES = "\u201c\""
"""The quotation marks a press release opens each quoted paragraph with (``Authoring.quoted``)."""


class Span:
    """A half-open range ``[start, end)`` of source offsets, with 1-based line/column of both ends.

    Lines and columns are worked out on first use (most spans are never printed), from the
    document's :class:`LineIndex`, and worked out again when that index has moved on to a newer
    text (an incremental parse moves unchanged nodes instead of building them again).
    """

    __slots__ = ("_generation", "_lines", "_positions", "end", "start")

    def __init__(self, start: int, end: int, lines: LineIndex) -> None:
        self.start = start
        self.end = end
        self._lines = lines
        self._positions: tuple[int, int, int, int] | None = None
        self._generation = -1

    def _resolve(self) -> tuple[int, int, int, int]:
        lines = self._lines
        if self._positions is None or self._generation != lines.generation:
            self._positions = (*lines.position(self.start), *lines.position(self.end))
            self._generation = lines.generation
        return self._positions

    @property
    def line(self) -> int:
        return self._resolve()[0]

    @property
    def column(self) -> int:
        return self._resolve()[1]

    @property
    def end_line(self) -> int:
        return self._resolve()[2]

    @property
    def end_column(self) -> int:
        return self._resolve()[3]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, line={self.line}, column={self.column})"


def newline_starts(text: str) -> list[int]:
    """Offset where each line begins: 0, and after every ``\n``."""
    starts = [0]
    find = text.find
    index = find("\n")
    while index != -1:
        starts.append(index + 1)
        index = find("\n", index + 1)
    return starts


class LineIndex:
    """Maps offsets to 1-based (line, column) in one place, in O(log n).

    An incremental parse keeps one index per open document and :meth:`reset` s it to each new
    text; ``generation`` then tells spans that their cached positions are out of date.
    """

    __slots__ = ("_starts", "generation", "text")

    def __init__(self, text: str) -> None:
        self.generation = 0
        self._index(text)

    def reset(self, text: str) -> None:
        self.generation += 1
        self._index(text)

    def _index(self, text: str) -> None:
        self.text = text
        self._starts = newline_starts(text)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    @property
    def line_starts(self) -> list[int]:
        """Offset where each line begins (after each ``\n``); do not change the list."""
        return self._starts

    def line_start(self, line: int) -> int:
        """Offset where 1-based ``line`` begins."""
        return self._starts[max(0, min(line - 1, len(self._starts) - 1))]

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        index = bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        return min(self.line_start(line) + column - 1, len(self.text))

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self)


class NodeKind(StrEnum):
    HEADING = "heading"
    PROLOGUE = "prologue"
    AUTHORING = "authoring"
    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    SUBPARAGRAPH = "subparagraph"
    FOOTNOTE = "footnote"
    CLOSING = "closing"
    ANNEX = "annex"
    COMMENT = "comment"
    SECTION_HEADING = "section-heading"
    DRAFT = "draft"


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    """A footnote marker in running text: ``[^1]``, a superscript ``²`` or ``^{*}``."""

    label: str
    span: Span
    style: str  # "markdown" | "superscript" | "caret" | "plain" (a PDF copy's digit) | "slash" ("16/", "*/")


@dataclass(frozen=True, slots=True)
class ParagraphRef:
    """One paragraph a "paragraph(s) …" phrase of running text names: "9 (b)" of "paragraph 9 (b)
    above". ``start``/``end`` index the text's ``plain`` (so a text that moves keeps them);
    ``where`` is "above", "below", "of the present resolution", or None (a bare "paragraph 5")."""

    start: int
    end: int
    number: str
    labels: tuple[str, ...]  # ("b",) or ("b", "ii")
    where: str | None
    phrase_start: int  # where the phrase's "paragraph(s)" begins
    phrase_end: int  # where the phrase ends (after "above", "below" …, if any)


@dataclass(frozen=True, slots=True)
class Text:
    """A run of paragraph text as written (``raw``) and with its markup removed (``plain``).

    ``segments`` map the plain text back to the source: each ``(plain_index, offset)`` starts a
    stretch that is copied one to one, ``offset`` counted from ``span.start`` (so a text that
    moves keeps its segments), and :meth:`source_offset` is exact for every plain character.
    ``italics`` are the source spans of the *content* of each italic run (without the ``*``
    markers); ``italic_marks`` the spans including them. ``footnote_refs`` are its footnote marks,
    ``paragraph_refs`` the resolution's own paragraphs it names ("paragraph 9 (b) above").
    """

    raw: str
    span: Span
    plain: str
    segments: tuple[tuple[int, int], ...]
    italics: tuple[Span, ...] = ()
    italic_marks: tuple[Span, ...] = ()
    footnote_refs: tuple[FootnoteRef, ...] = ()
    paragraph_refs: tuple[ParagraphRef, ...] = ()

    def source_offset(self, plain_index: int) -> int:
        """Source offset of ``plain[plain_index]``; the index may equal ``len(plain)``."""
        segments = self.segments
        if not segments:
            return self.span.start
        if plain_index >= len(self.plain):
            if not self.plain:
                return self.span.start
            return self.source_offset(len(self.plain) - 1) + 1
        plain_index = max(0, plain_index)
        low, high = 0, len(segments) - 1
        while low < high:  # last segment whose plain start <= plain_index
            middle = (low + high + 1) // 2
            if segments[middle][0] <= plain_index:
                low = middle
            else:
                high = middle - 1
        plain_start, relative_start = segments[low]
        return self.span.start + relative_start + plain_index - plain_start

    def plain_index(self, source_offset: int) -> int:
        """Index in ``plain`` of the first plain character at or after ``source_offset``."""
        base = self.span.start
        for index, (plain_start, relative_start) in enumerate(self.segments):
            source_start = base + relative_start
            following = self.segments[index + 1][0] if index + 1 < len(self.segments) else len(self.plain)
            length = following - plain_start
            if source_offset < source_start + length:
                return plain_start + max(0, source_offset - source_start)
        return len(self.plain)

    @property
    def written(self) -> str:
        """``plain`` with the no-break spaces and non-breaking hyphens of the source, which ``plain``
        makes ordinary spaces and hyphens (for writers that keep the UN's characters: AKN)."""
        raw = self.raw
        if "\u00a0" not in raw and "\u2011" not in raw:
            return self.plain
        chars = list(self.plain)
        base = self.span.start
        for index, offset in enumerate(self.plain_offsets):
            if raw[offset - base] in "\u00a0\u2011":
                chars[index] = raw[offset - base]
        return "".join(chars)

    @property
    def plain_offsets(self) -> list[int]:
        """Source offset of every plain character (computed; use :meth:`source_offset` in hot paths)."""
        offsets: list[int] = []
        base = self.span.start
        bounds = [*self.segments[1:], (len(self.plain), 0)]
        for (plain_start, relative_start), (next_start, _) in zip(self.segments, bounds, strict=False):
            offsets.extend(range(base + relative_start, base + relative_start + next_start - plain_start))
        return offsets


@dataclass(frozen=True, slots=True)
class Sponsor:
    name: str
    asterisk: bool
    span: Span
    asterisk_span: Span | None = None


@dataclass(frozen=True, slots=True)
class HeadingField:
    """One heading item with the place of its value (``symbol``, ``date``, ``sponsors`` …)."""

    name: str
    value: str
    span: Span


HEADING_FIELDS = (
    "symbol",
    "distribution",
    "date",
    "original",
    "organ",
    "session",
    "session-dates",
    "agenda-item",
    "agenda-title",
    "document-type",
    "adopted",
)
"""Heading items in the order of the UN masthead (and of the front matter that `fmt` writes)."""

DRAFTER_FIELDS = ("code", "signatories")
"""Heading items of a drafter's own heading that the UN's has not: a conference's code for the draft
("GA1/1.1") and the signatories as written; its committee is the ``organ``, its topic the title."""


@dataclass(frozen=True, slots=True)
class Heading:
    fields: tuple[HeadingField, ...] = ()
    sponsors: tuple[Sponsor, ...] = ()
    sponsors_span: Span | None = None
    front_matter: bool = False
    span: Span | None = None
    drafter: bool = False
    """A drafter's own heading (Model UN, NGO): labelled lines "Committee:", "Topic:", "Sponsors:" … (or, in
    front matter, the keys ``code`` or ``signatories``), not the UN's masthead and sponsors line."""

    def get(self, name: str) -> str | None:
        found = self.field(name)
        return found.value if found else None

    def field(self, name: str) -> HeadingField | None:
        for item in self.fields:
            if item.name == name:
                return item
        return None

    @property
    def symbol(self) -> str | None:
        return self.get("symbol")

    @property
    def organ(self) -> str | None:
        return self.get("organ")


@dataclass(frozen=True, slots=True)
class Title:
    number: str | None
    text: str
    span: Span
    number_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Authoring:
    """The organ line, e.g. ``*The Human Rights Council*,``."""

    organ: str
    text: Text
    span: Span

    @property
    def quoted(self) -> bool:
        """The line opens with a quotation mark ("\u201cThe Security Council,"): a press release's copy,
        which opens every paragraph of the resolution with one and closes only the last."""
        return self.text.plain.lstrip()[:1] in OPENING_QUOTES


@dataclass(frozen=True, slots=True)
class Artefact:
    """A mark of conversion from PDF or Word that the text should not keep."""

    kind: str  # "bullet" | "page-break-split" | "run-together" | "caret-marker"
    span: Span
    note: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Common shape of preambular, operative and sub-paragraphs."""

    kind: NodeKind
    text: Text
    span: Span
    phrase: str | None = None  # opener / verb phrase as the UN italicises it
    phrase_span: Span | None = None  # its place in the source (inside italics when present)
    phrase_from: str = "none"  # "italics" | "phrase-list" | "none"
    artefacts: tuple[Artefact, ...] = ()
    parts: tuple[Span, ...] = ()  # more than one when a page break split the paragraph


@dataclass(frozen=True, slots=True)
class AnnexText(Paragraph):
    """A paragraph of annexed text (``NodeKind.ANNEX``), which may be a ``.res.md`` heading of the
    annex: ``level``, ``italic`` and ``written`` as on a heading's :class:`Closing` line."""

    level: int = 0
    italic: bool = False
    written: str = ""


@dataclass(frozen=True, slots=True)
class Preambular(Paragraph):
    """A preambular paragraph; a lead-in ("… a major contribution to:") carries its items. ``label``
    is the label written before its text when it has one ("(a)" of "(a) *To promote* …", an item of
    the paragraph before that the model keeps as a paragraph of its own)."""

    children: tuple[SubParagraph, ...] = ()
    wrap_up: Text | None = None  # flush-left text after the items, continuing the paragraph
    label: str = ""


@dataclass(frozen=True, slots=True)
class SubParagraph(Paragraph):
    label: str = ""  # "a" for "(a)"; "a.", "•", "–" as written
    label_span: Span | None = None
    level: int = 1
    children: tuple[SubParagraph, ...] = ()

    @property
    def bracketed(self) -> bool:
        """The label is written in brackets ("(a)", kept as ``a``); the Council's "a.", "•", "–" are kept as written."""
        return self.label.isalnum()


@dataclass(frozen=True, slots=True)
class Operative(Paragraph):
    number: str | None = None
    number_span: Span | None = None
    children: tuple[SubParagraph, ...] = ()
    wrap_up: Text | None = None  # flush-left text after the sub-paragraphs ("and further requests …")

    @property
    def working_label(self) -> bool:
        """The number is a working text's label ("OP1", "OP3bis"): the negotiators' numbering, kept."""
        return bool(self.number) and self.number.startswith("OP")


@dataclass(frozen=True, slots=True)
class Footnote:
    label: str
    text: Text
    span: Span
    label_span: Span
    style: str  # "markdown" | "superscript" | "caret" | "plain" (a PDF copy's digit) | "slash" ("16/", "*/")


@dataclass(frozen=True, slots=True)
class Comment:
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Closing:
    """A line of its own outside the paragraphs: a closing line (meeting, date, adoption note, vote) or
    a heading's line. ``text`` is the line without markup; ``content`` the line as a ``Text`` (its
    italics, footnote marks, no-break spaces), so that writers read the model, not the source.
    A heading's line also says how it is written: ``level``, the ``#`` markers a ``.res.md`` heading
    opens with (0 without), and ``italic``, the line after them one italic run ("*Stabilisation*").
    ``written`` is ``text`` with the source's no-break spaces, for writers that keep the UN's
    characters (AKN); ``lead`` what is written before ``content`` on a closing line (a label, "1. ",
    in annexed text)."""

    text: str
    span: Span
    content: Text | None = None
    level: int = 0
    italic: bool = False
    written: str = ""
    lead: str = ""


@dataclass(frozen=True, slots=True)
class SectionHeading:
    """A heading inside the body, with all its lines: a section's number and title ("I" /
    "Financial performance report …"), a part's letter ("A"), a subject line between operative
    paragraphs ("Arms embargo"). ``starts_section`` is true when the heading opens a section of its
    own (a number line, or a title followed by preambular paragraphs); a plain subject line inside
    the operative part does not."""

    lines: tuple[Closing, ...]
    span: Span
    number: str | None = None  # "I", "A", "(i)" when the heading is numbered
    title: str = ""
    starts_section: bool = False

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class Annex:
    """Annexed text: "Annex" (or "Annex I" …) and what follows — a declaration, a programme of
    action, a statute, a list. Its numbered paragraphs are not operative paragraphs."""

    title: str
    span: Span
    paragraphs: tuple[Paragraph, ...] = ()


@dataclass(frozen=True, slots=True)
class NestedDraft:
    """A whole draft an operative paragraph recommends for adoption ("… the adoption of the
    following draft resolution:"), with its own authoring line, preamble and operative part.
    ``kind`` is what the lead-in before it names it: "draft resolution" or "draft decision"."""

    span: Span
    authoring: Authoring | None
    preamble: tuple[Preambular, ...] = ()
    operative: tuple[Operative, ...] = ()
    headings: tuple[SectionHeading, ...] = ()
    annexes: tuple[Annex, ...] = ()
    drafts: tuple[NestedDraft, ...] = ()
    kind: str = "draft resolution"


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    """A problem of form found while parsing; reported as RS000."""

    message: str
    span: Span


@dataclass(slots=True)
class Document:
    """A parsed resolution. Built once per text by :func:`resolint.parse`."""

    source: str
    path: str | None
    lines: LineIndex
    heading: Heading = field(default_factory=Heading)
    title: Title | None = None
    authoring: Authoring | None = None
    prologue: list[Paragraph] = field(default_factory=list)
    preamble: list[Preambular] = field(default_factory=list)
    operative: list[Operative] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    closing: list[Closing] = field(default_factory=list)
    sections: list[Closing] = field(default_factory=list)  # headings inside the body ("A. Follow-up")
    annex: list[Paragraph] = field(default_factory=list)  # every annexed paragraph (of all annexes)
    headings: list[SectionHeading] = field(default_factory=list)  # sections' and subject headings, grouped
    annexes: list[Annex] = field(default_factory=list)
    drafts: list[NestedDraft] = field(default_factory=list)  # drafts nested in operative paragraphs
    part_authorings: list[Authoring] = field(default_factory=list)  # the authoring lines of parts B, C …
    comments: list[Comment] = field(default_factory=list)
    layout: list[Artefact] = field(default_factory=list)  # a PDF copy's furniture, wraps … (grammar/pdfcopy.py)
    problems: list[SyntaxProblem] = field(default_factory=list)
    form: str = "pasted"  # "res.md" when front matter opens the file, else "pasted"
    _derived: dict = field(default_factory=dict, repr=False, compare=False)  # lists below, worked out once

    def _derived_list(self, name: str, make: Callable[[], list]) -> list:
        """``make()`` once per state of the node lists (rules ask for the same lists many times)."""
        state = (
            len(self.preamble),
            len(self.operative),
            len(self.footnotes),
            len(self.annex),
            len(self.drafts),
            self.authoring,
        )
        cached = self._derived.get(name)
        if cached is None or cached[0] != state:
            cached = (state, make())
            self._derived[name] = cached
        return list(cached[1])

    def operative_sections(self) -> list[list[Operative]]:
        """The operative paragraphs of each section (one list when the resolution has none): a
        heading that opens a section ends the list before it."""
        return operative_sections(self.operative, self.headings)

    def heading_between(self, start: int, end: int) -> SectionHeading | None:
        """The last heading that lies between two offsets (a paragraph's end and the next's start)."""
        starts = [heading.span.start for heading in self.headings]
        index = bisect_left(starts, end) - 1
        return self.headings[index] if index >= 0 and starts[index] >= start else None

    def footnote_refs(self) -> list[FootnoteRef]:
        """Every footnote reference of the body texts, in source order."""
        return self._derived_list("footnote_refs", self._footnote_refs)

    def _footnote_refs(self) -> list[FootnoteRef]:
        refs: list[FootnoteRef] = []
        for text in self.texts():
            refs.extend(text.footnote_refs)
        return sorted(refs, key=lambda ref: ref.span.start)

    def paragraphs(self) -> list[Paragraph]:
        """Preambular, operative and sub-paragraphs in source order."""
        return self._derived_list("paragraphs", self._paragraphs)

    def _paragraphs(self) -> list[Paragraph]:
        found: list[Paragraph] = []
        for preambular in self.preamble:
            found.append(preambular)
            found.extend(walk_subparagraphs(preambular.children))
        for para in self.operative:
            found.append(para)
            found.extend(walk_subparagraphs(para.children))
        return sorted(found, key=lambda p: p.span.start)

    def texts(self) -> list[Text]:
        """Every running text of the body (authoring, paragraphs, footnotes)."""
        return self._derived_list("texts", self._texts)

    def _texts(self) -> list[Text]:
        found = [p.text for p in self.paragraphs()]
        found.extend(p.wrap_up for p in [*self.preamble, *self.operative] if p.wrap_up is not None)
        if self.authoring:
            found.append(self.authoring.text)
        found.extend(a.text for a in self.part_authorings)
        found.extend(p.text for p in self.annex)
        for draft in self.drafts:
            found.extend(draft_texts(draft))
        found.extend(fn.text for fn in self.footnotes)
        return found

    def body_texts(self) -> list[Text]:
        """Paragraph texts only (no footnotes), in source order."""
        return self._derived_list("body_texts", lambda: [p.text for p in self.paragraphs()])


def operative_sections(operative: list[Operative] | tuple[Operative, ...], headings) -> list[list[Operative]]:
    """Operative paragraphs grouped by the sections that ``headings`` open (see SectionHeading)."""
    starts = sorted(h.span.start for h in headings if h.starts_section)
    groups: list[list[Operative]] = [[]]
    index = 0
    for paragraph in operative:
        crossed = False
        while index < len(starts) and starts[index] < paragraph.span.start:
            index += 1
            crossed = True
        if crossed and groups[-1]:
            groups.append([])
        groups[-1].append(paragraph)
    return [group for group in groups if group]


def numbering_is_clear(sections: list[list[Operative]]) -> bool:
    """One scheme holds: no sections, numbering afresh in each, or numbers carrying on across
    every section boundary. A mix (parts restarting, their sections carrying on) is not clear."""
    return len(sections) == 1 or numbering_restarts(sections) or all(map(_carries_on, sections, sections[1:]))


def operative_excerpt_start(document: Document) -> int:
    """The first number of a text that is a piece of an operative part: with no authoring line and no preamble,
    numbers running on from one above 1 ("7.", "8.", "9.") are a page or a quotation from within the operative
    part, numbered as the whole text numbers it. 1 for any other text."""
    if document.authoring is not None or document.preamble:
        return 1
    numbers = [paragraph.number or "" for paragraph in document.operative]
    if not numbers or not all(number.isdecimal() for number in numbers):
        return 1
    first = int(numbers[0])
    return first if numbers == [str(first + offset) for offset in range(len(numbers))] else 1


def _carries_on(before: list[Operative], after: list[Operative]) -> bool:
    """The first number of a section carries on from the last number of the section before."""
    last = next((p.number for p in reversed(before) if p.number), None)
    first = after[0].number
    return bool(last and first and last.isdecimal() and first == str(int(last) + 1))


def numbering_restarts(sections: list[list[Operative]]) -> bool:
    """The document numbers its operative paragraphs afresh in each section (1, 2 … / 1, 2 …):
    every later section opens with paragraph 1 or with a single unnumbered paragraph."""
    later = [group[0].number for group in sections[1:]]
    return bool(later) and all(number in (None, "1") for number in later) and "1" in later


def draft_texts(draft: NestedDraft) -> list[Text]:
    """Every running text of a nested draft (authoring, paragraphs, annexes, inner drafts)."""
    found = [draft.authoring.text] if draft.authoring else []
    for paragraph in draft.preamble:
        found.append(paragraph.text)
    for paragraph in draft.operative:
        found.append(paragraph.text)
        found.extend(child.text for child in walk_subparagraphs(paragraph.children))
    for annex in draft.annexes:
        found.extend(p.text for p in annex.paragraphs)
    for inner in draft.drafts:
        found.extend(draft_texts(inner))
    return found


def walk_subparagraphs(items: tuple[SubParagraph, ...]) -> list[SubParagraph]:
    found: list[SubParagraph] = []
    for item in items:
        found.append(item)
        found.extend(walk_subparagraphs(item.children))
    return found
