"""The text of a resolution as Word paragraphs: organ line, preamble, operative part, closing.

``BodyWriter.fill(p, pieces)`` renders model pieces (plain or italic text, footnote marks) into any
``w:p``: other writers (tracked changes, annexes) can reuse it for a paragraph of their own.
"""

from __future__ import annotations

import re

from docx.oxml.parser import OxmlElement

from resolint.docxio.footnotes import FootnotesPart
from resolint.docxio.layout import Layout
from resolint.docxio.links import Linker
from resolint.docxio.masthead import spacer
from resolint.docxio.oxml import (
    element,
    footnote_reference,
    paragraph,
    paragraph_border,
    set_indent,
    set_tabs,
    squash,
    text_run,
)
from resolint.docxio.runs import Piece, paragraph_pieces, text_pieces
from resolint.grammar.closing import closing_kind, meeting_and_date
from resolint.model import Closing, Document, Footnote, NestedDraft, Operative, Preambular, SubParagraph, Text

BODY_STYLE_ID = "SingleTxt"
TABLE_COMMENT = "<!-- Word table:"
LABEL_ONLY = re.compile(r"\((?:[a-z]{1,6}|[0-9]{1,2})\)|\d{1,3}\.|[a-z]\.")
END_RULE_WIDTH = 1440  # the UN's closing line: 914400 EMU = 1 in, centred


