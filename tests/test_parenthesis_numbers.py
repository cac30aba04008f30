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
