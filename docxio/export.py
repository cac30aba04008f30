"""Write a parsed resolution as a .docx laid out as the UN lays out a resolution.

Built on python-docx over a minimal package of our own (``template.py``), with its OPC/oxml layer for
what it has no API for. The parts: ``masthead.py`` (first-page header and heading block), ``body.py``
(the text), ``footnotes.py`` (real Word footnotes), ``headfoot.py`` (running headers, footers, the two
sections), ``links.py`` (links on document symbols). The file is written to a temporary name in the
target folder and moved into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.shared import Twips

from resolint.docxio import headfoot, masthead
from resolint.docxio.body import BodyWriter
from resolint.docxio.errors import DocxError
from resolint.docxio.footnotes import FootnotesPart
from resolint.docxio.layout import Layout, layout_for
from resolint.docxio.links import Linker, link_target
from resolint.docxio.oxml import element, footnote_reference, paragraph, squash, text_run, xml_safe
from resolint.docxio.runs import Piece, text_pieces
from resolint.docxio.template import new_document, prune_styles
from resolint.grammar.closing import REPORT_LINE_RE
from resolint.model import Document

PARENT_ORGANS = {"A/": "General Assembly", "S/": "Security Council", "E/": "Economic and Social Council"}
NON_MEMBER_NOTE = "State not a member of the {organ}."
FIELD_ALIASES = {
    "session-dates": ("session-dates", "session_dates", "dates"),
    "agenda-item": ("agenda-item", "agenda_item", "agenda"),
    "agenda-title": ("agenda-title", "agenda_title"),
    "document-type": ("document-type", "document_type", "type"),
    "job-number": ("job-number", "job_number", "job"),
    "date-code": ("date-code", "date_code"),
    "short-title": ("short-title", "short_title"),
    "link-target": ("link-target", "link_target"),
}


@dataclass(frozen=True)
class ExportOptions:
    """Settings that a draft's front matter may also give (``emblem``, ``job-number``, ``date-code``,
    ``link-target``); the options win over the front matter."""

    emblem: str | None = None  # an image file for the emblem's place; left empty without one
    job_number: str | None = None  # "17-21689", "GE.25-04567": the secretariat's, not a delegation's
    date_code: str | None = None  # "131217" (ddmmyy), after the job number on page 1
    link_target: str | None = None  # "https://undocs.org/{symbol}" by default; "none" for no links


def export_docx(document: Document, out_path: str | Path, paper: str = "a4",
                options: ExportOptions | None = None) -> Path:
    """Write ``document`` to ``out_path`` (atomically) in the A4 (Geneva) or Letter (New York) layout."""
    layout = layout_for(paper)
    out = Path(out_path)
    if out.is_dir():
        raise DocxError(f"{out}: is a directory; give a .docx file name")
    try:
        word = DocxWriter(document, layout, options or ExportOptions()).build()
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
    def __init__(self, document: Document, layout: Layout, options: ExportOptions) -> None:
        self.model = document
        self.layout = layout
        self.options = options
        self.word = new_document(layout)
        self.linker = Linker(link_target(options.link_target or self.field("link-target")))
        self.notes = FootnotesPart(self.word, self.linker)
        self.body = BodyWriter(document, layout, self.word, self.notes, self.linker)

    # -- heading fields ------------------------------------------------------------------------------
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

    @property
    def marked_title(self) -> str:
        """The title as the source has it, its note marks ("…migrants[^1]") included."""
        title = self.model.title
        return squash((title.text if title else None) or self.field("title") or "")

    @property
    def title_text(self) -> str:
        """The title's words (core properties, running header)."""
        return squash(NOTE_MARK.sub("", self.marked_title))

    # -- build ---------------------------------------------------------------------------------------
    def build(self) -> docx.document.Document:
        self.setup_section()
        self.write_masthead()
        skip = self.write_heading_block()
        self.body.write(skip)
        headfoot.split_first_page(self.word, self.layout)
        prune_styles(self.word)
        self.set_properties()
        return self.word

    def setup_section(self) -> None:
        layout, section = self.layout, self.word.sections[0]
        for name in ("page_width", "page_height", "header_distance", "footer_distance"):
            setattr(section, name, Twips(getattr(layout, name)))
        for side in ("top", "bottom", "left", "right"):
            setattr(section, f"{side}_margin", Twips(getattr(layout, f"margin_{side}")))
        section.different_first_page_header_footer = True
        self.word.settings.odd_and_even_pages_header_footer = True
        short_title = self.field("short-title") or self.title_text
        headfoot.write_running_header(section.header, layout, self.symbol, short_title, even=False)
        headfoot.write_running_header(section.even_page_header, layout, self.symbol, short_title, even=True)
        job = self.options.job_number or self.field("job-number")
        headfoot.write_page_footer(section.footer, layout, job, even=False)
        headfoot.write_page_footer(section.even_page_footer, layout, job, even=True)
        headfoot.write_first_footer(section.first_page_footer, layout, job,
                                    self.options.date_code or self.field("date-code"))

    def write_masthead(self) -> None:
        info = [f"Distr.: {self.field('distribution')}" if self.field("distribution") else None,
                self.field("date"), f"Original: {self.field('original')}" if self.field("original") else None]
        masthead.write_masthead(self.word.sections[0].first_page_header, self.layout, self.symbol,
                                self.parent_organ, [line for line in info if line],
                                self.options.emblem or self.field("emblem"))

    def write_heading_block(self) -> set[int]:
        """Session lines, "Resolution adopted by …", report lines, sponsors, number and title.
        Returns the offsets of the prologue paragraphs written here (report lines)."""
        append = self.body.append
        organ, doc_type = self.organ, self.field("document-type") or ""
        lines: list[tuple[str, str]] = []
        drafter = masthead.drafter_lines(self.model.heading)
        if organ and organ != self.parent_organ and not drafter:  # a GA document does not repeat the masthead's organ
            lines.append(("H23", organ))
        lines += [("H23", value) for value in [self.field("session")] if value]
        lines += [("Publication", value) for value in [self.field("session-dates")] if value]
        item = self.field("agenda-item")
        if item:
            lines.append(("Publication", item if item.lower().startswith("agenda") else f"Agenda item {item}"))
        lines += [("AgendaTitleH2", value) for value in [self.field("agenda-title")] if value]
        for style_id, text in lines:
            self.body.fill(append(masthead.heading_paragraph(style_id, "")), marked_pieces(text))
        if lines:
            for _ in range(3):
                append(masthead.spacer())
        if doc_type.endswith("adopted") and organ:
            adopted = self.field("adopted")
            kind = doc_type.split()[0].capitalize()
            append(masthead.adopted_line(f"{kind} adopted by the {organ}" + (f" on\u00a0{adopted.replace(' ', chr(160), 1)}" if adopted else ""),
                                         self.layout))
            append(masthead.spacer())
            append(masthead.spacer())
        skip = self.write_report_lines()
        if drafter:  # a Model UN draft's heading: its labelled lines, as the import reads them back
            for text in drafter.values():
                p = self.body.append(paragraph("SingleTxt", after=240))
                p.get_or_add_pPr().ind_left = Twips(0)
                p.append(text_run(text))
        if not drafter or doc_type:  # (a drafter's list with a document type is the UN's sponsors line)
            self.write_sponsors(None if doc_type.endswith("adopted") else doc_type or None)
        self.write_title()
        return skip

    def write_report_lines(self) -> set[int]:
        skip = set()
        for item in self.model.prologue:
            plain = item.text.plain.strip()
            if not REPORT_LINE_RE.match(plain):
                continue
            p = masthead.report_line([], self.layout)
            pieces = text_pieces(item.text)
            # brackets upright, the words between them italic, as the UN sets "[on the report of …]"
            text = "".join(piece.text for piece in pieces if piece.note is None).strip()
            closed = text.endswith("]")
            inner = (text[1:-1] if closed else text[1:]).replace("*", "")
            p.append(text_run("[", extra=(element("w:i", val=0),)))
            for run in self.linker.runs(self.word.part, inner):
                p.append(run)
            if closed:
                p.append(text_run("]", extra=(element("w:i", val=0),)))
            self.body.append(p)
            self.body.append(masthead.spacer())
            self.body.append(masthead.spacer())
            skip.add(item.span.start)
        return skip

    def write_sponsors(self, doc_type: str | None) -> None:
        sponsors = list(self.model.heading.sponsors)
        if not sponsors and not doc_type:
            return
        p = self.body.append(paragraph("SingleTxt", after=240))
        p.get_or_add_pPr().ind_left = Twips(0)
        star_note = self.sponsor_note_text()
        star_used = False
        for index, sponsor in enumerate(sponsors):
            p.append(text_run(sponsor.name.strip(" *")))
            remaining = len(sponsors) - index - 1
            # an asterisk goes after the punctuation that follows the name, as the UN places it
            after = ":" if remaining == 0 else ("," if remaining > 1 else "")
            if after:
                p.append(text_run(after))
            if sponsor.asterisk:
                self.add_star(p, star_note, star_used)
                star_used = True
            if remaining:
                p.append(text_run(" and " if remaining == 1 else " "))
        if doc_type:
            p.append(text_run((" " if sponsors else "") + doc_type))

    def add_star(self, p, note_text: str, used: bool) -> None:
        """Every sponsor asterisk is superscript; the first is the footnote that explains it."""
        if used:
            p.append(text_run("*", superscript=True))
            return
        note_id = self.notes.add([Piece(note_text)], custom_mark="*")
        self.body.note_ids["*"] = note_id
        p.append(footnote_reference(note_id, "*"))

    def sponsor_note_text(self) -> str:
        for label in ("*", "∗"):
            if label in self.body.footnotes:
                pieces = text_pieces(self.body.footnotes[label].text)
                text = "".join(p.text for p in pieces if p.note is None).strip()
                if text:
                    return text
        return NON_MEMBER_NOTE.format(organ=self.organ or "Council")

    def write_title(self) -> None:
        title = self.model.title
        number = (title.number if title else None) or self.field("number")
        if not self.title_text and not number:
            return
        # an adopted resolution's number takes a full stop ("72/13."); a draft's "58/..." does not
        label = (f"{number}." if number[-1].isdigit() else number) if number else None
        self.body.fill(self.body.append(masthead.title_paragraph(label, "", self.layout)), marked_pieces(self.marked_title))
        self.body.append(masthead.spacer("exact"))
        self.body.append(masthead.spacer("exact"))

    def set_properties(self) -> None:
        props = self.word.core_properties
        props.title = core_property(self.title_text)
        props.subject = core_property(self.symbol)
        original = (self.field("original") or "English").lower()
        props.language = "en-GB" if original.startswith("english") else ""
        props.comments = "Exported by resolint"


NOTE_MARK = re.compile(r"\[\^([^\]\s]+)\]")


def marked_pieces(text: str) -> list[Piece]:
    """A heading line's text with its note marks ("Agenda item 12[^*]") as note pieces."""
    parts = NOTE_MARK.split(text)  # text, label, text, label … text
    return [Piece(part) if index % 2 == 0 else Piece("", note=part) for index, part in enumerate(parts) if part]


def core_property(value: str) -> str:
    """Core properties hold at most 255 characters (a long HRC title can exceed that)."""
    value = xml_safe(" ".join(value.split()))
    return value if len(value) <= 255 else value[:254].rstrip() + "…"
