"""Building AKN XML with lxml: XML-safe text, elements in the AKN namespace, running text with italics and notes."""

from __future__ import annotations

import re

from lxml import etree

from resolint.aknio.reader import A
from resolint.docxio.runs import Piece, text_pieces
from resolint.model import Document

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
MARKS = re.compile(r"\[\^([^\]\s]+)\]")
ITALIC = re.compile(r"\*([^*]+)\*")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    return NOT_XML.sub("", text)


def element(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    child = etree.SubElement(parent, A + tag, {k.rstrip("_"): xml_safe(v) for k, v in attributes.items()})
    if text is not None:
        child.text = xml_safe(text)
    return child


def reference(value: str) -> str:
    """A ``refersTo`` target made of a heading value: ``#english``, ``#generalDistribution``."""
    return "#" + (re.sub(r"[^0-9A-Za-z]+", "", value.lower()) or "unknown")


def add_text(parent: etree._Element, text: str) -> None:
    """Append ``text`` after the last child of ``parent`` (as its tail) or as ``parent``'s text."""
    text = xml_safe(text)
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def squash(text: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def source_pieces(text: str) -> list[Piece]:
    """Pieces of raw source text the model keeps without marks (closing lines, annexed text)."""
    pieces: list[Piece] = []
    for index, chunk in enumerate(MARKS.split(squash(text))):
        if index % 2:
            pieces.append(Piece("", note=chunk))
            continue
        for part_index, part in enumerate(ITALIC.split(chunk)):
            if part:
                pieces.append(Piece(part, italic=part_index % 2 == 1))
    return pieces


class NoteWriter:
    """Footnote marks to ``authorialNote`` elements with the note's text, numbered as the UN numbers them."""

    def __init__(self, document: Document) -> None:
        self.notes = {note.label: note for note in document.footnotes}
        self.count = 0
        self.written: set[str] = set()
        self.open: set[str] = set()  # notes being written (a note's text may mark another note)

    def write(self, parent: etree._Element, label: str) -> None:
        note = self.notes.get(label)
        if note is None or label in self.open:  # no such note, or a note that marks itself: kept as text
            add_text(parent, f"[^{label}]")
            return
        self.count += 1
        self.written.add(label)
        self.open.add(label)
        holder = element(parent, "authorialNote", marker=label, placement="bottom", eId=f"authorialNote_{self.count}")
        write_pieces(element(holder, "p"), text_pieces(note.text), self)
        self.open.discard(label)


def write_pieces(p: etree._Element, pieces: list[Piece], notes: NoteWriter) -> None:
    for piece in pieces:
        if piece.note is not None:
            notes.write(p, piece.note)
        elif piece.italic:
            element(p, "span", piece.text, class_="italic")
        else:
            add_text(p, piece.text)
