"""The body's Word paragraphs as the import sees them: text segments, visible automatic number, place.

Tracked changes are accepted (a deleted paragraph vanishes; one whose mark was deleted runs on into
the next), text boxes are left out, and a paragraph in a table knows its (table, row, column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from resolint.docxio.numbering import NumberingState, letter_label, roman_numeral
from resolint.docxio.wordtext import MC_FALLBACK, ParagraphReader, Segment, StyleSheet, plain_of, w

TRACKED_TAGS = (w("ins"), w("del"), w("moveFrom"), w("moveTo"))


@dataclass
class WordParagraph:
    index: int
    segments: list[Segment]
    number: str  # visible automatic number, "" if none
    cell: tuple[int, int, int] | None = None  # (table, row, column) for a paragraph in a table
    outline: bool = False  # a heading style or outline level: a section heading in the body
    level: int = 0  # list level of an automatically numbered paragraph (0 = top)

    @property
    def plain(self) -> str:
        return (f"{self.number}\t" if self.number else "") + plain_of(self.segments)


@dataclass
class BodyReader:
    """Reads the body's paragraphs; ``reader`` counts the tracked changes accepted."""

    reader: ParagraphReader
    styles: StyleSheet
    numbering: NumberingState
    text_boxes: int = 0  # text boxes holding text, left out
    sub_labels: SubLabels = field(default_factory=lambda: SubLabels())

    def paragraphs(self, body: etree._Element) -> list[WordParagraph]:
        found: list[WordParagraph] = []
        index = 0
        # holding the table elements keeps their lxml proxies alive, so they work as dictionary keys
        tables = {table: number for number, table in enumerate(body.iter(w("tbl")))}
        joined: WordParagraph | None = None  # text whose paragraph mark was deleted: it runs on
        self.text_boxes = sum(1 for box in body.iter(w("txbxContent")) if holds_text(box))
        for element in body.iter(w("p")):
            if in_text_box(element):
                continue
            index += 1
            if deleted_paragraph(element):
                self.reader.tracked_changes += sum(1 for _ in element.iter(*TRACKED_TAGS))  # mark included
                continue
            # text run on from a numbered paragraph keeps that number: this one's is not counted
            numbered = joined is None or not joined.number
            paragraph = self.paragraph(element, index, tables, numbered)
            if joined is not None:
                paragraph = WordParagraph(
                    joined.index, joined.segments + paragraph.segments, joined.number or paragraph.number,
                    paragraph.cell, paragraph.outline, joined.level if joined.number else paragraph.level,
                )
                joined = None
            if mark_deleted(element):
                self.reader.tracked_changes += 1
                joined = paragraph
                continue
            found.append(paragraph)
        if joined is not None:
            found.append(joined)
        return found

    def paragraph(self, element: etree._Element, index: int, tables: dict, numbered: bool = True) -> WordParagraph:
        number, level = self.paragraph_number(element) if numbered else ("", 0)
        segments = self.reader.read(element)
        cell = table_cell(element, tables)
        style_level = list_style_level(self.styles, paragraph_style(element))
        if number and style_level and level == 0 and number not in WORD_BULLETS:
            number, level = self.sub_labels.label(style_level), style_level
        elif cell is None and plain_of(segments).strip():
            self.sub_labels.close(level if number else 0)
        return WordParagraph(index, segments, number, cell, self.is_outline(element), level)

    def is_outline(self, paragraph: etree._Element) -> bool:
        ppr = paragraph.find(w("pPr"))
        if ppr is None:
            return False
        if ppr.find(w("outlineLvl")) is not None:
            return ppr.find(w("outlineLvl")).get(w("val"), "9") != "9"
        pstyle = ppr.find(w("pStyle"))
        level = self.styles.resolve(pstyle.get(w("val")), "outline") if pstyle is not None else None
        return level is not None and level < 9

    def paragraph_number(self, paragraph: etree._Element) -> tuple[str, int]:
        ppr = paragraph.find(w("pPr"))
        num_id = ilvl = None
        style_id = None
        if ppr is not None:
            num = ppr.find(w("numPr"))
            if num is not None:
                num_el, lvl_el = num.find(w("numId")), num.find(w("ilvl"))
                num_id = num_el.get(w("val")) if num_el is not None else None
                ilvl = int(lvl_el.get(w("val"), "0")) if lvl_el is not None else None
            pstyle = ppr.find(w("pStyle"))
            style_id = pstyle.get(w("val")) if pstyle is not None else None
        if num_id is None:
            num_id = self.styles.resolve(style_id, "num_id")
        if ilvl is None:
            ilvl = self.styles.resolve(style_id, "ilvl") or 0
        if not num_id:
            return "", 0
        return self.numbering.label(str(num_id), int(ilvl)), int(ilvl)


