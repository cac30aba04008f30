"""A Word file's text as Apache Tika prints it: a tab before each paragraph (and between a number and its text),
Word's bookmark as "[bookmark: _GoBack]" before the paragraph it marks. The bookmark is an anchor, no words: the
paragraph's opener follows it (``BOOKMARK_RE`` in ``grammar/inline.py``, read by the parser and the PDF copy's
paragraph reader). RS012's fix italicises a tab-indented authoring line from its first word."""

from __future__ import annotations

import resolint
from resolint.diagnostics import Severity

TIKA = (
    "\tResolution adopted by the Human Rights Council on 6 October 2023\n"
    "\t54/4.\tThe question of the death penalty\n"
    "\tThe Human Rights Council,\n"
    "\tGuided by the purposes and principles of the Charter of the United Nations,\n"
    "[bookmark: _GoBack]\tRecalling the Universal Declaration of Human Rights,\n"
    "\t1.\tDecides to remain seized of the matter.\n"
)


def test_a_paragraph_after_a_bookmark_opens_with_its_opener() -> None:
    document = resolint.parse(TIKA, "tika.txt")
    assert [p.phrase for p in document.preamble] == ["Guided", "Recalling"]
    assert [(p.number, p.phrase) for p in document.operative] == [("1", "Decides")]
    found = [d.rule for d in resolint.lint(document) if d.severity >= Severity.WARNING]
    assert found == []  # no paragraph without its opener, no "_" of "_GoBack" read as an unclosed italic


def test_another_bookmark_of_words_is_an_anchor_too() -> None:
    # Word names the bookmarks it adds itself "_GoBack", "OLE_LINK1", "_Hlk…": any name is an anchor
    text = TIKA.replace("[bookmark: _GoBack]", "[bookmark: OLE_LINK1]")
    assert [p.phrase for p in resolint.parse(text, "tika.txt").preamble] == ["Guided", "Recalling"]
    assert "OLE_LINK1" not in resolint.format_text(text, "tika.txt")


def test_the_fix_italicises_a_tab_indented_authoring_line_from_its_first_word() -> None:
    fixed, _count = resolint.fix_text(TIKA, path="tika.txt")
    assert "\t*The Human Rights Council*,\n" in fixed
    assert "[bookmark: _GoBack]\t*Recalling* the Universal" in fixed  # the bookmark kept: fix drops nothing
    assert [d.rule for d in resolint.lint(resolint.parse(fixed, "tika.txt"))] == []
