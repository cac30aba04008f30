"""Facts the grammar reads once for every consumer: paragraph references, sponsor lists, and
what the exporters need (labels, draft kinds, how heading lines are written), so that they read
the model only."""

from __future__ import annotations

import re
from pathlib import Path

import resolint
from resolint.grammar.crossrefs import paragraph_references
from resolint.grammar.inline import build_text
from resolint.grammar.sponsors import parse_sponsor_line
from resolint.langserver.references import cross_references
from resolint.model import LineIndex

SOURCE_SLICE = re.compile(r"\bsource\s*\[")
"""A slice of the source text, which an exporter would read a fact from that the model should carry."""


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


EXPORTERS = [
    path
    for folder in ("aknio", "docxio")
    for path in sorted((Path(__file__).parent.parent / folder).glob("*.py"))
    if not path.name.startswith("import")  # the importers read source text into a model
]


def test_the_exporters_read_the_model_not_the_source_text():
    assert len(EXPORTERS) > 10
    slices = [
        f"{path.parent.name}/{path.name}:{number}"
        for path in EXPORTERS
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SOURCE_SLICE.search(line)
    ]
    assert slices == []


def test_a_preambular_paragraph_carries_the_label_written_before_it():
    source = "The General Assembly,\n\n*Recalling* its resolution 1,\n\n(a) *To promote* peace;\n\n1. *Decides* to act.\n"
    document = resolint.parse(source)
    assert [paragraph.label for paragraph in document.preamble] == ["", "(a)"]


def test_a_nested_draft_carries_its_kind_as_the_lead_in_names_it():
    source = (
        "The General Assembly,\n\n*Recalling* its resolution 1,\n\n1. *Recommends* to the Economic and Social "
        "Council the adoption of the following draft decision:\n\nThe Economic and Social Council,\n\n"
        "*Recalling* its decision 2,\n\n1. *Decides* to act.\n"
    )
    (draft,) = resolint.parse(source).drafts
    assert draft.kind == "draft decision"
    assert resolint.parse(source.replace("draft decision", "draft resolution")).drafts[0].kind == "draft resolution"


def test_nested_drafts_under_headings_carry_the_kind_their_heading_names():
    draft = "{heading}\n\nTitle\n\nThe General Assembly,\n\n*Recalling* its resolution 2,\n\n1. *Decides* to act{end}\n\n"
    source = (
        "The Economic and Social Council,\n\n*Recalling* its resolution 1,\n\n1. *Recommends* to the General "
        "Assembly the adoption of the following draft resolution and draft decision:\n\n"
        + draft.format(heading="Draft resolution I", end=";")
        + draft.format(heading="Draft decision II", end=".")
    )
    assert [draft.kind for draft in resolint.parse(source).drafts] == ["draft resolution", "draft decision"]


def test_a_heading_line_carries_its_markers_italics_and_no_break_spaces():
    source = (
        "The General Assembly,\n\n*Recalling* its resolution 1,\n\n1. *Decides* to act:\n\n(a) On one thing;\n\n"
        "*Stabilisation*\n\n(b) On another thing;\n\nA\u00a0subject line\n\n(c) On a third thing.\n\n"
        "46th meeting\n11 October 2023\n\n## Annex\n\n### *Declaration*\n\n1. The States agree.\n"
    )
    document = resolint.parse(source, "draft.res.md")
    found = [(line.text, line.level, line.italic, line.written) for line in document.sections]
    assert found[:2] == [
        ("Stabilisation", 0, True, "Stabilisation"),
        ("A subject line", 0, False, "A\u00a0subject line"),
    ]
    annexed = [(type(item).__name__, item.level, item.italic, item.written) for item in document.annex]
    assert annexed[-2:] == [("AnnexText", 3, True, "Declaration"), ("AnnexText", 0, False, "1. The States agree.")]
