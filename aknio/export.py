"""Write a parsed resolution as AKN4UN XML, element by element as the UN's own files have it.

The vocabulary follows the UN's files (``../shared/corpus/akn-*``): ``statement name="resolution"``
(``draftResolution`` for a draft), FRBR identification, ``coverPage``, ``preface`` with number and
title, ``preamble`` with the enacting ``formula`` and one ``container`` per preambular paragraph
named by its opener, ``mainBody`` with ``paragraph``/``num``/``content`` and ``list``/``intro``/
``point`` for sub-paragraphs (``sublist`` for deeper levels), ``authorialNote`` footnotes,
``conclusions`` with the meeting, date and vote, annexed text as an ``attachment``, a nested draft
as its own ``statement`` in ``components``, and a resolution in parts as a ``documentCollection``
with one ``statement`` per part.

Each kind of model node has its writer in :data:`BODY_WRITERS`; a new node kind of the model plugs
in as one entry there. The paragraphs' writers are in :mod:`.paragraphs`; the metadata, cover
page and preface are written by :mod:`.cover`, the conclusions by :mod:`.conclusions`, what they
need from the model is worked out by :mod:`.facts`. Running text is cut into pieces by
:mod:`resolint.docxio.runs` (the same italics and footnote marks the Word export writes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from lxml import etree

from resolint.aknio.akntext import NS, A
from resolint.aknio.conclusions import write_conclusions
from resolint.aknio.cover import write_cover, write_identification, write_meta, write_preface
from resolint.aknio.facts import facts_of
from resolint.aknio.paragraphs import (
    body_pieces,
    heading_text,
    write_authoring,
    write_operative,
    write_preambular,
)
from resolint.aknio.resmd import TABLE_COMMENT
from resolint.aknio.xmlbuild import NoteWriter, element, source_pieces, write_pieces
from resolint.model import (
    AnnexText,
    Closing,
    Comment,
    Document,
    NestedDraft,
    Paragraph,
    Span,
)

STATEMENT_STATE = ("statement", "preamble", "main_body", "attachment_body", "last_container", "in_annex")
"""What the exporter keeps of the statement it writes into, set aside while it writes a nested draft."""


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
        self.last_container: etree._Element | None = None  # the preambular paragraph lettered items belong to
        self.continued: tuple[int, Span] | None = None  # the point whose text runs on, and where
        self.listed_headings: set[int] = set()  # subject lines written as points of a list
        self.subject_lists: set[str] = set()  # the eIds of the sub-lists that hold the points after one
        self.section_ids = {id(section) for section in document.sections}
        self.draft_stack: list[tuple[int, tuple]] = []  # (end of the draft, the parts of the statement around it)

    def new_id(self, prefix: str) -> str:
        self.ids[prefix] = self.ids.get(prefix, 0) + 1
        return f"{prefix}_{self.ids[prefix]}"

    # -- the whole document ------------------------------------------------------------------------
    def build(self) -> etree._Element:
        write_meta(self)
        write_cover(self)
        write_preface(self)
        items = self.body_items()
        openings = part_openings(self, items)
        if openings:
            return self.build_parts(items, openings)
        closing = [item for _, kind, item in items if kind == "closing"]
        conclusion_count = write_conclusions(self, closing)
        for start, kind, item in items:
            if not self.annex_of_draft(kind, item):
                self.leave_drafts(start)
            if kind == "closing":
                if conclusion_count:
                    conclusion_count -= 1
                    self.in_annex = True  # whatever follows the meeting lines is annexed
                    continue
                kind = "annex"
            if self.in_annex and kind in ANNEXED_KINDS:
                kind = ANNEXED_KINDS[kind]
            BODY_WRITERS[kind](self, item)
        self.leave_drafts(len(self.model.source) + 1)
        self.close_statement()
        self.keep_unreferenced_notes()
        return self.root

    # -- a resolution in parts (76/84 A and B) ----------------------------------------------------
    def build_parts(self, items: list[tuple[int, str, object]], openings: dict[int, list[Closing]]) -> etree._Element:
        """A ``documentCollection``: the cover and title, then each part as its own ``statement``
        (its letter and title in its ``preface``, its meeting lines in its ``conclusions``)."""
        collection = self.statement
        collection.tag, collection.attrib["name"] = A + "documentCollection", "publication"
        listing = element(collection, "collectionBody", eId="collectionBody")
        components = element(collection, "components", eId="components")
        headings = {id(line) for lines in openings.values() for line in lines}
        closing: list[Closing] = []
        for index, (start, kind, item) in enumerate(items):
            if index in openings:
                self.finish_part(closing)
                closing = []
                self.open_part(listing, components, openings[index])
            if id(item) in headings:
                continue
            if kind == "closing" and not self.in_annex:
                closing.append(item)
                continue
            if not self.annex_of_draft(kind, item):
                self.leave_drafts(start)
            BODY_WRITERS[ANNEXED_KINDS.get(kind, kind) if self.in_annex else kind](self, item)
        self.finish_part(closing)
        self.keep_unreferenced_notes()
        self.statement = collection
        self.place_parts()
        return self.root

    def open_part(self, listing: etree._Element, components: etree._Element, lines: list[Closing]) -> None:
        letter, title = heading_text(lines[0]), " ".join(heading_text(line) for line in lines[1:])
        eid = self.new_id("comp")
        reference = element(listing, "component", eId=f"{eid}_ref")
        element(reference, "documentRef", eId=f"{eid}_documentRef", href=f"#{eid}", showAs=f"Resolution {letter}")
        self.statement = element(element(components, "component", eId=eid), "statement", name="resolution")
        write_identification(self, element(self.statement, "meta"), eid)
        p = element(element(self.statement, "preface"), "p")
        element(p, "docNumber", letter)
        if title:
            element(element(p, "docTitle", refersTo="#resolutionTitle"), "span", title, class_="bold")
        self.preamble = self.main_body = self.attachment_body = self.last_container = None
        self.in_annex = False

    def finish_part(self, closing: list[Closing]) -> None:
        """The part's meeting lines as its conclusions (what follows them is annexed), then its order."""
        if self.statement.tag != A + "statement":
            return
        taken = write_conclusions(self, closing)
        self.in_annex = self.in_annex or bool(closing[taken:])
        for line in closing[taken:]:
            write_annex_text(self, line)
        self.leave_drafts(len(self.model.source) + 1)
        self.close_statement()

    def body_items(self) -> list[tuple[int, str, object]]:
        """Every node of the body with its kind, in source order (a nested draft before its own nodes)."""
        items: list[tuple[int, str, object]] = []
        if self.model.authoring:
            items.append((self.model.authoring.span.start, "authoring", self.model.authoring))
        items += [(a.span.start, "authoring", a) for a in self.model.part_authorings]
        items += [(p.span.start, "preambular", p) for p in self.model.preamble]
        items += [(p.span.start, "operative", p) for p in self.model.operative]
        items += [(s.span.start, "section", s) for s in self.model.sections]
        items += [(p.span.start, "annex", p) for p in self.model.annex]
        items += [(c.span.start, "closing", c) for c in self.model.closing]
        items += [(c.span.start, "table", c) for c in self.model.comments if c.text.startswith(TABLE_COMMENT)]
        for draft in nested_drafts(self.model.drafts):
            items.append((draft.span.start, "draft", draft))
            if draft.authoring:
                items.append((draft.authoring.span.start, "authoring", draft.authoring))
            items += [(p.span.start, "preambular", p) for p in draft.preamble]
            items += [(p.span.start, "operative", p) for p in draft.operative]
        items.sort(key=lambda item: (item[0], item[1] != "draft"))
        return items

    def close_statement(self) -> None:
        """The schema wants a ``mainBody`` with content, and the parts of a statement in its order."""
        if self.main_body is None or not len(self.main_body):
            empty = element(self.body_part(), "paragraph", eId=self.new_id("para"))
            element(element(empty, "content", eId=f"{empty.get('eId')}__content"), "p")
        self.place_parts()

    # -- nested drafts -----------------------------------------------------------------------------
    def enter_draft(self, draft: NestedDraft) -> None:
        """Write what follows into the draft's own ``components/component/statement`` until its end."""
        components = self.statement.find(f"{A}components")
        if components is None:
            components = element(self.statement, "components", eId=self.new_id("components"))
        component = element(components, "component", eId=self.new_id("component"))
        self.draft_stack.append((draft.span.end, self.part_state()))
        self.statement = element(component, "statement", name=draft.kind)
        write_identification(self, element(self.statement, "meta"), component.get("eId", "component"))
        self.preamble = self.main_body = self.attachment_body = self.last_container = None
        self.in_annex = False

    def annex_of_draft(self, kind: str, item: object) -> bool:
        """An annex right after a nested draft is the draft's (the UN attaches it to the draft's statement)."""
        if not self.draft_stack:
            return False
        if kind == "section" and ANNEX_HEADING.match(heading_text(item)):
            return True
        return self.in_annex and kind in ("annex", "section", "table", "operative", "preambular")

    def leave_drafts(self, offset: int) -> None:
        while self.draft_stack and offset >= self.draft_stack[-1][0]:
            self.close_statement()
            _, state = self.draft_stack.pop()
            for name, value in zip(STATEMENT_STATE, state, strict=True):
                setattr(self, name, value)

    def part_state(self) -> tuple:
        return tuple(getattr(self, name) for name in STATEMENT_STATE)

    def keep_unreferenced_notes(self) -> None:
        """A footnote no mark points at has no place of its own: it follows the last paragraph, not lost."""
        missing = [note for note in self.model.footnotes if note.label not in self.notes.written]
        if not missing:
            return
        body = self.body_part()
        paragraphs = body.findall(f".//{A}p")
        if paragraphs:
            holder = paragraphs[-1]
        else:  # a text with no paragraph at all ("RECALLING" and a note): the notes stand alone
            content = next(body.iter(f"{A}content"), None)
            if content is None:
                content = element(element(body, "hcontainer", name="notes"), "content")
            holder = element(content, "p")
        for note in missing:
            self.notes.write(holder, note.label)

    def place_parts(self) -> None:
        """Preamble, mainBody, conclusions and attachments in the order the schema wants."""
        order = [
            "meta",
            "coverPage",
            "preface",
            "preamble",
            "collectionBody",
            "mainBody",
            "conclusions",
            "attachments",
            "components",
        ]
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


