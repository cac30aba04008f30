"""``resolint export NEW --base OLD``: NEW in UN layout with every change against OLD tracked.

NEW is laid out by the ordinary exporter (:class:`~resolint.docxio.export.DocxWriter`); then each
aligned pair of the comparison (:mod:`resolint.diff`) is found among the Word paragraphs and
marked: an inserted paragraph's runs and mark as ``w:ins``, a deleted paragraph written back from
OLD as ``w:del`` at its place, changed words as ``w:del`` + ``w:ins`` in the runs, and a changed
number or letter ("9." → "10.", "(1)" → "(l)") as a deleted and an inserted label.

Not tracked (NEW's form is written): the heading and sponsors, footnote texts, and italics alone; of a
drafter's own heading (a Model UN draft's) the labelled committee, code, sponsors and signatories lines are tracked.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

from resolint.diff import Comparison, compare_documents
from resolint.diff.changes import Change, Row
from resolint.diff.units import normalise_with_index
from resolint.diff.words import word_hunks
from resolint.docxio.export import DocxWriter, ExportOptions, save_atomically
from resolint.docxio.layout import layout_for
from resolint.docxio.masthead import drafter_lines
from resolint.docxio.oxml import footnote_reference
from resolint.docxio.runs import Piece
from resolint.docxio.tracked import (
    ParagraphEdit,
    Revisions,
    mark_paragraph,
    new_run,
    paragraph_runs,
    paragraph_text,
    track_italics,
    track_paragraph_edits,
)
from resolint.model import Document

BODY_TRACKS = {"title", "preamble", "operative", "subparagraph", "section", "annex"}
LABEL_PREFIX_RE = re.compile(r"^[\s\d.()a-zA-Z/…]{0,14}$")


def export_tracked(
    old: Document,
    new: Document,
    out_path: str | Path,
    paper: str = "a4",
    revisions: Revisions | None = None,
    options: ExportOptions | None = None,
) -> tuple[Path, Comparison]:
    """Write NEW to ``out_path`` with tracked changes against OLD; returns the path and the comparison."""
    comparison = compare_documents(old, new, old.path or "OLD", new.path or "NEW")
    writer = DocxWriter(new, layout_for(paper), options or ExportOptions())
    word = writer.build()
    revisions = revisions or Revisions()
    body = word.element.body
    paragraphs = [p for p in body if p.tag == qn("w:p")]
    old_notes = {row.old.number: row.old_text for row in comparison.rows if row.old and row.old.track == "footnote"}

    def note_for_deleted_text(label: str) -> int | None:
        """A note of its own, with OLD's text and its label as mark, for a marker in deleted text: on
        rejecting, the marker and its note come back; on accepting, the note has no marker and goes
        (a note has one marker, so NEW's note is never pointed at twice)."""
        if label not in old_notes:
            return None
        return writer.notes.add([Piece(old_notes[label])], custom_mark=label)

    TrackedBody(paragraphs, revisions, BODY_TRACKS, note_for=note_for_deleted_text).mark(comparison)
    track_drafter_lines(paragraphs, old, new, revisions)
    if writer.notes.part is not None:
        notes = [p for note in writer.notes.part.element for p in note if p.tag == qn("w:p")]
        TrackedBody(notes, revisions, {"footnote"}, changed_only=True).mark(comparison)
    out = Path(out_path)
    save_atomically(word, out)
    return out, comparison


def track_drafter_lines(paragraphs: list[etree._Element], old: Document, new: Document, revisions: Revisions) -> None:
    """A drafter's labelled heading lines (``masthead.drafter_lines``: committee, code, sponsors, signatories)
    that differ from OLD's: their changed words tracked, a line OLD lacks inserted whole."""
    before, after = drafter_lines(old.heading), drafter_lines(new.heading)
    texts = [paragraph_text(p) for p in paragraphs]
    for name, line in after.items():
        if before.get(name) == line or line not in texts:
            continue
        p = paragraphs[texts.index(line)]
        if name not in before:
            track_paragraph_edits(p, [ParagraphEdit(0, len(line), "")], "new", revisions)
            mark_paragraph(p, "ins", revisions)
            continue
        was = before[name]
        edits = [ParagraphEdit(h.new_start, h.new_end, was[h.old_start : h.old_end]) for h in word_hunks(was, line)]
        track_paragraph_edits(p, edits, "new", revisions)


class TrackedBody:
    """Word paragraphs (of the body, or of the footnotes) and the rows of the comparison they show."""

    def __init__(
        self,
        paragraphs: list[etree._Element],
        revisions: Revisions,
        tracks: set[str],
        changed_only: bool = False,
        note_for: Callable[[str], int | None] | None = None,
    ) -> None:
        self.note_for = note_for or (lambda label: None)  # footnote label -> note id, for deleted text's markers
        self.revisions = revisions
        self.tracks = tracks
        self.changed_only = changed_only  # footnotes: their references are not tracked, so neither are they
        self.paragraphs = paragraphs
        self.texts = [normalise_with_index(paragraph_text(p)) for p in self.paragraphs]
        self.used: set[int] = set()
        self.cursor = 0

    def mark(self, comparison: Comparison) -> None:
        """Mark every row found among the paragraphs; then write OLD's deleted and moved paragraphs
        back where OLD had them, next to the OLD paragraphs that stayed (by OLD's document order)."""
        placed: list[tuple[Row, int]] = []
        gone: list[tuple[Row, etree._Element | None]] = []  # deleted, or moved (with NEW's paragraph)
        for row in comparison.rows:
            track = (row.new or row.old).track
            if track not in self.tracks or (self.changed_only and (row.new is None or row.old is None)):
                continue
            if row.new is None:
                gone.append((row, None))
                continue
            index = self.find(row.new_text)
            if index is not None:
                placed.append((row, index))
        in_order = set() if self.changed_only else _in_old_order(placed)
        stayed: list[tuple[int, etree._Element]] = []  # (OLD position, paragraph) of units in place
        for row, index in placed:
            p = self.paragraphs[index]
            relocated = row.change is not None and (row.change.moved or row.change.kind == "retyped")
            out_of_order = row.old is not None and id(row) not in in_order
            if (relocated or out_of_order) and not self.changed_only:  # a note's place follows its marker
                track_paragraph_edits(p, [ParagraphEdit(0, len(paragraph_text(p)), "")], "new", self.revisions)
                mark_paragraph(p, "ins", self.revisions)
                gone.append((row, p))
                continue
            self.mark_row(row, index)
            if row.old is not None:
                stayed.append((row.old.position, p))
        self.write_back(gone, sorted(stayed, key=lambda item: item[0]))

    def write_back(self, gone: list[tuple[Row, etree._Element | None]], stayed: list) -> None:
        """Each deleted or moved unit's OLD text, all deleted, before the first OLD paragraph after it
        that is still in the file (or after the last one before it)."""
        positions = [position for position, _ in stayed]
        for row, moved_to in sorted(gone, key=lambda item: item[0].old.position):
            at = bisect_left(positions, row.old.position)
            anchor = stayed[at][1] if at < len(stayed) else (stayed[-1][1] if stayed else moved_to)
            if anchor is None:
                continue
            copy_of_old = self.deleted_paragraph(row, anchor)
            if at < len(stayed):
                anchor.addprevious(copy_of_old)
            else:
                anchor.addnext(copy_of_old)
            positions.insert(at, row.old.position)
            stayed.insert(at, (row.old.position, copy_of_old))

    def find(self, text: str) -> int | None:
        """The first unused Word paragraph from the cursor on (then from the start) whose text is
        ``text`` after a label."""
        order = [*range(self.cursor, len(self.paragraphs)), *range(0, self.cursor)]
        for index in order:
            if index in self.used:
                continue
            whole = self.texts[index][0]
            if whole.endswith(text) and LABEL_PREFIX_RE.match(whole[: len(whole) - len(text)]):
                self.used.add(index)
                self.cursor = index + 1
                return index
        return None

    def mark_row(self, row: Row, index: int) -> None:
        p = self.paragraphs[index]
        change = row.change
        whole, positions = self.texts[index]
        prefix = len(whole) - len(row.new_text)
        label = self.label_edit(row, whole[:prefix], positions)
        if change is None:
            if label is not None:  # renumbered, text unchanged
                track_paragraph_edits(p, [label], "new", self.revisions)
            return
        if change.kind == "inserted":
            track_paragraph_edits(p, [ParagraphEdit(0, len(paragraph_text(p)), "")], "new", self.revisions)
            mark_paragraph(p, "ins", self.revisions)
            return
        edits = [
            self.word_edit(change, word, positions, prefix, len(paragraph_text(p)))
            for word in change.words
            if word.kind == "text"
        ]
        track_paragraph_edits(p, [e for e in [label, *edits] if e is not None], "new", self.revisions)
        whole, positions = normalise_with_index(paragraph_text(p))  # the deleted text is not in it
        for word in change.words:
            if word.kind == "italics":
                self.italics_edit(p, word, positions, prefix)

    def italics_edit(self, p: etree._Element, word, positions: list[int], prefix: int) -> None:
        offset = word.new_start
        for marked in word.new.split(" "):
            plain = marked.strip("*")
            start = positions[prefix + offset]
            track_italics(p, start, start + len(plain), marked.startswith("*"), self.revisions)
            offset += len(plain) + 1

    @staticmethod
    def word_edit(change: Change, word, positions: list[int], prefix: int, length: int) -> ParagraphEdit:
        def raw(offset: int) -> int:
            at = prefix + offset
            return positions[at] if at < len(positions) else length

        start, end = raw(word.new_start), raw(word.new_end)
        return ParagraphEdit(start, end, change.old_text[word.old_start : word.old_end])

    @staticmethod
    def label_edit(row: Row, prefix: str, positions: list[int]) -> ParagraphEdit | None:
        old, new = row.old, row.new
        if old is None or new is None or old.number == new.number or not new.number:
            return None
        at = prefix.rfind(new.number)
        if at < 0:
            return None
        return ParagraphEdit(positions[at], positions[at + len(new.number) - 1] + 1, old.number)

    @staticmethod
    def deleted_reference(note_id: int, label: str) -> etree._Element:
        run = footnote_reference(note_id, label)
        for text in run.iter(qn("w:t")):
            text.tag = qn("w:delText")
        return run

    def deleted_paragraph(self, row: Row, like: etree._Element) -> etree._Element:
        """OLD's paragraph, all of it deleted, with ``like``'s paragraph properties."""
        p = etree.Element(qn("w:p"))
        ppr = like.find(qn("w:pPr"))
        if ppr is not None:
            p.append(copy.deepcopy(ppr))
            for revision in p.iter(qn("w:ins"), qn("w:del")):
                revision.getparent().remove(revision)
        runs = paragraph_runs(like)
        plain = next((r for r in reversed(runs) if r.find(f"{qn('w:rPr')}/{qn('w:i')}") is None), None)
        mark = self.revisions.element("del")
        mark.append(new_run(_label(row), plain, deleted=True))
        for text, italic, note in _pieces(row.old_text, row.old_italic, row.old_notes):
            if note is None:
                mark.append(new_run(text, plain, deleted=True, italic=italic))
            elif (note_id := self.note_for(note)) is not None:
                mark.append(self.deleted_reference(note_id, note))
        p.append(mark)
        mark_paragraph(p, "del", self.revisions)
        return p


def _in_old_order(placed: list[tuple[Row, int]]) -> set[int]:
    """The rows (by ``id``) that can stay where they are: the most paragraphs of OLD whose order in the file
    is their order in OLD (a longest increasing run of OLD positions, in file order). The others are moved,
    so that rejecting every change puts OLD's paragraphs back in OLD's order; a sub-paragraph and the next
    paragraph both "in place" around a moved parent gave them back swapped."""
    kept = sorted(((index, row) for row, index in placed if row.old is not None), key=lambda item: item[0])
    positions = [row.old.position for _, row in kept]
    tails: list[int] = []  # tails[k]: index into ``kept`` of the smallest last position of a run of length k + 1
    tail_positions: list[int] = []
    before: list[int] = [-1] * len(kept)
    for at, position in enumerate(positions):
        length = bisect_left(tail_positions, position)
        before[at] = tails[length - 1] if length else -1
        if length == len(tails):
            tails.append(at)
            tail_positions.append(position)
        else:
            tails[length], tail_positions[length] = at, position
    run, at = set(), tails[-1] if tails else -1
    while at != -1:
        run.add(id(kept[at][1]))
        at = before[at]
    return run


def _pieces(
    text: str, italic: tuple[tuple[int, int], ...], notes: tuple[tuple[int, str], ...]
) -> list[tuple[str, bool, str | None]]:
    """``text`` cut where italics begin and end and where a footnote marker sits: (text, italic,
    None) pieces and ("", False, label) markers, in order."""
    cuts = sorted({0, len(text), *(i for pair in italic for i in pair), *(at for at, _ in notes)})
    found: list[tuple[str, bool, str | None]] = []
    for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
        found.extend(("", False, label) for at, label in notes if at == start)
        if end > start:
            found.append((text[start:end], any(a <= start < b for a, b in italic), None))
    return found


def _label(row: Row) -> str:
    ref = row.old
    if ref is None or not ref.number:
        return ""
    if ref.track == "operative":
        return f"{ref.number}.\t"
    if ref.track == "subparagraph":
        return f"\t({ref.number})\t"
    return ""
