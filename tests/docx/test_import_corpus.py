"""`lint` on the UN's own Word files (107 GA resolutions, New York): structure found, few findings."""

from __future__ import annotations

import re
import zipfile

import pytest
from docxtest_helpers import CORPUS
from lxml import etree

FILES = sorted(CORPUS.glob("*.docx"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_the_corpus_is_all_there():
    assert len(FILES) == 107


def test_every_file_has_its_heading_and_operative_part(corpus_results):
    missing = [name for name, (_, doc, _) in corpus_results.items() if not doc.operative]
    assert missing == []
    for name, (_, doc, _) in corpus_results.items():
        symbol = doc.heading.symbol or ""
        assert symbol.startswith("A/RES/72/"), f"{name}: symbol {symbol!r}"
        assert doc.authoring is not None and doc.authoring.organ == "General Assembly", name
        assert doc.title is not None and doc.title.number, name
        assert symbol.split()[0].endswith(doc.title.number.split("/")[1]), f"{name}: {symbol} / {doc.title.number}"


def test_no_syntax_problems(corpus_results):
    problems = {name: [d.message for d in diags if d.rule == "RS000"] for name, (_, _, diags) in corpus_results.items()}
    assert {name: found for name, found in problems.items() if found} == {}


def test_footnotes_read_with_their_text(corpus_results):
    """Every marker has a definition with text; numbering follows the Word footnotes."""
    for name, (_, doc, diags) in corpus_results.items():
        assert not [d for d in diags if d.rule == "RF301"], f"{name}: a footnote marker without text"
        assert all(note.text.plain.strip() for note in doc.footnotes), name
    sample = corpus_results["N1740638.docx"][1]
    assert [note.label for note in sample.footnotes] == [str(n) for n in range(1, 8)]


def word_paragraph_text(path, index: int) -> str:
    """Text of the index-th (1-based) paragraph of the document body, read straight from the XML."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    body = root.find(f"{{{W}}}body")
    paragraphs = [p for p in body.iter(f"{{{W}}}p") if not any(
        a.tag == f"{{{W}}}txbxContent" for a in p.iterancestors())]
    return "".join(t.text or "" for t in paragraphs[index - 1].iter(f"{{{W}}}t"))


@pytest.mark.parametrize("name", ["N1740638.docx", "N1741778.docx", "N1821512.docx"])
def test_locations_name_the_word_paragraph(corpus_results, name):
    imported, doc, _ = corpus_results[name]
    for op in doc.operative[:6]:
        place = imported.locate(op.span.start)
        match = re.fullmatch(r"paragraph (\d+), Word paragraph (\d+)", place)
        assert match and match.group(1) == op.number, place
        word_text = word_paragraph_text(CORPUS / name, int(match.group(2)))
        assert op.phrase in word_text and op.text.plain.split()[-1] in word_text


def test_the_uns_processing_comment_is_not_reported(corpus_results):
    """Each UN file carries one comment, the Official Document System's fields (job number and symbols;
    one file names its job number "ODS REF JOB NO"):
    no reviewer's remark, so no notice; the file is read as before, nothing of it in the text."""
    for name, (imported, _, _) in corpus_results.items():
        with zipfile.ZipFile(CORPUS / name) as archive:
            comments = etree.fromstring(archive.read("word/comments.xml"))
        texts = ["".join(t.text or "" for t in c.iter(f"{{{W}}}t")) for c in comments.iter(f"{{{W}}}comment")]
        assert len(texts) == 1 and texts[0].startswith("<<ODS "), name
        assert not [notice for notice in imported.notices if "comment" in notice], name
        assert "ODS" not in imported.text, name
