"""Builds the typed model from the lines the grammar classified.

The grammar says what each line is (an operative number, a sub-paragraph label, a footnote
definition, running text …); the builder decides, from the order of blocks, where the heading
ends, which paragraphs form the preamble and the operative part, which text lines belong
together (wrapped lines, paragraphs split by a page break or run together on one line), and
what each paragraph's opening phrase is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from resolint.grammar.authoring import authoring_organ, is_authoring_line, quote_lead, quoted_organ_named
from resolint.grammar.blocknodes import BlockNodes
from resolint.grammar.classify import (
    CLOSING_RE,
    _opens,
    _single_operative,
    keeps_adopted_italics,
)
from resolint.grammar.closing import MEETING_LINE_RE, closing_kind
from resolint.grammar.construct import Pending
from resolint.grammar.forms import GenreForms
from resolint.grammar.frontmatter import read_front_matter
from resolint.grammar.genre import Target, is_amendment, is_part_letter, is_section_number
from resolint.grammar.heading import HeadingReader, is_byline, title_above
from resolint.grammar.inline import build_text, scan_parts, strip_marks, without_underscore_italics
from resolint.grammar.items import ItemPlacement
from resolint.grammar.pdfcopy import PdfCopy, layout_artefacts, read_pdf_copy
from resolint.grammar.rawlines import FrontMatter, RawLine
from resolint.grammar.segment import Segmenter, Unit
from resolint.model import (
    Authoring,
    Document,
    LineIndex,
    NodeKind,
    Operative,
    Paragraph,
    Preambular,
    SyntaxProblem,
    Text,
)
from resolint.refdata import match_preambular

if TYPE_CHECKING:
    from resolint.grammar.buildmemo import BuildMemo

AUTHORING_WORDS = 6  # "The Model United Nations community,": a line naming who acts has no more words


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


class _Builder(Segmenter, GenreForms, ItemPlacement, BlockNodes):
    def __init__(self, doc: Document, memo: BuildMemo | None = None) -> None:
        self.doc = doc
        self.memo = memo
        self.source = doc.source
        self.lines = doc.lines
        self.last_paragraph: Pending | None = None
        self.pending: list[Pending] = []
        self.notes_since_paragraph = False  # footnote definitions met since the last paragraph
        self.collecting_items = False  # unlabelled items are being added to a lead-in paragraph
        self.copy: PdfCopy | None = None  # the segmentation of a PDF copy (grammar/pdfcopy.py)
        self.resolution = Target(0)
        self.target = self.resolution  # the resolution, or the draft nested in it being read
        self.drafts: list[Target] = []
        self.heading_open = False  # the last unit was a heading line: the next one joins its group
        self.annex_target: Target | None = None
        self.items_of_lead_in = False  # the "annex" region holds numbered items of a lead-in, not an annex

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
        body_start = self._first_part_start(units, self._body_start(units))
        heading_units = units[:body_start]
        if front is None:
            reader = HeadingReader(self.source, self.lines)
            leftover = reader.read(heading_units)
            self.doc.heading = reader.heading()
            self.doc.title = reader.title
            title_at = self._title_above_authoring(leftover, units[body_start:])
            if title_at is not None:
                del leftover[title_at]
            pieces, moved = self._clauses_under_drafter_heading(leftover, units, body_start)
            if pieces:
                del leftover[-pieces:]
                body_start -= moved
        else:
            leftover = [u for u in heading_units if u.kind != "comment"]
            for unit in heading_units:
                if unit.kind == "comment":
                    self._comment(unit)
        for unit in leftover:
            self._footnote_or_prologue(unit)
        if is_amendment(self.doc.heading.get("document-type")):
            # "1. Insert a new preambular paragraph …": instructions, not a resolution's paragraphs
            for unit in units[body_start:]:
                self._footnote_or_prologue(unit)
        else:
            self._body(units[body_start:])
        self._finish()

    def _clauses_under_drafter_heading(self, leftover: list[Unit], units: list[Unit], body_start: int) -> tuple[int, int]:
        """The units right above the body, under a drafter's heading, that are preambular clauses whose opener is
        none of the listed ones ("Expresses its appreciation …,", a web copy's "human rights as …," that lost its
        opener): each ends with the comma of a preambular clause, where a heading's line ends with none. Returns
        how many leftover pieces and how many units they are (the heading's reader may hold several in one)."""
        pieces = first = 0
        if not self.doc.heading.drafter or (body_start < len(units) and self._opens_with_authoring(units[body_start])):
            return 0, 0  # above "The General Assembly," a line is no clause of the body
        first = body_start
        while pieces < len(leftover):
            piece = leftover[-pieces - 1]
            covered = [i for i in range(first) if piece.start <= units[i].start and units[i].end <= piece.end]
            if not covered or covered[-1] != first - 1 or units[covered[0]].start != piece.start:
                break
            if not all(self._ends_as_clause(units[i]) for i in covered):
                break
            pieces, first = pieces + 1, covered[0]
        return pieces, body_start - first

    def _opens_with_authoring(self, unit: Unit) -> bool:
        return is_authoring_line(self.source[unit.text_start : unit.end].split("\n", 1)[0])

    def _ends_as_clause(self, unit: Unit) -> bool:
        """A clause's text that ends with a comma; not a line that names who acts ("The Model United Nations
        community,", "THE GENERAL ASSEMBLY,"), which stands in the authoring line's place."""
        text = strip_marks(self.source[unit.text_start : unit.end]).strip()
        names_actor = text[:4].casefold() == "the " and len(text.split()) <= AUTHORING_WORDS
        return unit.kind in ("text", "bullet") and text[-1:] == "," and not names_actor

    def _title_above_authoring(self, leftover: list[Unit], body: list[Unit]) -> int | None:
        """Where in ``leftover`` a copy's title stands, printed alone right above the authoring line of an
        organ other than the Security Council (whose texts have none), or above it with only a web page's
        byline between ("by Voltaire Network"): taken as the title (``heading.title_above``)."""
        if self.doc.title is not None or not leftover or not body or leftover[-1].end > body[0].start:
            return None
        organ = authoring_organ(self.source[body[0].text_start : body[0].end])
        if organ is None or organ == "Security Council":
            return None
        at = len(leftover) - 1
        while at > 0 and is_byline(self.source[leftover[at].text_start : leftover[at].end]):
            at -= 1
        self.doc.title = title_above(self.source, leftover[at], self.lines)
        return at if self.doc.title is not None else None

    def _carried(self, pending: Pending, base: int) -> Paragraph:
        """The node of a paragraph that is one unit and nothing else: kept on the unit itself, which
        the incremental build reuses while its block is unchanged (and moves with it)."""
        memo = self.memo
        assert memo is not None
        wanted = (pending.kind, pending.level, pending.italics_habit(self), self.italics_as_adopted, self.quoted_copy)
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

    @property
    def italics_as_adopted(self) -> bool:
        """The organ's texts keep the italics it adopted: the italic run is the opening phrase."""
        authoring = self.doc.authoring
        return authoring is not None and keeps_adopted_italics(authoring.organ)

    def _plain_head(self, unit: Unit, limit: int = 200) -> str:
        key = ("head", limit)
        head = unit.derived.get(key)
        if head is None:
            end = min(unit.end, unit.text_start + limit)
            if self.copy is not None:  # a -layout copy's indentation and runs of spaces count for nothing
                end = min(unit.end, end + self.copy.layout_length(unit.text_start, end, page_breaks=False))
            head = unit.derived[key] = without_underscore_italics(strip_marks(self.source[unit.text_start : end]))
        return head[quote_lead(head) :] if self.quoted_copy else head

    @property
    def quoted_copy(self) -> bool:
        """A press release's copy: the authoring line, like every paragraph, opens with a quotation mark."""
        authoring = self.doc.authoring
        return authoring is not None and quote_lead(authoring.text.plain) > 0

    def _body_start(self, units: list[Unit]) -> int:
        for index, unit in enumerate(units):
            short = unit.kind in ("text", "bullet") and unit.end - unit.text_start < 160
            if short and quoted_organ_named(strip_marks(self.source[unit.text_start : unit.end])):
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
        numbered = any(unit.kind == "operative" for unit in units[: self._annex_start(units)])
        for index, unit in enumerate(units):
            if unit.kind == "comment":
                self._comment(unit)
                continue
            if unit.kind.startswith("footnote") or self._is_asterisk_note(unit) or self._is_slash_note(unit):
                self._footnote(unit)
                self.notes_since_paragraph = True
                continue
            if index == 0 and self.doc.authoring is None and self._authoring(unit):
                continue
            if region == "operative":
                unit = self._without_list_bullet(unit)
            head = self._plain_head(unit, 200).lstrip()
            heading_was_open, self.heading_open = self.heading_open, False
            if region == "report" or self._report_paragraph(unit, head):
                # a report's text between the drafts it carries, up to the next draft's authoring line
                region = "preamble" if self._draft_or_part_authoring(unit, False) else "report"
                if region == "report":
                    self._footnote_or_prologue(unit)
                continue
            if (region != "preamble" or self.pending) and self._annex_heading(unit, head):
                region = "annex"
                continue
            if region == "closing" and unit.kind == "text" and is_part_letter(head):
                self._section_heading(unit, head, force=True)  # "B": the next part of the resolution
                region = "preamble"
                continue
            if region == "closing":
                self._closing(unit)
                continue
            if region == "annex" and self.items_of_lead_in and is_section_number(head):
                region, self.items_of_lead_in = "preamble", False  # the next section ends the items
            if region == "annex":
                self._annex(unit)
                continue
            if region in ("operative", "preamble") and self._draft_or_part_authoring(unit, heading_was_open):
                region = "preamble"
                continue
            if region in ("operative", "preamble") and self._running_title(unit, head):
                continue
            following = self._following(units, index)
            subject = self._subject_line_before_number(unit, head, following) or self._subject_line_in_list(
                unit, head, following
            )
            if unit.kind == "text" and self._section_heading(unit, head, joins=heading_was_open, force=subject):
                if region == "operative" and self._lead_in_open() and not self._draft_follows():
                    region = "annex"  # "Adopts the following declaration:" + its title: the annexed text
                    self._open_annex_at_heading()
                continue
            if region == "operative" and (item := self._other_item(unit)) is not None:
                self._sub(item, region)  # "a. Provide …", "• reporting on …": items in the Council's styles
                continue
            if self._wrap_up(unit, head):
                continue
            if region == "operative" and self._text_under_titled_item(unit, head):
                self.last_paragraph.add_part(unit, "")  # "(c) 2020/2021 elections" / "To assist …;"
                continue
            if self.last_paragraph and (
                (unit.kind in ("text", "bullet") and head[:1].islower()) or self._continues_after_break(unit, head)
            ):
                self.last_paragraph.add_part(unit, "page-break-split" if not unit.run_together else "")
                continue
            if (
                region == "operative"
                and unit.kind == "text"
                and self._items_follow()
                and not _opens(head)
                and not _closing_line(head)  # "9th meeting" after a quoted draft ends the text, not the list
            ):
                self.last_paragraph.add_part(unit, "")  # unlabelled items of a lead-in ("Panel 1: …")
                self.collecting_items = True
                continue
            if self._in_open_quoted_draft(unit):
                continue
            if unit.kind == "operative" and self._numbered_items_of_lead_in(head):
                region = "annex"  # "*Resolves* that, for the biennium:" + "1. Appropriations …": its items
                self.items_of_lead_in = True
                self._annex(unit)
            elif unit.kind == "operative":
                region = "operative"
                self._add(Pending(NodeKind.OPERATIVE, unit))
            elif unit.kind == "sub":
                self._sub(unit, region)
            elif region == "preamble" and (not numbered or self._unit_lead_in(unit)) and _single_operative(head):
                region = "operative"
                self._add(Pending(NodeKind.OPERATIVE, unit))
            elif region == "preamble" and self.pending and _closes_text(head):
                region = "closing"  # "Adopted unanimously at the 2255th meeting." after a text with no operative part read
                self._closing(unit)
            elif region == "preamble":
                self._add(Pending(NodeKind.PREAMBULAR, unit))
            elif _closing_line(head):
                region = "closing"
                self.target = self.resolution
                self._closing(unit)
            elif numbered and self._text_of_item(unit, head):
                self.last_paragraph.add_part(unit, "")  # "(b) *Title*" and the flush text under it
            else:
                self._after_operative(unit, head)

    def _add(self, pending: Pending) -> None:
        pending.target = self.target
        self.pending.append(pending)
        self.last_paragraph = pending
        self.notes_since_paragraph = False
        self.collecting_items = False

    def _authoring(self, unit: Unit) -> bool:
        if unit.end - unit.text_start > 160:
            return False
        organ = quoted_organ_named(strip_marks(self.source[unit.text_start : unit.end]))
        if organ is None or self._prologue_recommends():
            return False  # (after "… recommends … the following draft resolutions:", a draft's: forms.py)
        text = build_text(self.source, [(unit.text_start, unit.end)], self.lines)
        span = self.lines.span(unit.start, unit.end)
        self.doc.authoring = Authoring(organ, text, span)
        return True

    # ---- finishing ------------------------------------------------------------------------
    def _finish(self) -> None:
        for pending in self.pending:
            base = pending.unit.start
            if self.memo is None:
                node = pending.build(self)
            elif pending.single_unit:
                node = self._carried(pending, base)
            else:
                habit = pending.italics_habit(self)
                key = pending.shape(base, habit), self.italics_as_adopted, self.quoted_copy, self.source[base : pending.extent_end()]
                node = self._reused(key, base, lambda pending=pending: pending.build(self))
            target = pending.target or self.resolution
            if isinstance(node, Operative):
                target.operative.append(node)
            elif isinstance(node, Preambular):
                target.preamble.append(node)
        self._assemble()
        self.doc.comments.sort(key=lambda c: c.span.start)
        self.doc.footnotes.sort(key=lambda f: f.span.start)
        if "<!--" in self.source:  # most documents have no comment at all
            for text in self.doc.texts():
                self._inline_problems(text)

    def _assemble(self) -> None:
        """The resolution's own paragraphs, its heading groups, annexes and nested drafts."""
        doc, resolution = self.doc, self.resolution
        doc.preamble.extend(resolution.preamble)
        doc.operative.extend(resolution.operative)
        doc.headings.extend(resolution.headings(self.lines))
        doc.annexes.extend(resolution.annex_nodes(self.lines))
        doc.drafts.extend(draft.draft(self.lines) for draft in self.drafts)

    def paragraph_text(self, pending: Pending) -> tuple[Text, list[tuple[int, int]]]:
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


def _closing_line(head: str) -> bool:
    """A meeting line, a date or an adoption note: the closing, not a paragraph or an item. A meeting
    line of any length: no paragraph opens with "1896th plenary meeting" (a flat copy runs the notes
    after it onto its line)."""
    return MEETING_LINE_RE.match(head) is not None or (len(head) < 160 and CLOSING_RE.match(head) is not None)


def _closes_text(head: str) -> bool:
    """A closing line no preambular paragraph can be: a meeting line or an adoption note ("Adopted at
    the 1747th meeting by 14 votes to none.", the Council's texts as its yearly volumes print them)."""
    return len(head) < 160 and closing_kind(head) in ("meeting", "adoption")
