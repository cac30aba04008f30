"""Read the UN's AKN4UN XML of adopted resolutions and render it the two ways people meet it.

* :func:`render_pasted` — the plain text a person gets by copying the PDF: heading lines, italics
  lost, paragraph numbers kept, footnote markers as superscript digits, footnote texts at the end.
* :func:`render_resmd` — the canonical ``.res.md`` of docs/format.md: YAML front matter, ``*italic*``
  openers and verbs, ``[^n]`` footnotes with ``[^n]: text`` definitions, the meeting line last.

:func:`ground_truth` reads from the same XML what a parser must find (preambular openers,
operative numbers and verbs, sub-paragraph labels, footnote count), and
:func:`markup_inconsistencies` names the files whose markup contradicts itself, so a test can keep
them out of the exactness assertion with a stated reason instead of bending the parser to them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from xml.etree import ElementTree

from resolint import extentvotes
from resolint.extentvotes import vote_keys
from resolint.grammar.labels import roman_label

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_ROOT = REPO_ROOT.parent / "shared" / "corpus"
CORPUS_DIR = CORPUS_ROOT / "akn-hrc"
# The four AKN folders, one per organ (../shared/corpus/README.md).
FOLDERS = ("akn-hrc", "akn-ga", "akn-sc", "akn-ecosoc")
ORGAN_NAMES = {
    "akn-hrc": "Human Rights Council",
    "akn-ga": "General Assembly",
    "akn-sc": "Security Council",
    "akn-ecosoc": "Economic and Social Council",
}
# Elements that group paragraphs under a numbered or titled heading (AKN's hierarchy).
GROUPS = {"section", "part", "hcontainer", "chapter", "division", "subsection", "subpart", "title", "subtitle", "book"}

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Only ASCII layout whitespace is collapsed: no-break spaces and hyphens are the UN's and stay.
LAYOUT_SPACE = re.compile(r"[ \t\r\n]+")
# The UN classes headings with and without the final G ("H23G", "H23": "Table 1" in E/RES/2021/6, the
# italic "H4" headings of 76/181's annex).
HEADING_CLASSES = {"HChG", "H1G", "H23G", "H4G", "H56G", "HCh", "H1", "H23", "H4", "H56"}


@dataclass(frozen=True, slots=True)
class Inline:
    """One run of paragraph text: ``text``, ``italic`` or a footnote ``note`` (value = marker)."""

    kind: str
    value: str


@dataclass(slots=True)
class Point:
    label: str  # as printed without brackets: "a", "ii"
    runs: list[Inline]
    children: list[Point] = field(default_factory=list)


@dataclass(slots=True)
class Block:
    """A body block: ``preambular`` | ``operative`` | ``heading`` (a section number or title line) |
    ``authoring`` (a part's own "The General Assembly,") | ``closing`` (a part's meeting lines, in
    ``lines``) | ``draft`` (a nested draft, in ``draft``)."""

    kind: str
    runs: list[Inline]
    number: str | None = None  # "1." as printed
    points: list[Point] = field(default_factory=list)
    heading_level: int = 3
    lines: list[str] = field(default_factory=list)
    draft: Draft | None = None
    wrap_up: list[Inline] = field(default_factory=list)  # flush-left text after the items ("and further …")
    rows: list[list[list[Inline]]] = field(default_factory=list)  # a table's cells, row by row


class BodyParts:
    """The kinds of block of a body (a resolution's or a nested draft's), in document order."""

    __slots__ = ()
    body: list[Block]

    @property
    def preamble(self) -> list[Block]:
        return [b for b in self.body if b.kind == "preambular"]

    @property
    def operative(self) -> list[Block]:
        return [b for b in self.body if b.kind == "operative"]

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.body if b.kind == "heading"]

    @property
    def drafts(self) -> list[Draft]:
        return [b.draft for b in self.body if b.draft is not None]


@dataclass(slots=True)
class Draft(BodyParts):
    """A whole draft nested in an operative paragraph ("… the following draft resolution:")."""

    authoring: list[Inline]
    body: list[Block]
    annex: list[Block]


@dataclass(slots=True)
class Footnote:
    marker: str
    runs: list[Inline]


@dataclass(slots=True)
class Resolution(BodyParts):
    path: Path
    heading: dict[str, str]
    adoption_line: str
    number: str
    title: str
    authoring: list[Inline]
    body: list[Block]
    footnotes: list[Footnote]
    meeting: list[str]
    vote: list[str]
    annex: list[Block]

    @property
    def organ(self) -> str:
        return self.path.parent.name


# ---------------------------------------------------------------------------------------------
# Reading the XML


def local(element: ElementTree.Element) -> str:
    return element.tag.removeprefix(AKN)


def squash(text: str) -> str:
    return LAYOUT_SPACE.sub(" ", text).strip()


def plain_text(element: ElementTree.Element | None) -> str:
    return squash("".join(element.itertext())) if element is not None else ""


class InlineReader:
    """Turns mixed XML content into :class:`Inline` runs and collects footnotes in order."""

    def __init__(self) -> None:
        self.footnotes: list[Footnote] = []

    def runs(self, element: ElementTree.Element) -> list[Inline]:
        collected: list[Inline] = []
        self._walk(element, italic=False, out=collected)
        return normalise_runs(collected)

    def runs_of_all(self, container: ElementTree.Element) -> list[Inline]:
        """Runs of every ``<p>`` in ``container`` joined by a space (content is nearly always one ``<p>``)."""
        runs: list[Inline] = []
        for para in container.findall(AKN + "p"):
            if runs:
                runs.append(Inline("text", " "))
            runs.extend(self.runs(para))
        return normalise_runs(runs)

    def _walk(self, element: ElementTree.Element, italic: bool, out: list[Inline]) -> None:
        kind = "italic" if italic else "text"
        if element.text:
            out.append(Inline(kind, element.text))
        for child in element:
            name = local(child)
            if name == "authorialNote":
                marker = (child.get("marker") or str(len(self.footnotes) + 1)).strip()
                note_reader = InlineReader()
                note_runs: list[Inline] = []
                for para in child:
                    note_runs.extend(note_reader.runs(para))
                    note_runs.append(Inline("text", " "))
                self.footnotes.append(Footnote(marker, normalise_runs(note_runs)))
                out.append(Inline("note", marker))
            elif name == "eol":
                out.append(Inline(kind, "\n"))
            else:
                child_italic = italic or (name == "span" and child.get("class") == "italic")
                self._walk(child, child_italic, out)
            if child.tail:
                out.append(Inline(kind, child.tail))


def normalise_runs(runs: list[Inline]) -> list[Inline]:
    """Collapse layout whitespace, join italic runs split by markup, extend italics to word ends."""
    squashed = [Inline(r.kind, r.value if r.kind == "note" else LAYOUT_SPACE.sub(" ", r.value)) for r in runs]
    merged = merge_adjacent([roman_if_invisible(r) for r in squashed if r.value])
    merged = bridge_italics(merged)
    merged = extend_italics_to_word_end(merged)
    return strip_runs(merge_adjacent(merged))


def roman_if_invisible(run: Inline) -> Inline:
    """An italic comma or space cannot be seen in print; the UN's markup has a few (54/16)."""
    if run.kind == "italic" and not any(char.isalnum() for char in run.value):
        return Inline("text", run.value)
    return run


