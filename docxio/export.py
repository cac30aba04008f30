"""Write a parsed resolution as a .docx laid out as the UN lays out a resolution.

Built on python-docx, with its OPC/oxml layer for what it has no API for: the footnotes part (real
Word footnotes with ``w:footnoteReference``, numbered as in the source; the sponsors' asterisk is a
custom footnote mark), odd/even running headers and page-number fields. The file is written to a
temporary name in the target folder and moved into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.shared import Pt, Twips

from resolint.docxio.errors import DocxError
from resolint.docxio.layout import Layout, layout_for
from resolint.docxio.runs import SPACES, Piece, paragraph_pieces, text_pieces
from resolint.model import Document, Footnote, Operative, SubParagraph

FONT = "Times New Roman"
BODY_STYLE_ID = "SingleTxt"
TABLE_COMMENT = "<!-- Word table:"
LABEL_ONLY = re.compile(r"\((?:[a-z]{1,6}|[0-9]{1,2})\)|\d{1,3}\.|[a-z]\.")
MARKS = re.compile(r"\[\^([^\]\s]+)\]")
DATE_LINE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}\.?$")
MEETING_LINE = re.compile(r"^\d+(?:st|nd|rd|th) (?:plenary )?meeting\b")
PARENT_ORGANS = {"A/": "General Assembly", "S/": "Security Council", "E/": "Economic and Social Council"}
NON_MEMBER_NOTE = "State not a member of the {organ}."
FIELD_ALIASES = {
    "session-dates": ("session-dates", "session_dates", "dates"),
    "agenda-item": ("agenda-item", "agenda_item", "agenda"),
    "agenda-title": ("agenda-title", "agenda_title"),
    "document-type": ("document-type", "document_type", "type"),
}


def export_docx(document: Document, out_path: str | Path, paper: str = "a4") -> Path:
    """Write ``document`` to ``out_path`` (atomically) in the A4 (Geneva) or Letter (New York) layout."""
    layout = layout_for(paper)
    out = Path(out_path)
    if out.is_dir():
        raise DocxError(f"{out}: is a directory; give a .docx file name")
    try:
        word = DocxWriter(document, layout).build()
    except (ValueError, TypeError, AttributeError, KeyError, IndexError) as error:
        detail = f"{type(error).__name__}: {error}".splitlines()[0][:120]
        raise DocxError(f"{out.name}: cannot write this document as Word ({detail})") from None
    save_atomically(word, out)
    return out


def save_atomically(word: docx.document.Document, out: Path) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise DocxError(f"{out}: the folder {folder} does not exist")
    from resolint.writing import WriteError, atomic_path

    try:  # synced, renamed into place, with the permissions of the file it replaces (resolint.writing)
        with atomic_path(out) as temp:
            word.save(str(temp))
    except WriteError as error:
        raise DocxError(str(error)) from None


class DocxWriter:
    def __init__(self, document: Document, layout: Layout) -> None:
        self.model = document
        self.layout = layout
        self.word = docx.Document()
        self.body = self.word.element.body
        self.notes = FootnotesPart(self.word)
        self.note_ids: dict[str, int] = {}
        self.footnotes = {note.label: note for note in document.footnotes}

    # -- heading helpers -------------------------------------------------------------------------
    def field(self, name: str) -> str | None:
        for alias in FIELD_ALIASES.get(name, (name,)):
            value = self.model.heading.get(alias)
            if value:
                return " ".join(str(value).split())
        return None

    @property
    def symbol(self) -> str:
        return self.field("symbol") or ""

    @property
    def organ(self) -> str:
        if self.field("organ"):
            return self.field("organ") or ""
        if self.model.authoring:
            return re.sub(r"^the\s+", "", self.model.authoring.organ.strip(" ,*_"), flags=re.I)
        return ""

    @property
    def parent_organ(self) -> str:
        """The organ of the masthead: General Assembly for ``A/…`` symbols (also the HRC's), and so on."""
        parents = (name for prefix, name in PARENT_ORGANS.items() if self.symbol.startswith(prefix))
        return next(parents, self.organ)

    # -- build -----------------------------------------------------------------------------------
    def build(self) -> docx.document.Document:
        self.clear_body()
        self.section_properties = self.body.find(qn("w:sectPr"))
        self.setup_styles()
        self.setup_section()
        self.write_masthead()
        self.write_session_block()
        self.write_sponsors()
        self.write_title()
        self.write_body()
        self.set_properties()
        return self.word

    def clear_body(self) -> None:
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)

    def setup_styles(self) -> None:
        layout = self.layout
        styles = self.word.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
            for key in list(fonts.attrib):
                del fonts.attrib[key]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), FONT)
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(layout.body_size / 2)
        set_language(normal.element, "en-GB")
        fmt = normal.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Twips(0)
        fmt.line_spacing = Twips(layout.body_line)
        set_line_rule(normal.element, layout.body_line, "exact")
        body = styles.add_style("Single Txt", WD_STYLE_TYPE.PARAGRAPH)
        body.base_style = normal
        pf = body.paragraph_format
        pf.left_indent = Twips(layout.body_indent)
        pf.right_indent = Twips(layout.body_indent)
        pf.space_after = Twips(layout.body_after)
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        set_line_rule(body.element, layout.body_line, layout.body_line_rule)
        for stop in layout.tab_stops():
            pf.tab_stops.add_tab_stop(Twips(stop))
        note_text = styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
        note_text.base_style = normal
        note_text.font.size = Pt(layout.footnote_size / 2)
        npf = note_text.paragraph_format
        npf.left_indent = Twips(layout.body_indent)
        npf.right_indent = Twips(layout.body_indent)
        npf.first_line_indent = Twips(-432)
        set_line_rule(note_text.element, layout.footnote_line, "exact")
        note_ref = styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        note_ref.font.superscript = True
        for name in ("Header", "Footer"):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(layout.header_size / 2)
            style.font.bold = True
        title = styles.add_style("Resolution Title", WD_STYLE_TYPE.PARAGRAPH)
        title.base_style = normal
        title.font.bold = True
        title.font.size = Pt(layout.title_size / 2)
        tpf = title.paragraph_format
        tpf.left_indent = Twips(layout.body_indent)
        tpf.right_indent = Twips(layout.body_indent)
        tpf.first_line_indent = Twips(-layout.body_indent)
        tpf.space_after = Twips(240)
        tpf.keep_with_next = True
        set_line_rule(title.element, 270, "exact")
        tpf.tab_stops.add_tab_stop(Twips(layout.body_indent))

    def setup_section(self) -> None:
        layout = self.layout
        section = self.word.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Twips(layout.page_width)
        section.page_height = Twips(layout.page_height)
        section.top_margin = Twips(layout.margin_top)
        section.bottom_margin = Twips(layout.margin_bottom)
        section.left_margin = Twips(layout.margin_left)
        section.right_margin = Twips(layout.margin_right)
        section.header_distance = Twips(layout.header_distance)
        section.footer_distance = Twips(layout.footer_distance)
        section.different_first_page_header_footer = True
        self.word.settings.odd_and_even_pages_header_footer = True
        self.write_running_header(section.header, WD_ALIGN_PARAGRAPH.RIGHT)
        self.write_running_header(section.even_page_header, WD_ALIGN_PARAGRAPH.LEFT)
        self.write_page_number(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        self.write_page_number(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
        section.first_page_footer.is_linked_to_previous = False
        first_footer = section.first_page_footer.paragraphs[0]
        first_footer.style = self.word.styles["Footer"]

    def write_running_header(self, header, alignment) -> None:
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.style = self.word.styles["Header"]
        paragraph.alignment = alignment
        paragraph.add_run(self.symbol)
        add_bottom_rule(paragraph._p)

    def write_page_number(self, footer, alignment) -> None:
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = self.word.styles["Footer"]
        paragraph.alignment = alignment
        paragraph._p.append(simple_field("PAGE", "1"))
        if self.layout.page_number_format == "page/total":
            paragraph.add_run("/")
            paragraph._p.append(simple_field("NUMPAGES", "1"))

    def write_masthead(self) -> None:
        """First-page header, as the UN's files have it: a two-row table under the page top."""
        header = self.word.sections[0].first_page_header
        header.is_linked_to_previous = False
        width = self.layout.page_width - self.layout.margin_left - self.layout.margin_right
        table = header.add_table(rows=2, cols=2, width=Twips(width))
        set_table_borders(table._tbl)
        row1, row2 = table.rows
        set_row_height(row1._tr, 720, "exact")
        set_row_height(row2._tr, 1100, "atLeast")
        left, right = row1.cells
        put_text(left.paragraphs[0], "United Nations", size=20)
        symbol = self.symbol
        sym = right.paragraphs[0]
        sym.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if symbol:
            put_text(sym, symbol[:1], size=40)
            put_text(sym, symbol[1:], size=28)
        put_text(row2.cells[0].paragraphs[0], self.parent_organ, size=56, bold=True)
        info = row2.cells[1].paragraphs[0]
        lines = [
            f"Distr.: {self.field('distribution')}" if self.field("distribution") else None,
            self.field("date"),
            f"Original: {self.field('original')}" if self.field("original") else None,
        ]
        first = True
        for line in filter(None, lines):
            if not first:
                info.add_run().add_break()
            put_text(info, line, size=20, bold=False)
            first = False
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    set_line_rule(paragraph._p, 240, "auto")
        header.paragraphs[-1].paragraph_format.space_after = Twips(240)

    def write_session_block(self) -> None:
        organ = self.organ
        session = self.field("session")
        dates = self.field("session-dates")
        item = self.field("agenda-item")
        agenda_title = self.field("agenda-title")
        lines: list[tuple[str, bool]] = []
        if organ and organ != self.parent_organ:  # a GA document does not repeat the masthead's organ
            lines.append((organ, True))
        if session:
            lines.append((session, True))
        if dates:
            lines.append((dates, False))
        if item:
            lines.append((item if item.lower().startswith("agenda") else f"Agenda item {item}", False))
        if agenda_title:
            lines.append((agenda_title, True))
        adopted = self.field("adopted")
        doc_type = self.field("document-type") or ""
        if doc_type.endswith("adopted") and organ:
            kind = doc_type.split()[0].capitalize()
            lines.append((f"{kind} adopted by the {organ}" + (f" on {adopted}" if adopted else ""), True))
        for text, bold in lines:
            paragraph = self.word.add_paragraph()
            paragraph.paragraph_format.right_indent = Twips(self.layout.page_width // 3)
            put_text(paragraph, text, bold=bold)
        if lines:
            self.word.paragraphs[-1].paragraph_format.space_after = Twips(240)

    def write_sponsors(self) -> None:
        heading = self.model.heading
        doc_type = self.field("document-type")
        if doc_type and doc_type.endswith("adopted"):
            doc_type = None  # written in the session block as "Resolution adopted by …"
        sponsors = list(heading.sponsors)
        if not sponsors and not doc_type:
            return
        paragraph = self.word.add_paragraph(style="Single Txt")
        paragraph.paragraph_format.left_indent = Twips(0)
        paragraph.paragraph_format.space_after = Twips(240)
        star_note = self.sponsor_note_text()
        star_used = False
        for index, sponsor in enumerate(sponsors):
            put_text(paragraph, sponsor.name.strip(" *"))
            remaining = len(sponsors) - index - 1
            # an asterisk goes after the punctuation that follows the name, as the UN places it
            after = ":" if remaining == 0 else ("," if remaining > 1 else "")
            if after:
                put_text(paragraph, after)
            if sponsor.asterisk:
                star_used = self.add_star(paragraph, star_note, star_used)
            if remaining == 1:
                put_text(paragraph, " and ")
            elif remaining > 1:
                put_text(paragraph, " ")
        if doc_type:
            put_text(paragraph, (" " if sponsors else "") + doc_type)

    def add_star(self, paragraph, note_text: str, used: bool) -> bool:
        if used:
            put_text(paragraph, "*")
            return True
        note_id = self.notes.add([Piece(note_text)], custom_mark="*")
        self.note_ids["*"] = note_id
        paragraph._p.append(footnote_reference(note_id, "*"))
        return True

    def sponsor_note_text(self) -> str:
        for label in ("*", "∗"):
            if label in self.footnotes:
                pieces = text_pieces(self.footnotes[label].text)
                text = "".join(p.text for p in pieces if p.note is None).strip()
                if text:
                    return text
        return NON_MEMBER_NOTE.format(organ=self.organ or "Council")

    def write_title(self) -> None:
        title = self.model.title
        number = (title.number if title else None) or self.field("number")
        text = (title.text if title else None) or self.field("title")
        if not text and not number:
            return
        paragraph = self.word.add_paragraph(style="Resolution Title")
        if number:
            # an adopted resolution's number takes a full stop ("72/13."); a draft's "58/..." does not
            put_text(paragraph, f"{number}." if number[-1].isdigit() else number)
            paragraph.add_run().add_tab()
        put_text(paragraph, squash(text or ""))

    def write_body(self) -> None:
        """Everything after the title, in source order: whatever part of the model it sits in."""
        model = self.model
        items: list[tuple[int, str, object]] = [(item.span.start, "paragraph", item) for item in model.prologue]
        if model.authoring:
            items.append((model.authoring.span.start, "authoring", model.authoring))
        items += [(pp.span.start, "paragraph", pp) for pp in model.preamble]
        items += [(op.span.start, "operative", op) for op in model.operative]
        items += [(s.span.start, "section", s) for s in getattr(model, "sections", [])]
        items += [(a.span.start, "paragraph", a) for a in getattr(model, "annex", [])]
        items += [(c.span.start, "closing", c) for c in model.closing]
        items += [(c.span.start, "table", c) for c in model.comments if c.text.startswith(TABLE_COMMENT)]
        for _, kind, item in sorted(items, key=lambda entry: entry[0]):
            if kind == "authoring":
                pieces = text_pieces(item.text)
                self.write_pieces(pieces if any(p.italic for p in pieces) else italic_authoring(pieces), True)
            elif kind == "operative":
                self.write_operative(item)
            elif kind == "section":
                # from the source, not the model's text, which turns no-break spaces into spaces
                raw = model.source[item.span.start:item.span.end].strip().lstrip("#").replace("*", "")
                self.write_section_heading(raw if raw.replace("\u00a0", " ").split() == item.text.split() else item.text)
            elif kind == "closing":
                self.write_closing(model.source[item.span.start:item.span.end])
            elif kind == "table":
                self.write_table(item.text)
            else:
                self.write_pieces(self.leading_label(item) + paragraph_pieces(item), first_line=True)
        self.write_unreferenced_notes()
        end = self.word.add_paragraph(style="Single Txt")
        end.alignment = WD_ALIGN_PARAGRAPH.CENTER
        end.paragraph_format.space_before = Twips(240)
        put_text(end, "_" * 12)

    def leading_label(self, paragraph) -> list[Piece]:
        """A label the model keeps outside a paragraph's text ("(a)" before a preambular sub-paragraph)."""
        before = self.model.source[paragraph.span.start:paragraph.text.span.start].strip()
        if before and LABEL_ONLY.fullmatch(before):
            return [Piece(before), Piece("\t")]
        return []

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
                paragraph = cell.paragraphs[0]
                for index, part in enumerate(text.split("*")):
                    if part:
                        put_text(paragraph, part, italic=index % 2 == 1)

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

    def write_closing(self, source: str) -> None:
        """Meeting line and date flush right, in italics; text after them (further parts, annexes) as body.

        The model keeps closing text without its marks, so the source is read here again for
        italics and footnote markers, which must not be lost.
        """
        text = squash(source.replace("\n", " "))
        plain = text.replace("*", "")
        meeting = bool(MEETING_LINE.match(plain)) or bool(DATE_LINE.match(plain))
        if meeting:
            paragraph = self.word.add_paragraph(style="Single Txt")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p = paragraph._p
        else:
            p = self.body_paragraph(first_line=True)
        for index, token in enumerate(MARKS.split(text)):
            if index % 2 == 1:
                self.add_note_reference(p, token)
                continue
            for part_index, part in enumerate(token.split("*")):
                if part:
                    p.append(text_run(part, italic=(part_index % 2 == 1) or bool(MEETING_LINE.match(plain))))

    def write_section_heading(self, text: str) -> None:
        paragraph = self.word.add_paragraph(style="Single Txt")
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Twips(120)
        set_outline_level(paragraph._p, 1)
        put_text(paragraph, squash(text), bold=True)

    def write_operative(self, op: Operative) -> None:
        prefix = [Piece(f"{op.number}." if op.number else ""), Piece("\t")] if op.number else []
        self.write_pieces(prefix + paragraph_pieces(op, [op.number_span]), first_line=True)
        for child in op.children:
            self.write_subparagraph(child)

    def write_subparagraph(self, sub: SubParagraph) -> None:
        label = sub.label if sub.label.startswith("(") or sub.label.endswith(".") else f"({sub.label})"
        steps = sub.level - 1 + self.layout.sub_label_levels_in
        prefix = [Piece("\t" * steps), Piece(label), Piece("\t")]
        self.write_pieces(prefix + paragraph_pieces(sub, [sub.label_span]), first_line=True)
        for child in sub.children:
            self.write_subparagraph(child)

    def body_paragraph(self, first_line: bool = False):
        """A new body paragraph in the "Single Txt" style, built directly (python-docx's style lookup by
        name costs milliseconds a paragraph, which a 1 MB document cannot afford)."""
        p = OxmlElement("w:p")
        ppr = p.get_or_add_pPr()
        ppr.style = BODY_STYLE_ID
        if first_line:
            ppr.first_line_indent = Twips(self.layout.first_line)
        self.section_properties.addprevious(p)
        return p

    def write_pieces(self, pieces: list[Piece], first_line: bool) -> None:
        p = self.body_paragraph(first_line)
        for piece in pieces:
            if piece.note is not None:
                self.add_note_reference(p, piece.note)
            elif piece.text:
                p.append(text_run(piece.text, italic=piece.italic))

    def add_note_reference(self, p, label: str) -> None:
        if label in self.note_ids:
            p.append(footnote_reference(self.note_ids[label], None if label.isdigit() else label))
            return
        note: Footnote | None = self.footnotes.get(label)
        pieces = text_pieces(note.text) if note else [Piece(f"[footnote {label} has no text]")]
        sequential = label.isdigit() and int(label) == self.notes.auto_count + 1
        note_id = self.notes.add(pieces, custom_mark=None if sequential else label)
        self.note_ids[label] = note_id
        p.append(footnote_reference(note_id, None if sequential else label))

    def set_properties(self) -> None:
        props = self.word.core_properties
        title = self.model.title
        props.title = core_property((title.text if title else None) or self.field("title") or "")
        props.subject = core_property(self.symbol)
        original = (self.field("original") or "English").lower()
        props.language = "en-GB" if original.startswith("english") else ""
        props.author = "resolint"
        props.comments = "Exported by resolint"


def core_property(value: str) -> str:
    """Core properties hold at most 255 characters (a long HRC title can exceed that)."""
    value = xml_safe(" ".join(value.split()))
    return value if len(value) <= 255 else value[:254].rstrip() + "…"


class FootnotesPart:
    """``word/footnotes.xml`` with the two separator notes Word expects, created on first use."""

    def __init__(self, word: docx.document.Document) -> None:
        self.word = word
        self.element = None
        self.next_id = 1
        self.auto_count = 0

    def ensure(self):
        if self.element is not None:
            return self.element
        xml = (
            f"<w:footnotes {nsdecls('w')}>"
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            "</w:footnotes>"
        )
        document_part = self.word.part
        part = XmlPart(
            PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), document_part.package
        )
        document_part.relate_to(part, RT.FOOTNOTES)
        settings = self.word.settings.element
        properties = parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        )
        anchor = next((settings.find(qn(tag)) for tag in ("w:endnotePr", "w:compat", "w:rsids")
                       if settings.find(qn(tag)) is not None), None)
        if anchor is not None:
            anchor.addprevious(properties)
        else:
            settings.append(properties)
        self.element = part.element
        return self.element

    def add(self, pieces: list[Piece], custom_mark: str | None) -> int:
        root = self.ensure()
        note_id = self.next_id
        self.next_id += 1
        if custom_mark is None:
            self.auto_count += 1
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(note_id))
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), "footnotetext")
        ppr.append(style)
        p.append(ppr)
        mark = OxmlElement("w:r")
        mark.append(run_style("footnotereference"))
        if custom_mark is None:
            mark.append(OxmlElement("w:footnoteRef"))
        else:
            mark.append(text_element(custom_mark))
        p.append(mark)
        tab = OxmlElement("w:r")
        tab.append(OxmlElement("w:tab"))
        p.append(tab)
        for piece in pieces:
            if piece.note is None and piece.text:
                p.append(text_run(piece.text, italic=piece.italic))
        note.append(p)
        root.append(note)
        return note_id


