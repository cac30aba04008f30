"""The XML of our export: footnotes part, italic runs, sections, properties, and Letter calibration."""

from __future__ import annotations

import zipfile
from collections import Counter

import pytest
from docxtest_helpers import CORPUS
from lxml import etree

from resolint.docxio.layout import A4, LETTER
from resolint.docxio.measure import measure_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def xml_part(path, name):
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def paragraph_runs(paragraph):
    """(text, italic) of each run of a body paragraph."""
    runs = []
    for run in paragraph.iter(f"{{{W}}}r"):
        text = "".join(t.text or "" for t in run.iter(f"{{{W}}}t"))
        italic = run.find("w:rPr/w:i", NS) is not None
        runs.append((text, italic))
    return runs


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_footnotes_are_real_word_footnotes(exported, seed_document, paper):
    path = exported[paper]
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
    assert "wordprocessingml.footnotes+xml" in types
    assert "relationships/footnotes" in rels
    document = xml_part(path, "word/document.xml")
    notes = xml_part(path, "word/footnotes.xml")
    refs = document.findall(".//w:footnoteReference", NS)
    defined = {n.get(f"{{{W}}}id") for n in notes.findall("w:footnote", NS) if n.get(f"{{{W}}}type") is None}
    referenced = [r.get(f"{{{W}}}id") for r in refs]
    assert set(referenced) == defined
    assert len(defined) == len(seed_document.footnotes)
    custom = [r for r in refs if r.get(f"{{{W}}}customMarkFollows") == "1"]
    assert len(custom) == 1  # the sponsors' asterisk
    assert custom[0].getparent().findtext("w:t", namespaces=NS) == "*"
    body_text = "".join(document.itertext())
    for note in seed_document.footnotes:
        assert note.text.plain.strip() not in body_text  # the notes live in the footnotes part only
    note_text = "".join(notes.itertext())
    assert "State not a member of the Human Rights Council." in note_text
    assert "A/79/123." in note_text


def italic_source(paragraph, source: str) -> str:
    """The source text that should print in italics: the opening phrase plus any italics written."""
    spans = sorted([(s.start, s.end) for s in paragraph.text.italics] + [
        (paragraph.phrase_span.start, paragraph.phrase_span.end)])
    merged = [list(spans[0])]
    for start, end in spans[1:]:
        if start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return " ".join(source[start:end].strip() for start, end in merged)


def test_italics_exactly_on_opening_phrases(exported, seed_document, seed_text):
    """Italic runs cover the opener/verb phrase (and italics the source has, e.g. "*Decides to*"), no more."""
    document = xml_part(exported["a4"], "word/document.xml")
    paragraphs = document.findall(".//w:body/w:p", NS)
    wanted = [italic_source(pp, seed_text) for pp in seed_document.preamble]
    wanted += [italic_source(op, seed_text) for op in seed_document.operative]
    assert "Decides to" in wanted and "Decides" not in wanted
    found = []
    for paragraph in paragraphs:
        runs = paragraph_runs(paragraph)
        italics = [text for text, italic in runs if italic]
        if italics and not paragraph.findtext(".//w:t", namespaces=NS).startswith("The Human Rights"):
            found.append(" ".join(italics))
    assert found == wanted


def test_operative_number_tab_then_italic_verb(exported, seed_document):
    document = xml_part(exported["a4"], "word/document.xml")
    for paragraph in document.findall(".//w:body/w:p", NS):
        runs = paragraph_runs(paragraph)
        if runs and runs[0][0] == "1.":
            break
    else:
        pytest.fail("no paragraph starts with the number 1.")
    assert paragraph.find("w:r[2]/w:tab", NS) is not None
    assert runs[2] == (seed_document.operative[0].phrase, True)
    indent = paragraph.find("w:pPr/w:ind", NS)
    assert indent.get(f"{{{W}}}firstLine") == str(A4.first_line)
    assert indent.get(f"{{{W}}}hanging") is None  # docs/style-sources.md section 7: no hanging indent


@pytest.mark.parametrize(("paper", "layout"), [("a4", A4), ("letter", LETTER)])
def test_section_and_headers(exported, paper, layout):
    measure = measure_docx(exported[paper])
    assert (measure.page_width, measure.page_height) == (layout.page_width, layout.page_height)
    assert (measure.margin_top, measure.margin_bottom) == (layout.margin_top, layout.margin_bottom)
    assert (measure.margin_left, measure.margin_right) == (layout.margin_left, layout.margin_right)
    assert measure.title_page and measure.even_odd_headers
    document = xml_part(exported[paper], "word/document.xml")
    kinds = {ref.get(f"{{{W}}}type") for ref in document.findall(".//w:sectPr/w:headerReference", NS)}
    assert kinds == {"default", "even", "first"}


def test_core_properties(exported, seed_document):
    from docx import Document

    props = Document(str(exported["letter"])).core_properties
    assert props.subject == "A/HRC/58/L.27/Rev.1"
    assert props.title == seed_document.title.text
    assert props.language == "en-GB"


def modal(values):
    return Counter(values).most_common(1)[0][0]


def test_letter_layout_matches_the_uns_own_word_files(exported):
    """Page, margins, header/footer distances, body and footnote sizes, as read from the 107 UN files."""
    styles = ("Normal", "SingleTxt", "footnote text")
    un = [measure_docx(path, styles) for path in sorted(CORPUS.glob("*.docx"))]
    assert len(un) == 107
    ours = measure_docx(exported["letter"], styles)
    for name in ("page_width", "page_height", "margin_top", "margin_bottom", "margin_left", "margin_right",
                 "header_distance", "footer_distance", "title_page", "even_odd_headers"):
        assert getattr(ours, name) == modal(getattr(m, name) for m in un), name
    checks = {"Normal": ("char_spacing", "char_width", "kern"),
              "SingleTxt": ("font", "size", "indent_left", "indent_right", "space_after", "line", "line_rule",
                            "tabs", "char_spacing", "char_width", "kern"),
              "footnote text": ("font", "size", "line", "line_rule", "char_spacing")}
    for style, names in checks.items():
        for name in names:
            theirs = modal(getattr(m.styles[style], name) for m in un)
            assert getattr(ours.styles[style], name) == theirs, f"{style}.{name}"