def merge_adjacent(runs: list[Inline]) -> list[Inline]:
    out: list[Inline] = []
    for run in runs:
        if out and run.kind == out[-1].kind and run.kind != "note":
            out[-1] = Inline(run.kind, out[-1].value + run.value)
        else:
            out.append(run)
    return out


def bridge_italics(runs: list[Inline]) -> list[Inline]:
    """``<i>Guided</i> <i>also</i>`` is one italic phrase: absorb whitespace between two italic runs."""
    out = list(runs)
    for i in range(1, len(out) - 1):
        if out[i].kind == "text" and not out[i].value.strip() and out[i - 1].kind == out[i + 1].kind == "italic":
            out[i] = Inline("italic", out[i].value)
    return merge_adjacent(out)


def extend_italics_to_word_end(runs: list[Inline]) -> list[Inline]:
    """``<i>Reiteratin</i>g`` is a markup slip inside one word; italics cover whole words."""
    out = list(runs)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1]
        if here.kind == "italic" and after.kind == "text" and here.value[-1:].isalpha():
            tail = re.match(r"[^\W\d_]+", after.value)
            if tail:
                out[i] = Inline("italic", here.value + tail.group())
                out[i + 1] = Inline("text", after.value[tail.end() :])
    return [r for r in out if r.value]


def strip_runs(runs: list[Inline]) -> list[Inline]:
    out = list(runs)
    while out and out[0].kind != "note" and not out[0].value.strip():
        out.pop(0)
    while out and out[-1].kind != "note" and not out[-1].value.strip():
        out.pop()
    if out and out[0].kind != "note":
        out[0] = Inline(out[0].kind, out[0].value.lstrip())
    if out and out[-1].kind != "note":
        out[-1] = Inline(out[-1].kind, out[-1].value.rstrip())
    return out


def leading_phrase(runs: list[Inline]) -> str | None:
    """The italic phrase that opens a paragraph (opener or verb), or None if it does not open with one."""
    if not runs or runs[0].kind != "italic":
        return None
    phrase = squash(runs[0].value).rstrip(",;:")
    return phrase.strip() or None


def label_of(num: ElementTree.Element | None) -> str:
    return plain_text(num).strip("()")


def read_points(list_element: ElementTree.Element, reader: InlineReader) -> list[Point]:
    """The points of a list, nested. A sub-list's ``intro`` and a point with only an ``intro`` (the
    italic titles of S/RES/2556's mandate, "*Stabilisation*") are unlabelled points: titles, the
    points after them their children."""
    points: list[Point] = []
    for child in list_element:
        name = local(child)
        if name == "intro" and local(list_element) == "sublist":
            points.append(Point("", reader.runs_of_all(child)))
        elif name == "point":
            content = child.find(AKN + "content")
            content = content if content is not None else child.find(AKN + "intro")
            runs = reader.runs_of_all(content) if content is not None else []
            point = Point(label_of(child.find(AKN + "num")), runs)
            nested = child.find(AKN + "list")
            if nested is not None:
                point.children = read_points(nested, reader)
            points.append(point)
        elif name in ("sublist", "list") and points:
            points[-1].children.extend(read_points(child, reader))
    return points


def is_heading(paragraph: ElementTree.Element, runs: list[Inline]) -> bool:
    if paragraph.find(AKN + "num") is not None:
        return False
    if paragraph.get("class") in HEADING_CLASSES:
        return True
    bold = [s for s in paragraph.iter(AKN + "span") if s.get("class") == "bold"]
    return bool(bold) and squash("".join("".join(s.itertext()) for s in bold)) == squash(
        "".join(r.value for r in runs if r.kind != "note")
    )


def heading_level(paragraph: ElementTree.Element) -> int:
    return 2 if paragraph.get("class") == "HChG" else 3


SECTION_NUMBER = re.compile(r"^(?:[IVXL]+|[A-Z])\.?$")


def is_subject_line(text: str, runs: list[Inline]) -> bool:
    """A short line without italics or closing punctuation between paragraphs: a subject heading."""
    return 0 < len(text) < 100 and not leading_phrase(runs) and text[-1] not in ".,;:" and text[0].isupper()


def continues_labels(last: str, label: str) -> bool:
    """``label`` is the roman numeral after ``last`` ("xix" → "xx")."""
    numerals = [roman_label(index) for index in range(99)]
    return last in numerals and label in numerals and numerals.index(label) == numerals.index(last) + 1


def read_block_list(element: ElementTree.Element, reader: InlineReader) -> tuple[list[Inline], list[Point]]:
    """A ``<blockList>``: its ``<listIntroduction>`` (the lead-in) and its ``<item>``s."""
    intro = element.find(AKN + "listIntroduction")
    points: list[Point] = []
    for item in element.findall(AKN + "item"):
        points.append(Point(label_of(item.find(AKN + "num")), reader.runs_of_all(item)))
    return (reader.runs(intro) if intro is not None else []), points


def wrap_up_of(element: ElementTree.Element, reader: InlineReader) -> list[Inline]:
    wrap_up = element.find(".//" + AKN + "wrapUp")
    return reader.runs_of_all(wrap_up) if wrap_up is not None else []


def table_rows(element: ElementTree.Element, reader: InlineReader) -> list[list[list[Inline]]]:
    """The cells of every row of the tables in ``element``, each as runs (italics and note marks kept)."""
    return [[reader.runs(cell) for cell in row if local(cell) in ("td", "th")] for row in element.iter(AKN + "tr")]


