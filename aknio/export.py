"""Write a parsed resolution as AKN4UN XML, element by element as the UN's own files have it.

The vocabulary follows the UN's files (``../shared/corpus/akn-*``): ``statement name="resolution"``
(``draftResolution`` for a draft), FRBR identification, ``coverPage``, ``preface`` with number and
title, ``preamble`` with the enacting ``formula`` and one ``container`` per preambular paragraph
named by its opener, ``mainBody`` with ``paragraph``/``num``/``content`` and ``list``/``intro``/
``point`` for sub-paragraphs (``sublist`` for deeper levels), ``authorialNote`` footnotes,
``conclusions`` with the meeting, date and vote, and annexed text as an ``attachment``.

Each kind of model node has its writer in :data:`BODY_WRITERS`; a new node kind of the model plugs
in as one entry there. Running text is cut into pieces by :mod:`resolint.docxio.runs` (the same
italics and footnote marks the Word export writes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources

from lxml import etree

from resolint import __version__
from resolint.aknio.dates import date_range, iso_date
from resolint.aknio.reader import NS, A
from resolint.aknio.resmd import TABLE_COMMENT
from resolint.docxio.runs import DROPPED_ARTEFACTS, Piece, paragraph_pieces, strip_leading_marker, text_pieces
from resolint.model import Closing, Comment, Document, Operative, Paragraph, Preambular, Span, SubParagraph

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
MARKS = re.compile(r"\[\^([^\]\s]+)\]")
ITALIC = re.compile(r"\*([^*]+)\*")
MEETING = re.compile(
    r"^(?P<meeting>(?P<ordinal>\d+(?:st|nd|rd|th))\b[^\d]*?meeting)\s*(?P<date>\d{1,2}[ \u00a0][A-Za-z]+[ \u00a0]\d{4})?\.?$"
)
DATE_ONLY = re.compile(r"^\d{1,2}[ \u00a0][A-Za-z]+[ \u00a0]\d{4}\.?$")
RECORDED_VOTE = re.compile(
    r"^\[Adopted by a recorded vote of (?P<for>\d+) to (?P<against>\d+), with (?P<abstaining>\d+) abstentions?\."
    r" The voting was as follows: (?P<groups>.*)$"
)
VOTE_GROUP = re.compile(r"(In favour|Against|Abstaining):\s*")
GROUP_REFERENCE = {"In favour": "inFavour", "Against": "against", "Abstaining": "abstaining"}
DRAFT_TYPE = re.compile(r"\bdraft\b", re.I)


@cache
def organs() -> dict[str, dict[str, str]]:
    data = json.loads(resources.files("resolint.aknio").joinpath("organs.json").read_text(encoding="utf-8"))
    return {name: value for name, value in data.items() if not name.startswith("_")}


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


def closing_source(document: Document, closing: Closing) -> str:
    """A closing line as written (no-break spaces kept), without its italic marks and layout space."""
    return squash(document.source[closing.span.start : closing.span.end].replace("*", ""))


@dataclass(frozen=True, slots=True)
class Facts:
    """What the metadata needs, worked out once from the heading, title and closing lines."""

    organ: str
    organ_info: dict[str, str]
    symbol: str
    number: str
    draft: bool
    document_type: str
    adoption: str | None  # the adoption date in words
    meeting: str | None  # "46th meeting"
    issued: str | None  # the masthead date in words


def facts_of(document: Document) -> Facts:
    heading = document.heading
    organ = squash(heading.organ or "")
    if not organ and document.authoring:
        organ = re.sub(r"^the\s+", "", document.authoring.organ.strip(" ,*_"), flags=re.I)
    info = organs().get(organ) or organs()["General Assembly"]
    document_type = squash(heading.get("document-type") or "resolution")
    number = squash((document.title.number if document.title else None) or heading.get("number") or "")
    meeting = adoption = None
    for closing in document.closing:
        line = closing_source(document, closing)
        found = MEETING.match(line)
        if found:
            meeting, adoption = found.group("meeting"), found.group("date") or adoption
        elif DATE_ONLY.match(line) and adoption is None:
            adoption = line.rstrip(".")
    return Facts(
        organ=organ,
        organ_info=info,
        symbol=squash(heading.symbol or ""),
        number=number,
        draft=bool(DRAFT_TYPE.search(document_type)),
        document_type=document_type,
        adoption=adoption or heading.get("adopted"),
        meeting=meeting,
        issued=heading.get("date"),
    )


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


class AknExporter:
    """Builds the ``akomaNtoso`` tree of one document."""

    def __init__(self, document: Document, today: str | None = None) -> None:
        self.model = document
        self.facts = facts_of(document)
        self.today = today or datetime.now(UTC).date().isoformat()
        self.notes = NoteWriter(document)
        self.ids: dict[str, int] = {}
        self.root = etree.Element(A + "akomaNtoso", nsmap={None: NS})
        name = "draftResolution" if self.facts.draft else "resolution"
        self.statement = element(self.root, "statement", name=name)
        self.preamble: etree._Element | None = None
        self.main_body: etree._Element | None = None
        self.attachment_body: etree._Element | None = None
        self.in_annex = False
        self.section_ids = {id(section) for section in document.sections}

    def new_id(self, prefix: str) -> str:
        self.ids[prefix] = self.ids.get(prefix, 0) + 1
        return f"{prefix}_{self.ids[prefix]}"

    # -- the whole document ------------------------------------------------------------------------
    def build(self) -> etree._Element:
        write_meta(self)
        write_cover(self)
        write_preface(self)
        items: list[tuple[int, str, object]] = []
        if self.model.authoring:
            items.append((self.model.authoring.span.start, "authoring", self.model.authoring))
        items += [(p.span.start, "preambular", p) for p in self.model.preamble]
        items += [(p.span.start, "operative", p) for p in self.model.operative]
        items += [(s.span.start, "section", s) for s in self.model.sections]
        items += [(p.span.start, "annex", p) for p in self.model.annex]
        items += [(c.span.start, "closing", c) for c in self.model.closing]
        items += [(c.span.start, "table", c) for c in self.model.comments if c.text.startswith(TABLE_COMMENT)]
        items.sort(key=lambda item: item[0])
        closing = [item for _, kind, item in items if kind == "closing"]
        conclusion_count = write_conclusions_later(self, closing)
        for _, kind, item in items:
            if kind == "closing":
                if conclusion_count:
                    conclusion_count -= 1
                    self.in_annex = True  # whatever follows the meeting lines is annexed
                    continue
                kind = "annex"
            if self.in_annex and kind in ANNEXED_KINDS:
                kind = ANNEXED_KINDS[kind]
            BODY_WRITERS[kind](self, item)
        if self.main_body is None or not len(self.main_body):  # the schema wants a mainBody with content
            empty = element(self.body_part(), "paragraph", eId=self.new_id("para"))
            element(element(empty, "content", eId=f"{empty.get('eId')}__content"), "p")
        self.keep_unreferenced_notes()
        self.place_parts()
        return self.root

    def keep_unreferenced_notes(self) -> None:
        """A footnote no mark points at has no place of its own: it follows the last paragraph, not lost."""
        missing = [note for note in self.model.footnotes if note.label not in self.notes.written]
        if not missing:
            return
        paragraphs = self.body_part().findall(f".//{A}p")
        holder = paragraphs[-1] if paragraphs else element(self.body_part()[-1].find(f"{A}content"), "p")
        for note in missing:
            self.notes.write(holder, note.label)

    def place_parts(self) -> None:
        """Preamble, mainBody, conclusions and attachments in the order the schema wants."""
        order = ["meta", "coverPage", "preface", "preamble", "mainBody", "conclusions", "attachments"]
        children = sorted(self.statement, key=lambda child: order.index(etree.QName(child).localname))
        for child in children:
            self.statement.append(child)

    # -- parts created on first use ----------------------------------------------------------------
    def preamble_part(self) -> etree._Element:
        if self.preamble is None:
            self.preamble = element(self.statement, "preamble")
        return self.preamble

    def body_part(self) -> etree._Element:
        if self.main_body is None:
            self.main_body = element(self.statement, "mainBody")
        return self.main_body

    def annex_part(self) -> etree._Element:
        if self.attachment_body is None:
            attachment = element(element(self.statement, "attachments"), "attachment")
            doc = element(attachment, "doc", name="annex")
            write_identification(self, element(doc, "meta"), "annex")
            self.attachment_body = element(doc, "mainBody")
        return self.attachment_body


# ---- metadata, cover page, preface --------------------------------------------------------------
def frbr_number(facts: Facts) -> str:
    number = facts.number if facts.number and not facts.number.endswith(".") else ""
    if facts.draft or not number:
        number = facts.symbol or "draft"
    return re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-").lower()


def write_identification(exporter: AknExporter, meta: etree._Element, component: str = "") -> None:
    facts = exporter.facts
    work_date = iso_date(facts.adoption) or iso_date(facts.issued) or exporter.today
    issued = iso_date(facts.issued) or work_date
    work = f"/akn/un/statement/deliberation/{facts.organ_info['frbr']}/{work_date}/{frbr_number(facts)}/"
    suffix = f"!main/{component}" if component else "!main/"
    identification = element(meta, "identification", source="#resolint")
    frbr = element(identification, "FRBRWork")
    element(frbr, "FRBRthis", value=work + suffix)
    element(frbr, "FRBRuri", value=work)
    element(frbr, "FRBRdate", date=work_date, name="submission" if facts.draft else "adoption")
    element(frbr, "FRBRauthor", href=facts.organ_info["author"], as_="author")
    element(frbr, "FRBRcountry", value="un")
    expression = element(identification, "FRBRExpression")
    element(expression, "FRBRthis", value=f"{work}eng@{suffix}")
    element(expression, "FRBRuri", value=f"{work}eng@/")
    element(expression, "FRBRdate", date=issued, name="publication")
    element(expression, "FRBRauthor", href=facts.organ_info["author"], as_="issuer")
    element(expression, "FRBRlanguage", language="eng")
    manifestation = element(identification, "FRBRManifestation")
    element(manifestation, "FRBRthis", value=f"{work}eng@/{suffix.rstrip('/')}.xml")
    element(manifestation, "FRBRuri", value=f"{work}eng@.xml")
    element(manifestation, "FRBRdate", date=exporter.today, name="markup")
    element(manifestation, "FRBRauthor", href="#resolint", as_="editor")


def write_meta(exporter: AknExporter) -> None:
    meta = element(exporter.statement, "meta")
    write_identification(exporter, meta)
    references = element(meta, "references", source="#resolint")
    element(
        references,
        "TLCOrganization",
        eId="resolint",
        href="/akn/ontology/organization/resolint",
        showAs=f"resolint {__version__}",
    )
    info = exporter.facts.organ_info
    element(references, "TLCOrganization", eId=info["eId"], href=info["href"], showAs=exporter.facts.organ or "")


COVER_FIELD_WRITERS: tuple[tuple[str, Callable[[etree._Element, str, Facts], None]], ...]


def cover_symbol(p: etree._Element, value: str, facts: Facts) -> None:
    p.set("class", "upperRight")
    element(p, "docNumber", value, refersTo="#symbol")


def cover_distribution(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "docStatus", f"Distr.: {value}", refersTo=f"{reference(value)}Distribution", class_="rightSmall")


def cover_date(p: etree._Element, value: str, facts: Facts) -> None:
    when = iso_date(value)
    if when:
        element(p, "docDate", value, date=when, class_="rightSmall", refersTo="#dateOfIssuance")
    else:
        element(p, "inline", value, name="dateOfIssuance")


def cover_original(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "inline", f"Original: {value}", refersTo=reference(value), name="originalLanguage")


def cover_organ(p: etree._Element, value: str, facts: Facts) -> None:
    if value != facts.organ_info["issuing_body"]:
        element(p, "docAuthority", value, refersTo="#subsidiaryBody")


def cover_session(p: etree._Element, value: str, facts: Facts) -> None:
    number = re.match(r"\d+", facts.number)
    attributes = {"value": number.group()} if number else {}
    element(p, "session", value, refersTo=f"#{facts.organ_info['eId']}", **attributes)


def cover_session_dates(p: etree._Element, value: str, facts: Facts) -> None:
    dates = date_range(value)
    if not dates:
        add_text(p, value)
        return
    event = element(p, "event", refersTo="#session")
    for (words, when), role in zip(dates, ("#startDate", "#endDate"), strict=True):
        element(event, "date", words, date=when, refersTo=role)


def cover_agenda_item(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "inline", f"Agenda item {value}", title=value, name="agenda item")


def cover_agenda_title(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "inline", value, name="agenda item name")


COVER_FIELD_WRITERS = (
    ("symbol", cover_symbol),
    ("distribution", cover_distribution),
    ("date", cover_date),
    ("original", cover_original),
    ("organ", cover_organ),
    ("session", cover_session),
    ("session-dates", cover_session_dates),
    ("agenda-item", cover_agenda_item),
    ("agenda-title", cover_agenda_title),
)
"""Heading field → cover-page writer, in the order of the UN masthead."""


def write_cover(exporter: AknExporter) -> None:
    facts, heading = exporter.facts, exporter.model.heading
    cover = element(exporter.statement, "coverPage", eId="coverPage_1")
    publisher = element(element(cover, "p"), "span", refersTo="#publisher", class_="upperLeft")
    element(publisher, "docAuthority", "United Nations", refersTo="#publisher")
    for name, writer in COVER_FIELD_WRITERS:
        value = squash(heading.get(name) or "")
        if name == "organ":
            value = value or facts.organ
        if not value:
            continue
        p = element(cover, "p")
        writer(p, value, facts)
        if name == "symbol":
            issuing = element(cover, "p", class_="upperLeft")
            element(issuing, "img", src="logo-un.jpg")
            element(
                issuing, "docAuthority", facts.organ_info["issuing_body"], refersTo="#issuingBody", class_="rightBig"
            )
        if not len(p) and not p.text:
            cover.remove(p)
    if facts.draft:
        write_sponsors(exporter, element(cover, "p"))
    elif facts.adoption:
        write_adoption_title(exporter, cover)


def write_sponsors(exporter: AknExporter, p: etree._Element) -> None:
    sponsors = exporter.model.heading.sponsors
    if sponsors:
        proponent = element(p, "docProponent", refersTo="#sponsors")
        star = next((label for label in ("*", "∗") if label in exporter.notes.notes), None)
        for index, sponsor in enumerate(sponsors):
            separator = "" if index == 0 else " and " if index == len(sponsors) - 1 else ", "
            add_text(proponent, separator + sponsor.name)
            if sponsor.asterisk and star and star not in exporter.notes.written:
                exporter.notes.write(proponent, star)  # the note "State not a member of …" at its first star
            elif sponsor.asterisk:
                add_text(proponent, "*")
        add_text(p, ": ")
    element(p, "docType", exporter.facts.document_type)


def write_adoption_title(exporter: AknExporter, cover: etree._Element) -> None:
    facts = exporter.facts
    when = iso_date(facts.adoption)
    if facts.organ_info["adoption"] == "cover":
        if facts.number:
            element(element(cover, "p"), "docTitle", f"Resolution {facts.number}", refersTo="#resolutionNumber")
        title = element(element(cover, "p"), "docTitle", f"Adopted by the {facts.organ} on ", refersTo="#adoption")
        if facts.meeting:
            element(title, "inline", facts.meeting, name="adoptionMeeting")
        if when:
            element(title, "docDate", facts.adoption, date=when, refersTo="#adoptionDate")
        else:
            add_text(title, facts.adoption or "")
        return
    on = exporter.model.heading.get("adopted") or facts.adoption
    element(element(cover, "p"), "docTitle", f"Resolution adopted by the {facts.organ} on {on}")


def write_preface(exporter: AknExporter) -> None:
    title = exporter.model.title
    facts = exporter.facts
    if title is None or (facts.organ_info["adoption"] == "cover" and not facts.draft):
        return
    p = element(element(exporter.statement, "preface"), "p")
    if facts.number:
        element(p, "docNumber", f"{facts.number}." if facts.number[-1].isdigit() else facts.number)
    heading = element(p, "docTitle", refersTo="#resolutionTitle")
    element(heading, "span", squash(title.text), class_="bold")


# ---- body nodes --------------------------------------------------------------------------------
def write_authoring(exporter: AknExporter, authoring) -> None:
    formula = element(exporter.preamble_part(), "formula", name="enactingFormula", eId="formula_1")
    pieces = text_pieces(authoring.text)
    if not any(piece.italic for piece in pieces) and pieces and pieces[0].note is None:
        body = pieces[0].text.rstrip(",")
        pieces = [Piece(body, italic=True), Piece(pieces[0].text[len(body) :]), *pieces[1:]]
    write_pieces(element(formula, "p"), pieces, exporter.notes)


def opener_name(paragraph: Paragraph, pieces: list[Piece]) -> str:
    """The container's name: its opening italic words as printed, else the model's opener, else its first word."""
    if pieces and pieces[0].italic and pieces[0].text.strip(" ,;:"):
        return squash(pieces[0].text).strip(" ,;:")
    phrase = squash(paragraph.phrase or "").strip(" ,;:")
    if phrase:
        return phrase
    words = paragraph.text.plain.split()
    return words[0].strip(",;:") if words else "paragraph"


def body_pieces(exporter: AknExporter, paragraph: Paragraph, marker: Span | None = None) -> list[Piece]:
    """The paragraph's pieces; in a ``.res.md`` the italics are the author's, in pasted text the phrase is italicised."""
    if exporter.model.form != "res.md":
        return paragraph_pieces(paragraph, [marker])
    dropped = [span for span in (marker,) if span is not None]
    dropped += [artefact.span for artefact in paragraph.artefacts if artefact.kind in DROPPED_ARTEFACTS]
    return strip_leading_marker(text_pieces(paragraph.text, (), dropped), paragraph)


def write_preambular(exporter: AknExporter, paragraph: Preambular) -> None:
    """A ``container`` named by its opener; a lettered one ("(a) To promote …") is an item of the one before."""
    pieces = body_pieces(exporter, paragraph)
    label = exporter.model.source[paragraph.span.start : paragraph.text.span.start].strip()
    containers = exporter.preamble_part().findall(f"{A}container")
    if PREAMBLE_LABEL.fullmatch(label) and containers:
        write_block_item(exporter, containers[-1], label, pieces)
        return
    container = element(
        exporter.preamble_part(), "container", name=opener_name(paragraph, pieces), eId=exporter.new_id("container")
    )
    write_pieces(element(container, "p"), pieces, exporter.notes)


def write_block_item(exporter: AknExporter, container: etree._Element, label: str, pieces: list[Piece]) -> None:
    """One lettered item of a preambular paragraph: ``blockList`` with the paragraph as its ``listIntroduction``."""
    block_list = container.find(f"{A}blockList")
    if block_list is None:
        introduction = container.find(f"{A}p")
        block_list = element(container, "blockList", eId=f"{container.get('eId')}__blockList")
        if introduction is not None:
            introduction.tag = A + "listIntroduction"
            block_list.append(introduction)
    item = element(block_list, "item", eId=f"{block_list.get('eId')}__item_{len(block_list)}")
    element(item, "num", label)
    write_pieces(element(item, "p"), pieces, exporter.notes)


def write_operative(exporter: AknExporter, paragraph: Operative) -> None:
    """An operative paragraph (or, after an "Annex" heading, a paragraph of the annex)."""
    eid = exporter.new_id("para")
    node = element(exporter.annex_part() if exporter.in_annex else exporter.body_part(), "paragraph", eId=eid)
    if paragraph.number:
        element(node, "num", f"{paragraph.number.rstrip('.')}.")
    pieces = body_pieces(exporter, paragraph, paragraph.number_span)
    if not paragraph.children:
        write_pieces(element(element(node, "content", eId=f"{eid}__content"), "p"), pieces, exporter.notes)
        return
    listed = element(node, "list", eId=f"{eid}__list")
    write_pieces(element(element(listed, "intro", eId=f"{eid}__list__intro"), "p"), pieces, exporter.notes)
    write_points(exporter, listed, paragraph.children, f"{eid}__list")


def label_text(label: str) -> str:
    core = label.strip().strip("()").rstrip(".")
    return f"({core})"


def write_points(exporter: AknExporter, parent: etree._Element, points: tuple[SubParagraph, ...], prefix: str) -> None:
    for sub in points:
        core = re.sub(r"[^0-9A-Za-z]", "", sub.label) or str(exporter.new_id("point"))
        eid = f"{prefix}__point_{core}"
        while eid in exporter.ids:
            eid += "_"
        exporter.ids[eid] = 1
        point = element(parent, "point", eId=eid)
        element(point, "num", label_text(sub.label))
        content = element(point, "content", eId=f"{eid}__content")
        write_pieces(element(content, "p"), body_pieces(exporter, sub, sub.label_span), exporter.notes)
        if sub.children:
            write_points(exporter, element(parent, "sublist", eId=f"{eid}__sublist"), sub.children, f"{eid}__sublist")


def heading_text(exporter: AknExporter, item: Closing | Paragraph) -> str:
    """A heading's text from the source (the model's text turns no-break spaces into spaces)."""
    raw = exporter.model.source[item.span.start : item.span.end].strip().lstrip("#").replace("*", "").strip()
    known = (item.text if isinstance(item.text, str) else item.text.plain).lstrip("#").strip()
    return squash(raw if raw.replace("\u00a0", " ").split() == known.split() else known)


def write_heading(exporter: AknExporter, body: etree._Element, text: str, level: int, style: str = "") -> None:
    """A heading as the organ marks it: a bold paragraph (HRC, and annexes) or a ``paragraph/subheading``."""
    eid = exporter.new_id("para")
    if (style or exporter.facts.organ_info["heading"]) == "bold":
        node = element(body, "paragraph", eId=eid, class_="HChG" if level <= 2 else "H23G")
        element(element(element(node, "content", eId=f"{eid}__content"), "p"), "span", text, class_="bold")
    else:
        element(element(body, "paragraph", eId=eid, class_="H1" if level <= 2 else "H23"), "subheading", text)


def write_section(exporter: AknExporter, item: Closing) -> None:
    """A heading inside the operative part; "Annex" after the operative part opens the attachment."""
    text = heading_text(exporter, item)
    if ANNEX_HEADING.match(text) and exporter.model.operative:
        exporter.in_annex = True
    if exporter.in_annex:
        write_annex_text(exporter, item)
        return
    write_heading(exporter, exporter.body_part(), text, 3)


ANNEX_NUMBER = re.compile(r"^(\d{1,3}\.|\([a-z]{1,5}\)|\(\d{1,3}\))\s+")
PREAMBLE_LABEL = re.compile(r"\((?:[a-z]{1,5}|\d{1,3})\)")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
ANNEX_HEADING = re.compile(r"^Annex(?:es)?\b")


def write_annex_text(exporter: AknExporter, item: Closing | Paragraph) -> None:
    """Text after the conclusions (an annex) and the model's annexed paragraphs: one ``paragraph`` each."""
    raw = exporter.model.source[item.span.start : item.span.end].strip()
    body = exporter.annex_part()
    if raw.startswith("#") or id(item) in exporter.section_ids:
        write_heading(exporter, body, heading_text(exporter, item), len(raw) - len(raw.lstrip("#")) or 3, "bold")
        return
    node = element(body, "paragraph", eId=exporter.new_id("para"))
    number = ANNEX_NUMBER.match(raw)
    if number:
        element(node, "num", number.group(1))
        raw = raw[number.end() :]
    content = element(node, "content", eId=f"{node.get('eId')}__content")
    write_pieces(element(content, "p"), source_pieces(raw), exporter.notes)


