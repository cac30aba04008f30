"""Builds the typed model from the lines the grammar classified.

The grammar says what each line is (an operative number, a sub-paragraph label, a footnote
definition, running text …); the builder decides, from the order of blocks, where the heading
ends, which paragraphs form the preamble and the operative part, which text lines belong
together (wrapped lines, paragraphs split by a page break or run together on one line), and
what each paragraph's opening phrase is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from resolint.grammar.frontmatter import read_front_matter
from resolint.grammar.heading import HeadingReader
from resolint.grammar.inline import InlineScan, build_text, scan_inline, scan_parts, strip_marks
from resolint.grammar.parser import FrontMatter, Movable, RawLine, shifted
from resolint.grammar.pdfcopy import PdfCopy, layout_artefacts, read_pdf_copy
from resolint.model import (
    Artefact,
    Authoring,
    Closing,
    Comment,
    Document,
    Footnote,
    LineIndex,
    NodeKind,
    Operative,
    Paragraph,
    Preambular,
    Span,
    SubParagraph,
    SyntaxProblem,
    Text,
)
from resolint.refdata import ORGANS, match_operative, match_preambular

if TYPE_CHECKING:
    from resolint.grammar.incremental import BuildMemo

AUTHORING_RE = re.compile(r"^The ([A-Z][\w’'-]*(?: (?:[A-Z][\w’'()-]*|and|of|on|for|the|in))*),?$")
CLOSING_RE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th) (?:\(?resumed\)? )?(?:plenary )?meeting\b"
    r"|\[?\s*Adopted\b"
    r"|\d{1,2} [A-Z][a-z]+ \d{4}\.?$"
    r"|\(?Signed\)?"
    r")",
    re.IGNORECASE,
)
ASTERISK_NOTE_RE = re.compile(r"^(?:States?|On behalf|Reissued|Non-member|Member States?)\b")
FUNCTION_WORDS = {"to", "that", "of", "at", "on", "the", "by", "in", "with", "for", "a", "an", "its", "all"}
TERMINAL_PUNCTUATION = ".,;:!?"
TRAILING_MARKS_RE = re.compile(r"(?:\[\^[^\]\s]+\]|\^\{[^}]*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹*_\s])+$")
MARK_ENDINGS = frozenset("]}⁰¹²³⁴⁵⁶⁷⁸⁹*_")  # the last character of every match of TRAILING_MARKS_RE but spaces


@dataclass
class Unit(Movable):
    """A stretch of source that makes one paragraph-like thing (before classification)."""

    kind: str
    start: int
    end: int
    text_start: int
    block: int
    bullet: tuple[int, int] | None = None
    label: str | None = None
    label_span: tuple[int, int] | None = None
    lines: list[tuple[int, int]] = field(default_factory=list)
    run_together: bool = False
    scan: InlineScan | None = None  # the inline scan of (text_start, end), when already made
    derived: dict = field(default_factory=dict)  # facts of the unit's text, worked out once (it never changes)

    def shift(self, delta: int) -> None:
        """Move the unit ``delta`` characters on (the incremental build reuses units of unchanged blocks)."""
        Movable.shift(self, delta)
        self.lines = [(start + delta, end + delta) for start, end in self.lines]
        self.scan = None  # its offsets are the old ones

    @classmethod
    def from_line(cls, line: RawLine, block: int) -> Unit:
        return cls(
            line.kind,
            line.start,
            line.end,
            line.text_start,
            block,
            line.bullet,
            line.label,
            line.label_span,
            [(line.start, line.end)],
        )


def build_document(
    source: str,
    path: str | None,
    lines: LineIndex,
    front: FrontMatter | None,
    blocks: list[list[RawLine]],
    *,
    plain: bool = False,
    memo: BuildMemo | None = None,
) -> Document:
    """The document; with ``plain`` every block is kept as prologue text (the last-resort reading).

    With ``memo`` (an incremental parse), nodes whose source is unchanged are taken over from the
    previous build of the same document instead of being built again.
    """
    doc = Document(source=source, path=path, lines=lines)
    if plain:
        for block in blocks:
            for line in block:
                text = build_text(source, [(line.start, line.end)], lines)
                doc.prologue.append(Paragraph(NodeKind.PROLOGUE, text, text.span))
        return doc
    builder = _Builder(doc, memo)
    if memo is not None:
        memo.begin(lines)
    builder.run(front, blocks)
    if memo is not None:
        memo.finish()
    return doc


class _Builder:
    def __init__(self, doc: Document, memo: BuildMemo | None = None) -> None:
        self.doc = doc
        self.memo = memo
        self.source = doc.source
        self.lines = doc.lines
        self.last_paragraph: _Pending | None = None
        self.pending: list[_Pending] = []
        self.notes_since_paragraph = False  # footnote definitions met since the last paragraph
        self.collecting_items = False  # unlabelled items are being added to a lead-in paragraph
        self.copy: PdfCopy | None = None  # the segmentation of a PDF copy (grammar/pdfcopy.py)

    # ---- pipeline -------------------------------------------------------------------------
    def run(self, front: FrontMatter | None, blocks: list[list[RawLine]]) -> None:
        # ---- segmentation of a PDF copy (grammar/pdfcopy.py): one grammar line per paragraph ----
        self.copy = read_pdf_copy(self.source) if front is None else None
        if self.copy is not None:
            blocks = self.copy.blocks  # pdf2: memo only from the incremental parser (fresh for a new segmentation)
            self.doc.layout.extend(layout_artefacts(self.copy, self.lines))
        units = self._units(blocks)
        if front is not None:
            self.doc.form = "res.md"
            heading, title, problems = read_front_matter(self.source, front, self.lines)
            self.doc.heading = heading
            self.doc.title = title
            self.doc.problems.extend(problems)
        body_start = self._body_start(units)
        heading_units = units[:body_start]
        if front is None:
            reader = HeadingReader(self.source, self.lines)
            leftover = reader.read(heading_units)
            self.doc.heading = reader.heading()
            self.doc.title = reader.title
        else:
            leftover = [u for u in heading_units if u.kind != "comment"]
            for unit in heading_units:
                if unit.kind == "comment":
                    self._comment(unit)
        for unit in leftover:
            self._footnote_or_prologue(unit)
        self._body(units[body_start:])
        self._finish()

    # ---- units ----------------------------------------------------------------------------
    def _units(self, blocks: list[list[RawLine]]) -> list[Unit]:
        """The units of every block; an incremental build takes those of unchanged blocks over."""
        units: list[Unit] = []
        memo = self.memo
        source = self.source
        for index, block in enumerate(blocks):
            if memo is None:
                units += self._split_run_together(self._block_units(block, index))
                continue
            start, end = block[0].start, block[-1].end
            found = memo.units_of_block(index, lambda start=start, end=end: source[start:end], start)
            if found is None:
                found = self._split_run_together(self._block_units(block, index))
            memo.keep_block(start, end, found)
            units += found
        return units

    def _block_units(self, block: list[RawLine], index: int) -> list[Unit]:
        units: list[Unit] = []
        current: Unit | None = None
        for line in block:
            if line.kind == "text" and current is not None and self._continues(current, line):
                current.end = line.end
                current.lines.append((line.start, line.end))
                continue
            if line.kind == "text" and not self.source[line.start : line.end].strip():
                continue
            current = Unit.from_line(line, index)
            units.append(current)
            if line.kind == "comment":
                current = None
        return units

    def _continues(self, current: Unit, line: RawLine) -> bool:
        if current.kind == "comment":
            return False
        first = self.source[line.start : line.end].lstrip()[:1]
        if not first:
            return True
        if current.kind.startswith("footnote"):
            return first.islower() or self.source[line.start : line.start + 1] in " \t"
        if first.islower():
            return True
        previous = self.source[current.start : current.end].rstrip()
        return bool(previous) and previous[-1] not in TERMINAL_PUNCTUATION and not previous.endswith("*")

    def _split_run_together(self, units: list[Unit]) -> list[Unit]:
        """Split units where paragraphs were run together on one line ("…rights,*Recalling* …")."""
        result: list[Unit] = []
        for unit in units:
            if unit.kind == "comment" or "*" not in self.source[unit.text_start : unit.end]:
                result.append(unit)
                continue
            cuts = self._run_together_cuts(unit)
            if not cuts:
                result.append(unit)
                continue
            bounds = [unit.start, *cuts, unit.end]
            for i in range(len(bounds) - 1):
                piece_start, piece_end = bounds[i], bounds[i + 1]
                piece = Unit(
                    unit.kind if i == 0 else "text",
                    piece_start,
                    piece_end,
                    unit.text_start if i == 0 else piece_start,
                    unit.block,
                    unit.bullet if i == 0 else None,
                    unit.label if i == 0 else None,
                    unit.label_span if i == 0 else None,
                    _clip_lines(unit.lines, piece_start, piece_end),
                    run_together=i > 0,
                )
                result.append(piece)
        return result

    def _run_together_cuts(self, unit: Unit) -> list[int]:
        """Where another paragraph starts inside the unit: an italic opener right after a mark or a word."""
        scan = scan_inline(self.source, unit.text_start, unit.end, self.lines)
        cuts = sorted(
            e.open_start
            for e in scan.emphases
            if e.open_start > unit.text_start
            and _joins_paragraphs(self.source[e.open_start - 1])
            and _starts_paragraph(self.source[e.open_end : e.open_end + 1])
        )
        if not cuts:
            unit.scan = scan
        return cuts

    def _carried(self, pending: _Pending, base: int) -> Paragraph:
        """The node of a paragraph that is one unit and nothing else: kept on the unit itself, which
        the incremental build reuses while its block is unchanged (and moves with it)."""
        memo = self.memo
        assert memo is not None
        wanted = (pending.kind, pending.level)
        carried = pending.unit.derived.get("node")
        if carried is not None and carried[0] == wanted:
            return memo.move(carried[1], base, self.doc.problems)
        problems_before = len(self.doc.problems)
        node = pending.build(self)
        entry = memo.entry(node, base, self.doc.problems[problems_before:])
        pending.unit.derived["node"] = (wanted, entry)
        return node

    def _reused(self, key: tuple, base: int, build: Callable[[], Any]) -> Any:
        """``build()``, or the node of the previous build with the same ``key`` (moved to ``base``)."""
        memo = self.memo
        if memo is None:
            return build()
        node = memo.reuse(key, base, self.doc.problems)
        if node is None:
            problems_before = len(self.doc.problems)
            node = build()
            memo.keep(key, base, node, self.doc.problems[problems_before:])
        return node

    def _plain_head(self, unit: Unit, limit: int = 200) -> str:
        key = ("head", limit)
        head = unit.derived.get(key)
        if head is None:
            head = unit.derived[key] = strip_marks(
                self.source[unit.text_start : min(unit.end, unit.text_start + limit)]
            )
        return head

    def _body_start(self, units: list[Unit]) -> int:
        for index, unit in enumerate(units):
            if unit.kind in ("text", "bullet") and unit.end - unit.text_start < 160:
                plain = strip_marks(self.source[unit.text_start : unit.end])
                match = AUTHORING_RE.match(plain)
                if match and _looks_like_organ(match.group(1)):
                    return index
        for index, unit in enumerate(units):
            if unit.kind == "operative":
                return index
            if unit.kind in ("text", "bullet"):
                if self.source[unit.text_start : unit.text_start + 1] in ("*", "_"):
                    return index
                found = match_preambular(self._plain_head(unit))
                if found and found.known and len(found.phrase.split()) <= 6:
                    return index
        return len(units)

    # ---- body -----------------------------------------------------------------------------
    def _body(self, units: list[Unit]) -> None:
        region = "preamble"
        numbered = any(unit.kind == "operative" for unit in units)
        for index, unit in enumerate(units):
            if unit.kind == "comment":
                self._comment(unit)
                continue
            if unit.kind.startswith("footnote") or self._is_asterisk_note(unit):
                self._footnote(unit)
                self.notes_since_paragraph = True
                continue
            if index == 0 and self.doc.authoring is None and self._authoring(unit):
                continue
            if region == "closing":
                self._closing(unit)
                continue
            if region == "annex":
                self._annex(unit)
                continue
            head = self._plain_head(unit, 200).lstrip()
            if unit.kind == "text" and self._section_heading(unit, head):
                if region == "operative" and self._lead_in_open():
                    region = "annex"  # "Adopts the following declaration:" + its title: the annexed text
                continue
            if self.last_paragraph and (
                (unit.kind in ("text", "bullet") and head[:1].islower()) or self._continues_after_break(unit, head)
            ):
                self.last_paragraph.add_part(unit, "page-break-split" if not unit.run_together else "")
                continue
            if region == "operative" and unit.kind == "text" and self._items_follow() and not _opens(head):
                self.last_paragraph.add_part(unit, "")  # unlabelled items of a lead-in ("Panel 1: …")
                self.collecting_items = True
                continue
            if unit.kind == "operative" and self._numbered_items_of_lead_in(head):
                region = "annex"  # "*Resolves* that, for the biennium:" + "1. Appropriations …": its items
                self._annex(unit)
            elif unit.kind == "operative":
                region = "operative"
                self._add(_Pending(NodeKind.OPERATIVE, unit))
            elif unit.kind == "sub":
                self._sub(unit, region)
            elif region == "preamble" and (not numbered or _lead_in(head)) and _single_operative(head):
                region = "operative"
                self._add(_Pending(NodeKind.OPERATIVE, unit))
            elif region == "preamble":
                self._add(_Pending(NodeKind.PREAMBULAR, unit))
            elif CLOSING_RE.match(head) and len(head) < 160:
                region = "closing"
                self._closing(unit)
            else:
                self._after_operative(unit, head)

    def _numbered_items_of_lead_in(self, head: str) -> bool:
        """Numbered clauses that carry on an unnumbered lead-in (budget resolutions) rather than
        operative paragraphs: the first operative paragraph is unnumbered and ends with ":", and this
        numbered block opens with no operative verb."""
        last = self.last_paragraph
        if last is None or last.kind != NodeKind.OPERATIVE or last.unit.label or not self._lead_in_open():
            return False
        verb = match_operative(head)
        return not (verb and verb.known)

    def _items_follow(self) -> bool:
        return self.collecting_items or self._lead_in_open()

    def _lead_in_open(self) -> bool:
        """The last paragraph introduces what follows ("… as follows:") and has no sub-paragraphs yet."""
        last = self.last_paragraph
        if last is None or last.children:
            return False
        return last.fact("lead-in", lambda: _lead_in(strip_marks(self.source[last.unit.text_start : last.end][-200:])))

    def _annex(self, unit: Unit) -> None:
        """Text annexed by an operative paragraph (a declaration, a programme of action): kept and
        linted as text, not as operative paragraphs of the resolution."""
        if unit.kind == "text" and CLOSING_RE.match(self._plain_head(unit, 160).lstrip()):
            self._closing(unit)
            return
        self.doc.annex.append(
            self._reused(
                ("annex", self.source[unit.start : unit.end]),
                unit.start,
                lambda: self._plain_paragraph(unit, NodeKind.ANNEX),
            )
        )

    def _plain_paragraph(self, unit: Unit, kind: NodeKind) -> Paragraph:
        text = build_text(self.source, [(unit.start, unit.end)], self.lines)
        return Paragraph(kind, text, text.span)

    def _continues_after_break(self, unit: Unit, head: str) -> bool:
        """A block that carries on the paragraph before, cut by a page break before a capital
        ("…, encourages the" / "Government to consolidate …"): the paragraph before ends in a
        word, and this block has no number, opener or verb of its own."""
        last = self.last_paragraph
        if last is None or unit.kind != "text" or unit.run_together or unit.block == last.unit.block:
            return False
        if self.copy is not None:  # a PDF copy's segmentation has joined its page-break halves already
            return False
        previous = last.fact(
            "last-char", lambda: _last_char_before_marks(self.source[last.unit.start : last.end].rstrip())
        )
        if not previous:
            return False
        if previous.isalnum():
            return not any(m and m.known for m in (match_preambular(head), match_operative(head)))
        # "…Novaya Gazeta," / footnotes of the page / "Echo of Moscow and …": a comma, the page's
        # footnotes between, and no opening phrase at all in the block that follows
        return previous == "," and self.notes_since_paragraph and match_preambular(head) is None

    def _section_heading(self, unit: Unit, head: str) -> bool:
        """A heading inside the body ("### Follow-up", "A. Follow-up"): kept as a section, not a paragraph."""
        is_heading = unit.derived.get("section-heading")
        if is_heading is None:
            is_heading = unit.derived["section-heading"] = self._looks_like_heading(unit, head)
        if is_heading:
            raw = self.source[unit.text_start : unit.end].strip()
            text = strip_marks(raw.lstrip("#").strip())
            self.doc.sections.append(Closing(text, self.lines.span(unit.start, unit.end)))
        return is_heading

    def _looks_like_heading(self, unit: Unit, head: str) -> bool:
        raw = self.source[unit.text_start : unit.end].strip()
        return raw.startswith("#") or (
            len(unit.lines) == 1
            and 0 < len(head) < 80
            and head[0].isupper()
            and raw[:1] not in "*_"
            and not any(mark in head for mark in ",;:")
            and head[-1] not in TERMINAL_PUNCTUATION
            and not any(m and m.known for m in (match_operative(head), match_preambular(head)))
            and not CLOSING_RE.match(head)
        )

    def _closing(self, unit: Unit) -> None:
        """The meeting line, the date, the voting record and anything after them (annexes)."""
        text = strip_marks(self.source[unit.text_start : unit.end])
        self.doc.closing.append(Closing(text, self.lines.span(unit.start, unit.end)))

    def _after_operative(self, unit: Unit, head: str) -> None:
        preambular = match_preambular(head)
        operative = match_operative(head)
        if preambular and preambular.known and not (operative and operative.known):
            self._add(_Pending(NodeKind.PREAMBULAR, unit))
        else:
            self._add(_Pending(NodeKind.OPERATIVE, unit))

    def _sub(self, unit: Unit, region: str) -> None:
        parent = self._last_operative()
        if parent is None or region == "preamble":
            self._add(_Pending(NodeKind.PREAMBULAR if region == "preamble" else NodeKind.OPERATIVE, unit))
            return
        pending = _Pending(NodeKind.SUBPARAGRAPH, unit)
        label = (unit.label or "").strip("()")
        pending.level = _sub_level(label, parent)
        if pending.level == 2 and parent.children:
            parent.children[-1].children.append(pending)
        else:
            pending.level = 1
            parent.children.append(pending)
        self.last_paragraph = pending
        self.collecting_items = False

    def _last_operative(self) -> _Pending | None:
        for pending in reversed(self.pending):
            if pending.kind == NodeKind.OPERATIVE:
                return pending
        return None

    def _add(self, pending: _Pending) -> None:
        self.pending.append(pending)
        self.last_paragraph = pending
        self.notes_since_paragraph = False
        self.collecting_items = False

    def _authoring(self, unit: Unit) -> bool:
        if unit.end - unit.text_start > 160:
            return False
        plain = strip_marks(self.source[unit.text_start : unit.end])
        match = AUTHORING_RE.match(plain)
        if not match or not _looks_like_organ(match.group(1)):
            return False
        text = build_text(self.source, [(unit.text_start, unit.end)], self.lines)
        span = self.lines.span(unit.start, unit.end)
        self.doc.authoring = Authoring(match.group(1), text, span)
        return True

    def _is_asterisk_note(self, unit: Unit) -> bool:
        if unit.kind != "bullet" or unit.bullet is None or self.source[unit.bullet[0]] != "*":
            return False
        return bool(ASTERISK_NOTE_RE.match(self.source[unit.text_start : unit.end].lstrip()))

    def _footnote(self, unit: Unit) -> None:
        base = unit.start
        key = (
            "footnote",
            unit.kind,
            shifted(unit.bullet, -base),
            unit.label,
            shifted(unit.label_span, -base),
            unit.text_start - base,
            self.source[base : unit.end],
        )
        self.doc.footnotes.append(self._reused(key, base, lambda: self._build_footnote(unit)))

    def _build_footnote(self, unit: Unit) -> Footnote:
        if unit.kind == "bullet":  # "* State not a member of the Human Rights Council."
            label, style = "*", "asterisk"
            label_span = unit.bullet or (unit.start, unit.start + 1)
            label_span = (label_span[0], label_span[0] + 1)
        else:
            raw = unit.label or ""
            label_span = unit.label_span or (unit.start, unit.start)
            if unit.kind == "footnote_md":
                label, style = raw[2:-2], "markdown"
            elif raw.startswith("^"):
                label, style = raw.strip("^{}"), "caret"
            else:
                label, style = raw.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")), "superscript"
        parts = [(unit.text_start, unit.end)]
        scan = self.copy.marked(scan_parts(self.source, parts, self.lines), parts, self.lines) if self.copy else None
        text = build_text(self.source, parts, self.lines, scan)
        return Footnote(label, text, self.lines.span(unit.start, unit.end), self.lines.span(*label_span), style)

    def _comment(self, unit: Unit) -> None:
        self.doc.comments.append(Comment(self.source[unit.start : unit.end], self.lines.span(unit.start, unit.end)))

    def _footnote_or_prologue(self, unit: Unit) -> None:
        if unit.kind == "comment":
            self._comment(unit)
        elif unit.kind.startswith("footnote") or self._is_asterisk_note(unit):
            self._footnote(unit)
        else:
            key = ("prologue", self.source[unit.start : unit.end])
            self.doc.prologue.append(
                self._reused(key, unit.start, lambda: self._plain_paragraph(unit, NodeKind.PROLOGUE))
            )

    # ---- finishing ------------------------------------------------------------------------
    def _finish(self) -> None:
        for pending in self.pending:
            base = pending.unit.start
            if self.memo is None:
                node = pending.build(self)
            elif pending.single_unit:
                node = self._carried(pending, base)
            else:
                key = pending.shape(base), self.source[base : pending.extent_end()]
                node = self._reused(key, base, lambda pending=pending: pending.build(self))
            if isinstance(node, Operative):
                self.doc.operative.append(node)
            elif isinstance(node, Preambular):
                self.doc.preamble.append(node)
        self.doc.comments.sort(key=lambda c: c.span.start)
        self.doc.footnotes.sort(key=lambda f: f.span.start)
        if "<!--" in self.source:  # most documents have no comment at all
            for text in self.doc.texts():
                self._inline_problems(text)

    def _inline_problems(self, text: Text) -> None:
        raw = text.raw
        index = raw.find("<!--")
        while index != -1:
            close = raw.find("-->", index)
            if close == -1:
                start = text.span.start + index
                self.doc.problems.append(
                    SyntaxProblem(
                        "comment opened with '<!--' is never closed with '-->'", self.lines.span(start, start + 4)
                    )
                )
                return
            index = raw.find("<!--", close)

    def paragraph_text(self, pending: _Pending) -> tuple[Text, list[tuple[int, int]]]:
        parts = [(pending.unit.text_start, pending.unit.end)] + [(u.text_start, u.end) for u in pending.extra]
        unit = pending.unit
        scan = unit.scan if unit.scan is not None and len(parts) == 1 else scan_parts(self.source, parts, self.lines)
        if self.copy is not None:  # a PDF copy's plain-digit note markers and layout hyphens
            scan = self.copy.marked(scan, parts, self.lines)
        text = build_text(self.source, parts, self.lines, scan)
        for u_start, u_end in scan.unclosed:
            self.doc.problems.append(
                SyntaxProblem(
                    "emphasis marker is never closed: close the italics with a matching '*'",
                    self.lines.span(u_start, u_end),
                )
            )
        return text, parts


@dataclass
class _Pending:
    kind: NodeKind
    unit: Unit
    extra: list[Unit] = field(default_factory=list)
    artefacts: list[tuple[str, int, int]] = field(default_factory=list)
    children: list[_Pending] = field(default_factory=list)
    level: int = 1

    def add_part(self, unit: Unit, artefact: str) -> None:
        self.extra.append(unit)
        if artefact:
            self.artefacts.append((artefact, unit.start, unit.start + 1))

    @property
    def end(self) -> int:
        return self.extra[-1].end if self.extra else self.unit.end

    @property
    def single_unit(self) -> bool:
        """The paragraph is its unit and nothing else (no continuation, sub-paragraph or artefact)."""
        return not (self.extra or self.children or self.artefacts)

    def fact(self, name: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, kept on the unit when the paragraph is its unit alone (the unit's text never changes)."""
        if self.extra:
            return compute()
        found = self.unit.derived.get(name)
        if found is None:
            found = self.unit.derived[name] = compute()
        return found

    def extent_end(self) -> int:
        """End of the paragraph with all its sub-paragraphs."""
        return max([self.end, *(child.extent_end() for child in self.children)])

    def shape(self, base: int) -> tuple:
        """Everything the node is built from but the source text, with offsets counted from ``base``."""
        unit = self.unit
        return (
            self.kind,
            self.level,
            unit.kind,
            unit.start - base,
            unit.end - base,
            unit.text_start - base,
            shifted(unit.bullet, -base),
            unit.label,
            shifted(unit.label_span, -base),
            unit.run_together,
            tuple((part.text_start - base, part.end - base) for part in self.extra),
            tuple((kind, start - base, end - base) for kind, start, end in self.artefacts),
            tuple(child.shape(base) for child in self.children),
        )

    def build(self, builder: _Builder) -> Paragraph:
        lines = builder.lines
        text, parts = builder.paragraph_text(self)
        span = lines.span(self.unit.start, self.end)
        artefacts = [Artefact(kind, lines.span(s, e)) for kind, s, e in self.artefacts]
        if self.unit.bullet:
            artefacts.append(Artefact("bullet", lines.span(*self.unit.bullet)))
        if self.unit.run_together:
            artefacts.append(Artefact("run-together", lines.span(self.unit.start, self.unit.start + 1)))
        part_spans = tuple(lines.span(s, e) for s, e in parts)
        label_span = lines.span(*self.unit.label_span) if self.unit.label_span else None
        common = {
            "text": text,
            "span": span,
            "artefacts": tuple(artefacts),
            "parts": part_spans,
        }
        if self.kind == NodeKind.SUBPARAGRAPH:
            children = tuple(child.build(builder) for child in self.children)
            return SubParagraph(
                NodeKind.SUBPARAGRAPH,
                **common,
                label=(self.unit.label or "").strip("()"),
                label_span=label_span,
                level=self.level,
                children=children,  # type: ignore[arg-type]
            )
        phrase, phrase_span, phrase_from = detect_phrase(text, self.kind, lines)
        if self.kind == NodeKind.OPERATIVE:
            children = tuple(child.build(builder) for child in self.children)
            number = (self.unit.label or "").rstrip(".") or None
            return Operative(
                NodeKind.OPERATIVE,
                **common,
                phrase=phrase,
                phrase_span=phrase_span,
                phrase_from=phrase_from,
                number=number,
                number_span=label_span,
                children=children,  # type: ignore[arg-type]
            )
        return Preambular(
            NodeKind.PREAMBULAR, **common, phrase=phrase, phrase_span=phrase_span, phrase_from=phrase_from
        )