def read_paragraph(paragraph: ElementTree.Element, reader: InlineReader) -> Block:
    num = paragraph.find(AKN + "num")
    number = plain_text(num) or None
    subheading = next((c for c in paragraph if local(c) in ("subheading", "heading")), None)
    if subheading is not None and paragraph.find(AKN + "content") is None:  # SC: "(i) Exemptions …"
        runs = normalise_runs([Inline("text", f"{number} " if number else ""), *reader.runs(subheading)])
        return Block("heading", runs, heading_level=3)
    content = paragraph.find(AKN + "content")
    list_element = paragraph.find(AKN + "list")
    block_list = paragraph.find(".//" + AKN + "blockList")
    if list_element is not None:
        intro = list_element.find(AKN + "intro")
        runs = reader.runs_of_all(intro) if intro is not None else []
        points = read_points(list_element, reader)
    elif block_list is not None:
        runs, points = read_block_list(block_list, reader)
    else:
        runs = reader.runs_of_all(content) if content is not None else []
        points = []
    if is_heading(paragraph, runs):
        return Block("heading", runs, heading_level=heading_level(paragraph))
    return Block("operative", runs, number, points, wrap_up=wrap_up_of(paragraph, reader))


class BodyReader:
    """Reads a statement's preamble and main body in document order into blocks, whatever AKN
    shape the UN's markup gives them: ``<container>`` or ``<crossHeading>`` preambular paragraphs,
    ``<subheading>`` lines, ``<section>``/``<part>`` groups with a ``<num>``, paragraphs, drafts nested
    in ``<embeddedStructure>`` or in ``<components>``, and ``<attachment>`` annexes."""

    def __init__(self, reader: InlineReader) -> None:
        self.reader = reader
        self.in_annex = False  # annexes mark every heading (class or bold): no subject lines read from layout

    def blocks(self, element: ElementTree.Element, annex: list[Block]) -> list[Block]:
        out: list[Block] = []
        for child in element:
            self.block(child, out, annex)
        return out

    def block(self, child: ElementTree.Element, out: list[Block], annex: list[Block]) -> None:
        name = local(child)
        if name == "container" and child.find(".//" + AKN + "table") is not None:
            out.append(Block("table", [], rows=table_rows(child, self.reader)))
        elif name in ("container", "crossHeading"):
            block_list = child.find(AKN + "blockList")
            if block_list is not None:  # a lead-in with items in the preamble ("… contribution to:" (a) …)
                runs, points = read_block_list(block_list, self.reader)
                out.append(Block("preambular", runs, points=points, wrap_up=wrap_up_of(child, self.reader)))
            else:
                runs = self.reader.runs_of_all(child) if child.find(AKN + "p") is not None else self.reader.runs(child)
                out.append(Block("preambular", runs))
        elif name in ("subheading", "heading"):
            out.append(Block("heading", self.reader.runs(child), heading_level=2))
        elif name in GROUPS:
            num = child.find(AKN + "num")
            if num is not None and plain_text(num):
                out.append(Block("heading", [Inline("text", plain_text(num))], heading_level=2))
            for inner in child:
                if local(inner) != "num":
                    self.block(inner, out, annex)
        elif name == "paragraph":
            self.paragraph(child, out, annex)
            self.regroup(out)
        elif name == "formula":
            out.append(Block("authoring", self.reader.runs_of_all(child)))
        elif name == "attachments":
            for attachment in child.iter(AKN + "attachment"):
                annex.extend(self.annex_blocks(attachment))

    def paragraph(self, paragraph: ElementTree.Element, out: list[Block], annex: list[Block]) -> None:
        nested = paragraph.find(".//" + AKN + "embeddedStructure")
        if nested is None:
            out.append(read_paragraph(paragraph, self.reader))
            return
        intro = paragraph.find(".//" + AKN + "embeddedStructure/..")
        runs: list[Inline] = []
        if intro is not None:
            cut = ElementTree.Element(intro.tag)
            cut.text = intro.text
            for child in intro:
                if local(child) == "embeddedStructure":
                    break
                cut.append(child)
            runs = self.reader.runs(cut)
        num = paragraph.find(AKN + "num")
        out.append(Block("operative", runs, plain_text(num) or None))
        out.append(Block("draft", [], draft=self.draft(nested)))

    def regroup(self, out: list[Block]) -> None:
        """Read the last paragraph for what its layout makes it: a numbered heading ("A. Title"), an
        item "(a) …" of the lead-in before it, text continuing the paragraph before ("and …"), or,
        outside annexes, a subject line (in an annex the UN marks every heading as one: S/RES/2564's
        name line "Sultan Saleh Aida Aida Zabin" is plain text)."""
        block = out[-1]
        if block.kind != "operative":
            return
        text = squash(pasted_runs(block.runs))
        before = next((b for b in reversed(out[:-1]) if b.kind != "continuation"), None)
        number = (block.number or "").strip()
        if number and SECTION_NUMBER.match(number) and not leading_phrase(block.runs) and len(text) < 200:
            out[-1] = Block("heading", [Inline("text", f"{number} {text}".strip())], heading_level=2)
        elif number.startswith("(") and before is not None and before.kind == "operative":
            out.pop()
            label = number.strip("()")
            items = before.points[-1].children if before.points else []
            if items and continues_labels(items[-1].label, label):  # "(xx)" after the "(xix)" of (a)'s list
                items.append(Point(label, block.runs, block.points))
            elif text:
                before.points.append(Point(label, block.runs, block.points))
        elif not number and text[:1].islower() and before is not None and before.kind == "operative":
            block.kind = "continuation"
        elif (
            not number
            and not self.in_annex
            and is_subject_line(text, block.runs)
            and (not out[:-1] or any(b.kind == "operative" for b in out[:-1]))
        ):
            out[-1] = Block("heading", block.runs, heading_level=3)

    def draft(self, element: ElementTree.Element) -> Draft:
        annex: list[Block] = []
        body: list[Block] = []
        for child in element:
            if local(child) in ("preamble", "mainBody"):
                body += self.blocks(child, annex)
            elif local(child) == "attachments":
                self.block(child, body, annex)
            elif local(child) == "container" and child.get("name") == "formula":
                body.append(Block("authoring", self.reader.runs_of_all(child)))
            else:
                self.block(child, body, annex)
        authoring = next((b.runs for b in body if b.kind == "authoring"), [])
        body = [b for b in body if b.kind != "authoring"]
        return Draft(authoring, body, annex)

    def annex_blocks(self, attachment: ElementTree.Element) -> list[Block]:
        """The annex's text, under its "Annex" title: the printed annex opens with one, and the XML
        of an ``<attachment>`` names it in its ``doc``'s ``name`` where its text does not (S/RES/2564)."""
        blocks: list[Block] = []
        self.in_annex = True
        for body in attachment.iter(AKN + "mainBody"):
            for child in body:
                self.block(child, blocks, [])
        self.in_annex = False
        for block in blocks:
            if block.kind == "operative" and not block.number and leading_phrase(block.runs):
                block.kind = "preambular"
        doc = attachment.find(AKN + "doc")
        name = doc.get("name", "") if doc is not None else ""
        first = squash(pasted_runs(blocks[0].runs)) if blocks else ""
        if name.lower() == "annex" and not first.lower().startswith("annex"):
            blocks.insert(0, Block("heading", [Inline("text", "Annex")]))
        return blocks


