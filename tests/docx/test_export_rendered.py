"""Our export opened with real software: LibreOffice renders it to PDF, poppler reads the PDF back."""

from __future__ import annotations

import re

import pytest
from docxtest_helpers import pdf_pages, run_tool

SYMBOL = "A/HRC/58/L.27/Rev.1"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_symbol_heads_every_page(exported_pdf, paper):
    pages = pdf_pages(exported_pdf[paper])
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):
        top = [line for line in page.splitlines() if line.strip()][:3]
        assert any(SYMBOL in line for line in top), f"page {number} has no symbol at its top: {top}"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_footnote_texts_stand_at_page_feet(exported_pdf, seed_document, paper):
    pages = pdf_pages(exported_pdf[paper])
    for note in seed_document.footnotes:
        start = squash(note.text.plain).strip()[:22]
        feet = []
        for page in pages:
            lines = [line for line in page.splitlines() if line.strip()]
            feet.append(squash(" ".join(lines[-6:])))
        assert any(start in foot for foot in feet), f"footnote {note.label} ({start!r}) is at no page foot"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_operative_verbs_and_numbers_are_printed(exported_pdf, seed_document, paper):
    text = squash(" ".join(pdf_pages(exported_pdf[paper])))
    for op in seed_document.operative:
        assert f"{op.number}. {op.phrase}" in text, f"operative paragraph {op.number} ({op.phrase}) not printed"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_page_numbers_in_footer(exported_pdf, paper):
    pages = pdf_pages(exported_pdf[paper])
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):
        last = [line.strip() for line in page.splitlines() if line.strip()][-1]
        expected = f"{number}/{total}" if paper == "letter" else str(number)
        assert last == expected, f"page {number} ends with {last!r}, not the page number {expected!r}"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_fonts_embedded_as_configured(exported_pdf, paper):
    report = run_tool("pdffonts", str(exported_pdf[paper]))
    rows = [line.split() for line in report.splitlines()[2:] if line.strip()]
    names = {row[0].split("+", 1)[-1]: row for row in rows}
    # Liberation Serif is the metric-compatible Times New Roman of a machine without Microsoft fonts
    assert {"LiberationSerif", "LiberationSerif-Italic", "LiberationSerif-Bold"} <= set(names)
    assert all(name.startswith("LiberationSerif") for name in names), f"unexpected fonts: {sorted(names)}"
    for name, row in names.items():
        assert row[-5] == "yes", f"{name} is not embedded"


@pytest.mark.parametrize(("paper", "size"), [("a4", "595.3 x 841.89"), ("letter", "612 x 792")])
def test_page_size_in_pdf(exported_pdf, paper, size):
    info = run_tool("pdfinfo", str(exported_pdf[paper]))
    page_size = re.search(r"Page size:\s+([\d.]+ x [\d.]+)", info).group(1)
    width, height = (float(v) for v in page_size.split(" x "))
    want_w, want_h = (float(v) for v in size.split(" x "))
    assert abs(width - want_w) < 1 and abs(height - want_h) < 1


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_libreoffice_resaves_our_export_without_loss(tmp_path, exported, paper):
    """LibreOffice reads our .docx (heading, italics, footnotes, headers) and writes it back as .docx:
    read again, it gives the same source text, so nothing in ours was lost on LibreOffice."""
    from docxtest_helpers import soffice_convert

    from resolint.docxio import import_docx

    folder = tmp_path / "resaved"
    folder.mkdir()
    resaved = soffice_convert(exported[paper], "docx:MS Word 2007 XML", folder)
    assert resaved.read_bytes() != exported[paper].read_bytes()
    assert import_docx(resaved).text == import_docx(exported[paper]).text
