"""The AKN writers of the paragraphs: the authoring line (the enacting ``formula``), preambular
paragraphs (a ``container`` named by the opener, lettered items in a ``blockList``), operative
paragraphs (``paragraph``/``num``/``content``, sub-paragraphs as ``list``/``intro``/``point`` and
``sublist``, text after the list as the organ marks it) and the subject lines inside a list.

:mod:`.export` calls them through its ``BODY_WRITERS`` table and hands them itself, typed by the
:class:`~resolint.aknio.context.BodyContext` protocol (so this module does not import it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from resolint.aknio.akntext import A
from resolint.aknio.xmlbuild import element, source_pieces, squash, write_pieces
from resolint.docxio.runs import DROPPED_ARTEFACTS, Piece, paragraph_pieces, strip_leading_marker, text_pieces
from resolint.model import AnnexText, Closing, Operative, Paragraph, Preambular, Span, SubParagraph

if TYPE_CHECKING:
    from resolint.aknio.context import BodyContext

PREAMBLE_LABEL = re.compile(r"\((?:[a-z]{1,5}|\d{1,3})\)")


def write_authoring(exporter: BodyContext, authoring) -> None:
    formula = element(exporter.preamble_part(), "formula", name="enactingFormula", eId=exporter.new_id("formula"))
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


def body_pieces(
    exporter: BodyContext, paragraph: Paragraph, marker: Span | None = None, cut: Span | None = None
) -> list[Piece]:
    """The paragraph's pieces (without ``cut``); in a ``.res.md`` the italics are the author's, in pasted
    text the phrase is italicised."""
    if exporter.model.form != "res.md":
        return paragraph_pieces(paragraph, [marker, cut])
    dropped = [span for span in (marker, cut) if span is not None]
    dropped += [artefact.span for artefact in paragraph.artefacts if artefact.kind in DROPPED_ARTEFACTS]
    return strip_leading_marker(text_pieces(paragraph.text, (), dropped), paragraph)


def write_preambular(exporter: BodyContext, paragraph: Preambular) -> None:
    """A ``container`` named by its opener; a lettered one ("(a) To promote …") is an item of the one before."""
    pieces = body_pieces(exporter, paragraph)
    if PREAMBLE_LABEL.fullmatch(paragraph.label) and exporter.last_container is not None:
        write_block_item(exporter, exporter.last_container, paragraph.label, pieces)
        return
    container = element(
        exporter.preamble_part(), "container", name=opener_name(paragraph, pieces), eId=exporter.new_id("container")
    )
    exporter.last_container = container
    write_pieces(element(container, "p"), pieces, exporter.notes)
    for item in paragraph.children:  # a lead-in's items, children of the paragraph in the model (issue 13)
        write_block_item(exporter, container, label_text(item.label), body_pieces(exporter, item, item.label_span))


def write_block_item(exporter: BodyContext, container: etree._Element, label: str, pieces: list[Piece]) -> None:
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


def write_operative(exporter: BodyContext, paragraph: Operative) -> None:
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
    last, start = continuation(paragraph)
    lines = exporter.model.lines
    exporter.continued = (id(last), lines.span(start, last.text.span.end)) if last else None
    write_points(exporter, listed, paragraph.children, f"{eid}__list")
    if last:
        before = lines.span(last.span.start, start)
        write_pieces(
            continuation_holder(exporter, node, listed), body_pieces(exporter, last, None, before), exporter.notes
        )
    elif paragraph.wrap_up is not None:  # the model's node for text after the list (issue 13)
        holder = continuation_holder(exporter, node, listed)
        write_pieces(holder, text_pieces(paragraph.wrap_up, (), []), exporter.notes)
    exporter.continued = None


def continuation_holder(exporter: BodyContext, node: etree._Element, listed: etree._Element) -> etree._Element:
    """The ``p`` for text that continues a paragraph after its list, marked as the organ marks it:
    the list's ``wrapUp`` (Security Council, HRC) or an unnumbered ``paragraph`` after it (GA, ECOSOC)."""
    if exporter.facts.organ_info.get("continuation") == "paragraph":
        after = etree.Element(A + "paragraph", eId=exporter.new_id("para"))
        node.addnext(after)
        return element(element(after, "content", eId=f"{after.get('eId')}__content"), "p")
    return element(element(listed, "wrapUp", eId=f"{listed.get('eId')}__wrapUp"), "p")


CONTINUATION = re.compile(r"\n[ \t]*\n(?=\S)")
"""A blank line, then text flush left: what follows continues the paragraph, not its last point."""


def continuation(paragraph: Operative) -> tuple[SubParagraph | None, int]:
    """The last point whose text runs on into the parent paragraph's continuation, and where that begins.

    The model keeps such text ("…; (c) …;" then, flush left, "and stresses the importance …") in
    the last point; the UN marks it as the list's ``wrapUp``.
    """
    last = paragraph.children[-1]
    while last.children:
        last = last.children[-1]
    found = CONTINUATION.search(last.text.raw)
    return (last, last.text.span.start + found.end()) if found else (None, 0)


