"""Word import of the whole genre (issue 13): section headings, parts, annexes, nested drafts,
lead-ins with items, text after a list and closing lines come back from Word as they went in.

Two kinds of evidence, both on real adopted texts:
- export → import round trips of corpus texts of each form (their ``.res.md`` renderings made by
  ``tests/corpus/akn.py``): the re-parsed model equals the source's, structure and words;
- the UN's own Word files (``docx-ga72``) with sections or annexes import with them, checked against
  what the Word file's own XML says (its heading-style paragraphs and annex lines).
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import pytest
from docxtest_helpers import CORPUS, REPO, SHARED, soffice_convert
from lxml import etree

import resolint
from resolint.docxio import export_docx, import_docx
from resolint.model_json import document_json

sys.path.insert(0, str(REPO / "tests" / "corpus"))
from akn import load, render_resmd

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROMAN_LINE = re.compile(r"^[IVXL]+$")
ANNEX_LINE = re.compile(r"^Annex(?: [IVX]+| [A-Z])?$")

# one corpus text of each form; the comment says what it holds
ROUND_TRIPS = {
    "A_RES_76_241-": "sections I–VII, each with its own preamble and operative part",
    "A_RES_76_71-": "the fisheries omnibus: sections I–XIV, operative numbering through the text",
    "E_RES_2021_25-": "a preambular lead-in with items",
    "A_RES_76_237-": "text after a list, flush left, continuing its paragraph",
    "A_RES_76_246-": "parts A and B, sections, subject headings, an annex with tables",
    "A_RES_76_84 A-B": "parts A and B, each with its title and authoring line",
    "A_RES_76_7-": "an annexed declaration",
    "E_RES_2021_20-": "ECOSOC: a nested draft resolution for the General Assembly",
    "S_RES_2551 (2020)": "Security Council: lists and 'remains actively seized'",
    "S_RES_2625 (2022)": "Security Council: subject headings ending in a colon, bullet items",
    "A_HRC_RES_54_15E": "a recorded vote over several closing lines",
    "S_RES_2653_": "Security Council: 'a.' items, one ending '; and' before the next (written in source order)",
}
POSITIONS = {"line", "start", "end", "path", "form", "diagnostics"}
ADDED_BY_EXPORT = {"organ"}  # the masthead names the organ; the .res.md rendering leaves it to the symbol


def comparable(found):
    """The model as JSON without source positions, whitespace (and no-break spaces) made single spaces."""
    if isinstance(found, dict):
        return {k: comparable(v) for k, v in found.items() if k not in POSITIONS | ADDED_BY_EXPORT}
    if isinstance(found, list):
        return [comparable(v) for v in found]
    if isinstance(found, str):
        return " ".join(found.replace("\u00a0", " ").split())
    return found


def corpus_source(name: str) -> str:
    path = next((SHARED / "corpus").glob(f"akn-*/{name}*.xml"))
    return render_resmd(load(path))


@pytest.mark.parametrize("name", sorted(ROUND_TRIPS), ids=lambda n: n.strip("-_ "))
def test_export_then_import_gives_the_same_model(tmp_path, name):
    source = corpus_source(name)
    document = resolint.parse(source)
    imported = import_docx(export_docx(document, tmp_path / "out.docx", "letter"))
    again = resolint.parse(imported.text)
    assert comparable(document_json(again)) == comparable(document_json(document))


def test_the_round_trip_keeps_each_form():
    """The forms the round trips above cover are really there (so their equality means something)."""
    parsed = {name: resolint.parse(corpus_source(name)) for name in ROUND_TRIPS}
    assert sum(h.starts_section for h in parsed["A_RES_76_241-"].headings) >= 2
    assert parsed["A_RES_76_84 A-B"].part_authorings
    assert parsed["A_RES_76_7-"].annexes
    assert parsed["E_RES_2021_20-"].drafts
    assert sum(h.starts_section for h in parsed["A_RES_76_71-"].headings) >= 10
    assert any(p.children for p in parsed["E_RES_2021_25-"].preamble)
    assert any(p.wrap_up for p in [*parsed["A_RES_76_237-"].preamble, *parsed["A_RES_76_237-"].operative])
    assert any(c.label == "•" for op in parsed["S_RES_2625 (2022)"].operative for c in op.children)
    assert any(h.title.endswith(":") for h in parsed["S_RES_2625 (2022)"].headings)
    assert [line.text for line in parsed["A_HRC_RES_54_15E"].closing][2:5:2] == ["In favour:", "Against:"]


def word_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text with line breaks as newlines) of each body paragraph, read from the XML itself."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    found = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(
            "\n" if node.tag == f"{W}br" else (node.text or "") for node in p.iter(f"{W}t", f"{W}br")
        )
        found.append((style.get(f"{W}val") if style is not None else "", text.strip()))
    return found


def un_sections(path: Path) -> list[str]:
    """Roman numbers of the section headings the UN set in a heading style ("II" + line break + title)."""
    return [
        text.split("\n")[0].strip()
        for style, text in word_paragraphs(path)
        if style.startswith("H") and ROMAN_LINE.match(text.split("\n")[0].strip())
    ]


def un_annexes(path: Path) -> list[str]:
    return [text for _, text in word_paragraphs(path) if ANNEX_LINE.match(text)]


SECTIONED = [p for p in sorted(CORPUS.glob("*.docx")) if len(un_sections(p)) >= 2]
ANNEXED = [p for p in sorted(CORPUS.glob("*.docx")) if un_annexes(p)]


def test_the_un_files_with_sections_and_annexes_are_found():
    names = {p.stem for p in SECTIONED}
    assert {"N1742190", "N1816723"} <= names  # the oceans omnibus 72/73 and the reform of the development system 72/279
    assert ANNEXED


@pytest.mark.parametrize("path", SECTIONED, ids=lambda p: p.stem)
def test_un_word_files_import_with_their_sections(path):
    document = resolint.parse(import_docx(path).text)
    numbers = [h.number for h in document.headings if h.starts_section]
    assert numbers == un_sections(path)
    assert all(h.title for h in document.headings if h.starts_section)


@pytest.mark.parametrize("path", ANNEXED, ids=lambda p: p.stem)
def test_un_word_files_import_with_their_annexes(path):
    document = resolint.parse(import_docx(path).text)
    assert [a.title for a in document.annexes] == un_annexes(path)
    assert all(a.paragraphs for a in document.annexes)


def test_libreoffice_opens_the_exported_genre(tmp_path):
    """One LibreOffice run: the export of a sectioned text with parts, headings and an annex opens, and
    its headings, closing lines and vote record are in the text LibreOffice reads."""
    exported = export_docx(resolint.parse(corpus_source("A_RES_76_246-")), tmp_path / "sections.docx", "letter")
    text = soffice_convert(exported, "txt:Text", tmp_path).read_text(encoding="utf-8-sig")
    words = " ".join(text.split())
    assert "Financial performance report on the programme budget for 2020" in words
    assert "Secretariat of the Pension Board" in words


@pytest.mark.parametrize("name", ["N1742190", "N1745368"])
def test_the_report_line_before_the_title_comes_back(tmp_path, name):
    """"[without reference to a Main Committee (A/72/L.18 …)]" (72/73), "[on the report of the Third
    Committee (…)]" (N1745368): read before the title, and written again above it as the UN sets it."""
    from resolint.grammar.closing import REPORT_LINE_RE

    document = resolint.parse(import_docx(CORPUS / f"{name}.docx").text)
    (report,) = [p for p in document.prologue if REPORT_LINE_RE.match(p.text.plain.strip())]
    assert report.span.start < document.authoring.span.start
    styles = [style for style, _ in word_paragraphs(export_docx(document, tmp_path / "out.docx", "letter"))]
    texts = [text for _, text in word_paragraphs(tmp_path / "out.docx")]
    at = next(i for i, text in enumerate(texts) if REPORT_LINE_RE.match(text))
    assert styles[at] == "H4"
    assert styles.index("H1") > at  # the title follows the report line
    assert " ".join(texts[at].split()) == " ".join(report.text.plain.split())