def write_table(exporter: AknExporter, comment: Comment) -> None:
    """A table kept as a comment block (one row a line, cells between bars): ``container name="table"/table``."""
    rows = [line.strip()[1:-1].split(" | ") for line in comment.text.splitlines()[1:] if TABLE_ROW.match(line)]
    if not rows:
        return
    body = exporter.annex_part() if exporter.in_annex else exporter.body_part()
    holder = element(body, "container", name="table", eId=exporter.new_id("container"))
    table = element(holder, "table", eId=f"{holder.get('eId')}__table")
    for cells in rows:
        row = element(table, "tr")
        for cell in cells:
            write_pieces(element(element(row, "td"), "p"), source_pieces(cell.strip()), exporter.notes)


def write_annexed_paragraph(exporter: AknExporter, paragraph: Paragraph) -> None:
    """A paragraph the model read as preambular, inside an annex: a plain ``paragraph/content``."""
    node = element(exporter.annex_part(), "paragraph", eId=exporter.new_id("para"))
    content = element(node, "content", eId=f"{node.get('eId')}__content")
    write_pieces(element(content, "p"), body_pieces(exporter, paragraph), exporter.notes)


BODY_WRITERS: dict[str, Callable[[AknExporter, object], None]] = {
    "authoring": write_authoring,
    "preambular": write_preambular,
    "operative": write_operative,
    "section": write_section,
    "annex": write_annex_text,
    "annexed paragraph": write_annexed_paragraph,
    "table": write_table,
}
"""Model node kind → writer. The genre's coming nodes (parts, sections, annexes, nested drafts)
plug in here: one writer each, called in source order."""

