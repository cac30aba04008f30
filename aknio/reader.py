"""Read AKN4UN XML safely into :class:`AknText`, the plain structure the importer and the outline share.

The XML is parsed by lxml without entity resolution, DTDs or network access, and with lxml's
limits on deep or huge trees left on; a file over :data:`MAX_BYTES` is refused before parsing.
Every problem is an :class:`AknError` with one line for the user.

Element kinds are read by small functions chosen from tables (:data:`BODY_READERS`,
:data:`PARAGRAPH_PARTS`), one per AKN element, so a new structure plugs in as one entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from resolint.aknio.akntext import NS, A, AknText, Block, Run, first, local, plain, squash
from resolint.aknio.errors import AknError
from resolint.aknio.inlineread import InlineReader, normalise, run_text
from resolint.inputs import MAX_BYTES as INPUT_MAX_BYTES
from resolint.inputs import InputError, read_input_bytes

__all__ = ["NS", "A", "AknText", "Block", "Run", "parse_bytes", "parse_file", "read_akn", "run_text"]
"""What the importer, the outline, the ``.res.md`` writer and the tests read from here (the structure
itself is :mod:`.akntext`'s, the inline runs :mod:`.inlineread`'s)."""

MAX_BYTES = INPUT_MAX_BYTES  # as for text input: a resolution is 10-500 KB
HEADING_CLASSES = frozenset({"HChG", "H1G", "H23G", "H4G", "H56G", "HCh", "H1", "H23", "H4", "H56"})
PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


# ---- parsing -----------------------------------------------------------------------------------
def parse_file(path: str | Path) -> etree._Element:
    try:
        data = read_input_bytes(path)
    except InputError as error:
        raise AknError(str(error)) from None
    return parse_bytes(data, str(path))


def parse_bytes(data: bytes, name: str = "<input>") -> etree._Element:
    """The ``akomaNtoso`` root of ``data``; refuses DTDs, oversize input and other vocabularies."""
    if len(data) > MAX_BYTES:
        raise AknError(f"{name}: file too large (the limit is {MAX_BYTES >> 20} MB)")
    try:
        tree = etree.fromstring(data, PARSER).getroottree()
    except etree.XMLSyntaxError as error:
        raise AknError(f"{name}: not well-formed XML: {error.msg}") from None
    except ValueError as error:
        raise AknError(f"{name}: cannot read as XML: {error}") from None
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise AknError(f"{name}: refused, the XML declares a DTD (AKN files have none)")
    root = tree.getroot()
    if root.tag != A + "akomaNtoso":
        raise AknError(f"{name}: not an Akoma Ntoso document (root element <{etree.QName(root).localname}>)")
    return root


# ---- the cover page, preface and conclusions ---------------------------------------------------
COVER_FIELDS: tuple[tuple[str, str], ...] = (
    ("symbol", "akn:docNumber"),
    ("distribution", "akn:docStatus"),
    ("date", "akn:docDate"),
    ("original", "akn:inline[@name='originalLanguage']"),
    ("organ", "akn:docAuthority[@refersTo='#subsidiaryBody']"),
    ("session", "akn:session"),
    ("agenda-title", "akn:inline[@name='agenda item name']"),
)
PREFIXES = {"distribution": "Distr.:", "original": "Original:"}
ADOPTED = re.compile(r"\b(?:adopted|Adopted)\b.*?\bon\s+(\d{1,2}\s+\w+\s+\d{4})")


def read_cover(cover: etree._Element | None, text: AknText, reader: InlineReader) -> None:
    if cover is None:
        return
    heading = text.heading
    for name, xpath in COVER_FIELDS:
        value = plain(first(cover, ".//" + xpath)).removeprefix(PREFIXES.get(name, "")).strip()
        if value:
            heading[name] = value
    if "organ" not in heading:
        issuing = plain(first(cover, ".//akn:docAuthority[@refersTo='#issuingBody']"))
        if issuing:
            heading["organ"] = issuing
    event = first(cover, ".//akn:event")
    if event is not None:
        dates = [plain(d) for d in event.iter(A + "date")]
        heading["session-dates"] = "–".join(dates) if dates else plain(event)
    agenda = first(cover, ".//akn:inline[@name='agenda item']")
    if agenda is not None:
        heading["agenda-item"] = agenda.get("title") or plain(agenda).removeprefix("Agenda item").strip()
    for title in cover.iter(A + "docTitle"):
        adopted = ADOPTED.search(plain(title))
        if adopted:
            heading["adopted"] = adopted.group(1)
        elif title.get("refersTo") == "#resolutionNumber":
            text.number = plain(title).removeprefix("Resolution").strip()
    proponent = first(cover, ".//akn:docProponent")
    if proponent is not None and plain(proponent).startswith("["):
        text.report = plain(proponent)  # "[on the report of the Third Committee (A/76/462)]"
    elif proponent is not None:
        runs = reader.runs(proponent)
        text.sponsors = squash(
            "".join("*" if r.kind == "note" else r.value for r in runs if r.kind != "note" or r.value in "*∗")
        )
        kind = first(cover, ".//akn:docType")
        text.document_type = (
            plain(kind) or plain(proponent.getparent()).rpartition(":")[2].strip() or text.document_type
        )


def read_preface(preface: etree._Element | None, text: AknText, reader: InlineReader) -> None:
    if preface is None:
        return
    number = re.sub(r"(?<=\d)\.$", "", plain(first(preface, ".//akn:docNumber")))
    text.number = number or text.number
    text.title = run_text(reader.runs(first(preface, ".//akn:docTitle"))) or text.title


def conclusion_lines(element: etree._Element) -> list[str]:
    """Lines of the adoption text: split at ``<eol/>``, at each ``<p>`` and before nested vote groups."""
    lines = [""]

    def walk(node: etree._Element, depth: int) -> None:
        if node.text:
            lines[-1] += node.text
        for child in node:
            name = local(child)
            if name == "eol" or name == "p" or (name == "outcome" and depth > 0 and local(node) == "outcome"):
                lines.append("")
            if name and name != "eol":
                walk(child, depth + 1)
            if child.tail:
                lines[-1] += child.tail

    walk(element, 0)
    return [squash(line) for line in lines if squash(line)]


# ---- the body ----------------------------------------------------------------------------------
class BodyReader:
    """Walks preamble, main body and attachments into :class:`Block` lists."""

    def __init__(self, text: AknText, reader: InlineReader) -> None:
        self.text = text
        self.inline = reader

    def preamble(self, preamble: etree._Element | None) -> None:
        for child in preamble if preamble is not None else ():
            name = local(child)
            if name == "formula" and not self.text.formula:
                self.text.formula = self.inline.runs(child)
            elif name == "formula":  # the organ line of a nested draft or of a later part
                self.text.blocks.append(Block("paragraph", "preamble/formula", self.inline.runs(child)))
            elif name == "container":
                self.container(child, "preamble", self.text.blocks)
            elif name:
                self.generic(child, "preamble", self.text.blocks)

    def container(self, element: etree._Element, path: str, out: list[Block]) -> None:
        block_list = first(element, "akn:blockList")
        if block_list is None:
            out.append(Block("container", f"{path}/container", self.inline.runs(element), name=element.get("name")))
            return
        intro = first(block_list, "akn:listIntroduction")
        runs = self.inline.runs(first(element, "akn:p")) + self.inline.runs(intro)
        out.append(Block("container", f"{path}/container/blockList", normalise(runs), name=element.get("name")))
        for item in block_list.iter(A + "item"):
            runs = self.inline.runs(first(item, "akn:p"))
            out.append(
                Block("point", f"{path}/container/blockList/item", runs, num=plain(first(item, "akn:num")), level=1)
            )

    def body(self, body: etree._Element | None, path: str, out: list[Block]) -> None:
        for child in body if body is not None else ():
            name = local(child)
            if name:
                BODY_READERS.get(name, BodyReader.generic)(self, child, f"{path}", out)

    def paragraph(self, element: etree._Element, path: str, out: list[Block]) -> None:
        here = f"{path}/paragraph"
        num = plain(first(element, "akn:num")) or None
        opened = len(out)
        for child in element:
            name = local(child)
            if name in PARAGRAPH_PARTS:
                PARAGRAPH_PARTS[name](self, child, here, out)
        if len(out) == opened or out[opened].kind not in ("paragraph", "heading"):
            out.insert(opened, Block("paragraph", here, [], num=num))
        else:
            out[opened].num = num if out[opened].kind == "paragraph" else out[opened].num
        first_block = out[opened]
        if first_block.kind == "paragraph" and num is None and is_heading(element, first_block.runs):
            first_block.kind, first_block.level = "heading", 2 if element.get("class", "").startswith("HCh") else 3

    def content(self, element: etree._Element, path: str, out: list[Block]) -> None:
        out.append(Block("paragraph", path, self.inline.runs(element)))
        for embedded in element.iter(A + "embeddedStructure"):
            self.embedded(embedded, path, out)

    def embedded(self, element: etree._Element, path: str, out: list[Block]) -> None:
        """A draft nested inside a paragraph (``embeddedStructure``): its organ line, preambular
        containers and paragraphs, after the paragraph that recommends it."""
        here = f"{path}/embeddedStructure"
        for child in element:
            name = local(child)
            if name == "container" and child.get("name") == "formula":
                out.append(Block("paragraph", f"{here}/formula", self.inline.runs(child)))
            elif name == "container":
                self.container(child, here, out)
            elif name:
                BODY_READERS.get(name, BodyReader.generic)(self, child, here, out)

    def list(self, element: etree._Element, path: str, out: list[Block], level: int = 1) -> None:
        here = f"{path}/{local(element)}"
        for child in element:
            name = local(child)
            if name == "intro" and level == 1:
                out.append(Block("paragraph", path, self.inline.runs(child)))
            elif name == "intro":
                out.append(Block("point", f"{here}/intro", self.inline.runs(child), level=level))
            elif name == "point":
                self.point(child, here, out, level)
            elif name in ("sublist", "list"):
                self.list(child, here, out, level + 1)
            elif name == "wrapUp":
                out.append(Block("wrapUp", f"{here}/wrapUp", self.inline.runs(child), level=level))
            elif name in ("heading", "subheading"):
                out.append(Block("heading", f"{here}/{name}", self.inline.runs(child), level=4))

    def point(self, element: etree._Element, path: str, out: list[Block], level: int) -> None:
        here = f"{path}/point"
        text = first(element, "akn:content")  # a title point of S/RES/2556 has its text in an <intro>
        runs = self.inline.runs(text if text is not None else first(element, "akn:intro"))
        block = Block("point", here, runs, level=level)
        block.num = plain(first(element, "akn:num"))
        out.append(block)
        for child in element:
            if local(child) in ("list", "sublist"):
                nested: list[Block] = []
                self.list(child, here, nested, level + 1)
                if nested and nested[0].kind == "paragraph":  # a point's own intro
                    block.runs = block.runs or nested.pop(0).runs
                out.extend(nested)

    def loose_point(self, element: etree._Element, path: str, out: list[Block]) -> None:
        self.point(element, path, out, 1)

    def heading(self, element: etree._Element, path: str, out: list[Block]) -> None:
        out.append(Block("heading", f"{path}/{local(element)}", self.inline.runs(element), level=3))

    def cross_heading(self, element: etree._Element, path: str, out: list[Block]) -> None:
        """A ``crossHeading``: a heading, or (``refersTo="#preamble"``, in a section) a preambular paragraph."""
        if element.get("refersTo") != "#preamble":
            self.heading(element, path, out)
            return
        runs = self.inline.runs(element)
        name = runs[0].value.strip(" ,;:") if runs and runs[0].kind == "italic" else None
        out.append(Block("container", f"{path}/crossHeading", runs, name=name))

    def division(self, element: etree._Element, path: str, out: list[Block]) -> None:
        """``section``/``part``: its number and its heading lines, each a heading line as the canonical
        text writes a section's ("### I", "### Title"), then its content."""
        here = f"{path}/{local(element)}"
        num = plain(first(element, "akn:num"))
        if num:
            out.append(Block("heading", f"{here}/num", [Run("text", num)], level=3))
        for child in element:
            name = local(child)
            if name and name != "num":
                BODY_READERS.get(name, BodyReader.generic)(self, child, here, out)

    def container_in_body(self, element: etree._Element, path: str, out: list[Block]) -> None:
        """A ``container`` in a body holds a table (the UN's only use of it there) or other blocks."""
        table = first(element, "akn:table")
        if table is None:
            self.generic(element, path, out)
            return
        rows = [[self.inline.runs(cell) for cell in row if local(cell) in ("td", "th")] for row in table.iter(A + "tr")]
        out.append(Block("table", f"{path}/container/table", [], rows=rows))

    def generic(self, element: etree._Element, path: str, out: list[Block]) -> None:
        """An element this reader has no entry for: its text is kept as a plain paragraph."""
        name = local(element)
        if name in ("num",):
            return
        runs = self.inline.runs(element)
        if runs:
            out.append(Block("paragraph", f"{path}/{name}", runs))
            note = f"<{name}> read as plain text"
            if note not in self.text.notices:
                self.text.notices.append(note)

    def attachments(self, attachments: etree._Element | None) -> None:
        for attachment in attachments if attachments is not None else ():
            for doc in attachment:
                opened = len(self.text.attachments)
                self.body(first(doc, "akn:mainBody"), "attachment/mainBody", self.text.attachments)
                title_from_name(doc, self.text.attachments, opened)
                conclusions = first(doc, "akn:conclusions")  # ECOSOC 2021/20 has its meeting lines there
                if conclusions is not None:
                    self.text.conclusions.extend(conclusion_lines(conclusions))
                    self.text.conclusions_last = True


