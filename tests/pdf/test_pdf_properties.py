"""No text lost, no furniture kept: random page layouts of corpus resolutions (hypothesis).

A printed copy of an AKN resolution of any organ (Human Rights Council, General Assembly, Security
Council, Economic and Social Council: each with its masthead, running header and job numbers, its
headings, parts, annexes, nested drafts and tables) with random page lengths, line widths,
furniture variants, note forms and markers parses to a model that holds every word of the
resolution (each as often as the resolution has it) and none of the page furniture (the UN's footnote
separator and the rule under the text's last line included), with or without the indentation and columns of
``pdftotext -layout``.
"""

from __future__ import annotations

import pytest
from akn import FOLDERS, consistent_files, load
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pages import Layout, render_printed
from sweep import SWEEP_LAYOUTS, losses, model_texts

from resolint.grammar.parser import parse_document

FILES = [path for folder in FOLDERS for path in consistent_files(folder)]

layouts = st.builds(
    Layout,
    width=st.integers(min_value=60, max_value=110),
    page_lines=st.integers(min_value=18, max_value=60),
    own_line_numbers=st.booleans(),
    glued_markers=st.booleans(),
    note_form=st.sampled_from(["label-line", "inline"]),
    header=st.sampled_from(["symbol", "symbol-title", "title-symbol", "two-lines"]),
    footer=st.sampled_from(["job-page", "page-of", "page-job", "page"]),
    form_feeds=st.booleans(),
    blank_lines=st.booleans(),
    hyphenate=st.booleans(),
    separator=st.booleans(),
    indented=st.booleans(),
    justified=st.booleans(),
    job=st.from_regex(r"\A[12][0-9]-[0-9]{5}\Z"),
)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(min_value=0, max_value=len(FILES) - 1), layout=layouts)
def test_every_word_kept_and_no_furniture(index, layout):
    missing, kept = losses(FILES[index], layout)
    assert not missing, f"{FILES[index].name} {layout}: words lost {dict(list(missing.items())[:10])}"
    assert not kept, f"{FILES[index].name} {layout}: furniture in the model {kept[:5]}"


def test_a_run_in_list_wrapped_at_a_label_stays_one_paragraph():
    """Found by the property test: "… namely: (a) physical abuse;" then a printed line opening with "(b) …" is the
    same sentence wrapped, not a new item (A/HRC/RES/54/13, 75 characters a line)."""
    path = next(path for path in FILES if path.name == "A_HRC_RES_54_13E.xml")
    layout = Layout(width=75, page_lines=18, own_line_numbers=False, glued_markers=False, note_form="label-line",
                    header="symbol", footer="job-page", form_feeds=False, blank_lines=False, hyphenate=False,
                    job="10-00000")
    document = parse_document(render_printed(load(path), layout).text, path.name)
    noting = next(p for p in document.preamble if "five forms of abuse" in p.text.plain)
    assert "namely: (a) physical abuse; (b) psychological or emotional abuse; (c)" in noting.text.plain
    assert not noting.children