def read_cover(statement: ElementTree.Element) -> tuple[dict[str, str], str]:
    cover = statement.find(AKN + "coverPage")
    heading: dict[str, str] = {}
    if cover is None:
        return heading, ""

    def find(xpath: str) -> ElementTree.Element | None:
        return cover.find(".//" + xpath)

    heading["symbol"] = plain_text(find(f"{AKN}docNumber"))
    heading["distribution"] = plain_text(find(f"{AKN}docStatus")).removeprefix("Distr.:").strip()
    heading["date"] = plain_text(find(f"{AKN}docDate"))
    heading["original"] = plain_text(find(f"{AKN}inline[@name='originalLanguage']")).removeprefix("Original:").strip()
    heading["organ"] = plain_text(find(f"{AKN}docAuthority[@refersTo='#subsidiaryBody']"))
    heading["session"] = plain_text(find(f"{AKN}session"))
    event = find(f"{AKN}event")
    if event is not None:
        dates = [plain_text(d) for d in event.iter(AKN + "date")]
        heading["session-dates"] = "–".join(dates) if dates else plain_text(event)
    agenda = find(f"{AKN}inline[@name='agenda item']")
    heading["agenda-item"] = (
        (agenda.get("title") or plain_text(agenda).removeprefix("Agenda item").strip()) if (agenda is not None) else ""
    )
    heading["agenda-title"] = plain_text(find(f"{AKN}inline[@name='agenda item name']"))
    adoption_line = plain_text(find(f"{AKN}docTitle"))
    return {k: v for k, v in heading.items() if v}, adoption_line


def read_conclusions(statement: ElementTree.Element) -> tuple[list[str], list[str]]:
    conclusions = statement.find(AKN + "conclusions")
    if conclusions is None:
        return [], []
    meeting: list[str] = []
    event = conclusions.find(".//" + AKN + "event")
    if event is not None:
        meeting = [squash(line) for line in flatten_lines(event) if squash(line)]
    vote_element = conclusions.find(".//" + AKN + "vote")
    vote = [squash(line) for line in flatten_lines(vote_element) if squash(line)] if vote_element is not None else []
    return meeting, vote


def flatten_lines(element: ElementTree.Element) -> list[str]:
    """Text of ``element`` split at ``<eol/>`` and before each nested ``<outcome>`` (a vote group)."""
    lines = [""]

    def walk(node: ElementTree.Element) -> None:
        if node.text:
            lines[-1] += node.text
        for child in node:
            name = local(child)
            if name == "eol" or (name == "outcome" and node is not element):
                lines.append("")
            if name != "eol":
                walk(child)
            if child.tail:
                lines[-1] += child.tail

    walk(element)
    return lines


def read_statement(
    statement: ElementTree.Element, reader: InlineReader
) -> tuple[list[Inline], list[Block], list[Block]]:
    """Authoring formula, body blocks and annex blocks of one ``<statement>``."""
    body_reader = BodyReader(reader)
    annex: list[Block] = []
    body: list[Block] = []
    for part in ("preamble", "mainBody"):
        element = statement.find(AKN + part)
        if element is not None:
            body += body_reader.blocks(element, annex)
    for component in statement.findall(f"{AKN}components/{AKN}component"):
        for nested in component:
            body.append(Block("draft", [], draft=body_reader.draft(nested)))
    attachments = statement.find(AKN + "attachments")
    if attachments is not None:
        body_reader.block(attachments, body, annex)
    authoring = body[0].runs if body and body[0].kind == "authoring" else []
    return authoring, body[1:] if authoring else body, annex


def read_preface(statement: ElementTree.Element) -> tuple[str, str]:
    preface = statement.find(AKN + "preface")
    if preface is None:
        return "", ""
    number = plain_text(preface.find(".//" + AKN + "docNumber")).rstrip(".")
    return number, plain_text(preface.find(".//" + AKN + "docTitle"))


def read_parts(root: ElementTree.Element, reader: InlineReader) -> tuple[list[Inline], list[Block], list[Block]]:
    """A resolution in parts (``<documentCollection>``): each part's letter and title, its own
    authoring line, body and meeting lines, one after the other."""
    body: list[Block] = []
    annex: list[Block] = []
    for statement in root.iter(AKN + "statement"):
        letter, title = read_preface(statement)
        body += [Block("heading", [Inline("text", letter)], heading_level=2)] if letter else []
        body += [Block("heading", [Inline("text", title)], heading_level=2)] if title else []
        authoring, part_body, part_annex = read_statement(statement, reader)
        body += [Block("authoring", authoring), *part_body]
        meeting, vote = read_conclusions(statement)
        body.append(Block("closing", [], lines=meeting))
        body += [Block("vote", [], lines=vote)] if vote else []
        annex += part_annex
    return [], body, annex


AUTHORS = {"sc": "The Security Council,", "ga": "The General Assembly,", "ecosoc": "The Economic and Social Council,"}


def authoring_of_author(statement: ElementTree.Element) -> list[Inline]:
    """The formula a printed resolution opens with, from the work's author, where the XML leaves it out
    of the text (S/RES/2573 (2021) opens with its preamble)."""
    author = statement.find(f".//{AKN}FRBRWork/{AKN}FRBRauthor")
    formula = AUTHORS.get((author.get("href") or "").lstrip("#")) if author is not None else None
    return [Inline("italic", formula[:-1]), Inline("text", ",")] if formula else []