class BodyWriter:
    def __init__(self, model: Document, layout: Layout, word, notes: FootnotesPart, linker: Linker) -> None:
        self.model = model
        self.layout = layout
        self.word = word
        self.section_properties = word.element.body.sectPr
        self.notes = notes
        self.linker = linker
        self.note_ids: dict[str, int] = {}
        self.footnotes = {note.label: note for note in model.footnotes}
        self.meeting: OxmlElement | None = None

    # -- paragraphs and runs ------------------------------------------------------------------------
    def append(self, p) -> OxmlElement:
        self.section_properties.addprevious(p)
        return p

    def body_paragraph(self, first_line: bool = False):
        """A new body paragraph in the "Single Txt" style."""
        p = paragraph(BODY_STYLE_ID)
        if first_line:
            p.pPr.append(element("w:ind", firstLine=self.layout.first_line))
        return self.append(p)

    def fill(self, p, pieces: list[Piece]) -> None:
        """Render ``pieces`` into ``p`` (a ``w:p`` or a python-docx ``Paragraph``): text runs, symbols
        linked, and footnote references."""
        p = getattr(p, "_p", p)
        for piece in pieces:
            if piece.note is not None:
                self.add_note_reference(p, piece.note)
            elif piece.text:
                for run in self.linker.runs(self.word.part, piece.text, piece.italic):
                    p.append(run)

    def write_pieces(self, pieces: list[Piece], first_line: bool) -> None:
        self.fill(self.body_paragraph(first_line), pieces)

    def add_note_reference(self, p, label: str) -> None:
        if label in self.note_ids:
            # a note cited again: its number repeated as superscript text, as the UN's files do (a second
            # reference to the same note would print an empty note at the page foot)
            p.append(text_run(label, superscript=True) if label.isdigit()
                     else footnote_reference(self.note_ids[label], label))
            return
        note: Footnote | None = self.footnotes.get(label)
        pieces = text_pieces(note.text) if note else [Piece(f"[footnote {label} has no text]")]
        sequential = label.isdecimal() and int(label) == self.notes.auto_count + 1
        note_id = self.notes.add(pieces, custom_mark=None if sequential else label)
        self.note_ids[label] = note_id
        p.append(footnote_reference(note_id, None if sequential else label))

    # -- the text in source order -------------------------------------------------------------------
    def write(self, skip: set[int] = frozenset()) -> None:
        """Everything after the title, in source order: whatever part of the model it sits in.
        ``skip`` holds the source offsets of prologue paragraphs already written in the heading."""
        model = self.model
        items: list[tuple[int, str, object]] = [(item.span.start, "paragraph", item) for item in model.prologue
                                                if item.span.start not in skip]
        if model.authoring:
            items.append((model.authoring.span.start, "authoring", model.authoring))
        items += [(authoring.span.start, "authoring", authoring) for authoring in model.part_authorings]
        items += [(pp.span.start, "preambular", pp) for pp in model.preamble]
        items += [(op.span.start, "operative", op) for op in model.operative]
        items += [(s.span.start, "section", s) for s in getattr(model, "sections", [])]
        items += [(a.span.start, "paragraph", a) for a in getattr(model, "annex", [])]
        items += [(c.span.start, "closing", c) for c in model.closing]
        items += [(c.span.start, "table", c) for c in model.comments if c.text.startswith(TABLE_COMMENT)]
        written = {start for start, _, _ in items}  # a nested draft's annex is also in ``model.annex``
        items += [entry for draft in model.drafts for entry in draft_items(draft) if entry[0] not in written]
        for _, kind, item in sorted(items, key=lambda entry: entry[0]):
            self.write_item(kind, item)
        self.write_unreferenced_notes()
        self.write_end_rule()

    def write_item(self, kind: str, item) -> None:
        if kind != "closing":
            self.meeting = None
        if kind == "authoring":
            pieces = text_pieces(item.text)
            self.write_pieces(pieces if any(p.italic for p in pieces) else italic_authoring(pieces), True)
        elif kind == "operative":
            self.write_operative(item)
        elif kind == "preambular":
            self.write_preambular(item)
        elif kind == "section":
            self.write_section_heading(heading_text(item))
        elif kind == "heading":
            self.write_section_heading(item.text)
        elif kind == "closing":
            self.write_closing(item)
        elif kind == "table":
            self.write_table(item.text)
        else:
            self.write_pieces(paragraph_pieces(item), first_line=True)  # annexed: its span is its text's

    def leading_label(self, pp: Preambular) -> list[Piece]:
        """A label the model keeps outside a paragraph's text ("(a)" before a preambular sub-paragraph)."""
        return [Piece(pp.label), Piece("\t")] if LABEL_ONLY.fullmatch(pp.label) else []

    def operative_pieces(self, op: Operative) -> list[Piece]:
        """An operative paragraph as written: number, tab, then its text with the verb phrase italic."""
        prefix = [Piece(f"{op.number}."), Piece("\t")] if op.number else []
        return prefix + paragraph_pieces(op, [op.number_span])

    def subparagraph_pieces(self, sub: SubParagraph) -> list[Piece]:
        """A sub-paragraph as written: tabs to its level, its label "(a)", a tab, its text."""
        # "a." and "–"/"•" items are written as labelled; "(a)" (kept as "a") gets its brackets back
        label = f"({sub.label})" if sub.bracketed else sub.label
        steps = sub.level - 1 + self.layout.sub_label_levels_in
        return [Piece("\t" * steps), Piece(label), Piece("\t"), *paragraph_pieces(sub, [sub.label_span])]

    def write_preambular(self, pp: Preambular) -> None:
        """A preambular paragraph; a lead-in's items and the text that goes on after them."""
        self.write_pieces(self.leading_label(pp) + paragraph_pieces(pp), first_line=True)
        self.write_items(pp.children, pp.wrap_up)

    def write_operative(self, op: Operative) -> None:
        self.write_pieces(self.operative_pieces(op), first_line=True)
        self.write_items(op.children, op.wrap_up)

    def write_items(self, children: tuple[SubParagraph, ...], wrap_up: Text | None) -> None:
        """A paragraph's items and the text after them, in source order (the text after the list is
        written where the source has it, even where the model could not tell it from an item)."""
        pieces: list[SubParagraph | Text] = [*children, *([wrap_up] if wrap_up is not None else [])]
        for piece in sorted(pieces, key=lambda item: item.span.start):
            if isinstance(piece, Text):
                self.write_wrap_up(piece)
            else:
                self.write_subparagraph(piece)

    def write_wrap_up(self, wrap_up: Text) -> None:
        """Text after a list that continues its paragraph ("and demands that …"), flush left as the UN sets it."""
        self.write_pieces(text_pieces(wrap_up), first_line=False)

    def write_subparagraph(self, sub: SubParagraph) -> None:
        self.write_pieces(self.subparagraph_pieces(sub), first_line=True)
        for child in sub.children:
            self.write_subparagraph(child)

    def write_section_heading(self, text: str) -> None:
        """A heading inside the text, as the UN sets one: a 6-pt spacing paragraph, then ``H23`` (bold,
        kept with the next) at the text column in a hanging indent, then another spacing paragraph."""
        indent = self.layout.body_indent
        self.append(spacer())
        p = self.append(paragraph("H23"))
        set_tabs(p, indent - 245, [indent])
        set_indent(p, left=indent, right=indent - 7, hanging=indent)
        p.append(text_run("\t\t" + squash(text)))
        self.append(spacer())

    def write_table(self, comment: str) -> None:
        """A Word table that the importer kept as a comment block, one row a line, cells between bars."""
        rows = [
            [cell.strip() for cell in line.strip()[1:-1].split(" | ")]
            for line in comment.splitlines()[1:]
            if line.strip().startswith("|") and line.strip().endswith("|")
        ]
        if not rows:
            return
        width = max(len(row) for row in rows)
        table = self.word.add_table(rows=len(rows), cols=width)
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                for index, part in enumerate(text.split("*")):
                    if part:
                        cell.paragraphs[0]._p.append(text_run(part, italic=index % 2 == 1))

    def write_closing(self, closing: Closing) -> None:
        """Meeting line and date flush right in italics, one paragraph with a line break between them (as
        the UN sets them); other closing lines (the adoption note, a recorded vote) and text after them
        (further parts, annexes) as body. Read from the model: the line's ``Text`` keeps its italics,
        footnote marks and no-break spaces."""
        pieces = text_pieces(closing.content) if closing.content is not None else [Piece(closing.text)]
        plain = closing.text.strip()
        kind = closing_kind(plain)
        joined = self.meeting is not None and kind == "date"
        meeting = kind == "meeting" or joined
        if joined:
            self.meeting.append(text_run("\n"))
            p = self.meeting
        elif kind in ("meeting", "date"):
            self.append(spacer())
            p = self.meeting = self.append(paragraph(BODY_STYLE_ID, "right"))
            pieces = break_before_date(pieces, plain)
        else:
            self.meeting = None
            p = self.body_paragraph(first_line=True)
        for piece in pieces:
            if piece.note is not None:
                self.add_note_reference(p, piece.note)
            elif piece.text:
                p.append(text_run(piece.text, italic=piece.italic or meeting))

    def write_unreferenced_notes(self) -> None:
        """A footnote no marker points at has no place at a page foot; it is kept as a visible
        ``[^n]: text`` line so that nothing is lost and the linter can still report it."""
        for note in self.model.footnotes:
            if note.label in self.note_ids or (note.label in ("*", "∗") and "*" in self.note_ids):
                continue
            if note.label in ("*", "∗") and self.model.heading.sponsors:
                continue
            p = self.body_paragraph()
            p.append(text_run(f"[^{note.label}]: "))
            for piece in text_pieces(note.text):
                if piece.note is None and piece.text:
                    p.append(text_run(piece.text, italic=piece.italic))

    def write_end_rule(self) -> None:
        """The short centred rule that ends the text: an empty paragraph with a bottom border 1 in wide."""
        p = self.append(paragraph(BODY_STYLE_ID, before=240, after=0))
        width = self.layout.page_width - self.layout.margin_left - self.layout.margin_right
        side = (width - END_RULE_WIDTH) // 2
        set_indent(p, left=side, right=side)
        paragraph_border(p, "bottom", 4)


