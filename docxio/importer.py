"""Read a .docx (ours, the UN's, or anyone's) into resolint source text plus a map back to Word.

The text is what the core parses: a YAML-like front matter when the Word heading is recognisable,
the organ line, paragraphs separated by blank lines, italics as ``*…*``, Word's automatic numbering
as visible ``1.``/``(a)``/``(i)``, footnotes as ``[^n]`` with ``[^n]: text`` definitions at the end.
``paragraph_map`` gives, for each stretch of that text, the Word paragraph it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from resolint.docxio.errors import DocxError
from resolint.docxio.numbering import NumberingState
from resolint.docxio.package import WordPackage
from resolint.docxio.wordtext import ParagraphReader, Segment, StyleSheet, W, markdown_of, plain_of, w

ORGAN_WORDS = r"(?:Council|Assembly|Conference|Commission|Committee|Board|Meeting|Forum|Parties)"
AUTHORING = re.compile(rf"^\*?The [A-Z][\w ,'’()-]{{2,90}}?{ORGAN_WORDS}\*?\s*[,:]?\*?\s*$")
SYMBOL = re.compile(r"\b(?:[A-Z]{1,8}/)+(?:[A-Z0-9][A-Za-z0-9.\-]*/?)*[A-Za-z0-9.]*[A-Za-z0-9]")
SYMBOL_LINE = re.compile(SYMBOL.pattern + r"(?: [A-Z](?:[–-][A-Z])?)?")  # "A/RES/72/263 A–C"
DATE = re.compile(
    r"^\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{4}$"
)
SESSION = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)? (?:special |regular |resumed )?session$", re.I)
DATE_RANGE = re.compile(r"^\d{1,2}(?: [A-Z][a-z]+)?(?: \d{4})?\s*[–-]\s*\d{1,2} [A-Z][a-z]+ \d{4}$")
AGENDA = re.compile(r"^Agenda items?\s+(.+)$", re.I)
DOC_TYPE = re.compile(r":\*?\s*((?:revised |further revised )?draft (?:resolution|decision))\s*$", re.I)
ADOPTED = re.compile(r"^(Resolution|Decision)s? adopted by the (.+?) on (\d{1,2} [A-Z][a-z]+ \d{4})\s*$")
CLOSING = re.compile(r"^\d+(?:st|nd|rd|th) (?:plenary )?meeting\b", re.I)
DOC_TYPE_ALONE = re.compile(r"(?:(?:further )?revised )?(?:draft )?(?:resolution|decision)", re.I)
TITLE = re.compile(r"^(\d+/(?:\d+|\.{3}|…)[A-Z]?)\.?[\t ]+(\S.*)$")
KNOWN_ORGANS = {
    "Human Rights Council", "General Assembly", "Security Council", "Economic and Social Council",
    "Commission on the Status of Women", "Commission on Human Rights",
}
OP_LINE = re.compile(r"^(\d{1,3})\.[\t ]+")
SUB_LINE = re.compile(r"^\(([a-z]{1,6}|[0-9]{1,2})\)[\t ]+")
RULE_ONLY = re.compile(r"^[\s_\-–—*]*$")


@dataclass(frozen=True)
class MapEntry:
    """Source text ``[start, end)`` came from Word paragraph ``word_index`` (1-based; 0: not in the body)."""

    start: int
    end: int
    word_index: int
    place: str  # "paragraph 9 (l)", "preambular paragraph 3", "footnote 2", "heading"


@dataclass
class ImportedDocument:
    text: str
    paragraph_map: list[MapEntry] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    path: str = ""
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def entry_at(self, offset: int) -> MapEntry | None:
        if len(self._starts) != len(self.paragraph_map):
            self._starts = [entry.start for entry in self.paragraph_map]
        index = bisect_right(self._starts, offset) - 1
        while index >= 0:
            entry = self.paragraph_map[index]
            if entry.start <= offset <= entry.end:
                return entry
            if entry.end < offset:
                break
            index -= 1
        return None

    def locate(self, offset: int) -> str:
        """Where ``offset`` of :attr:`text` is in the Word file, e.g. "paragraph 9 (l), Word paragraph 37"."""
        entry = self.entry_at(offset)
        if entry is None:
            return "Word front matter"
        if entry.word_index <= 0:
            return entry.place
        if entry.place and entry.place != "heading":
            return f"{entry.place}, Word paragraph {entry.word_index}"
        return f"Word paragraph {entry.word_index}"


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
        self.numbering = NumberingState.from_xml(
            self.optional_part(main, "/numbering"), lambda style_id: self.styles.resolve(style_id, "num_id")
        )
        self.reader = ParagraphReader(self.styles)
        self.notes_xml = {
            "footnote": self.optional_part(main, "/footnotes"),
            "endnote": self.optional_part(main, "/endnotes"),
        }
        self.note_labels: dict[tuple[str, str], str] = {}
        self.auto_notes = 0
        self.notices: list[str] = []

    def optional_part(self, source: str, suffix: str) -> etree._Element | None:
        name = self.package.related_part(source, suffix)
        return self.package.read_xml(name) if name and self.package.has(name) else None

    # -- reading ---------------------------------------------------------------------------------
    def read(self) -> ImportedDocument:
        body = self.document.find(w("body"))
        if body is None:
            raise DocxError(f"{self.package.name}: the Word document has no body")
        paragraphs = self.body_paragraphs(body)
        header_lines = self.header_lines()
        tracked = self.reader.tracked_changes
        authoring = next(
            (i for i, p in enumerate(paragraphs) if p.cell is None and AUTHORING.match(p.plain.strip())), None
        )
        builder = TextBuilder()
        heading_paras = paragraphs[:authoring] if authoring is not None else []
        body_paras = paragraphs[authoring:] if authoring is not None else paragraphs
        front = HeadingParser(header_lines, [p for p in heading_paras if p.plain.strip() and p.cell is None])
        sponsors_star = front.write(builder, self)
        self.write_body(builder, [p for p in heading_paras if p.cell is not None] + body_paras)
        self.write_notes(builder, skip_star=sponsors_star)
        tracked += self.reader.tracked_changes - tracked
        if self.reader.tracked_changes:
            self.notices.append(
                f"{self.reader.tracked_changes} tracked change(s) found; "
                "the text is read as it would stand after accepting them all"
            )
        if authoring is None:
            self.notices.append(
                "no organ line (\"The … Council,\") found; the heading is not recognised"
            )
        return ImportedDocument(builder.text(), builder.entries, self.notices, str(self.package.path))

    def body_paragraphs(self, body: etree._Element) -> list[WordParagraph]:
        found: list[WordParagraph] = []
        index = 0
        # holding the table elements keeps their lxml proxies alive, so they work as dictionary keys
        tables = {table: number for number, table in enumerate(body.iter(w("tbl")))}
        joined: WordParagraph | None = None  # text whose paragraph mark was deleted: it runs on
        for element in body.iter(w("p")):
            if in_text_box(element):
                continue
            index += 1
            if deleted_paragraph(element):
                self.reader.tracked_changes += sum(1 for _ in element.iter(*TRACKED_TAGS))  # mark included
                continue
            segments = self.reader.read(element)
            number, level = self.paragraph_number(element)
            paragraph = WordParagraph(
                index, segments, number, table_cell(element, tables), self.is_outline(element), level
            )
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

    def header_lines(self) -> list[str]:
        """Text lines of the section headers (the first-page masthead holds symbol, Distr., date)."""
        lines: list[str] = []
        for sect in self.document.iter(w("sectPr")):
            for ref in sect.findall(w("headerReference")):
                rel_id = ref.get(f"{{{R_NS}}}id")
                name = self.relationship_target(rel_id)
                if not name or not self.package.has(name):
                    continue
                root = self.package.read_xml(name)
                for paragraph in root.iter(w("p")):
                    text = plain_of(self.reader.read(paragraph))
                    lines.extend(part.strip() for part in re.split(r"[\n\t]", text) if part.strip())
            break
        return lines

    def relationship_target(self, rel_id: str | None) -> str | None:
        if not rel_id:
            return None
        main = self.package.main_part
        folder, _, base = main.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels"
        if not self.package.has(rels):
            return None
        from resolint.docxio.package import resolve_target

        for rel in self.package.read_xml(rels):
            if rel.get("Id") == rel_id and rel.get("TargetMode") != "External":
                return resolve_target(folder, rel.get("Target", ""))
        return None

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
                self.auto_notes += 1
                self.note_labels[key] = str(self.auto_notes) if kind == "footnote" else f"e{self.auto_notes}"
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
                        while segments and (segments[0].note is not None or not segments[0].text.strip()):
                            segments = segments[1:]
                    parts.append(markdown_of(segments, self.note_label))
                text = " ".join(part for part in parts if part.strip())
                return clean_note(text)
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

    def write_table(self, builder: TextBuilder, cells: list[WordParagraph]) -> None:
        """A table is kept as a comment block, one row a line: its text stays, but it is not linted as prose."""
        rows: dict[int, dict[int, list[str]]] = {}
        for paragraph in cells:
            _, row, column = paragraph.cell
            text = normalise_line(paragraph.number, markdown_of(paragraph.segments, self.note_label))
            if text:
                rows.setdefault(row, {}).setdefault(column, []).append(text)
        lines = ["| " + " | ".join(" ".join(parts) for _, parts in sorted(row.items())) + " |"
                 for _, row in sorted(rows.items())]
        body = "\n".join(lines).replace("--", "–").replace("<!", "< !")
        builder.paragraph(f"<!-- Word table:\n{body}\n-->", cells[0].index, "table")

    def write_body(self, builder: TextBuilder, paragraphs: list[WordParagraph]) -> None:
        current_op: str | None = None
        preamble = 0
        labels: list[str] = []  # sub-paragraph labels open at each level under the current paragraph
        table: list[WordParagraph] = []
        for paragraph in [*paragraphs, None]:
            if paragraph is not None and paragraph.cell is not None:
                if table and table[0].cell[0] != paragraph.cell[0]:
                    self.write_table(builder, table)
                    table = []
                table.append(paragraph)
                continue
            if table:
                self.write_table(builder, table)
                table = []
            if paragraph is None:
                break
            text = markdown_of(paragraph.segments, self.note_label)
            line = normalise_line(paragraph.number, text)
            if RULE_ONLY.match(line):
                continue
            closing = plain_of(paragraph.segments).replace("\u00a0", " ").replace("\t", " ").strip()
            if current_op is not None and CLOSING.match(closing):
                for part in closing.split("\n"):
                    if part.strip():
                        builder.paragraph(" ".join(part.split()), paragraph.index, "closing")
                continue
            plain = line.lstrip("* ")
            if section_heading(paragraph, line):
                builder.paragraph("### " + plain_of(paragraph.segments).replace("\n", " ").strip(),
                                  paragraph.index, "section heading")
                continue
            op = OP_LINE.match(line)
            sub = SUB_LINE.match(line)
            if op:
                current_op = op.group(1)
                labels = []
                place = f"paragraph {current_op}"
                line = OP_LINE.sub(lambda m: f"{m.group(1)}. ", line, count=1)
            elif sub:
                level = sub_level(paragraph, sub.group(1), labels)
                labels = [*labels[: level - 1], sub.group(1)]
                chain = " ".join(f"({label})" for label in labels)
                place = f"paragraph {current_op} {chain}" if current_op else chain
                line = "   " * level + SUB_LINE.sub(lambda m: f"({m.group(1)}) ", line, count=1)
            elif current_op is None and not AUTHORING.match(plain):
                preamble += 1
                place = f"preambular paragraph {preamble}"
            else:
                place = "organ line" if current_op is None else f"after paragraph {current_op}"
            builder.paragraph(line, paragraph.index, place)


ROMAN = re.compile(r"^[ivxlc]+$")


def sub_level(paragraph: WordParagraph, label: str, open_labels: list[str]) -> int:
    """Level of a sub-paragraph: Word's list level when numbered, else (i) under a letter is level 2."""
    if paragraph.number and paragraph.level > 0:
        return paragraph.level
    if not open_labels:
        return 1
    last = open_labels[-1]
    if len(label) == len(last) == 1 and ord(label) == ord(last) + 1:
        return len(open_labels)  # the next letter: (h) then (i), (w) then (x)
    if ROMAN.match(label) and not ROMAN.match(last):
        return len(open_labels) + 1
    if not ROMAN.match(label) and ROMAN.match(last) and len(open_labels) > 1:
        return len(open_labels) - 1
    return len(open_labels)