@cache
def load(path: Path) -> Resolution:
    root = ElementTree.parse(path).getroot()
    statement = root[0]
    reader = InlineReader()
    if local(statement) == "documentCollection":
        heading, adoption_line = read_cover(statement)
        number, title = read_preface(statement)
        authoring, body, annex = read_parts(root, reader)
        meeting: list[str] = []
        vote: list[str] = []
    else:
        heading, adoption_line = read_cover(statement)
        number, title = read_preface(statement)
        authoring, body, annex = read_statement(statement, reader)
        meeting, vote = read_conclusions(statement)
        if not authoring and any(b.kind == "preambular" for b in body):
            authoring = authoring_of_author(statement)
    return Resolution(
        path=path,
        heading=heading,
        adoption_line=adoption_line,
        number=number,
        title=title,
        authoring=authoring,
        body=body,
        footnotes=reader.footnotes,
        meeting=meeting,
        vote=vote,
        annex=annex,
    )


def corpus_files(folder: str = "akn-hrc") -> list[Path]:
    return sorted((CORPUS_ROOT / folder).glob("*.xml"), key=resolution_sort_key)


def all_corpus_files() -> list[Path]:
    return [path for folder in FOLDERS for path in corpus_files(folder)]


def resolution_sort_key(path: Path) -> tuple[int, ...]:
    return tuple(int(number) for number in re.findall(r"\d+", path.name)[:3])


# ---------------------------------------------------------------------------------------------
# Rendering


def superscript(marker: str) -> str:
    return marker.translate(SUPERSCRIPT_DIGITS) if marker.isdigit() else f"^{{{marker}}}"


def pasted_runs(runs: list[Inline]) -> str:
    return "".join(superscript(r.value) if r.kind == "note" else r.value for r in runs)


def markdown_runs(runs: list[Inline]) -> str:
    parts: list[str] = []
    for run in runs:
        if run.kind == "note":
            parts.append(f"[^{run.value}]")
        elif run.kind == "italic" and run.value.strip():
            core = run.value.strip()
            lead = run.value[: len(run.value) - len(run.value.lstrip())]
            trail = run.value[len(run.value.rstrip()) :]
            parts.append(f"{lead}*{core}*{trail}")
        else:
            parts.append(run.value)
    return "".join(parts)


def printed_label(label: str) -> str:
    """A label as the UN prints it: "(a)", "(ii)"; "a." and bullets ("•", "–") as they are."""
    return f"({label})" if label.isalnum() else label


def point_lines(points: list[Point], render, indent_step: str, depth: int = 1) -> list[str]:
    lines: list[str] = []
    for point in points:
        lines.append(f"{indent_step * depth}{printed_label(point.label)} {render(point.runs)}")
        lines.extend(point_lines(point.children, render, indent_step, depth + 1))
    return lines


def block_lines(block: Block, render, indent_step: str, markdown: bool) -> list[str]:
    text = render(block.runs)
    if block.kind == "heading":
        return [f"{'#' * block.heading_level} {text}" if markdown else text]
    if block.kind == "authoring":
        return [text]
    if block.kind == "closing":
        return meeting_lines(block.lines, markdown)
    if block.kind == "continuation":
        return [text]
    if block.kind == "vote":
        return list(block.lines)
    if block.kind == "table":
        return [table_text(block.rows, render, markdown)]
    if block.draft is not None:
        draft = block.draft
        lines = [render(draft.authoring)] if draft.authoring else []
        for inner in [*draft.body, *draft.annex]:
            lines += block_lines(inner, render, indent_step, markdown)
        return lines
    first = f"{block.number} {text}".strip() if block.number else text
    wrap_up = [render(block.wrap_up)] if block.wrap_up else []
    return [first, *point_lines(block.points, render, indent_step), *wrap_up]


TABLE_COMMENT = "<!-- Word table:"  # docs/format.md: a table is a comment block, one row a line


def table_text(rows: list[list[list[Inline]]], render, markdown: bool) -> str:
    """A table in .res.md as docs/format.md writes it (a comment block, one row a line, cells between
    bars, empty rows kept); pasted, the rows that have text, their cells run together."""
    if not markdown:
        lines = [" ".join(render(cell) for cell in row) for row in rows]
        return "\n".join(line for line in lines if line.strip())
    lines = ["| " + " | ".join(render(cell) for cell in row) + " |" for row in rows]
    return "\n".join([TABLE_COMMENT, *lines, "-->"])


def meeting_lines(lines: list[str], markdown: bool) -> list[str]:
    """The meeting line and date, italic in .res.md."""
    meeting = list(lines)
    if meeting and markdown:
        meeting[0], meeting[-1] = "*" + meeting[0], meeting[-1] + "*"
    return meeting


PAGE_CHARS = 3500  # about one page of a UN resolution in characters
MIN_PIECE = 200  # a page break splits a paragraph only if both pieces are at least this long
SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


class PageFlow:
    """Lays pasted lines out on pages of about ``page_chars`` characters, as a PDF copy shows them.

    At each page end come a few empty lines and the texts of the footnotes referenced on that
    page; a paragraph that crosses the page end is cut in two at a space (seed 000 has both).
    Without ``page_chars`` every footnote text waits for :meth:`rest`.
    """

    def __init__(self, page_chars: int | None, notes: list[Footnote]) -> None:
        self.page_chars = page_chars
        self.notes = {note.marker: note for note in notes}
        self.fill = 0
        self.page_text: list[str] = []

    def place(self, line: str, blank_after: bool = True) -> list[str]:
        gap = [""] if blank_after else []
        if not self.page_chars:
            return [line, *gap]
        out: list[str] = []
        room = self.page_chars - self.fill
        if room >= MIN_PIECE and len(line) - room >= MIN_PIECE:
            cut = line.rfind(" ", 0, room)
            if cut >= MIN_PIECE // 2:
                out += [line[:cut], *self.page_break(line[:cut])]
                line = line[cut + 1 :]
        self.fill += len(line)
        self.page_text.append(line)
        out += [line, *gap]
        if self.fill >= self.page_chars:
            out += self.page_break("")
        return out

    def page_break(self, last_piece: str) -> list[str]:
        referenced = SUPERSCRIPT_RUN.findall(" ".join([*self.page_text, last_piece]))
        markers = [m.translate(FROM_SUPERSCRIPT) for m in referenced]
        out = ["", "", ""]
        out += [self.note_line(self.notes.pop(m)) for m in markers if m in self.notes]
        self.fill, self.page_text = 0, []
        return [*out, ""]

    def rest(self) -> list[str]:
        return [self.note_line(note) for note in self.notes.values()]

    @staticmethod
    def note_line(note: Footnote) -> str:
        return f"{superscript(note.marker)} {pasted_runs(note.runs)}"


