"""Facts the grammar reads once for every consumer: paragraph references and sponsor lists."""

from __future__ import annotations

import resolint
from resolint.grammar.crossrefs import paragraph_references
from resolint.grammar.inline import build_text
from resolint.grammar.sponsors import parse_sponsor_line
from resolint.langserver.references import cross_references
from resolint.model import LineIndex


def test_each_paragraph_of_a_reference_phrase_with_its_place_and_direction():
    plain = "on paragraphs 1 (a) and 1 (b) above, paragraph 3 below and paragraph 5 of resolution 60/251"
    found = [(plain[r.start : r.end], r.number, r.labels, r.where) for r in paragraph_references(plain)]
    assert found == [
        ("1 (a)", "1", ("a",), "above"),
        ("1 (b)", "1", ("b",), "above"),
        ("3", "3", (), "below"),
        ("5", "5", (), None),  # another text's paragraph: no direction, RR504 passes it by
    ]


def test_the_present_resolution_and_nested_labels():
    plain = "paragraph 9 (b) (ii) of the present resolution"
    (reference,) = paragraph_references(plain)
    assert (reference.number, reference.labels, reference.where) == ("9", ("b", "ii"), "of the present resolution")
    assert plain[reference.phrase_start : reference.end] == "paragraph 9 (b) (ii)"
    assert plain[reference.phrase_start : reference.phrase_end] == plain


def test_a_text_of_the_model_carries_its_paragraph_references_like_its_footnote_marks():
    source = "*Recalls* paragraph 2 (a)[^1] above"
    text = build_text(source, [(0, len(source))], LineIndex(source))
    assert [(text.plain[r.start : r.end], r.where) for r in text.paragraph_refs] == [("2 (a)", "above")]
    assert [ref.label for ref in text.footnote_refs] == ["1"]


def test_the_language_server_reads_the_same_references_with_source_offsets():
    source = "The General Assembly,\n\n1. *Decides* as in paragraphs 2 and\n3 above;\n\n2. *Notes*;\n\n3. *Ends*.\n"
    document = resolint.parse(source)
    found = [(source[r.start : r.end], r.number) for r in cross_references(document)]
    assert found == [("paragraphs 2", "2"), ("3 above", "3")]  # from "paragraph" to "above", across the wrap


def test_a_sponsor_line_splits_at_the_and_between_two_states_written_as_aliases():
    line = "Saint Kitts and Nevis and St. Vincent and the Grenadines: draft resolution"
    sponsors, doc_type = parse_sponsor_line(line, 0, LineIndex(line))
    assert [s.name for s in sponsors] == ["Saint Kitts and Nevis", "St. Vincent and the Grenadines"]
    assert doc_type == "draft resolution"


def test_a_state_name_with_and_is_one_sponsor():
    line = "Albania, Antigua and Barbuda* and Trinidad and Tobago: revised draft resolution"
    sponsors, _ = parse_sponsor_line(line, 0, LineIndex(line))
    assert [(s.name, s.asterisk) for s in sponsors] == [
        ("Albania", False),
        ("Antigua and Barbuda", True),
        ("Trinidad and Tobago", False),
    ]


def test_a_closing_line_in_the_model_keeps_its_no_break_spaces_for_writers():
    source = "The General Assembly,\n\n1. *Decides* to end.\n\n*46th\u00a0plenary meeting*\n\n25\u00a0May\u00a02021\n"
    document = resolint.parse(source)
    texts = [closing.content for closing in document.closing]
    assert [text.plain for text in texts] == ["46th plenary meeting", "25 May 2021"]  # what rules read
    assert [text.written for text in texts] == ["46th\u00a0plenary meeting", "25\u00a0May\u00a02021"]