ANNEXED_KINDS = {"preambular": "annexed paragraph", "authoring": "annexed paragraph"}
"""How a node kind is written once an "Annex" heading has opened the attachment (operative
paragraphs and headings find the attachment themselves)."""


# ---- conclusions -------------------------------------------------------------------------------
def conclusion_items(closing: list[Closing]) -> list[Closing]:
    """The closing lines that are the meeting, the date and the vote, up to the first that is not."""
    taken: list[Closing] = []
    in_vote = False
    for item in closing:
        text = item.text.strip(" *")
        if in_vote or text.startswith("["):
            taken.append(item)
            in_vote = not text.endswith("]")
        elif MEETING.match(text) or DATE_ONLY.match(text):
            taken.append(item)
        else:
            break
    return taken


def write_conclusions_later(exporter: AknExporter, closing: list[Closing]) -> int:
    """Write the conclusions now (they sit after mainBody anyway); return how many closing items they took."""
    items = conclusion_items(closing)
    if not items:
        return 0
    facts = exporter.facts
    vote = " ".join(
        squash(item.text) for item in items if item.text.strip(" *").startswith("[") or vote_follows(items, item)
    )
    if facts.organ_info["adoption"] == "cover" and not vote:
        return len(items)
    conclusions = element(exporter.statement, "conclusions", eId="conclusions")
    if facts.meeting or facts.adoption:
        write_adoption(exporter, element(conclusions, "p"))
    if vote:
        write_vote(exporter, element(conclusions, "p"), vote)
    return len(items)