def pasted_heading(resolution: Resolution) -> list[str]:
    head = resolution.heading
    lines = [f"United Nations  {head.get('symbol', '')}".rstrip(), ""]
    lines += [f"Distr.: {head.get('distribution', '')} {head.get('date', '')}".rstrip(), ""]
    if head.get("original"):
        lines += [f"Original: {head['original']}", ""]
    lines += [value for value in (head.get("organ"), head.get("session"), head.get("session-dates")) if value]
    if head.get("agenda-item"):
        lines.append(f"Agenda item {head['agenda-item']}")
    if head.get("agenda-title"):
        lines.append(head["agenda-title"])
    lines.append("")
    if resolution.adoption_line:
        lines += [resolution.adoption_line, ""]
    return [*lines, f"{resolution.number}. {resolution.title}".strip(), ""]


def render_pasted(resolution: Resolution, page_chars: int | None = None, bullets: bool = False) -> str:
    """The text a person pastes from the PDF: no italics, superscript footnote markers.

    Footnote texts come at the end, or with ``page_chars`` where each page ends (see :class:`PageFlow`).
    With ``bullets`` the operative part comes out as some PDF readers copy it (seed 000): a list
    bullet before each number and label (``- 1.``, ``- (a)``), list items on consecutive lines.
    """
    flow = PageFlow(page_chars, resolution.footnotes)
    lines = [*pasted_heading(resolution), pasted_runs(resolution.authoring), ""]
    in_list = False
    for block in resolution.body:
        listed = bullets and block.kind == "operative"
        if in_list and not listed:
            lines.append("")
        for line in block_lines(block, pasted_runs, "", markdown=False):
            lines += flow.place(f"- {line}" if listed else line, blank_after=not listed)
        in_list = listed
    lines += ["", *resolution.meeting, ""] if in_list else [*resolution.meeting, ""]
    if resolution.vote:
        lines += [*resolution.vote, ""]
    for block in resolution.annex:
        for line in block_lines(block, pasted_runs, "", markdown=False):
            lines += [line, ""]
    lines += flow.rest()
    return "\n".join(lines).rstrip("\n") + "\n"


def render_pasted_pages(resolution: Resolution) -> str:
    """Pasted text with page ends: footnote texts in the body, paragraphs cut across pages."""
    return render_pasted(resolution, PAGE_CHARS)


def render_pasted_lists(resolution: Resolution) -> str:
    """Pasted text with page ends and list bullets before operative numbers and labels."""
    return render_pasted(resolution, PAGE_CHARS, bullets=True)


FRONT_MATTER_KEYS = (
    "symbol",
    "distribution",
    "date",
    "original",
    "organ",
    "session",
    "session-dates",
    "agenda-item",
    "agenda-title",
)


def render_resmd(resolution: Resolution) -> str:
    """The canonical ``.res.md`` (docs/format.md): front matter, italic openers/verbs, ``[^n]`` notes."""
    head = resolution.heading
    lines = ["---"]
    lines += [f"{key}: {head[key]}" for key in FRONT_MATTER_KEYS if head.get(key)]
    lines += [
        "document-type: resolution",
        f"number: {resolution.number}",
        f"title: {resolution.title}",
        "---",
        "",
    ]
    lines += [markdown_runs(resolution.authoring), ""]
    for block in resolution.body:
        for line in block_lines(block, markdown_runs, "   ", markdown=True):
            lines += [line, ""]
    if resolution.meeting:
        meeting = list(resolution.meeting)
        meeting[0], meeting[-1] = "*" + meeting[0], meeting[-1] + "*"
        lines += [*meeting, ""]
    if resolution.vote:
        lines += [*resolution.vote, ""]
    for block in resolution.annex:
        for line in block_lines(block, markdown_runs, "   ", markdown=True):
            lines += [line, ""]
    for note in resolution.footnotes:
        lines += [f"[^{note.marker}]: {markdown_runs(note.runs)}"]
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# Ground truth and self-contradicting markup


@dataclass(frozen=True, slots=True)
class LabelTree:
    label: str
    children: tuple[LabelTree, ...] = ()

    def show(self) -> str:
        inner = " ".join(child.show() for child in self.children)
        return f"{self.label}[{inner}]" if self.children else self.label


@dataclass(frozen=True, slots=True)
class OperativeTruth:
    number: str | None  # without the full stop: "1"
    verb: str | None
    labels: tuple[LabelTree, ...]


@dataclass(frozen=True, slots=True)
class Truth:
    openers: tuple[str | None, ...]
    operative: tuple[OperativeTruth, ...]
    footnotes: int
    headings: tuple[str, ...] = ()  # every heading line of the body: section numbers, titles, part letters
    drafts: tuple[Truth, ...] = ()  # nested drafts, each with its own preamble and operative part
    annex: bool = False  # the document carries annexed text


def label_trees(points: list[Point]) -> tuple[LabelTree, ...]:
    """The labels, nested. A point without a label (``<point>`` with no ``<num>``, the Council's
    "(b) *Title*" followed by flush paragraphs of text) labels nothing: it is text of the item
    above it, and the items it holds are that item's."""
    trees: list[LabelTree] = []
    for point in points:
        if point.label:
            trees.append(LabelTree(point.label, label_trees(point.children)))
        else:
            trees.extend(label_trees(point.children))
    return tuple(trees)


def operative_truth(blocks: list[Block]) -> tuple[OperativeTruth, ...]:
    return tuple(
        OperativeTruth(b.number.rstrip(".") if b.number else None, leading_phrase(b.runs), label_trees(b.points))
        for b in blocks
    )


def list_subject_lines(points: list[Point]) -> list[str]:
    """Points without a label whose text is a short title ("Urgent temporary measures:", "Rule of law:"
    between the items of S/RES/2552 32 (e); in italics, S/RES/2556's "*Stabilisation*" and
    "*Disarmament, demobilisation, reintegration (DDR)*"): subject lines inside a list, in document order."""
    found: list[str] = []
    for point in points:
        text = squash(pasted_runs(point.runs))
        italic = all(run.kind == "italic" for run in point.runs)
        short = 0 < len(text) < 80 and text[0].isupper() and ";" not in text and ("," not in text or italic)
        if not point.label and short and text[-1] not in ".!?" and (italic or not leading_phrase(point.runs)):
            found.append(text)
        found += list_subject_lines(point.children)
    return found