def draft_items(draft: NestedDraft) -> list[tuple[int, str, object]]:
    """The pieces of a draft nested in an operative paragraph ("… the following draft resolution:"),
    inner drafts included, as ``(source offset, kind, item)`` for ``BodyWriter.write``."""
    items: list[tuple[int, str, object]] = []
    if draft.authoring:
        items.append((draft.authoring.span.start, "authoring", draft.authoring))
    items += [(pp.span.start, "preambular", pp) for pp in draft.preamble]
    items += [(op.span.start, "operative", op) for op in draft.operative]
    items += [(h.span.start, "heading", h) for h in draft.headings]
    for annex in draft.annexes:
        items.append((annex.span.start, "heading", Closing(annex.title, annex.span)))
        items += [(p.span.start, "paragraph", p) for p in annex.paragraphs]
    for inner in draft.drafts:
        items += draft_items(inner)
    return items


def heading_text(line: Closing) -> str:
    """A heading line's words with the source's no-break spaces (the model's plain text has spaces)."""
    if line.content is None:
        return line.text
    written = "".join(piece.text for piece in text_pieces(line.content) if piece.note is None)
    return written if written.replace("\u00a0", " ").split() == line.text.split() else line.text


def break_before_date(pieces: list[Piece], plain: str) -> list[Piece]:
    """A meeting line that carries its date ("46th meeting 11 October 2023", one line in the model):
    a line break before the date, as the UN sets the two."""
    parts = meeting_and_date(plain)
    if parts is None:
        return pieces
    cut = len(parts[0])
    result: list[Piece] = []
    seen = 0
    for piece in pieces:
        if piece.note is None and seen <= cut < seen + len(piece.text):
            before, after = piece.text[: cut - seen].rstrip(), piece.text[cut - seen :].lstrip()
            result += [Piece(before, piece.italic), Piece("\n", piece.italic), Piece(after, piece.italic)]
            cut = -1
        else:
            result.append(piece)
        seen += len(piece.text)
    return result


def italic_authoring(pieces: list[Piece]) -> list[Piece]:
    """Pasted text has no italics: the organ line is italic up to its final comma."""
    text = "".join(p.text for p in pieces if p.note is None)
    core = text.rstrip(" ,:")
    return [Piece(core, True), Piece(text[len(core):])] if core else pieces
