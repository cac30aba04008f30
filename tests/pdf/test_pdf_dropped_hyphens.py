"""Hyphens ``pdftotext`` dropped: in its default mode it joins a printed line that ends in a hyphen with the next one
and drops the hyphen ("… through capacitybuilding and transfer of marine technology, …", one copy line about twice
the page's width). The closed-up word is the copy's, not the author's: RS010 reports it (its safe fix puts the
hyphen back), RT405 does not count it as a second spelling. Named tests on a copy shaped as the real one (A/RES/72/73
as pdftotext prints the PDF LibreOffice makes of its Word file, shortened), and the Word corpus.
"""

from __future__ import annotations

import re
import zipfile
from functools import cache
from pathlib import Path

from docx_truth import docx_files
from pdftext import pdf_text

import resolint
from resolint.grammar.pdfcopy import read_pdf_copy

HEAD = """\
A/RES/72/73

United Nations

General Assembly

Distr.: General
4 January 2018

Seventy-second session
Agenda item 77 (a)

Resolution adopted by the General Assembly on
5 December 2017
[without reference to a Main Committee (A/72/L.18 and A/72/L.18/Add.1)]

72/73.

Oceans and the law of the sea
The General Assembly,
Recalling its annual resolutions on the law of the sea and on oceans and the
law of the sea, including resolution 71/257 of 23 December 2016, as well as other
relevant resolutions concerning the United Nations Convention on the Law of the
Sea,
Recalling also, in this regard, resolution 69/292 of 19 June 2015 on the
development of an international legally binding instrument under the Convention on
the conservation and sustainable use of marine biological diversity of areas beyond
national jurisdiction,
Reiterating the essential need for cooperation, including through capacitybuilding and transfer of marine technology, to ensure that all States, especially
developing countries, in particular the least developed countries, landlocked
developing countries and small island developing States, as well as coastal African
States, are able both to implement the Convention and to benefit from the
sustainable development of the oceans and seas,
1. Calls upon States to continue to strengthen capacity-building for developing
countries in the field of marine science, in accordance with the Convention, and
notes the report of the Meeting of States Parties to the Convention on its twentyseventh Meeting, held in New York, and the work of the Tribunal in this regard;
2. Also encourages States to consider additional opportunities for capacitybuilding at the regional level;
"""

TAIL = """\
3. Welcomes the efforts of the Tribunal in holding regional workshops.
73rd plenary meeting
5 December 2017

17-21819 (E) 050118
*1721819*
"""

OWN_CLOSED = "3. Stresses that capacitybuilding is essential;\n"


def dropped_words(text: str) -> list[str]:
    """The words of ``text`` at whose cut the copy records a dropped hyphen, the cut shown by "|"."""
    copy = read_pdf_copy(text)
    assert copy is not None
    found = []
    for cut, end in copy.dropped:
        start = cut
        while start and text[start - 1].isalpha():
            start -= 1
        found.append(f"{text[start:cut]}|{text[cut:end]}")
    return found


def test_a_hyphen_dropped_where_printed_lines_were_joined_is_the_copy_s():
    """A copy line longer than the page's width, the closed-up word where a printed line of that width ends, its
    hyphenated form written elsewhere ("capacity-building"): a dropped hyphen, in a preambular paragraph's first
    line and in the last line of an operative paragraph that ends after it."""
    text = HEAD + TAIL
    assert dropped_words(text) == ["capacity|building", "capacity|building"]
    document = resolint.parse(text)
    findings = resolint.lint(document)
    assert not [finding for finding in findings if finding.rule == "RT405"]
    printed = next(finding for finding in findings if finding.rule == "RS010")
    assert "2 hyphens the copy dropped" in printed.message


def test_the_hyphen_is_put_back_by_rs010_s_safe_fix():
    fixed, _ = resolint.fix_text(HEAD + TAIL)
    assert "including through capacity-building and transfer of marine technology" in fixed
    assert "opportunities for capacity-building at the regional level;" in fixed
    assert "capacitybuilding" not in fixed
    assert not [finding for finding in resolint.lint(resolint.parse(fixed)) if finding.rule == "RT405"]


def test_fmt_writes_the_word_with_its_hyphen():
    """The model's text keeps the copy's letters (every plain character is one of the source, so positions stay
    exact); the canonical text ``fmt`` writes has the hyphen back, and lints without RT405."""
    document = resolint.parse(HEAD + TAIL)
    assert "through capacitybuilding and" in document.preamble[2].text.plain
    formatted = resolint.format_text(HEAD + TAIL)
    assert "through capacity-building and" in formatted
    assert "opportunities for capacity-building at the regional level;" in formatted
    assert "capacitybuilding" not in formatted
    assert not [finding for finding in resolint.lint(resolint.parse(formatted)) if finding.rule == "RT405"]


def test_an_unattested_hyphen_stays_the_copy_s_word():
    """ "twentyseventh" stands where a printed line ended, but the text never writes "twenty-seventh", and no other
    form of it: nothing is recorded, and the fix does not touch it."""
    assert not [word for word in dropped_words(HEAD + TAIL) if word.startswith("twenty")]
    assert "on its twentyseventh Meeting" in resolint.fix_text(HEAD + TAIL)[0]


def test_the_author_s_own_closed_up_word_is_still_reported():
    """The same word closed up in a line of ordinary width is the author's: RT405 reports it (the two dropped
    hyphens stay out of the comparison)."""
    text = HEAD + OWN_CLOSED + TAIL.replace("3. Welcomes", "4. Welcomes")
    assert dropped_words(text) == ["capacity|building", "capacity|building"]
    findings = [finding for finding in resolint.lint(resolint.parse(text)) if finding.rule == "RT405"]
    assert [text[finding.span.start : finding.span.end] for finding in findings] == ["capacitybuilding"]
    assert findings[0].span.start == text.index("that capacitybuilding") + len("that ")


