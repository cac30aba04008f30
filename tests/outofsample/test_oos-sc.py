"""Security Council resolutions resolint had never seen, in the forms people copy them.

Thirteen adopted texts of 1947 to 2025 (none of the corpus's years 2020-2022), each as one copy gives it
(``oos-sc/SOURCES.md``): web pages (Wikisource, Wikipedia, unscr.com, news sites), a UN press release,
PDF text layers with page furniture, the OCR of a printed volume, a 1990 e-mail flattened onto one
line. The truth (``oos-sc/truth.json``) was read off each copy by eye, never from resolint's output.

Per fixture: the structure equals the truth; the warnings and errors are exactly the named slips of
the copy; the copy artefacts reported (RS005-RS012, information) are those the copy has; ``fmt``
keeps every word but the named page furniture; every safe fix is a copy artefact's or a named slip's;
no command fails. Forms not read yet are named in ``KNOWN_GAPS``: their full comparison is a strict
expected failure (it fails the day the form is read, so that the gap is struck off), and what they do
read is asserted in ``test_gap_reads_what_it_can``.
"""

from __future__ import annotations

from collections import Counter

import oostruth
import pytest

import resolint

truth_helpers = oostruth.load_set("oos-sc")

TRUTH = truth_helpers.truth()
FILES = sorted(TRUTH)

KNOWN_GAPS = {
    "sc-0480-1980-lawglobalhub-ocr.txt": "the OCR's 'Decide,' (for 'Decides') is not read as the operative verb",
}
HOLDS_IN_GAP = {
    "sc-0480-1980-lawglobalhub-ocr.txt": ("symbol", "authoring", "subparagraphs", "footnotes"),
}
NAMED_FINDINGS = {
    "sc-0480-1980-lawglobalhub-ocr.txt": {
        ("RP104", 4): "the OCR's 'The Securitv Council,' names no organ resolint knows, so the house style that "
        "the Council's texts are spared ('Noting further' after 'Noting') applies",
        ("RP103", 6): "the OCR's 'Decide,' paragraph is read as preambular (KNOWN_GAPS) and ends with a full stop",
    },
    "sc-1515-2003-reuters-caps.txt": {
        ("RS001", 1): "the news agency's copy leaves out the authoring line 'The Security Council,'",
        ("RT403", 15): "'fulfill' is the agency's spelling: S/RES/1515 (2003) writes 'fulfil'",
    },
}
ARTEFACTS = {  # the copy artefacts (information) each copy has, read by eye
    "sc-0037-1947-wikisource.txt": {"RS012"},
    "sc-0303-1971-wikisource.txt": {"RS012"},
    "sc-0338-1973-usip-web.txt": {"RS012"},
    "sc-0480-1980-lawglobalhub-ocr.txt": {"RS012"},
    "sc-0502-1982-unscr.txt": {"RS012"},
    "sc-0627-1989-radicali-web.txt": {"RS012"},
    "sc-0660-1990-wiretap-flat.txt": {"RS007"},
    "sc-1278-1999-wikisource.txt": {"RS012"},
    "sc-1397-2002-scribd-pdf.txt": {"RS009", "RS010", "RS012"},
    "sc-1515-2003-reuters-caps.txt": {"RS012"},
    "sc-1571-2004-unscr-pdf.txt": {"RS009", "RS010", "RS012"},
    "sc-2403-2018-press-release.txt": {"RS012"},
    "sc-2774-2025-wikipedia.txt": {"RS012"},
}
ARTEFACT_RULES = {f"RS{n:03d}" for n in range(5, 13)}
FURNITURE_WORDS = {  # what fmt may leave out: the copy's page furniture, or a named slip's fixed spelling
    "sc-1397-2002-scribd-pdf.txt": ["united", "nations", "distr", "02-28359", "e", "0228359"],
    "sc-1571-2004-unscr-pdf.txt": ["distr", "04-59199", "e", "0459199"],
    "sc-1515-2003-reuters-caps.txt": ["fulfill"],
    # the volume's note number glued to both ends, "none.27" / "27One": fmt writes "none.[^27]" / "[^27]: One", the
    # words "none" and "one" kept, apart from the number
    "sc-0338-1973-usip-web.txt": ["none.27", "27one"],
}


def _text(name: str) -> str:
    return truth_helpers.COPIES.copy_text(name)


def _parse(name: str) -> resolint.model.Document:
    return resolint.parse(_text(name), name)


def _strict_where_gap(name: str) -> list:
    reason = KNOWN_GAPS.get(name)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def test_every_fixture_has_its_truth_and_source() -> None:
    assert truth_helpers.COPIES.files() == FILES
    assert truth_helpers.COPIES.unsourced() == []
    assert set(KNOWN_GAPS) <= set(FILES) and set(NAMED_FINDINGS) <= set(FILES) and set(ARTEFACTS) == set(FILES)