def detect_phrase(text: Text, kind: NodeKind, lines: LineIndex) -> tuple[str | None, Span | None, str]:
    """The opening phrase: from the italics where they open the paragraph, else from the phrase lists."""
    plain = text.plain
    lead = len(plain) - len(plain.lstrip())
    body = plain[lead:]
    matcher = match_operative if kind == NodeKind.OPERATIVE else match_preambular
    first_italic = text.italics[0] if text.italics else None
    if first_italic is not None and text.source_offset(lead) == first_italic.start:
        italic_text = _plain_of(text, first_italic)
        phrase = italic_text.rstrip(" ,;:.").strip()
        if phrase.rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS:  # "*Decides to*": is "to" part of it?
            listed = matcher(body)
            if listed and listed.known and phrase.startswith(listed.phrase) and phrase != listed.phrase:
                extra = phrase[len(listed.phrase) :].split()
                if extra and all(word.lower() in FUNCTION_WORDS for word in extra):
                    phrase = listed.phrase
        if phrase:
            start = first_italic.start
            end = text.source_offset(lead + len(phrase) - 1) + 1
            return phrase, lines.span(start, end), "italics"
    listed = matcher(body)
    if listed is None:
        return None, None, "none"
    start = text.source_offset(lead)
    end = text.source_offset(lead + listed.end - 1) + 1
    return listed.phrase, lines.span(start, end), "phrase-list" if listed.known else "guess"


