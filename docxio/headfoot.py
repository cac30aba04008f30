"""Running headers and footers, the first-page footer, and the two sections of a UN file.

As in the UN's files (``docs/docx.md``): page 2 on carries a header table over a thin rule, the symbol
at the outer corner and the short title at the inner one, both bold 8.5 pt; the footer carries the page
("2/6" in New York, "2" in Geneva) at the outer corner and the job number at the inner one. Page 1's
footer carries the job number with "(E)" and the date code, then the barcode line (its font is not
shipped: the line keeps its place). The body is a continuous second section whose smaller bottom margin
applies from page 2 on; the first section holds only the page-1 settings.
"""

from __future__ import annotations

import copy

from docx.oxml.ns import qn
from docx.shared import Twips

from resolint.docxio.layout import Layout
from resolint.docxio.oxml import (
    element,
    paragraph,
    run_properties,
    simple_field,
    table,
    table_cell,
    table_row,
    text_run,
)

BARCODE_FONT = "Barcode 3 of 9 by request"  # the UN's; not shipped, so the line falls back to another font


def story_element(story):
    """The ``w:hdr``/``w:ftr`` of a python-docx header or footer, emptied of its paragraphs but the last."""
    story.is_linked_to_previous = False
    root = story._element
    for p in root.findall(qn("w:p"))[:-1]:
        root.remove(p)
    return root


def header_cell(tr, width: int, text: str, align: str | None = None) -> None:
    p = paragraph("Header", align, after=80)
    if text:
        p.append(text_run(text, bold=True))
    table_cell(tr, width, valign="bottom").append(p)


def write_running_header(story, layout: Layout, symbol: str, short_title: str, even: bool) -> None:
    root = story_element(story)
    narrow, wide = layout.running_columns
    widths = [narrow, wide] if even else [wide, narrow]
    tbl = table(widths)
    borders = element("w:tblBorders")
    borders.append(element("w:bottom", val="single", sz=2, space=0, color="000000"))
    tbl.tblPr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    tr = table_row(tbl, 864)
    if even:
        header_cell(tr, narrow, symbol)
        header_cell(tr, wide, short_title, "right")
    else:
        header_cell(tr, wide, short_title)
        header_cell(tr, narrow, symbol, "right")
    root.insert(0, tbl)


def page_number(layout: Layout, align: str | None):
    width = (element("w:w", val=layout.char_width),)
    p = paragraph("Footer", align)
    p.append(simple_field("PAGE", "1", extra=width))
    if layout.page_number_format == "page/total":
        p.append(text_run("/", extra=width))
        p.append(simple_field("NUMPAGES", "1", extra=width))
    return p


def job_line(layout: Layout, job_number: str | None, align: str | None):
    p = paragraph("Footer", align)
    if job_number:
        p.append(text_run(job_number, bold=False, size=14, extra=(element("w:w", val=layout.char_width),)))
    return p


def write_page_footer(story, layout: Layout, job_number: str | None, even: bool) -> None:
    root = story_element(story)
    half, other = layout.footer_columns
    tbl = table([half, other], margins_zero=False)
    tr = table_row(tbl)
    cells = ([page_number(layout, None), job_line(layout, job_number, "right")] if even
             else [job_line(layout, job_number, None), page_number(layout, "right")])
    for width, p in zip((half, other), cells, strict=True):
        table_cell(tr, width).append(p)
    root.insert(0, tbl)


def write_first_footer(story, layout: Layout, job_number: str | None, date_code: str | None) -> None:
    """Page 1: "17-21689 (E)    131217", the barcode line under it, the place of the recycling mark."""
    root = story_element(story)
    left, right = layout.first_footer_columns
    tbl = table([left, right], margins_zero=False)
    tr = table_row(tbl)
    cell = table_cell(tr, left)
    release = paragraph("Publication")
    if job_number:
        release.append(text_run(f"{job_number}{layout.job_suffix}    " + (f"{date_code}    " if date_code else "")))
    cell.append(release)
    barcode = paragraph("Footer", before=80, line=210, lineRule="exact")
    if job_number:
        code = "*" + "".join(ch for ch in job_number if ch.isdigit()) + "*"
        font = element("w:rFonts", ascii=BARCODE_FONT, hAnsi=BARCODE_FONT)
        barcode.append(text_run(code, size=24, extra=(font,)))
    cell.append(barcode)
    table_cell(tr, right).append(paragraph("Footer", "right"))
    root.insert(0, tbl)


def split_first_page(word, layout: Layout) -> None:
    """The UN's two sections: page-1 settings in a tiny first paragraph, the body continuous after it."""
    body = word.element.body
    body_section = body.find(qn("w:sectPr"))
    first = paragraph(None, line=240, lineRule="auto")
    ppr = first.get_or_add_pPr()
    ppr.append(run_properties(size=2))
    ppr.append(copy.deepcopy(body_section))
    body.insert(0, first)
    for tag in ("w:headerReference", "w:footerReference", "w:titlePg"):
        for child in body_section.findall(qn(tag)):
            body_section.remove(child)
    kind = element("w:type", val="continuous")
    body_section.insert_element_before(kind, "w:pgSz", "w:pgMar", "w:cols", "w:titlePg", "w:docGrid")
    body_section.find(qn("w:pgMar")).set(qn("w:bottom"), str(Twips(layout.margin_bottom_later).twips))
