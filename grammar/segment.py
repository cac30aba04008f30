"""Segmentation, the builder's first stage: the grammar's lines → units.

A unit is a stretch of source that makes one paragraph-like thing before classification: the lines
of a wrapped paragraph joined, blank-only lines dropped, paragraphs run together on one line split
at the italic opener that starts the next one. Later input stages (text copied from PDFs, with its
page furniture) plug in here: they hand the builder units, and nothing after this stage reads the
grammar's lines.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from resolint.grammar import bracketnotes, gluednotes, pagenotes
from resolint.grammar.authoring import is_authoring_line, strict_authoring_end
from resolint.grammar.classify import DOT_LABEL_RE
from resolint.grammar.closing import VOTE_GROUP_RE
from resolint.grammar.flat import FlatText, Piece, flat_form, is_flat, read_flat, read_separated_notes
from resolint.grammar.flatmarks import marks_view
from resolint.grammar.genre import is_section_number, names_a_draft
from resolint.grammar.inline import scan_inline
from resolint.grammar.pagesegments import TERMINAL_PUNCTUATION, PageNoteSegmenter, _end_note
from resolint.grammar.pdffurniture import symbol_alone
from resolint.grammar.rawlines import RawLine
from resolint.grammar.slashnotes import NOTE_RE, slash_markers, without_marker_at_end
from resolint.grammar.units import Unit
from resolint.model import Artefact, Document, LineIndex

if TYPE_CHECKING:
    from resolint.grammar.buildmemo import BuildMemo
    from resolint.grammar.pdflines import PdfCopy

CLOSING_QUOTES = '”’"'
"""Quotation marks that close a quoted text after its own punctuation (".”" ends the paragraph)."""


class Segmenter(PageNoteSegmenter):
    """The segmentation stage, mixed into the builder (it shares the source, lines and memo)."""

    source: str
    lines: LineIndex
    memo: BuildMemo | None
    doc: Document
    copy: PdfCopy | None

    def _units(self, blocks: list[list[RawLine]]) -> list[Unit]:
        """The units of every block; an incremental build takes those of unchanged blocks over. A text
        that lost its line breaks is cut where the genre starts a line (:meth:`_flat_units`)."""
        units = self._block_run(blocks)
        if self.copy is None and not self.source.startswith("---"):
            spans = [line for unit in units if unit.kind != "comment" for line in unit.lines]
            form = flat_form(self.source, spans)
            if form == "flat":
                return self._flat_units(units, read_flat(self.source, spans))
            if form == "marked" and (flat := self._read_through_marks(spans)) is not None:
                return self._flat_units(units, flat)
            if "______" in self.source and (notes := read_separated_notes(self.source, spans)) is not None:
                return self._units_with_notes(units, *notes)
            if "/" in self.source:
                units = self._units_with_slash_notes(units)
            if "[^" in self.source:
                units = self._units_without_swallowed_text(units)
            if "[" in self.source:
                units = self._units_with_end_notes(units, bracketnotes)
            units = self._units_with_end_notes(units, gluednotes)
            if self.copy is None:
                units = self._units_with_page_notes(units)
            if self.copy is None and "[^" in self.source:
                self._mark_definitions_plainly_referenced(units)
        return units

    def _read_through_marks(self, spans: list[tuple[int, int]]) -> FlatText | None:
        """A flat text whose italics are marked ("_The Security Council_, _Alarmed_ by …"), read through
        its marks (``flatmarks.py``), else None (it is no flat text once they are read through)."""
        view = marks_view(self.source, spans, self.lines)
        if view is None:
            return None
        view_spans = [(view.to_view(start), view.to_view(end)) for start, end in spans]
        return view.back(read_flat(view.text, view_spans)) if is_flat(view.text, view_spans) else None

    def _hand_on_markers(self, refs: list[tuple[str, int, int]]) -> None:
        """The note markers a text's note form shows, handed to the builder as a PDF copy's plain-digit markers
        are (added to those of a form read before). The build is made afresh and keeps nothing for the next:
        an incremental build's nodes of a unit hold no markers, and the next build may no longer read the notes."""
        from resolint.grammar.pdflines import PdfCopy

        self.memo = None
        if self.copy is None:
            self.copy = PdfCopy(blocks=[], refs=refs, markers_only=True)
        else:
            self.copy.refs = sorted([*self.copy.refs, *refs], key=lambda ref: ref[1])

    def _units_with_end_notes(self, units: list[Unit], form: ModuleType) -> list[Unit]:
        """The units of a text that ends with notes of a web copy's ``form`` (``bracketnotes.py``: "[1]
        Adopted without vote."; ``gluednotes.py``: "27One member …"): those lines notes (new units) when
        every note's marker stands in the text above, the markers handed to the builder as a PDF copy's are."""

        notes: dict[int, re.Match[str]] = {}
        for index in range(len(units) - 1, -1, -1):
            unit = units[index]
            if unit.kind == "comment":
                continue
            label = form.note_label(self.source, unit.text_start, unit.end) if unit.kind == "text" else None
            if label is None:
                break
            notes[index] = label
        labels = {label.group(1) for label in notes.values()}
        if not notes or len(labels) != len(notes):
            return units
        body = [(u.text_start, u.end) for i, u in enumerate(units) if u.kind != "comment" and i not in notes]
        refs = form.markers(self.source, body, labels)
        if {label for label, _, _ in refs} != labels:
            return units  # a note without its marker: the lines are no notes of this form
        self._hand_on_markers(refs)
        return [_end_note(unit, notes[i], form) if i in notes else unit for i, unit in enumerate(units)]

    def _units_with_slash_notes(self, units: list[Unit]) -> list[Unit]:
        """The units of a text whose notes are marked "1/" (``slashnotes.py``): its "N/ text" lines notes (new
        units), the markers in its paragraphs handed to the builder as a PDF copy's are."""

        notes = {id(unit) for unit in units if unit.kind == "text" and NOTE_RE.match(self.source, unit.text_start)}
        body = [(unit.text_start, unit.end) for unit in units if unit.kind != "comment" and id(unit) not in notes]
        refs = slash_markers(self.source, body)
        if not refs:
            return units
        self._hand_on_markers(refs)
        return [_as_note(self.source, unit) if id(unit) in notes else unit for unit in units]

    def _units_with_notes(self, units: list[Unit], separator: int, notes: FlatText) -> list[Unit]:
        """The units of a text whose notes stand under a separator line, each "1 Text" a note, their
        plain-digit markers in the body handed to the builder as a PDF copy's are."""

        self._hand_on_markers(notes.refs)
        kept = [unit for unit in units if unit.start < separator]
        return kept + [_unit_of(piece) for piece in notes.pieces]

    def _flat_units(self, units: list[Unit], flat: FlatText) -> list[Unit]:
        """The pieces of a flat text (``grammar/flat.py``; read through its italic marks, ``flatmarks.py``)
        as units; its plain-digit note markers and a page's notes between the halves of a paragraph handed
        to the builder as a PDF copy's are; the lost line breaks recorded for RS007."""
        from resolint.grammar.pdflines import PdfCopy

        self.copy = PdfCopy(blocks=[], refs=flat.refs, hidden=flat.hidden)
        self.doc.layout.extend(Artefact("lost-line-break", self.lines.span(s, e)) for s, e in flat.breaks)
        pieces = [_unit_of(piece) for piece in flat.pieces]
        comments = [unit for unit in units if unit.kind == "comment"]
        return sorted([*pieces, *comments], key=lambda unit: unit.start)

    def _block_run(self, blocks: list[list[RawLine]]) -> list[Unit]:
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
        if current.kind in ("operative", "sub") and not self.source[current.text_start : current.end].strip():
            return True  # "1." alone on its line (a PDF page's own-line number): its text is the next line
        ends_clause = self.source[current.start : current.end].rstrip()[-1:] in (":", ";", ",")
        if ends_clause and DOT_LABEL_RE.match(self.source, line.start, line.end):
            return False  # "… by:" / "a. Reasserting …,": a point on its own line under the line it ends
        if first.islower():  # (not under a symbol alone: "A/HRC/RES/25/5" over a page opening with a paragraph's tail)
            return not symbol_alone(self.source[current.start : current.end])
        text = self.source[line.start : line.end].strip()
        if VOTE_GROUP_RE.match(text):
            return False  # "Against:" after the States in favour starts the next group of a recorded vote
        if is_authoring_line(text):
            return False  # "The Security Council," after heading lines run on, or under an unpunctuated title
        previous = without_marker_at_end(self.source[current.start : current.end].rstrip())
        previous = bracketnotes.without_marker_at_end(previous).rstrip(CLOSING_QUOTES)
        if names_a_draft(previous) or is_section_number(previous):
            return False  # "Draft resolution II" over its title; "A" / "Assistance to Palestine refugees"
        if previous.endswith(",") and LISTED_NUMBER_RE.match(text):
            return True  # "…10 December 1996," / "52/38 P of 9 December 1997, …": a list of resolutions broken
        if previous.endswith((",", ":")) and self._name_goes_on(current, text):
            return True
        return bool(previous) and previous[-1] not in TERMINAL_PUNCTUATION and not previous.endswith("*")

    def _name_goes_on(self, current: Unit, text: str) -> bool:
        """A paragraph's line broken inside a name after its comma or colon ("… the Secretary-General's
        disarmament agenda, Securing Our Common Future:" / "An Agenda for Disarmament,"; "… the Use, Stockpiling,"
        / "Production and Transfer of Anti-Personnel Mines …”."): the paragraph opened with its opener or
        number, and the line opens none (no opener, verb, label or mark)."""
        opened = current.kind == "operative" or (
            current.kind == "text" and pagenotes.opens_paragraph(self.source[current.text_start : current.end])
        )
        return opened and text[:1].isalpha() and not pagenotes.opens_paragraph(text)

    def _split_run_together(self, units: list[Unit]) -> list[Unit]:
        """Split units where paragraphs were run together on one line ("…rights,*Recalling* …", or the
        first paragraph on the authoring line's: "The General Assembly, Wishing to promote …")."""
        result: list[Unit] = []
        for unit in units:
            if unit.kind == "comment":
                result.append(unit)
                continue
            cuts = self._after_authoring(unit)
            if "*" in self.source[unit.text_start : unit.end]:
                cuts += self._run_together_cuts(unit)
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

    def _after_authoring(self, unit: Unit) -> list[int]:
        """Where the first paragraph starts when a copy put it on the authoring line's line (a web
        page's "The General Assembly, Wishing to promote …"): the UN always gives the authoring line a
        line of its own. Only a capital may follow ("The Security Council, recalling …" is one
        paragraph of another form)."""
        if unit.kind != "text" or unit.lines[0][0] != unit.start:
            return []
        end = strict_authoring_end(self.source, unit.text_start, unit.lines[0][1])
        if end is None:
            return []
        at = end + len(self.source[end : unit.lines[0][1]]) - len(self.source[end : unit.lines[0][1]].lstrip())
        return [at] if at < unit.lines[0][1] and self.source[at].isupper() else []

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


def _unit_of(piece: Piece) -> Unit:
    return Unit(
        piece.kind,
        piece.start,
        piece.end,
        piece.text_start,
        0,
        piece.bullet,
        piece.label,
        piece.label_span,
        piece.lines,
    )


def _as_note(source: str, unit: Unit) -> Unit:
    """``unit`` ("1/ Official Records …") as the note it is."""
    match = NOTE_RE.match(source, unit.text_start)
    assert match is not None
    span = (match.start(), match.end(1) + 1)
    return replace(unit, kind="footnote_sup", label=match.group(1), label_span=span, text_start=match.end(),
                   scan=None, derived={})  # fmt: skip


LISTED_NUMBER_RE = re.compile(r"\d{1,4}/\d{1,4}(?: [A-Z])?(?= of\b| and\b|,)|\d{3,4} \([A-Z-]+\)(?= of\b| and\b|,)")


def _joins_paragraphs(char: str) -> bool:
    """A mark right after this character starts a run-together paragraph ("…rights,*Recalling*")."""
    return char == "*" or char in ",;:." or char.isalnum()


def _starts_paragraph(char: str) -> bool:
    return char.isupper() or char.isdigit()


def _clip_lines(lines: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in lines if s < end and e > start]
