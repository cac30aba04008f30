"""Read a .docx (ours, the UN's, or anyone's) into resolint source text plus a map back to Word.

The text is what the core parses: a YAML-like front matter when the Word heading is recognisable,
the organ line, paragraphs separated by blank lines, italics as ``*…*``, Word's automatic numbering
as visible ``1.``/``(a)``/``(i)``, footnotes as ``[^n]`` with ``[^n]: text`` definitions at the end.
``paragraph_map`` gives, for each stretch of that text, the Word paragraph it came from.

The work is split by responsibility: ``wordtext`` reads runs, ``wordparagraphs`` the body's
paragraphs, ``importfurniture`` headers and footers, ``importheading`` the heading (through the
grammar), ``importbody`` the body; this module ties them together and writes the footnotes.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from resolint.docxio.errors import DocxError
from resolint.docxio.importbody import BodyWriter
from resolint.docxio.importfurniture import read_furniture
from resolint.docxio.importheading import read_heading, write_heading
from resolint.docxio.importmap import ImportedDocument, MapEntry, TextBuilder
from resolint.docxio.numbering import NumberingState
from resolint.docxio.package import WordPackage
from resolint.docxio.wordparagraphs import BodyReader
from resolint.docxio.wordtext import ParagraphReader, Segment, StyleSheet, W, markdown_of, w
from resolint.grammar.authoring import authoring_organ


def import_docx(path: str | Path) -> ImportedDocument:
    """Read ``path`` into source text; raises :class:`DocxError` with a one-line message."""
    try:
        with WordPackage(path) as package:
            return DocxReader(package).read()
    except DocxError:
        raise
    except Exception as error:  # a structure nothing here foresaw: still one line, never a traceback
        detail = f"{type(error).__name__}: {error}".splitlines()[0][:120]
        raise DocxError(f"{Path(path).name}: cannot read this Word file ({detail})") from None


class DocxReader:
    def __init__(self, package: WordPackage) -> None:
        self.package = package
        main = package.main_part
        self.document = package.read_xml(main)
        self.styles = StyleSheet.from_xml(self.optional_part(main, "/styles"))
        numbering = NumberingState.from_xml(
            self.optional_part(main, "/numbering"), lambda style_id: self.styles.resolve(style_id, "num_id")
        )
        self.reader = ParagraphReader(self.styles)
        self.body_reader = BodyReader(self.reader, self.styles, numbering)
        self.notes_xml = {
            "footnote": self.optional_part(main, "/footnotes"),
            "endnote": self.optional_part(main, "/endnotes"),
        }
        self.note_labels: dict[tuple[str, str], str] = {}
        self.auto_notes = {"footnote": 0, "endnote": 0}  # Word numbers endnotes apart from footnotes
        self.notices: list[str] = []

    def optional_part(self, source: str, suffix: str) -> etree._Element | None:
        name = self.package.related_part(source, suffix)
        return self.package.read_xml(name) if name and self.package.has(name) else None

    def read(self) -> ImportedDocument:
        body = self.document.find(w("body"))
        if body is None:
            raise DocxError(f"{self.package.name}: the Word document has no body")
        paragraphs = self.body_reader.paragraphs(body)
        furniture = read_furniture(self.package, self.document, self.reader)
        authoring = next(
            (i for i, p in enumerate(paragraphs) if p.cell is None and authoring_organ(p.plain)), None
        )
        builder = TextBuilder()
        heading_paras = paragraphs[:authoring] if authoring is not None else []
        body_paras = paragraphs[authoring:] if authoring is not None else paragraphs
        facts = read_heading(furniture, [p for p in heading_paras if p.plain.strip() and p.cell is None])
        sponsors_star = write_heading(builder, facts, self.note_label)
        BodyWriter(builder, self.note_label).write([p for p in heading_paras if p.cell is not None] + body_paras)
        self.write_notes(builder, skip_star=sponsors_star)
        self.notices.extend(left_out_notices(self.reader.tracked_changes, self.comments(),
                                             self.body_reader.text_boxes, self.reader.hidden_runs))
        if authoring is None:
            self.notices.append(
                "no organ line (\"The … Council,\") found; the heading is not recognised"
            )
        return ImportedDocument(builder.text(), builder.entries, self.notices, str(self.package.path))

    def comments(self) -> int:
        """Word comments (``comments.xml``) that a person wrote: holding text, and not processing fields."""
        root = self.optional_part(self.package.main_part, "/comments")
        if root is None:
            return 0
        return sum(1 for comment in root.iter(w("comment")) if written_comment(comment))

    # -- notes -----------------------------------------------------------------------------------
    def note_label(self, segment: Segment) -> str:
        kind, note_id, custom = segment.note
        if kind == "cited":
            return custom
        key = (kind, note_id)
        if key not in self.note_labels:
            if custom:
                self.note_labels[key] = custom
            else:
                self.auto_notes[kind] += 1
                count = self.auto_notes[kind]
                self.note_labels[key] = str(count) if kind == "footnote" else f"e{count}"
        return self.note_labels[key]

    def note_text(self, kind: str, note_id: str) -> str:
        root = self.notes_xml.get(kind)
        if root is None:
            return ""
        for note in root.iter(w(kind)):
            if note.get(w("id")) == note_id:
                parts = []
                for paragraph in note.iter(w("p")):
                    segments = self.reader.read(paragraph)
                    if not parts:  # the note's own mark opens it (footnoteRef, or a custom mark as text)
                        segments = without_own_mark(segments, self.note_labels.get((kind, note_id), ""))
                    parts.append(markdown_of(segments, self.note_label))
                text = " ".join(part for part in parts if part.strip())
                return re.sub(r"\s+", " ", text.replace("\t", " ")).strip()
        return ""

    def write_notes(self, builder: TextBuilder, skip_star: bool) -> None:
        written: set[str] = set()
        index = 0
        while index < len(self.note_labels):
            (kind, note_id), label = list(self.note_labels.items())[index]
            index += 1
            if label in written or (skip_star and label == "*"):
                continue
            written.add(label)
            text = self.note_text(kind, note_id)
            builder.paragraph(f"[^{label}]: {text}", 0, f"footnote {label}")


def without_own_mark(segments: list[Segment], label: str) -> list[Segment]:
    """A note's first paragraph without the mark that opens it: Word's ``w:footnoteRef``, or the custom
    mark ("*") typed as text, since Word does not draw a custom mark in the note itself (LibreOffice
    writes it once more before the typed one)."""
    while segments and (segments[0].note is not None or not segments[0].text.strip()):
        segments = segments[1:]
    while segments and label and not label.isdigit() and segments[0].text.lstrip().startswith(label):
        first = segments[0]
        segments = [Segment(first.text.lstrip()[len(label):], first.italic, first.bold), *segments[1:]]
        while segments and segments[0].note is None and not segments[0].text.strip():
            segments = segments[1:]
    return segments


PROCESSING_FIELD = re.compile(r"<<([A-Z][A-Z0-9 ]*)>>[^<>]*<<\1>>")
"""A field a document-processing system keeps in a comment: its name in double angle brackets on each side
of the value ("<<ODS JOB NO>>N1730150E<<ODS JOB NO>>", the UN's Official Document System)."""


def written_comment(comment: etree._Element) -> bool:
    """A comment with words of its own. One made only of processing fields is the publisher's bookkeeping
    (each UN Word file carries one: job number and symbols), not a reviewer's remark on the text."""
    lines = ["".join(t.text or "" for t in paragraph.iter(w("t"))).strip() for paragraph in comment.iter(w("p"))]
    lines = [line for line in lines if line]
    return bool(lines) and not all(PROCESSING_FIELD.sub("", line).strip() == "" for line in lines)


def counted(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


def left_out_notices(changes: int, comments: int, text_boxes: int, hidden: int) -> list[str]:
    """What the reading did beyond the visible text, said once each: changes accepted, things left out."""
    notices = []
    if changes:
        notices.append(f"{counted(changes, 'tracked change')} found; "
                       "the text is read as it would stand after accepting them all")
    if comments:
        notices.append(f"{counted(comments, 'Word comment')} not read: comments are not part of the text")
    if text_boxes:
        notices.append(f"{counted(text_boxes, 'text box')} not read: only the body's paragraphs and tables are")
    if hidden:
        notices.append(f"{counted(hidden, 'run')} of hidden text left out, as Word neither shows nor prints it")
    return notices


__all__ = ["ImportedDocument", "MapEntry", "W", "import_docx"]