def heading_lines(body: list[Block]) -> tuple[str, ...]:
    """Every heading line of a body in document order, subject lines inside lists included."""
    found: list[str] = []
    for block in body:
        if block.kind == "heading":
            found.append(squash(pasted_runs(block.runs).replace("\xa0", " ")))
        elif block.kind == "operative":
            found += list_subject_lines(block.points)
    return tuple(found)


def draft_truth(draft: Draft) -> Truth:
    return Truth(
        openers=tuple(leading_phrase(b.runs) for b in draft.preamble),
        operative=operative_truth(draft.operative),
        footnotes=0,
        headings=heading_lines(draft.body),
        annex=bool(draft.annex),
    )


def ground_truth(resolution: Resolution) -> Truth:
    return Truth(
        openers=tuple(leading_phrase(b.runs) for b in resolution.preamble),
        operative=operative_truth(resolution.operative),
        footnotes=len(resolution.footnotes),
        headings=heading_lines(resolution.body),
        drafts=tuple(draft_truth(draft) for draft in resolution.drafts),
        annex=bool(resolution.annex),
    )


def looks_preambular(phrase: str) -> bool:
    """Preambular openers are participles or adjectives ("Remaining convinced"); verbs are finite."""
    words = [w for w in phrase.split() if not w.lower().endswith("ly")]
    return bool(words) and words[0].lower().endswith(("ing", "ed"))


def operative_groups(body: list[Block]) -> list[list[Block]]:
    """The operative paragraphs between two headings (a section, a part, a subject line)."""
    groups: list[list[Block]] = [[]]
    for block in body:
        if block.kind in ("heading", "authoring") and groups[-1]:
            groups.append([])
        elif block.kind == "operative":
            groups[-1].append(block)
    return [group for group in groups if group]


def numbering_runs(numbers: list[str], restarts: list[bool]) -> bool:
    """Numbers run 1..n through the document, or restart at 1 where a section begins (both occur)."""
    previous = 0
    for number, restart in zip(numbers, restarts, strict=True):
        value = int(number) if number.isdigit() else -1
        if value != previous + 1 and not (restart and value == 1):
            return False
        previous = value
    return True


def markup_inconsistencies(resolution: Resolution) -> list[str]:
    """Reasons the markup of this file contradicts itself (empty when it is consistent)."""
    reasons = body_inconsistencies(resolution.body, "")
    for index, draft in enumerate(resolution.drafts, start=1):
        reasons += body_inconsistencies(draft.body, f"draft {index}: ")
    if not resolution.operative and not resolution.drafts:
        reasons.append("no operative paragraph is marked up")
    markers = [int(note.marker) for note in resolution.footnotes if note.marker.isdigit()]
    gaps = [f"{a}→{b}" for a, b in pairwise(markers) if b != a + 1]
    if gaps:
        reasons.append(f"footnote markers skip numbers: {', '.join(gaps)}")
    return reasons


def body_inconsistencies(body: list[Block], where_prefix: str) -> list[str]:
    reasons: list[str] = []
    numbers: list[str] = []
    restarts: list[bool] = []
    for group in operative_groups(body):
        numbered = [b for b in group if b.number]
        for index, block in enumerate(group, start=1):
            where = f"{where_prefix}operative block {index} ({block.number or 'no number'})"
            text = squash(pasted_runs(block.runs))
            if not text and not block.points:
                reasons.append(f"{where} is empty")
                continue
            if numbered and not block.number:
                reasons.append(f"{where} has no <num> among numbered paragraphs: {text[:50]!r}")
            phrase = leading_phrase(block.runs)
            if phrase is None:
                reasons.append(f"{where} does not open with an italic verb: {text[:50]!r}")
            elif looks_preambular(phrase) and not block.number:
                reasons.append(f"{where} is a preambular paragraph marked up as operative: {phrase!r}")
        numbers += [b.number.rstrip(".") for b in numbered if b.number]
        restarts += [i == 0 for i in range(len(numbered))]
    if numbers and not numbering_runs(numbers, restarts):
        reasons.append(f"{where_prefix}operative numbers run {' '.join(numbers)}")
    preamble = [b for b in body if b.kind == "preambular"]
    for index, block in enumerate(preamble, start=1):
        phrase = leading_phrase(block.runs)
        if phrase is None:
            reasons.append(f"{where_prefix}preambular block {index} does not open with an italic phrase")
        elif squash(pasted_runs(block.runs)).endswith(":") and not block.points:
            reasons.append(f"{where_prefix}preambular block {index} introduces items that are not marked up")
        elif not looks_preambular(phrase) and re.match(r"\d+\.", squash(pasted_runs(block.runs))):
            reasons.append(f"{where_prefix}preambular block {index} is a numbered operative paragraph: {phrase!r}")
    return reasons


def inconsistent_files(folder: str = "akn-hrc") -> dict[str, list[str]]:
    """File name -> reasons, for every corpus file whose markup contradicts itself."""
    return {path.name: reasons for path in corpus_files(folder) if (reasons := markup_inconsistencies(load(path)))}


def consistent_files(folder: str = "akn-hrc") -> list[Path]:
    excluded = inconsistent_files(folder)
    return [path for path in corpus_files(folder) if path.name not in excluded]


# ---------------------------------------------------------------------------------------------
# Italics cut short: the one ground-truth field pasted text cannot recover


def opening_words(block: Block, count: int) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W\d_]+", pasted_runs(block.runs))[:count])


@cache
def phrase_usage(folder: str = "akn-hrc") -> tuple[Counter[str], Counter[str]]:
    """How often each phrase is italicised in full, and how often it is the cut-short prefix seen,
    in the resolutions of one organ (each organ's editors have their own habits)."""
    in_full: Counter[str] = Counter()
    cut_short: Counter[str] = Counter()
    for path in corpus_files(folder):
        for block in load(path).body:
            phrase = leading_phrase(block.runs) if block.kind != "heading" else None
            if not phrase:
                continue
            in_full[phrase] += 1
            words = opening_words(block, len(phrase.split()) + 4)
            for size in range(len(phrase.split()) + 1, len(words) + 1):
                cut_short[" ".join(words[:size])] += 1
    return in_full, cut_short


PHRASE_TOKEN_RE = re.compile(r"[^\W\d_][\w’'-]*|[,;:]")
WORDS_LOOKED_AT = 12


def phrase_blocks(body: list[Block]) -> list[tuple[str, Block]]:
    """The preambular and operative blocks of a body and of the drafts nested in it, with their kind."""
    found: list[tuple[str, Block]] = []
    for block in body:
        if block.kind in ("preambular", "operative"):
            found.append(("preamble" if block.kind == "preambular" else "operative", block))
        if block.draft is not None:
            found.extend(phrase_blocks(block.draft.body))
    return found