def write_heading(exporter: AknExporter, body: etree._Element, text: str, level: int, style: str = "") -> None:
    """A heading as the organ marks it: a bold paragraph (HRC, and annexes; an italic one when the
    heading is in italics, as the annexes' lowest headings are) or a ``paragraph/subheading``."""
    eid = exporter.new_id("para")
    style = style or exporter.facts.organ_info["heading"]
    if style in ("bold", "italic"):
        node = element(
            body, "paragraph", eId=eid, class_="HChG" if level <= 2 else "H23G" if style == "bold" else "H4G"
        )
        element(element(element(node, "content", eId=f"{eid}__content"), "p"), "span", text, class_=style)
    else:
        element(element(body, "paragraph", eId=eid, class_="H1" if level <= 2 else "H23"), "subheading", text)


def write_section(exporter: AknExporter, item: Closing) -> None:
    """A heading inside the operative part; "Annex" after the operative part opens the attachment."""
    if id(item) in exporter.listed_headings:
        return
    text = heading_text(item)
    if ANNEX_HEADING.match(text) and exporter.model.operative:
        exporter.in_annex = True
    if exporter.in_annex:
        write_annex_text(exporter, item)
        return
    write_heading(exporter, exporter.body_part(), text, 3)


ANNEX_NUMBER = re.compile(r"^(\d{1,3}\.|\([a-z]{1,5}\)|\(\d{1,3}\))\s+")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
ANNEX_HEADING = re.compile(r"^Annex(?:es)?\b")