BRACKETED_LABEL = re.compile(r"\(?([0-9A-Za-z]{1,6})\)?")


def label_text(label: str) -> str:
    """A point's ``num`` as the UN writes it: "(a)" for "(a)", "a)" and "a"; "a.", "•", "–" as printed."""
    label = label.strip()
    bracketed = BRACKETED_LABEL.fullmatch(label)
    return f"({bracketed.group(1)})" if bracketed else label


def list_heading(exporter: BodyContext, parent: etree._Element, after: int, sub: SubParagraph) -> etree._Element:
    """A subject line between two points of a list ("Urgent temporary measures:"), or between a point
    and its first sub-point ("(ii) Support to stabilisation …" / "*Stabilisation*" / "(a) …"), as the
    UN marks it: an unnumbered point, the points after it (up to the next such line) in a sub-list of
    its own; in italics when the line is."""
    heading = exporter.model.heading_between(after, sub.span.start)
    if heading is None or heading.starts_section:
        return parent
    exporter.listed_headings.update(id(line) for line in heading.lines)
    holder = parent.getparent() if parent.get("eId") in exporter.subject_lists else parent
    text = " ".join(heading_text(line) for line in heading.lines)
    italic = all(line.italic and not line.level for line in heading.lines)
    point = element(holder, "point", eId=exporter.new_id("point"))
    write_pieces(
        element(element(point, "content"), "p"), source_pieces(f"*{text}*" if italic else text), exporter.notes
    )
    exporter.subject_lists.add(f"{point.get('eId')}__sublist")
    return element(holder, "sublist", eId=f"{point.get('eId')}__sublist")


def write_points(
    exporter: BodyContext,
    parent: etree._Element,
    points: tuple[SubParagraph, ...],
    prefix: str,
    owner: SubParagraph | None = None,
) -> None:
    """The points of a list (``owner``: the point whose sub-points they are, if any)."""
    for before, sub in zip((owner, *points), points, strict=False):
        if before is not None:
            parent = list_heading(exporter, parent, before.text.span.end if before is owner else before.span.end, sub)
        core = re.sub(r"[^0-9A-Za-z]", "", sub.label) or str(exporter.new_id("point"))
        eid = f"{prefix}__point_{core}"
        while eid in exporter.ids:
            eid += "_"
        exporter.ids[eid] = 1
        point = element(parent, "point", eId=eid)
        element(point, "num", label_text(sub.label))
        content = element(point, "content", eId=f"{eid}__content")
        cut = exporter.continued[1] if exporter.continued and exporter.continued[0] == id(sub) else None
        texts = indented_texts(exporter, sub, cut)
        first_cut = exporter.model.lines.span(texts[0].start, sub.text.span.end) if texts else cut
        write_pieces(element(content, "p"), body_pieces(exporter, sub, sub.label_span, first_cut), exporter.notes)
        parent_of_children = parent
        if texts:
            parent_of_children = element(parent, "sublist", eId=f"{eid}__sublist")
            for index, own in enumerate(texts, start=1):
                point_id = f"{eid}__sublist__point_{index}"
                text_content = element(element(parent_of_children, "point", eId=point_id), "content")
                rest = exporter.model.lines.span(own.end, sub.text.span.end) if own.end < sub.text.span.end else cut
                before = exporter.model.lines.span(sub.span.start, own.start)
                write_pieces(element(text_content, "p"), body_pieces(exporter, sub, before, rest), exporter.notes)
        if sub.children:
            nested = element(parent_of_children, "sublist", eId=f"{eid}__sublist" + ("__sublist" if texts else ""))
            write_points(exporter, nested, sub.children, nested.get("eId"), sub)


INDENTED_CONTINUATION = re.compile(r"\n[ \t]*\n[ \t]+(?=\S)")
"""A blank line, then indented text without a label: the text under a point that is a heading
("(f) *Humanitarian assistance*", then its mandate), which the UN marks as unnumbered points of a
sub-list (the point's own sub-points, if any, in a sub-list of that sub-list)."""


def indented_texts(exporter: BodyContext, sub: SubParagraph, cut: Span | None) -> list[Span]:
    """The unlabelled indented texts under a heading point, each up to the next (or ``cut``, or the point's end)."""
    base = sub.text.span.start
    limit = cut.start if cut is not None else sub.text.span.end
    found = [match for match in INDENTED_CONTINUATION.finditer(sub.text.raw) if base + match.end() < limit]
    if not found:
        return []
    ends = [base + match.start() for match in found[1:]] + [limit]
    return [exporter.model.lines.span(base + match.end(), end) for match, end in zip(found, ends, strict=True)]


def heading_text(item: Closing | AnnexText) -> str:
    """A heading's text with the source's no-break spaces (the model's text turns them into spaces)."""
    return squash(item.written or item.text if isinstance(item, Closing) else item.written)