# The files and layouts where the sweep (tests/pdf/sweep.py, every file in every layout) found words lost; each
# now keeps every word and no furniture.
SWEPT = [
    ("A_RES_76_258-2204927E.xml", "printed"),  # a note whose marker reads as a reference; a line that opens pages
    ("A_RES_76_222-2119287E.xml", "printed"),  # a marker inside a word of the XML
    ("S_RES_2541 (2020)-2011324E.xml", "narrow"),  # a page number read as a note label
    ("A_RES_76_91-2118694E.xml", "printed"),  # a marker after a year and a comma ("for 2021, 1")
    ("E_RES_2021_26-2110325E.xml", "wide"),  # a line that opens with "HIV/AIDS"
    # a heading that fills its line cut by a page break ("… from 1 July 2022 to 30 June" / furniture / "2023")
    ("A_RES_76_277-2210333E.xml", "narrow"),
    ("A_RES_76_286-2210345E.xml", "narrow"),
    ("A_RES_76_287-2210346E.xml", "narrow"),
    ("S_RES_2552 (2020)-2015117E.xml", "narrow"),
    ("E_RES_2022_17-2211666E.xml", "narrow"),
    ("A_RES_76_128-2118796E.xml", "narrow"),  # a page number under notes labelled on their text's line
    ("A_RES_76_296-2211524E.xml", "narrow"),  # an annex titled as the resolution, under the running title
    # "The General Assembly" with no comma over "1. Authorizes …" (no preamble, the number on its text's line)
    ("A_RES_76_248-2119715E.xml", "printed-raw"),
    ("A_RES_76_248-2119715E.xml", "narrow"),
    ("A_RES_76_113-2118669E.xml", "narrow"),  # "Guideline 3" (a heading's number) over the page number "3"
    # a running title beside the symbol of a resolution in parts ("Questions relating to information A/RES/76/84 A-B")
    ("A_RES_76_84 A-B-2118640E.xml", "printed-blank"),
    ("A_RES_76_235B_E.xml", "printed-blank"),
    ("A_RES_76_244B_E.xml", "printed-blank"),
    ("A_RES_76_246B_E.xml", "printed-blank"),
    ("E_RES_2021_2 B-2110300E.xml", "printed-blank"),
    ("A_RES_76_84 A-B-2118640E.xml", "wide"),
    ("A_RES_76_246B_E.xml", "wide"),
    ("E_RES_2021_2 B-2110300E.xml", "wide"),
    ("A_RES_76_193-2119293E.xml", "wide"),  # a list run in after "and", "(a)" nine printed lines above "(b)"
]


@pytest.mark.parametrize(("name", "layout"), SWEPT)
def test_the_swept_files_keep_every_word(name, layout):
    path = next(path for path in FILES if path.name == name)
    missing, kept = losses(path, SWEEP_LAYOUTS[layout])
    assert not missing and not kept, f"{name} {layout}: words lost {dict(missing)}, furniture kept {kept}"


def _printed_document(name: str, layout: str):
    path = next(path for path in FILES if path.name == name)
    return parse_document(render_printed(load(path), SWEEP_LAYOUTS[layout]).text, path.name)


def test_a_note_whose_marker_reads_as_a_reference_is_found_at_the_page_foot():
    """A/RES/76/258: "We reiterate the decision 16 to provide …" (the marker reads as decision 16), note 16 at the
    foot of a page that cuts "… in order to work" / "towards sustainable debt levels …": the note is a note and
    the paragraph goes on after the page break."""
    document = _printed_document("A_RES_76_258-2204927E.xml", "printed")
    texts = [" ".join(text.split()) for text in model_texts(document, masthead=False)]
    assert any("in order to work towards sustainable debt levels in all least developed countries." in t for t in texts)
    assert not any("para. 46. towards" in text for text in texts)


def test_a_line_that_opens_many_pages_with_a_colon_is_no_running_title():
    """A/RES/76/258 prints "We commit to taking the following actions:" under the running header of several
    pages: it is text (a running title never ends in a closing mark)."""
    document = _printed_document("A_RES_76_258-2204927E.xml", "printed")
    joined = "\n".join(model_texts(document, masthead=False))
    assert joined.count("We commit to taking the following actions:") == 38


def test_a_lone_page_number_under_an_unfinished_line_is_no_note():
    """S/RES/2541 (2020), 60 characters a line: "… security in" then the page number "5" alone (the footer prints the
    page number above the job number), the rest "the region," on the next page; "paragraphs 2, 5, 6 and 7"
    earlier on the page holds no note marker."""
    document = _printed_document("S_RES_2541 (2020)-2011324E.xml", "narrow")
    determining = [p.text.plain for p in document.preamble if p.text.plain.startswith("Determining")]
    assert determining == ["Determining that the situation in Mali continues to constitute a threat to international"
                           " peace and security in the region,"]
    assert not document.footnotes


def test_a_line_opening_with_a_slashed_acronym_is_no_running_header():
    """E/RES/2021/26, 110 characters a line: a printed line opens with "HIV/AIDS within countries, …" and the
    masthead's agenda title ends with "HIV/AIDS"; a UN document symbol always has a number, so the line is text."""
    document = _printed_document("E_RES_2021_26-2110325E.xml", "wide")
    recalling = [p.text.plain for p in document.preamble if p.text.plain.startswith("Recalling the objectives")]
    assert len(recalling) == 1 and recalling[0].endswith(
        "to prevent and respond to HIV/AIDS within countries, ensuring that national responses involve a wide range"
        " of sectors and institutions,"
    )