ANNEX_TITLE = re.compile(r"Annex(?:es)?\b")


def title_from_name(doc: etree._Element, blocks: list[Block], opened: int) -> None:
    """An annex whose text does not open with its title ("Annex"), where the ``doc``'s ``name`` gives
    it (S/RES/2564: the printed annex opens with "Annex", the XML names it only there): the title
    as its first heading line, as the annexes of every other file write it."""
    name = doc.get("name", "")
    opening = blocks[opened] if len(blocks) > opened else None
    if name.lower() != "annex" or opening is None:
        return
    if opening.kind == "heading" and ANNEX_TITLE.match(run_text(opening.runs).strip()):
        return
    blocks.insert(opened, Block("heading", "attachment/mainBody/paragraph", [Run("text", "Annex")], level=3))


def is_heading(paragraph: etree._Element, runs: list[Run]) -> bool:
    if paragraph.get("class") in HEADING_CLASSES:
        return True
    bold = [s for s in paragraph.iter(A + "span") if s.get("class") == "bold"]
    return bool(bold) and squash("".join("".join(s.itertext()) for s in bold)) == squash(run_text(runs))


BODY_READERS: dict[str, Callable[[BodyReader, etree._Element, str, list[Block]], None]] = {
    "paragraph": BodyReader.paragraph,
    "crossHeading": BodyReader.cross_heading,
    "subheading": BodyReader.heading,
    "heading": BodyReader.heading,
    "section": BodyReader.division,
    "part": BodyReader.division,
    "chapter": BodyReader.division,
    "article": BodyReader.division,
    "container": BodyReader.container_in_body,
    "point": BodyReader.loose_point,
}
"""Element of a main body → reader; an element not listed is kept as plain text (``generic``)."""