# -- small oxml builders ----------------------------------------------------------------------------

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop what XML 1.0 cannot hold (a form feed from a pasted PDF page break, stray control codes)."""
    return NOT_IN_XML.sub("", text)


def text_element(text: str):
    t = OxmlElement("w:t")
    t.text = xml_safe(text)
    if text != text.strip():
        t.set(qn("xml:space"), "preserve")
    return t


def run_style(style_id: str):
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), style_id)
    rpr.append(style)
    return rpr


def text_run(text: str, italic: bool = False, bold: bool = False, size: int | None = None):
    run = OxmlElement("w:r")
    if italic or bold or size:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if size:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(size))
            rpr.append(sz)
        run.append(rpr)
    parts = text.split("\t")
    for index, part in enumerate(parts):
        if index:
            run.append(OxmlElement("w:tab"))
        if part:
            run.append(text_element(part))
    return run


def footnote_reference(note_id: int, custom_mark: str | None):
    run = OxmlElement("w:r")
    rpr = run_style("footnotereference")
    if custom_mark == "*":
        baseline = OxmlElement("w:vertAlign")
        baseline.set(qn("w:val"), "baseline")
        rpr.append(baseline)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    if custom_mark is not None:
        ref.set(qn("w:customMarkFollows"), "1")
    ref.set(qn("w:id"), str(note_id))
    run.append(ref)
    if custom_mark is not None:
        run.append(text_element(custom_mark))
    return run


def simple_field(instruction: str, placeholder: str):
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    field.append(text_run(placeholder))
    return field


def squash(text: str) -> str:
    """Collapse spaces and line breaks, keeping no-break spaces."""
    return SPACES.sub(" ", text).strip(" ")


def put_text(paragraph, text: str, italic: bool = False, bold: bool = False, size: int | None = None) -> None:
    paragraph._p.append(text_run(text, italic=italic, bold=bold, size=size))


def italic_authoring(pieces: list[Piece]) -> list[Piece]:
    """Pasted text has no italics: the organ line is italic up to its final comma."""
    text = "".join(p.text for p in pieces if p.note is None)
    core = text.rstrip(" ,:")
    return [Piece(core, True), Piece(text[len(core):])] if core else pieces


def set_line_rule(element, line: int, rule: str) -> None:
    spacing = element.get_or_add_pPr().get_or_add_spacing()
    spacing.set(qn("w:line"), str(line))
    spacing.set(qn("w:lineRule"), rule)


def set_outline_level(p, level: int) -> None:
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    p.get_or_add_pPr().insert_element_before(outline, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def set_language(style_element, language: str) -> None:
    rpr = style_element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    rpr.append(lang)


def add_bottom_rule(p) -> None:
    ppr = p.get_or_add_pPr()
    borders = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="4" w:color="000000"/></w:pBdr>'
    )
    ppr.insert_element_before(
        borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr"
    )


def set_row_height(tr, twips: int, rule: str) -> None:
    tr_pr = tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(twips))
    height.set(qn("w:hRule"), rule)
    tr_pr.append(height)
    for tc in tr.tc_lst:
        tc_pr = tc.get_or_add_tcPr()
        align = OxmlElement("w:vAlign")
        align.set(qn("w:val"), "bottom" if rule == "exact" else "top")
        tc_pr.append(align)


def set_table_borders(tbl) -> None:
    tbl_pr = tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="nil"/>'
        "</w:tblBorders>"
    )
    tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