def _plain_of(text: Text, span: Span) -> str:
    """The plain text covered by a source span."""
    return text.plain[text.plain_index(span.start) : text.plain_index(span.end)]


@lru_cache(maxsize=1 << 14)  # asked for every paragraph, again on every keystroke in the server
def _last_char_before_marks(text: str) -> str:
    """The last character of ``text`` before the footnote marks, emphasis marks and spaces that end it."""
    if text[-1:] not in MARK_ENDINGS and not text[-1:].isspace():
        return text[-1:]  # most paragraphs end in punctuation: no need to scan them
    return TRAILING_MARKS_RE.sub("", text)[-1:]


def _sub_level(label: str, parent: _Pending) -> int:
    """Level of a sub-paragraph label: (a) … at level 1; (i), (ii) … at level 2 under a lettered one.

    "(i)" right after "(h)" is the letter; "(v)", "(x)", "(c)" … continue the roman numerals only
    when they follow the numeral before them.
    """
    siblings = parent.children
    if not siblings:
        return 1
    last = (siblings[-1].unit.label or "").strip("()")
    nested = siblings[-1].children
    if nested:
        if label == _next_letter(last) or not _is_roman(label):
            return 1
        return 2
    return 2 if label == "i" and last != "h" else 1


def _next_letter(label: str) -> str:
    if len(label) == 1 and "a" <= label < "z":
        return chr(ord(label) + 1)
    return ""