PARAGRAPH_PARTS: dict[str, Callable[[BodyReader, etree._Element, str, list[Block]], None]] = {
    "content": BodyReader.content,
    "list": BodyReader.list,
    "subheading": BodyReader.heading,
    "heading": BodyReader.heading,
    "point": BodyReader.loose_point,
    "alinea": BodyReader.generic,
}
"""Child of a ``<paragraph>`` → reader (``num`` is read by the paragraph itself)."""


# ---- the document ------------------------------------------------------------------------------
def document_part(root: etree._Element) -> etree._Element:
    for child in root:
        if local(child):
            return child
    raise AknError("the akomaNtoso element is empty")


def read_akn(root: etree._Element) -> AknText:
    """The structure of an ``akomaNtoso`` root (a ``statement``, or the first component of a collection)."""
    part = document_part(root)
    text = AknText()
    reader = InlineReader(text.notes)
    body = BodyReader(text, reader)
    read_cover(first(part, "akn:coverPage"), text, reader)
    read_preface(first(part, "akn:preface"), text, reader)
    if local(part) == "documentCollection":
        text.notices.append("a collection: its parts are read one after another")
        parts = [
            statement
            for statement in root.iter(A + "statement")
            if not any(local(ancestor) == "statement" for ancestor in statement.iterancestors())
        ]  # nested ones are read by their statement
        for index, statement in enumerate(parts):
            read_part_preface(first(statement, "akn:preface"), text, reader)
            read_statement(statement, text, body, last=index == len(parts) - 1)
    else:
        read_statement(part, text, body)
    return text