WORD_BULLETS = ("•", "–")  # what numbering.bullet_mark makes of Word's bullets
LIST_NUMBER_STYLE = re.compile(r"^list number ([2-9])$", re.IGNORECASE)
"""Word's built-in styles for the levels of a numbered list: "List Number 2" is the second level. Each has
a one-level list of its own ("1.", "2."), so the level is in the style's name, not in the numbering."""


def paragraph_style(paragraph: etree._Element) -> str | None:
    style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    return style.get(w("val")) if style is not None else None


def list_style_level(styles: StyleSheet, style_id: str | None) -> int:
    """The sub-paragraph level a "List Number N" style (or one based on it) stands for; 0 for any other."""
    seen = 0
    while style_id and seen < 20:
        info = styles.styles.get(style_id)
        if info is None:
            return 0
        found = LIST_NUMBER_STYLE.match(info.name.strip())
        if found:
            return int(found.group(1)) - 1
        style_id, seen = info.based_on, seen + 1
    return 0


@dataclass
class SubLabels:
    """The UN's labels for sub-paragraphs that take their level from a list style: (a), (b) under a
    paragraph, (i), (ii) one level further down, counted again under each paragraph of a higher level."""

    counts: list[int] = field(default_factory=list)

    def label(self, level: int) -> str:
        self.counts = (self.counts + [0] * level)[:level]
        self.counts[level - 1] += 1
        count = self.counts[level - 1]
        return f"({letter_label(count) if level == 1 else roman_numeral(count)})"

    def close(self, level: int) -> None:
        """A paragraph at ``level`` (0: a paragraph of the text) ends the counts below it."""
        del self.counts[level:]


ITALIC_NUMBER = re.compile(r"^\*(\d{1,3}\.|\([a-z0-9]{1,6}\))(?:\*([\t ]+)|([\t ]+)(?=\S))")


def normalise_line(number: str, text: str) -> str:
    """One source line: the automatic number in front, tabs and Word line breaks as spaces; a typed
    number that the drafter italicised with the words after it ("*1. Decides*") is set upright, since
    it is no part of the opening phrase."""
    text = text.replace("\n", " ")
    text = text.lstrip("\t ")
    text = ITALIC_NUMBER.sub(lambda m: m.group(1) + (m.group(2) or m.group(3) + "*"), text, count=1)
    if number:
        text = f"{number}\t{text}"
    text = re.sub(r"^(\d{1,3}\.|\([a-z0-9]{1,6}\))\t+", r"\1 ", text)
    text = re.sub(r"\t+", " ", text)
    text = re.sub(r" {2,}", " ", text)
    return text.strip()


def table_cell(paragraph: etree._Element, tables: dict) -> tuple[int, int, int] | None:
    """(table, row, column) of a paragraph inside a body table (the outermost one)."""
    cell = row = table = None
    for ancestor in paragraph.iterancestors():
        if ancestor.tag == w("tc"):
            cell = ancestor
        elif ancestor.tag == w("tr"):
            row = ancestor
        elif ancestor.tag == w("tbl"):
            table = ancestor
    if table is None or row is None or cell is None:
        return None
    outer_row = next(a for a in paragraph.iterancestors(w("tr")) if a.getparent() is table)
    outer_cell = next(a for a in paragraph.iterancestors(w("tc")) if a.getparent() is outer_row)
    return tables[table], table.index(outer_row), outer_row.index(outer_cell)


def holds_text(box: etree._Element) -> bool:
    """A text box with text, counted once: not the copy ``mc:Fallback`` holds, nor one inside another box."""
    for ancestor in box.iterancestors():
        if ancestor.tag in (MC_FALLBACK, w("txbxContent")):
            return False
    return any((t.text or "").strip() for t in box.iter(w("t")))


def in_text_box(paragraph: etree._Element) -> bool:
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == w("txbxContent"):
            return True
        if parent.tag == w("body"):
            return False
        parent = parent.getparent()
    return False


def mark_deleted(paragraph: etree._Element) -> bool:
    """The paragraph mark is a tracked deletion: on accepting, the text runs on into the next paragraph."""
    ppr = paragraph.find(w("pPr"))
    return ppr is not None and ppr.find(f"{w('rPr')}/{w('del')}") is not None


def deleted_paragraph(paragraph: etree._Element) -> bool:
    """A paragraph whose text is all deleted tracked text, mark included, vanishes on accepting."""
    if not mark_deleted(paragraph):
        return False
    removed = (w("del"), w("moveFrom"))
    kept = [t for t in paragraph.iter(w("t")) if not any(a.tag in removed for a in t.iterancestors())]
    return not any((t.text or "").strip() for t in kept)