@pytest.mark.parametrize("name", [pytest.param(name, marks=_strict_where_gap(name)) for name in FILES])
def test_structure_equals_truth(name: str) -> None:
    assert truth_helpers.observed(_parse(name)) == truth_helpers.expected(TRUTH[name])


@pytest.mark.parametrize("name", sorted(KNOWN_GAPS))
def test_gap_reads_what_it_can(name: str) -> None:
    seen, want = truth_helpers.observed(_parse(name)), truth_helpers.expected(TRUTH[name])
    for field in HOLDS_IN_GAP[name]:
        assert seen[field] == want[field], field
    if name == "sc-0480-1980-lawglobalhub-ocr.txt":
        assert seen["preamble"][:3] == want["preamble"]  # the three openers; then the OCR's "Decide," paragraph


@pytest.mark.parametrize("name", FILES)
def test_warnings_and_errors_are_the_named_slips(name: str) -> None:
    diagnostics = resolint.lint(_parse(name))
    found = {(d.rule, d.span.line) for d in diagnostics if d.severity >= resolint.diagnostics.Severity.WARNING}
    assert found == set(NAMED_FINDINGS.get(name, {}))


@pytest.mark.parametrize("name", FILES)
def test_copy_artefacts_are_those_of_the_copy(name: str) -> None:
    diagnostics = resolint.lint(_parse(name))
    assert {d.rule for d in diagnostics if d.rule in ARTEFACT_RULES} == ARTEFACTS[name]


@pytest.mark.parametrize("name", FILES)
def test_fmt_keeps_every_word(name: str) -> None:
    text = _text(name)
    missing = truth_helpers.words(text) - truth_helpers.words(resolint.format_text(text))
    assert missing == Counter(FURNITURE_WORDS.get(name, []))


@pytest.mark.parametrize("name", FILES)
def test_safe_fixes_are_artefacts_or_named_slips(name: str) -> None:
    fixed_rules: Counter[str] = Counter()
    fixed, _count = resolint.fix_text(_text(name), fixed_rules=fixed_rules)
    named = {rule for rule, _line in NAMED_FINDINGS.get(name, {})}
    assert set(fixed_rules) <= ARTEFACT_RULES | named
    if name not in KNOWN_GAPS:  # the fixed text reads as the copy did
        assert truth_helpers.observed(resolint.parse(fixed, name)) == truth_helpers.expected(TRUTH[name])


@pytest.mark.parametrize("command", [["lint", "--exit-zero"], ["parse", "--format", "json"], ["fmt"], ["fix", "--diff"]])
def test_commands_never_fail(command: list[str]) -> None:
    assert truth_helpers.COPIES.command_failures(command) == []


def test_a_web_pages_bracketed_notes_are_notes_and_their_markers_references() -> None:
    # the form of Wikisource's copies (its references list under the text), written afresh: markers after a
    # space or glued to a word or a mark, each note "[N] text" on a line of its own at the end
    source = (
        "Adopted by the Security Council at its 4385th meeting, on 28 September 2001 [1]\n\n"
        "The Security Council,\n\n"
        "Reaffirming its resolution 1269 (1999),[2]\n\n"
        "1. Decides that all States shall prevent the financing of terrorist acts;\n\n"
        "2. Decides to remain seized of this matter.\n\n"
        "[1] Adopted unanimously.\n\n"
        "[2] Resolution adopted on 19 October 1999.\n"
    )
    document = resolint.parse(source, "wiki.txt")
    assert [(note.label, note.text.plain) for note in document.footnotes] == [
        ("1", "Adopted unanimously."),
        ("2", "Resolution adopted on 19 October 1999."),
    ]
    assert document.preamble[0].text.plain == "Reaffirming its resolution 1269 (1999),"
    assert [ref.label for ref in document.preamble[0].text.footnote_refs] == ["2"]
    assert document.operative[-1].text.plain.strip() == "Decides to remain seized of this matter."
    assert [d.rule for d in resolint.lint(document) if d.severity >= resolint.diagnostics.Severity.WARNING] == []
    formatted = resolint.format_text(source, "wiki.txt")
    assert "28 September 2001[^1]" in formatted and "(1999),[^2]" in formatted
    assert "[^1]: Adopted unanimously." in formatted and "[^2]: Resolution adopted" in formatted


@pytest.mark.parametrize(
    "ending",
    [
        "2. Decides to remain seized of this matter.[5]\n",  # a wiki's reference mark whose list was left out
        "2. Decides to remain seized of this matter.\n\n[1] Adopted unanimously.\n",  # a note without its marker
        "2. Decides to remain seized [1] of this matter.\n\n[1] Adopted unanimously.\n\n2 October 2001\n",  # not last
    ],
)
def test_a_bracketed_number_alone_is_no_note(ending: str) -> None:
    source = "The Security Council,\n\nReaffirming its resolution 1269 (1999),\n\n1. Decides to act;\n\n" + ending
    document = resolint.parse(source, "wiki.txt")
    assert document.footnotes == []
    assert all(not p.text.footnote_refs for p in [*document.preamble, *document.operative])