def read_part_preface(preface: etree._Element | None, text: AknText, reader: InlineReader) -> None:
    """A part's letter ("A") and title, each a heading line, as a resolution in parts prints them."""
    if preface is None:
        return
    letter = plain(first(preface, ".//akn:docNumber")).rstrip(".")
    if letter:
        text.blocks.append(Block("heading", "preface/docNumber", [Run("text", letter)], level=3))
    title = reader.runs(first(preface, ".//akn:docTitle"))
    if title:
        text.blocks.append(Block("heading", "preface/docTitle", title, level=3))


def read_statement(statement: etree._Element, text: AknText, body: BodyReader, last: bool = True) -> None:
    """One statement's body; the meeting lines of a part before the last stay after its body."""
    if local(statement) != "statement":
        text.notices.append(f"<{local(statement)}> read as a statement")
    body.preamble(first(statement, "akn:preamble"))
    body.body(first(statement, "akn:mainBody"), "mainBody", text.blocks)
    conclusions = first(statement, "akn:conclusions")
    if conclusions is not None and not last:
        text.blocks += [Block("meeting", "conclusions", [Run("text", line)]) for line in conclusion_lines(conclusions)]
    elif conclusions is not None:
        text.conclusions.extend(conclusion_lines(conclusions))
    body.attachments(first(statement, "akn:attachments"))
    for component in statement.iter(A + "component"):
        for nested in component:
            if local(nested) == "statement":
                text.notices.append("a nested draft or statement: its text follows the operative part")
                read_statement(nested, text, body)