def test_a_word_closed_up_only_by_the_copy_keeps_its_hyphen_across_a_page_break():
    """ "commodity-" at a page's foot and "dependent" on the next page: the closed-up "commoditydependent" the text
    has only where the copy dropped hyphens is no word of the text, so this layout hyphen is the word's."""
    text = HEAD.replace("capacity", "commodity").replace("developing\ncountries in the field", "developing\nland in the field")
    page_break = (
        "3. Welcomes the efforts of the Tribunal to assist the developing and commodity-\n\n"
        "2/3\n\n17-21819\n\n\fA/RES/72/73\n\n"
        "dependent countries in holding regional workshops;\n"
    )
    text = text + page_break + TAIL.replace("3. Welcomes", "4. Welcomes")
    document = resolint.parse(text)
    assert "developing and commodity-dependent countries" in document.operative[2].text.plain
    assert not [finding for finding in resolint.lint(document) if finding.rule == "RT405"]


# ---- the Word corpus ---------------------------------------------------------------------------------------------
HYPHENATED_RE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


@cache
def word_forms(path: Path) -> frozenset[str]:
    """Every word the Word file writes (body and notes, hyphenated words whole), lower case, read from its XML alone:
    a non-breaking hyphen is a hyphen, an optional hyphen is none."""
    words: set[str] = set()
    with zipfile.ZipFile(path) as archive:
        for name in ("word/document.xml", "word/footnotes.xml"):
            if name not in archive.namelist():
                continue
            xml = archive.read(name).decode("utf-8")
            xml = xml.replace("<w:noBreakHyphen/>", "<w:t>-</w:t>").replace("<w:softHyphen/>", "")
            for paragraph in re.findall(r"<w:p[ >].*?</w:p>", xml, re.DOTALL):
                text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph))
                words.update(word.lower() for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))
    return frozenset(words)


def test_rt405_reports_no_hyphen_the_copy_dropped_in_the_word_corpus():
    """The 107 Word files copied out in pdftotext's default mode: every form RT405 reports is one the Word file
    writes (before: 79 findings, "capacitybuilding" beside "capacity-building", none written so in the Word file),
    and every hyphen the copy records as dropped gives a word the Word file writes hyphenated."""
    not_written, wrong_hyphens, dropped = [], [], 0
    for path in docx_files():
        text = pdf_text(path, "pdftotext")
        written = word_forms(path)
        for finding in resolint.lint(resolint.parse(text)):
            form = text[finding.span.start : finding.span.end].lower()
            if finding.rule == "RT405" and form not in written:
                not_written.append(f"{path.stem}: {finding.message}")
        copy = read_pdf_copy(text)
        for word in dropped_words(text) if copy else []:
            dropped += 1
            if word.replace("|", "-").lower() not in written:
                wrong_hyphens.append(f"{path.stem}: {word}")
    print(f"docx-ga72 pdftotext: {dropped} dropped hyphens recorded")
    assert not not_written, "\n".join(not_written[:10])
    assert not wrong_hyphens, "\n".join(wrong_hyphens[:10])
    assert dropped >= 100


def test_typing_that_makes_or_breaks_the_hyphenated_form_gives_a_fresh_parse():
    """The hyphen is put back only where the text attests it: typing that breaks the only hyphenated "capacity-building"
    ("capacity-buildin") or makes one ("twenty-seventy" to "twenty-seventh", attesting "twentyseventh" at a line's
    end) changes what the copy records; each step gives what a fresh parse and lint give (the language server
    segments the copy again)."""
    from tests.test_incremental import Editor

    text = HEAD.replace("twentyseventh Meeting", "twentyseventh Meeting (the twenty-seventy)") + TAIL
    editor = Editor(text, "copy.txt")
    attesting = editor.text.index("capacity-building") + len("capacity-buildin")
    editor.replace(attesting, attesting + 1, "")  # "capacity-buildin": nothing attests the hyphen any more
    assert dropped_words(editor.text) == []
    editor.replace(attesting, attesting, "g")
    assert dropped_words(editor.text) == ["capacity|building", "capacity|building"]
    seventy = editor.text.index("twenty-seventy") + len("twenty-sevent")
    editor.replace(seventy, seventy + 1, "h")  # "twenty-seventh" now attests "twentyseventh"
    assert "twenty|seventh" in dropped_words(editor.text)


def test_typing_the_spaced_term_that_attests_a_closed_up_word_gives_a_fresh_parse():
    """ "health care" written apart attests "healthcare" at a printed line's end (A/RES/72/… "quality education,
    healthcare services"): typing in "care" makes or breaks it; each step gives what a fresh parse and lint give."""
    from tests.test_incremental import Editor

    text = (HEAD + TAIL).replace("for capacitybuilding at the regional level;", "for healthcare at the regional level;")
    text = text.replace("in the field of marine science,", "in the field of health care and marine science,")
    editor = Editor(text, "copy.txt")
    assert "health|care" in dropped_words(editor.text)
    care = editor.text.index("health care") + len("health ca")
    editor.replace(care, care + 1, "g")  # "health cage"
    assert "health|care" not in dropped_words(editor.text)
    editor.replace(care, care + 1, "r")
    assert "health|care" in dropped_words(editor.text)
