"""Numbers and labels as drafts outside the UN write them: "1)" and "a)". They are read as the UN's
"1." and "(a)" (before, "1) Decides …" was a preambular paragraph, and safe fixes joined the items into
it and changed its ending), and each form is one finding with one safe fix."""

from __future__ import annotations

import resolint

TEXT = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1) Decides to convene a high-level meeting;

2) Requests the Secretary-General:

a) To prepare a report;

b) To consult Member States;

3) Decides to remain seized of the matter.
"""


def test_numbers_and_labels_with_a_parenthesis_are_read() -> None:
    document = resolint.parse(TEXT, "draft.txt")
    assert len(document.preamble) == 1
    assert [p.number for p in document.operative] == ["1", "2", "3"]
    assert [c.label for c in document.operative[1].children] == ["a", "b"]


def test_each_form_is_one_finding_with_one_fix() -> None:
    findings = {d.rule: d for d in resolint.lint(resolint.parse(TEXT, "draft.txt")) if d.rule in ("RS002", "RS003")}
    assert sorted(findings) == ["RS002", "RS003"]
    assert "(3 paragraphs)" in findings["RS002"].message and "(2 labels)" in findings["RS003"].message
    fixed, _ = resolint.fix_text(TEXT, path="draft.txt")
    assert "1. *Decides*" in fixed and "\n(a) To prepare" in fixed and "3. *Decides*" in fixed
    again = resolint.parse(fixed, "draft.txt")
    assert [d.rule for d in resolint.lint(again) if d.rule in ("RS002", "RS003")] == []
    assert [p.number for p in again.operative] == ["1", "2", "3"]


def test_a_line_opening_with_a_word_and_a_bracket_is_text() -> None:
    text = TEXT.replace("b) To consult Member States;", "To consult Member States (see annex) and others;")
    document = resolint.parse(text, "draft.txt")
    assert [c.label for c in document.operative[1].children] == ["a"]


WORKING_TEXT = """The Human Rights Council,

PP1 Recalling its resolution 5/1 of 18 June 2007,

PP2 Recognizing the importance of cooperation,

OP1 Decides to convene a panel discussion at its fifty-seventh session;

OP3bis Requests the Office of the High Commissioner to prepare a summary report;

OP4 Decides to remain seized of the matter.
"""


def test_a_working_texts_pp_and_op_labels_are_read_and_kept() -> None:
    """Negotiators label the paragraphs of a working text "PP1", "OP3bis": the labels say which part a
    paragraph is in, their gaps are the negotiation's (before: every paragraph was preambular and safe
    fixes turned the operative paragraphs' endings into commas)."""
    document = resolint.parse(WORKING_TEXT, "working.txt")
    assert [p.label for p in document.preamble] == ["PP1", "PP2"]
    assert [p.number for p in document.operative] == ["OP1", "OP3bis", "OP4"]
    assert [d.rule for d in resolint.lint(document)] == ["RS012"]
    canonical = resolint.format_text(WORKING_TEXT)
    assert "\n\nPP2 *Recognizing* the importance" in canonical
    assert "\n\nOP3bis *Requests* the Office" in canonical
    assert resolint.format_text(canonical) == canonical


def test_fmt_keeps_a_preambular_paragraphs_written_label() -> None:
    text = "*The General Assembly*,\n\n(a) *Recalling* its resolution 70/1,\n\n(b) *Noting* the report,\n\n"
    text += "1. *Decides* to remain seized of the matter.\n"
    assert resolint.format_text(text) == text


def test_a_press_copys_labels_with_a_no_break_space_are_read() -> None:
    text = WORKING_TEXT.replace("PP2 ", "PP2.\u00a0").replace("OP4 ", "OP4.\u00a0")
    document = resolint.parse(text, "press.txt")
    assert [p.label for p in document.preamble] == ["PP1", "PP2."]
    assert [p.number for p in document.operative] == ["OP1", "OP3bis", "OP4"]