def italic_extent(block: Block) -> tuple[tuple[str, ...], int] | None:
    """The opening words of a paragraph (lower case, commas as words) and how many of them the UN italicised."""
    phrase = leading_phrase(block.runs)
    if not phrase:
        return None
    words = tuple(word.lower() for word in PHRASE_TOKEN_RE.findall(pasted_runs(block.runs))[:WORDS_LOOKED_AT])
    return words, len(PHRASE_TOKEN_RE.findall(phrase))


Votes = tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]


def body_votes(body: list[Block]) -> Votes:
    """Where one body's italics stop, word by word: for the words ``w1 … wm`` and the word after them,
    how many of its paragraphs (and those of the drafts nested in it) stop the italics after ``wm`` and
    how many carry them on."""
    stops: Counter[tuple[str, ...]] = Counter()
    goes_on: Counter[tuple[str, ...]] = Counter()
    for _, block in phrase_blocks(body):
        extent = italic_extent(block)
        if extent is None:
            continue
        words, size = extent
        for length in range(1, size):
            goes_on.update(vote_keys(words, length))
        stops.update(vote_keys(words, size))
    return stops, goes_on


@cache
def extent_votes(folder: str) -> Votes:
    """The votes of every text of one organ (:func:`body_votes`)."""
    stops: Counter[tuple[str, ...]] = Counter()
    goes_on: Counter[tuple[str, ...]] = Counter()
    for path in corpus_files(folder):
        text_stops, text_goes_on = body_votes(load(path).body)
        stops.update(text_stops)
        goes_on.update(text_goes_on)
    return stops, goes_on


@cache
def genre_votes() -> Votes:
    """The votes of every text of every organ."""
    stops: Counter[tuple[str, ...]] = Counter()
    goes_on: Counter[tuple[str, ...]] = Counter()
    for folder in FOLDERS:
        folder_stops, folder_goes_on = extent_votes(folder)
        stops.update(folder_stops)
        goes_on.update(folder_goes_on)
    return stops, goes_on


def extent_disputed(words: tuple[str, ...], size: int, folder: str, own: Votes | None = None) -> str | None:
    """Why text without italics cannot know that the italics stop after ``size`` of ``words``, or None.

    The italics are read word by word, as a reader of pasted text would: after each word, do they
    go on? The organ's other texts vote, among the paragraphs that open with the same words and the
    word after them (after a determiner, and the word it announces, where they have opened so); a text does not vote on itself (``own``, its votes, are taken out: a reader of it
    knows the organ's habit, not this text's italics). Where the organ's other texts never open so, the
    other organs' texts vote (the genre's habit). Where this paragraph's choice is not a clear majority
    at a step (the UN italicises the same words both ways, or more often the other way), its extent is
    unknowable; where no other text opens with the words, nothing disputes it.
    """
    own_stops, own_goes_on = own or (Counter(), Counter())
    for length in range(1, size + 1):
        stop, go_on, voters, key = first_votes(words, length, folder, own_stops, own_goes_on)
        if stop + go_on == 0:
            continue
        ours, theirs = (go_on, stop) if length < size else (stop, go_on)
        if theirs >= ours:
            shown = " ".join(key)
            verb = "carry the italics past" if length < size else "stop them after"
            return f"{ours} other text(s) of {voters} {verb} {' '.join(key[:length])!r} in {shown!r}, {theirs} do not"
    return None


def first_votes(
    words: tuple[str, ...], length: int, folder: str, own_stops: Counter, own_goes_on: Counter
) -> tuple[int, int, str, tuple[str, ...]]:
    """(stops, goes-on, voters, key) of the first voters and key with votes on going on after ``length``
    words: the organ's texts, then every organ's; "reaffirming its | commitment", then "reaffirming its"."""
    keys = vote_keys(words, length)
    for voters, votes in ((folder, extent_votes(folder)), ("the four organs", genre_votes())):
        for key in keys:
            stop, go_on = without_own(votes, key, own_stops, own_goes_on)
            if stop + go_on:
                return stop, go_on, voters, key
    return 0, 0, folder, keys[-1]


def without_own(votes: Votes, key: tuple[str, ...], own_stops: Counter, own_goes_on: Counter) -> tuple[int, int]:
    """The stops and the goes-on of ``key`` in ``votes``, the text's own taken out."""
    stops, goes_on = votes
    return stops[key] - own_stops[key], goes_on[key] - own_goes_on[key]


def italics_unknowable(resolution: Resolution) -> dict[tuple[str, int], str]:
    """Openers and verbs whose extent only the italics can show; keys ``("preamble", i)`` /
    ``("operative", i)`` (0-based) of the resolution, ``("draft N preamble", i)`` of its drafts.

    ``*Expressing* concern`` beside ``*Expressing concern*``, ``*Calls* for`` beside ``*Calls for*``:
    the organ's editors italicise the same words both ways, or this text against their habit
    (:func:`extent_disputed`). Only the pasted forms skip them; ``.res.md`` compares every phrase.
    """
    found: dict[tuple[str, int], str] = {}
    own = body_votes(resolution.body)
    bodies = [("", resolution.body), *((f"draft {n} ", d.body) for n, d in enumerate(resolution.drafts, start=1))]
    for prefix, body in bodies:
        counters = {"preamble": 0, "operative": 0}
        for block in body:
            if block.kind not in ("preambular", "operative"):
                continue
            kind = "preamble" if block.kind == "preambular" else "operative"
            index, counters[kind] = counters[kind], counters[kind] + 1
            extent = italic_extent(block)
            reason = extent_disputed(*extent, resolution.organ, own) if extent else None
            if reason:
                found[(prefix + kind, index)] = reason
    return found


@contextmanager
def unseen(resolution: Resolution) -> Iterator[None]:
    """Parse a corpus text as a reader who has not seen it: the parser reads the italics of pasted text
    by the votes of the corpus's texts (``resolint/extentvotes.py``); this text's own are taken out."""
    with extentvotes.excluding(ORGAN_NAMES[resolution.organ], *body_votes(resolution.body)):
        yield


def parse_unseen(resolution: Resolution, text: str, name: str):
    """``resolint.parse`` of a rendering of a corpus text, read as by a reader who has not seen it (:func:`unseen`)."""
    import resolint

    with unseen(resolution):
        return resolint.parse(text, name)