def _is_roman(label: str) -> bool:
    return bool(label) and all(ch in "ivxlc" for ch in label)


def _looks_like_organ(name: str) -> bool:
    if name in ORGANS:
        return True
    words = name.split()
    return 2 <= len(words) <= 8 and any(
        w in ("Council", "Assembly", "Commission", "Committee", "Conference", "Board", "Forum") for w in words
    )


def _lead_in(text: str) -> bool:
    return text.rstrip().endswith(":")


def _opens(head: str) -> bool:
    """The block opens like a paragraph of its own: an operative verb or a preambular opener."""
    return any(m and m.known for m in (match_operative(head), match_preambular(head)))


def _single_operative(head: str) -> bool:
    """An unnumbered paragraph that opens with an operative verb: the one operative paragraph of a short text."""
    operative = match_operative(head)
    if not operative or not operative.known:
        return False
    preambular = match_preambular(head)
    return not (preambular and preambular.known)


def _joins_paragraphs(char: str) -> bool:
    """A mark right after this character starts a run-together paragraph ("…rights,*Recalling*")."""
    return char == "*" or char in ",;:." or char.isalnum()


def _starts_paragraph(char: str) -> bool:
    return char.isupper() or char.isdigit()


def _clip_lines(lines: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in lines if s < end and e > start]
