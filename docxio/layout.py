"""Page layouts of UN resolutions, in Word units (twips = 1/20 pt; font sizes in half-points).

LETTER (New York) is calibrated on the 107 UN Word files of ``shared/corpus/docx-ga72``
(``benchmarks/calibrate_docx_layout.py``): every figure below was the value of all or nearly all
of them. A4 (Geneva) keeps the estimates of ``docs/style-sources.md`` section 7, as no Geneva Word file was
available to measure.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    name: str
    page_width: int
    page_height: int
    margin_top: int
    margin_bottom: int
    margin_left: int
    margin_right: int
    header_distance: int
    footer_distance: int
    body_indent: int  # extra indent of the text block on both sides
    first_line: int  # first-line indent of PPs, OPs and the organ line
    tab_step: int  # distance between the tab stops after the first line
    body_size: int  # half-points
    body_line: int  # line pitch in twips
    body_line_rule: str  # "exact" | "atLeast"
    body_after: int
    footnote_size: int
    footnote_line: int
    header_size: int
    title_size: int
    page_number_format: str  # "page" or "page/total"
    sub_label_levels_in: int  # how many tab steps a level-1 sub-paragraph label sits beyond the first line
    margin_bottom_later: int  # pages 2 on: the body is a continuous section with a smaller bottom margin
    char_spacing: int  # Normal style: extra space between characters, twentieths of a point
    char_width: int  # Normal style: character width in per cent
    masthead_columns: tuple[int, ...]  # first-page header grid: emblem, "United Nations", gap, organ, gap, Distr.
    running_columns: tuple[int, int]  # running header: symbol cell, short-title cell
    footer_columns: tuple[int, int]  # page 2+ footer: two halves
    first_footer_columns: tuple[int, int]  # page 1 footer: job number and barcode, recycling mark
    job_suffix: str  # after the job number on page 1: "17-21689 (E)" (New York), "GE.25-04567(E)" (Geneva)
    measured_tabs: tuple[int, ...] = ()  # the tab stops as read, when they were

    def tab_stops(self) -> list[int]:
        if self.measured_tabs:
            return list(self.measured_tabs)
        start = self.body_indent + self.first_line
        return [self.body_indent, *[start + self.tab_step * k for k in range(12)]]


LETTER = Layout(
    name="letter",
    page_width=12240,  # 8.5 in  [107/107 files]
    page_height=15840,  # 11 in  [107/107]
    margin_top=1440,  # 1 in  [107/107]
    margin_bottom=1728,  # 1.2 in  [106/107]
    margin_left=1200,  # 0.833 in  [107/107]
    margin_right=1200,  # [107/107]
    header_distance=432,  # 0.3 in  [107/107]
    footer_distance=504,  # 0.35 in  [107/107]
    body_indent=1267,  # SingleTxt left and right indent, 0.88 in  [107/107]
    first_line=475,  # the leading tab: first stop of SingleTxt after its indent (1742 - 1267)
    tab_step=476,  # SingleTxt stops 1742, 2218, 2693, 3182 ... (steps of 475-489)
    body_size=20,  # Times New Roman 10 pt  [107/107]
    body_line=240,  # 12 pt at least  [107/107]
    body_line_rule="atLeast",
    body_after=120,  # 6 pt  [107/107]
    footnote_size=17,  # 8.5 pt  [107/107]
    footnote_line=210,  # 10.5 pt exactly  [107/107]
    header_size=17,  # 8.5 pt bold  [107/107]
    title_size=24,  # H1: 12 pt bold  [107/107]
    page_number_format="page/total",  # footer "5/6" (PAGE/NUMPAGES fields)
    sub_label_levels_in=0,  # "\t(a)\t": the label sits where the OP number sits [215/215 sub-paragraphs]
    margin_bottom_later=1152,  # the body's continuous section: 0.8 in  [107/107]
    char_spacing=4,  # Normal: <w:spacing w:val="4"/> = +0.2 pt  [107/107]
    char_width=103,  # Normal: <w:w w:val="103"/>  [107/107]; and <w:kern w:val="14"/>
    masthead_columns=(1267, 1872, 245, 3110, 245, 3096, 15),  # first-page header grid [83/107]; rows 864, 2880 [107/107]
    running_columns=(3600, 6264),  # even header (odd: reversed), row exactly 864  [97/107]
    footer_columns=(5028, 5028),  # footers of pages 2 on
    first_footer_columns=(3801, 5028),  # first-page footer
    job_suffix=" (E)",
    measured_tabs=(1267, 1742, 2218, 2693, 3182, 3658, 4133, 4622, 5098, 5573, 6048),  # SingleTxt, the most common set
)

CM = 567  # twips per centimetre

A4 = Layout(
    name="a4",
    page_width=11906,  # 210 mm
    page_height=16838,  # 297 mm
    margin_top=3 * CM,
    margin_bottom=4 * CM,
    margin_left=2 * CM,
    margin_right=2 * CM,
    header_distance=int(1.3 * CM),
    footer_distance=int(1.5 * CM),
    body_indent=2 * CM,
    first_line=CM,
    tab_step=CM,
    body_size=20,  # 10 pt
    body_line=240,  # exactly 12 pt
    body_line_rule="exact",
    body_after=120,
    footnote_size=18,  # 9 pt
    footnote_line=220,
    header_size=18,
    title_size=24,
    page_number_format="page",
    sub_label_levels_in=1,  # docs/style-sources.md section 7: labels one step further in
    margin_bottom_later=4 * CM,  # estimate: no Geneva Word file to measure
    char_spacing=4,  # the UN template's Normal style, assumed the same in Geneva
    char_width=103,
    masthead_columns=(2 * CM, 1872, 245, 2878, 245, 3209, 55),  # New York's grid fitted to 9638 twips (estimate)
    running_columns=(3600, 6038),
    footer_columns=(4819, 4819),
    first_footer_columns=(3801, 4819),
    job_suffix="(E)",  # docs/style-sources.md section 7: "GE.25-04567(E)"
)

LAYOUTS = {"a4": A4, "letter": LETTER}


def layout_for(paper: str) -> Layout:
    from resolint.docxio.errors import DocxError

    try:
        return LAYOUTS[paper.strip().lower()]
    except KeyError:
        raise DocxError(f"unknown paper {paper!r} (use a4 or letter)") from None