def write_annex_text(exporter: AknExporter, item: Closing | AnnexText) -> None:
    """Text after the conclusions (an annex) and the model's annexed paragraphs: one ``paragraph`` each;
    a heading line (a section's, or annexed text written as a ``#`` heading) a heading."""
    body = exporter.annex_part()
    if item.level or id(item) in exporter.section_ids:
        style = "italic" if item.italic else "bold"
        write_heading(exporter, body, heading_text(item), item.level or 3, style)
        return
    raw = (item.text.raw if isinstance(item, AnnexText) else item.lead + item.content.raw).strip()
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


PART_LETTER = re.compile(r"[A-Z]")


def part_openings(exporter: AknExporter, items: list[tuple[int, str, object]]) -> dict[int, list[Closing]]:
    """Where each part of a resolution in parts opens (item index → its letter and title lines): the
    heading lines, a capital letter first, right before each authoring line; none unless every
    authoring line has them and there are at least two."""
    if not exporter.model.part_authorings:
        return {}
    openings: dict[int, list[Closing]] = {}
    for index, (_, kind, _item) in enumerate(items):
        if kind != "authoring":
            continue
        first = index
        while first > 0 and items[first - 1][1] == "section":
            first -= 1
        lines = [item for _, _, item in items[first:index]]
        if not lines or not PART_LETTER.fullmatch(heading_text(lines[0])):
            return {}
        openings[first] = lines
    return openings if len(openings) >= 2 and min(openings) == 0 else {}


def write_draft(exporter: AknExporter, draft: NestedDraft) -> None:
    """A draft recommended for adoption: its own ``statement`` in the ``components``, as the UN nests them."""
    exporter.enter_draft(draft)


def nested_drafts(drafts: list[NestedDraft] | tuple[NestedDraft, ...]) -> list[NestedDraft]:
    """The drafts and the drafts nested in them, outermost first."""
    return [found for draft in drafts for found in (draft, *nested_drafts(draft.drafts))]


BODY_WRITERS: dict[str, Callable[[AknExporter, object], None]] = {
    "draft": write_draft,
    "authoring": write_authoring,
    "preambular": write_preambular,
    "operative": write_operative,
    "section": write_section,
    "annex": write_annex_text,
    "annexed paragraph": write_annexed_paragraph,
    "table": write_table,
}
"""Model node kind → writer, called in source order (a section's lines are ``section``, an annex's
``annex``; a ``draft`` opens the draft's own statement, which its nodes are then written into)."""

ANNEXED_KINDS = {"preambular": "annexed paragraph", "authoring": "annexed paragraph"}
"""How a node kind is written once an "Annex" heading has opened the attachment (operative
paragraphs and headings find the attachment themselves)."""


# ---- entry point -------------------------------------------------------------------------------
def export_tree(document: Document, today: str | None = None) -> etree._Element:
    return AknExporter(document, today).build()


def export_bytes(document: Document, today: str | None = None) -> bytes:
    """The AKN4UN XML of ``document`` as UTF-8 bytes with an XML declaration."""
    return etree.tostring(export_tree(document, today), xml_declaration=True, encoding="UTF-8", pretty_print=True)
