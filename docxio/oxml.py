"""Small WordprocessingML builders on python-docx's oxml layer: runs, fields, borders, tables, links."""

from __future__ import annotations

import re

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement

from resolint.docxio.runs import SPACES

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
PPR_AFTER_BORDERS = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr")


def xml_safe(text: str) -> str:
    """Drop what XML 1.0 cannot hold (a form feed from a pasted PDF page break, stray control codes)."""
    return NOT_IN_XML.sub("", text)


def squash(text: str) -> str:
    """Collapse spaces and line breaks, keeping no-break spaces."""
    return SPACES.sub(" ", text).strip(" ")


def element(tag: str, **attributes: str | int) -> OxmlElement:
    made = OxmlElement(tag)
    for name, value in attributes.items():
        made.set(qn(f"w:{name}"), str(value))
    return made


def text_element(text: str):
    t = OxmlElement("w:t")
    t.text = xml_safe(text)
    if text != text.strip():
        t.set(qn("xml:space"), "preserve")
    return t


def run_properties(italic: bool = False, bold: bool | None = None, size: int | None = None,
                   style: str | None = None, superscript: bool = False, extra: tuple = ()) -> OxmlElement | None:
    """``w:rPr`` in schema order, or None when nothing is set; ``extra`` holds ready-made children."""
    children = []
    if style:
        children.append(element("w:rStyle", val=style))
    if bold is not None:
        children.append(element("w:b") if bold else element("w:b", val=0))
    if italic:
        children.append(element("w:i"))
    children.extend(extra)
    if size:
        children.append(element("w:sz", val=size))
    if superscript:
        children.append(element("w:vertAlign", val="superscript"))
    if not children:
        return None
    rpr = OxmlElement("w:rPr")
    for child in children:
        rpr.append(child)
    return rpr


def text_run(text: str, italic: bool = False, bold: bool | None = None, size: int | None = None,
             superscript: bool = False, extra: tuple = ()):
    """A run of text; tabs become ``w:tab``, line feeds ``w:br`` and U+2011 ``w:noBreakHyphen`` (as in
    the UN's files: Word and LibreOffice draw it with the font's own hyphen, which not every font has
    at U+2011)."""
    run = OxmlElement("w:r")
    rpr = run_properties(italic, bold, size, superscript=superscript, extra=extra)
    if rpr is not None:
        run.append(rpr)
    for line_index, line in enumerate(text.split("\n")):
        if line_index:
            run.append(OxmlElement("w:br"))
        for index, part in enumerate(line.split("\t")):
            if index:
                run.append(OxmlElement("w:tab"))
            for piece_index, piece in enumerate(part.split("\u2011")):
                if piece_index:
                    run.append(OxmlElement("w:noBreakHyphen"))
                if piece:
                    run.append(text_element(piece))
    return run


def styled_run(style_id: str, content) -> OxmlElement:
    run = OxmlElement("w:r")
    run.append(run_properties(style=style_id))
    run.append(content)
    return run


def footnote_reference(note_id: int, custom_mark: str | None):
    """A footnote mark in the text: Word's number, or a custom mark (``*``) that follows the reference."""
    run = OxmlElement("w:r")
    run.append(run_properties(style="FootnoteReference"))
    ref = OxmlElement("w:footnoteReference")
    if custom_mark is not None:
        ref.set(qn("w:customMarkFollows"), "1")
    ref.set(qn("w:id"), str(note_id))
    run.append(ref)
    if custom_mark is not None:
        run.append(text_element(custom_mark))
    return run


def simple_field(instruction: str, placeholder: str, **run_format):
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    field.append(text_run(placeholder, **run_format))
    return field


def hyperlink(relationship_id: str, run) -> OxmlElement:
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship_id)
    link.set(qn("w:history"), "1")
    link.append(run)
    return link


def paragraph(style_id: str | None = None, align: str | None = None, **spacing: int | str) -> OxmlElement:
    """A ``w:p`` with its style, ``w:spacing`` (before, after, line, lineRule) and justification, built
    directly (python-docx's property setters cost a millisecond a paragraph in a 1 MB document)."""
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    p.append(ppr)
    if style_id:
        ppr.append(element("w:pStyle", val=style_id))
    if spacing:
        ppr.append(element("w:spacing", **spacing))
    if align:
        ppr.append(element("w:jc", val=align))
    return p


def set_indent(p, **indent: int) -> None:
    ind = element("w:ind", **indent)
    p.get_or_add_pPr().insert_element_before(ind, "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
                                             "w:jc", "w:textDirection", "w:textAlignment", "w:outlineLvl",
                                             "w:rPr", "w:sectPr")


def set_tabs(p, right: int | None, lefts: list[int]) -> None:
    """Tab stops of a paragraph: one right-aligned (a number before the text column), then left ones."""
    tabs = OxmlElement("w:tabs")
    if right:
        tabs.append(element("w:tab", val="right", pos=right))
    for stop in lefts:
        tabs.append(element("w:tab", val="left", pos=stop))
    p.get_or_add_pPr().insert_element_before(tabs, "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                                              "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                                              "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                                              "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                                              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                                              "w:rPr", "w:sectPr", "w:pPrChange")


def set_line_rule(owner, line: int, rule: str) -> None:
    spacing = owner.get_or_add_pPr().get_or_add_spacing()
    spacing.set(qn("w:line"), str(line))
    spacing.set(qn("w:lineRule"), rule)


def paragraph_border(p, side: str, size: int, space: int = 1) -> None:
    borders = parse_xml(f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" w:space="{space}" '
                        'w:color="auto"/></w:pBdr>')
    p.get_or_add_pPr().insert_element_before(borders, *PPR_AFTER_BORDERS)


def table(widths: list[int], total: int | None = None, margins_zero: bool = True) -> OxmlElement:
    """A fixed-layout table without borders, its grid in twips."""
    cell_margins = ('<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
                    "</w:tblCellMar>") if margins_zero else ""
    xml = (f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{total or sum(widths)}" w:type="dxa"/>'
           f'<w:tblLayout w:type="fixed"/>{cell_margins}<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{width}"/>' for width in widths) + "</w:tblGrid></w:tbl>")
    return parse_xml(xml)


def table_row(tbl, height: int | None = None, rule: str = "exact") -> OxmlElement:
    tr = OxmlElement("w:tr")
    if height:
        tr_pr = OxmlElement("w:trPr")
        tr_pr.append(element("w:trHeight", val=height, hRule=rule))
        tr.append(tr_pr)
    tbl.append(tr)
    return tr


def table_cell(tr, width: int, span: int = 1, borders: dict[str, int] | None = None,
               valign: str | None = None) -> OxmlElement:
    """A cell of ``width`` twips spanning ``span`` grid columns; ``borders`` maps a side to its size."""
    tc = OxmlElement("w:tc")
    tc_pr = OxmlElement("w:tcPr")
    tc_pr.append(element("w:tcW", w=width, type="dxa"))
    if span > 1:
        tc_pr.append(element("w:gridSpan", val=span))
    if borders:
        edges = OxmlElement("w:tcBorders")
        for side in ("top", "left", "bottom", "right"):
            if side in borders:
                edges.append(element(f"w:{side}", val="single", sz=borders[side], space=0, color="auto"))
        tc_pr.append(edges)
    if valign:
        tc_pr.append(element("w:vAlign", val=valign))
    tc.append(tc_pr)
    tr.append(tc)
    return tc


def set_table_bottom_border(tbl, size: int) -> None:
    borders = parse_xml(f'<w:tblBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="0" '
                        'w:color="000000"/></w:tblBorders>')
    tbl.tblPr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