@pytest.mark.parametrize("mark", ["_", "*"])
def test_a_flat_copy_with_marked_italics_is_read(mark: str) -> None:
    # the form of a plain-text copy (underscores for italics, as e-mail and Usenet wrote them; or Markdown's
    # asterisks) that also lost its line breaks, written afresh: the marks stay in the pieces they open and close
    m = mark
    source = (
        f"Distr. GENERAL S/RES/9999 (1991) 3 April 1991 RESOLUTION 9999 (1991) {m}Adopted by the Security Council at its "
        f"2981st meeting{m}, {m}on 3 April 1991{m} {m}The Security Council{m}, {m}Recalling{m} its resolutions on the "
        f"situation between the two States, {m}Deeply concerned{m} by the reports of the Secretary-General, "
        f"1. {m}Welcomes{m} the restoration of the sovereignty of the State; 2. {m}Requests{m} the Secretary-General "
        f"to report to it within three months; 3. {m}Decides{m} to remain seized of the matter."
    )
    document = resolint.parse(source, "flat.txt")
    seen = truth_helpers.observed(document)
    assert seen["symbol"] == "S/RES/9999 (1991)" and seen["authoring"]
    assert seen["preamble"] == ["Recalling", "Deeply"]
    assert seen["operative"] == [["1", "Welcomes"], ["2", "Requests"], ["3", "Decides"]]
    assert [p.phrase for p in document.preamble] == ["Recalling", "Deeply concerned"]  # the italics as marked
    assert document.operative[-1].text.plain.strip() == "Decides to remain seized of the matter."
    assert not document.problems  # no mark is left open in a piece
    diagnostics = resolint.lint(document)
    assert [d.rule for d in diagnostics if d.severity >= resolint.diagnostics.Severity.WARNING] == []
    assert {d.rule for d in diagnostics} == {"RS007"}
    fixed, _count = resolint.fix_text(source, path="flat.txt")
    assert truth_helpers.observed(resolint.parse(fixed, "flat.txt")) == seen


def test_a_volumes_glued_note_numbers_are_notes_and_their_markers_references() -> None:
    # the form of a web page made from a yearly volume (its notes numbered through the volume, the superscripts
    # lost with the spaces around them), written afresh: markers after a mark and after a word
    source = (
        "The Security Council,\n\n"
        "Recalling its resolution 242 (1967),41\n\n"
        "1. Calls upon the parties to comply with the Armistice Agreement42;\n\n"
        "2. Requests the Secretary-General to report to it.\n\n"
        "Adopted at the 1500th meeting by 13 votes to none, with 2 abstentions.43\n\n"
        "41Official Records of the Security Council, Twenty-second Year.\n"
        "42Ibid., Fourth Year, Special Supplement No. 3.\n"
        "43France and the United Kingdom abstained.\n"
    )
    document = resolint.parse(source, "volume.txt")
    assert [(note.label, note.text.plain) for note in document.footnotes] == [
        ("41", "Official Records of the Security Council, Twenty-second Year."),
        ("42", "Ibid., Fourth Year, Special Supplement No. 3."),
        ("43", "France and the United Kingdom abstained."),
    ]
    assert document.preamble[0].text.plain == "Recalling its resolution 242 (1967),"
    assert document.operative[0].text.plain.strip().endswith("Armistice Agreement;")
    assert [line.text for line in document.closing] == [
        "Adopted at the 1500th meeting by 13 votes to none, with 2 abstentions.43"
    ]
    assert [d.rule for d in resolint.lint(document) if d.severity >= resolint.diagnostics.Severity.WARNING] == []
    formatted = resolint.format_text(source, "volume.txt")
    assert "(1967),[^41]" in formatted and "Agreement[^42];" in formatted and "abstentions.[^43]" in formatted
    assert "[^43]: France and the United Kingdom abstained." in formatted


@pytest.mark.parametrize(
    "ending",
    [
        "2. Requests the Secretary-General to report to it.\n\n12Annual report.\n",  # no marker "12" above
        "2. Requests the Secretary-General to report within 12 months.\n\n12Annual report.\n",  # not glued
        "2. Requests a report on the Agreement12.\n\n12Annual report.\n\n22nd meeting.\n",  # not the last line
    ],
)
def test_a_number_glued_to_a_word_alone_is_no_note(ending: str) -> None:
    source = "The Security Council,\n\nRecalling its resolution 242 (1967),\n\n1. Calls upon the parties;\n\n" + ending
    document = resolint.parse(source, "volume.txt")
    assert document.footnotes == []
    assert all(not p.text.footnote_refs for p in [*document.preamble, *document.operative])
