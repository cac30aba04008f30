"""Page 1 above the text: the masthead (first-page header) and the heading block (session, agenda item,
"Resolution adopted by …", "[on the report of …]", the sponsors of a draft, number and title).

Geometry from the UN's own files (``docs/docx.md``): the masthead is a table of two rows, exactly 864 and
2880 twips high. Row 1: "United Nations" at 14 pt in the title column beside the emblem's place, the
symbol on the right (its first letter at 20 pt). Row 2: the emblem (only when the user supplies one; its
place stays empty otherwise, so nothing moves), the organ at 20 pt bold, and Distr., date and Original.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Emu
from docx.text.paragraph import Paragraph

from resolint.docxio.errors import DocxError
from resolint.docxio.layout import Layout
from resolint.docxio.oxml import element, paragraph, run_properties, set_indent, table, table_cell, table_row, text_run
from resolint.model import Heading

EMBLEM_WIDTH = Emu(713232)  # the UN's emblem picture: 0.78 in wide


def masthead_cell(tr, width: int, p, span: int = 1, top: int | None = None, bottom: int = 4,
                  valign: str | None = None) -> None:
    borders = {"bottom": bottom} if top is None else {"top": top, "bottom": bottom}
    table_cell(tr, width, span, borders, valign).append(p)


def symbol_paragraph(symbol: str):
    p = paragraph(None, "right", after=80, line=240, lineRule="auto")
    lowered = (element("w:position", val=-4),)
    if symbol:
        p.append(text_run(symbol[:1], size=40, extra=lowered))
        p.append(text_run(symbol[1:], extra=lowered))
    return p


def distribution_cell(lines: list[str]) -> list:
    first = paragraph("Publication", before=240)
    out = [first]
    for index, line in enumerate(lines):
        p = first if index == 0 else paragraph("Publication")
        p.append(text_run(line))
        if index:
            out.append(p)
    return out


def write_masthead(story, layout: Layout, symbol: str, organ: str, info: list[str], emblem: str | None) -> None:
    """The first-page header: ``info`` holds the lines of the Distr. block (Distr., date, Original)."""
    story.is_linked_to_previous = False
    root = story._element
    cols = list(layout.masthead_columns)
    tbl = table(cols)
    row1 = table_row(tbl, 864)
    masthead_cell(row1, cols[0], paragraph("Header", after=120), valign="bottom")
    united = paragraph("HCh", after=80)
    united.append(text_run("United Nations", bold=False, extra=(element("w:spacing", val=2), element("w:w", val=96))))
    masthead_cell(row1, cols[1], united, valign="bottom")
    masthead_cell(row1, cols[2], paragraph("Header", after=120), valign="bottom")
    masthead_cell(row1, sum(cols[3:]), symbol_paragraph(symbol), span=len(cols) - 3, valign="bottom")
    row2 = table_row(tbl, 2880)
    row2.find(qn("w:trPr")).insert(0, element("w:gridAfter", val=1))
    emblem_p = paragraph("Header", "center", before=120)
    masthead_cell(row2, cols[0], emblem_p, top=4, bottom=12)
    organ_p = paragraph("XLarge", before=109)
    organ_p.append(text_run(organ))
    masthead_cell(row2, sum(cols[1:4]), organ_p, span=3, top=4, bottom=12)
    masthead_cell(row2, cols[4], paragraph("Header", before=109), top=4, bottom=12)
    info_paragraphs = distribution_cell(info)
    masthead_cell(row2, cols[5], info_paragraphs[0], top=4, bottom=12)
    cell = row2.findall(qn("w:tc"))[-1]
    for extra in info_paragraphs[1:]:
        cell.append(extra)
    root.insert(0, tbl)
    last = root.findall(qn("w:p"))[-1]
    last.get_or_add_pPr().style = "Header"
    last.get_or_add_pPr().append(run_properties(size=2))
    if emblem:
        add_emblem(Paragraph(emblem_p, story), emblem)


def add_emblem(target: Paragraph, path: str) -> None:
    try:
        target.add_run().add_picture(path, width=EMBLEM_WIDTH)
    except OSError as error:
        raise DocxError(f"{path}: cannot read the emblem ({error.strerror or error})") from None
    except Exception as error:  # python-docx's UnrecognizedImageError and the image parsers' errors
        raise DocxError(f"{path}: the emblem is not an image Word can hold (PNG, JPEG, GIF, BMP, TIFF)") from error


# -- heading block, in the body ----------------------------------------------------------------------

def spacer(rule: str = "atLeast"):
    """The UN's 6-pt spacing paragraph between the parts of the heading."""
    p = paragraph("SingleTxt", after=0, line=120, lineRule=rule)
    p.get_or_add_pPr().append(run_properties(size=10))
    return p


def heading_paragraph(style_id: str, text: str, bold: bool | None = None):
    p = paragraph(style_id)
    if text:
        p.append(text_run(text, bold=bold))
    return p


def narrowed(style_id: str, layout: Layout):
    """A heading paragraph whose right indent is the UN's 1260 twips (7 less than the text's)."""
    p = paragraph(style_id)
    set_indent(p, right=layout.body_indent - 7)
    return p


def adopted_line(text: str, layout: Layout):
    """ "Resolution adopted by the General Assembly on …": 14 pt bold, two tabs to the text column."""
    p = narrowed("TitleHCH", layout)
    p.append(text_run("\t\t" + text))
    return p


def report_line(pieces_runs: list, layout: Layout):
    """ "[on the report of the … Committee (A/…)]": italic (H4), brackets upright, at the text column."""
    p = narrowed("H4", layout)
    p.append(text_run("\t\t"))
    for run in pieces_runs:
        p.append(run)
    return p


def title_paragraph(number: str | None, text: str, layout: Layout):
    """Number and title: "\\t72/22.\\tTitle", the number right-aligned before the text column."""
    p = narrowed("H1", layout)
    if number:
        p.append(text_run(f"\t{number}\t"))
    if text:
        p.append(text_run(text))
    return p


DRAFTER_LABELS = {"organ": "Committee", "code": "Code", "sponsors": "Sponsors", "signatories": "Signatories"}
"""The items of a drafter's own heading (a Model UN draft's) that the Word file prints as labelled lines."""


def drafter_lines(heading: Heading) -> dict[str, str]:
    """A drafter's heading items as the Word file prints them, by item: "Committee: …", "Code: GA1/1.1",
    "Sponsors: France, Kenya", "Signatories: Brazil, India" (none for the UN's heading)."""
    if not heading.drafter:
        return {}
    values = {name: heading.get(name) for name in ("organ", "code", "signatories")}
    if heading.get("document-type") is None:  # (else the UN's sponsors line, "…: draft resolution", lists them)
        values["sponsors"] = ", ".join(sponsor.name for sponsor in heading.sponsors)
    return {name: f"{label}: {' '.join(values[name].split())}" for name, label in DRAFTER_LABELS.items() if values.get(name)}