def section_heading(paragraph: WordParagraph, line: str) -> bool:
    """A heading inside the body: styled as one (or all bold), short, without closing punctuation."""
    plain = plain_of(paragraph.segments).strip()
    if not plain or len(plain) > 160 or plain[-1] in ".,;:" or OP_LINE.match(line) or SUB_LINE.match(line):
        return False
    if AUTHORING.match(plain) or CLOSING.match(plain):
        return False
    texts = [s for s in paragraph.segments if s.note is None and s.text.strip()]
    all_bold = bool(texts) and all(s.bold for s in texts)
    return paragraph.outline or all_bold


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


def normalise_line(number: str, text: str) -> str:
    """One source line: the automatic number in front, tabs and Word line breaks as spaces."""
    text = text.replace("\n", " ")
    text = text.lstrip("\t ")
    if number:
        text = f"{number}\t{text}"
    text = re.sub(r"^(\d{1,3}\.|\([a-z0-9]{1,6}\))\t+", r"\1 ", text)
    text = re.sub(r"\t+", " ", text)
    text = re.sub(r" {2,}", " ", text)
    return text.strip()


def clean_note(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\t", " ")).strip()


def in_text_box(paragraph: etree._Element) -> bool:
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == w("txbxContent"):
            return True
        if parent.tag == w("body"):
            return False
        parent = parent.getparent()
    return False


TRACKED_TAGS = (w("ins"), w("del"), w("moveFrom"), w("moveTo"))


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


R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class TextBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entries: list[MapEntry] = []

    def raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def paragraph(self, line: str, word_index: int, place: str) -> None:
        if self.length:
            self.raw("\n")
        start = self.length
        self.raw(line + "\n")
        self.entries.append(MapEntry(start, start + len(line), word_index, place))

    def text(self) -> str:
        return "".join(self.parts)


class HeadingParser:
    """Recognise the UN heading (masthead, session block, sponsors, title) and write a front matter."""

    def __init__(self, header_lines: list[str], paragraphs: list[WordParagraph]) -> None:
        self.header_lines = header_lines
        self.paragraphs = paragraphs
        self.fields: dict[str, str] = {}
        self.sponsors: list[tuple[str, bool]] = []
        self.leftovers: list[tuple[WordParagraph, str]] = []

    def parse(self, reader: DocxReader) -> None:
        for line in self.header_lines:
            self.header_line(line.replace("\u00a0", " "))
        previous = ""
        for paragraph in self.paragraphs:
            text = markdown_of(paragraph.segments, reader.note_label)
            plain = normalise_line(paragraph.number, plain_of(paragraph.segments, custom_marks=True))
            plain = plain.replace("\u00a0", " ").strip()
            for line in [p.strip() for p in plain.split("\n") if p.strip()] or [plain]:
                if not self.body_line(line, previous):
                    self.leftovers.append((paragraph, normalise_line("", text)))
                previous = line

    def header_line(self, line: str) -> None:
        if line.startswith("Distr.:") or line.startswith("Distr:"):
            self.fields.setdefault("distribution", line.split(":", 1)[1].strip())
        elif line.startswith("Original:"):
            self.fields.setdefault("original", line.split(":", 1)[1].strip())
        elif DATE.match(line):
            self.fields.setdefault("date", line)
        elif "symbol" not in self.fields and SYMBOL_LINE.fullmatch(line):
            self.fields["symbol"] = line
        elif line in KNOWN_ORGANS:
            self.fields.setdefault("parent-organ", line)

    def body_line(self, line: str, previous: str) -> bool:
        fields = self.fields
        agenda = AGENDA.match(line)
        title = TITLE.match(line)
        if line in KNOWN_ORGANS and "organ" not in fields:
            fields["organ"] = line
        elif SESSION.match(line) and "session" not in fields:
            fields["session"] = line
        elif DATE_RANGE.match(line) and "session-dates" not in fields:
            fields["session-dates"] = line
        elif ADOPTED.match(line) and "adopted" not in fields:
            adopted = ADOPTED.match(line)
            fields["document-type"] = f"{adopted.group(1).lower()} adopted"
            fields.setdefault("organ", adopted.group(2))
            fields["adopted"] = adopted.group(3)
        elif agenda and "agenda-item" not in fields:
            fields["agenda-item"] = agenda.group(1)
        elif DOC_TYPE.search(line) and not self.sponsors:
            self.sponsor_line(line)
        elif DOC_TYPE_ALONE.fullmatch(line) and "document-type" not in fields:
            fields["document-type"] = line
        elif title and "title" not in fields:
            fields["number"] = title.group(1)
            fields["title"] = title.group(2).strip()
        elif AGENDA.match(previous) and "agenda-title" not in fields:
            fields["agenda-title"] = line
        else:
            return self.header_line_in_body(line)
        return True

    def header_line_in_body(self, line: str) -> bool:
        before = dict(self.fields)
        self.header_line(line)
        return self.fields != before

    def sponsor_line(self, line: str) -> None:
        match = DOC_TYPE.search(line)
        names_part = line[: match.start()]
        self.fields["document-type"] = match.group(1)
        star_after_colon = line[match.start():].startswith(":*")
        pieces = [p.strip() for p in re.split(r",|\s+and\s+", names_part) if p.strip()]
        for piece in pieces:
            if piece.startswith("*") and self.sponsors:
                name, _ = self.sponsors[-1]
                self.sponsors[-1] = (name, True)
                piece = piece.lstrip("* ")
            if piece:
                self.sponsors.append((piece.rstrip("* "), piece.endswith("*")))
        if star_after_colon and self.sponsors:
            self.sponsors[-1] = (self.sponsors[-1][0], True)

    def write(self, builder: TextBuilder, reader: DocxReader) -> bool:
        """Write the front matter (if recognised) and unrecognised heading lines as comments."""
        self.parse(reader)
        fields = self.fields
        parent = fields.pop("parent-organ", None)
        if parent and "organ" not in fields:
            fields["organ"] = parent
        recognised = "symbol" in fields or len(fields) >= 3
        if not recognised:
            for paragraph, text in self.leftovers:
                builder.paragraph(text, paragraph.index, "heading")
            return False
        order = ("symbol", "distribution", "date", "original", "organ", "session", "session-dates",
                 "agenda-item", "agenda-title", "adopted")
        builder.raw("---\n")
        for key in order:
            if key in fields:
                builder.raw(f"{key}: {fields[key]}\n")
        if self.sponsors:
            names = ", ".join(name + ("*" if star else "") for name, star in self.sponsors)
            builder.raw(f"sponsors: [{names}]\n")
        for key in ("document-type", "number", "title"):
            if key in fields:
                builder.raw(f"{key}: {fields[key]}\n")
        builder.raw("---\n")
        builder.entries.append(MapEntry(0, builder.length, 0, "heading"))
        # unrecognised lines before the organ line stay text: the parser keeps them as a prologue
        for paragraph, text in self.leftovers:
            builder.paragraph(text, paragraph.index, "heading")
        return any(star for _, star in self.sponsors)


__all__ = ["ImportedDocument", "MapEntry", "W", "import_docx"]