def vote_follows(items: list[Closing], item: Closing) -> bool:
    starts = [i for i, candidate in enumerate(items) if candidate.text.strip(" *").startswith("[")]
    return bool(starts) and items.index(item) > starts[0]


def write_adoption(exporter: AknExporter, p: etree._Element) -> None:
    facts = exporter.facts
    ordinal = re.match(r"\d+(?:st|nd|rd|th)", facts.meeting or "")
    when = iso_date(facts.adoption)
    holder = p
    if facts.organ_info["adoption"] == "event":
        holder = element(p, "event", refersTo="#adoption")
        if facts.meeting:
            element(
                holder, "location", facts.meeting, title=ordinal.group() if ordinal else "", refersTo="#adoptionMeeting"
            )
    elif facts.meeting:
        element(holder, "inline", facts.meeting, name="adoptionMeeting", title=ordinal.group() if ordinal else "")
    if facts.adoption:
        if facts.meeting:
            element(holder, "eol")
        if when:
            element(holder, "docDate", facts.adoption, date=when, refersTo="#adoptionDate")
        else:
            add_text(holder, facts.adoption)


def write_vote(exporter: AknExporter, p: etree._Element, text: str) -> None:
    vote = element(p, "vote", by=f"#{exporter.facts.organ_info['eId']}", as_="#author")
    recorded = RECORDED_VOTE.match(text)
    if text.startswith("[Adopted without a vote"):
        element(vote, "outcome", text, refersTo="#adoptedWithoutVote")
        return
    if not recorded:
        element(vote, "outcome", text)
        return
    outcome = element(vote, "outcome", "[Adopted by a recorded vote of ", refersTo="#adoptedRecordedVote")
    counts = (("for", "#inFavour", " to "), ("against", "#against", ", with "), ("abstaining", "#abstaining", ""))
    for group, reference, after in counts:
        element(outcome, "quantity", recorded.group(group), normalized=recorded.group(group), refersTo=reference)
        add_text(outcome, after)
    plural = "" if recorded.group("abstaining") == "1" else "s"
    add_text(outcome, f" abstention{plural}. The voting was as follows: ")
    parts = VOTE_GROUP.split(recorded.group("groups"))
    add_text(outcome, parts[0])
    for name, members in zip(parts[1::2], parts[2::2], strict=True):
        group = element(outcome, "outcome", f"{name}:", refersTo=GROUP_REFERENCE[name])
        element(group, "eol")
        element(group, "organization", members.strip(), refersTo="memberState")


# ---- entry point -------------------------------------------------------------------------------
def export_tree(document: Document, today: str | None = None) -> etree._Element:
    return AknExporter(document, today).build()


def export_bytes(document: Document, today: str | None = None) -> bytes:
    """The AKN4UN XML of ``document`` as UTF-8 bytes with an XML declaration."""
    return etree.tostring(export_tree(document, today), xml_declaration=True, encoding="UTF-8", pretty_print=True)
