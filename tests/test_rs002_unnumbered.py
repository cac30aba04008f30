"""RS002 on a text none of whose operative paragraphs has a number (a copy that lost Word's automatic
numbering): one finding for all, with one fix numbering them; the UN's single unnumbered paragraph, alone
or one to a section, stays silent."""

from __future__ import annotations

import resolint

HEAD = "*The Human Rights Council*,\n\n*Recalling* its resolution 5/1 of 18 June 2007,\n\n"
FOUR = (
    "*Decides* to convene a panel discussion at its fifty-seventh session;\n\n"
    "*Requests* the Office of the High Commissioner to prepare a summary report;\n\n"
    "*Encourages* States to cooperate with the mechanism;\n\n"
    "*Decides* to remain seized of the matter.\n"
)


def rs002(text: str):
    return [d for d in resolint.lint(resolint.parse(text, "t.res.md")) if d.rule == "RS002"]


def test_paragraphs_without_any_number_are_one_finding_with_one_fix() -> None:
    found = rs002(HEAD + FOUR)
    assert len(found) == 1
    assert "4 operative paragraphs" in found[0].message and found[0].fix.safe
    fixed, _ = resolint.fix_text(HEAD + FOUR, path="t.res.md")
    numbers = [p.number for p in resolint.parse(fixed, "t.res.md").operative]
    assert numbers == ["1", "2", "3", "4"]
    assert not rs002(fixed)


def test_a_single_unnumbered_paragraph_is_the_uns_form() -> None:
    assert not rs002(HEAD + "*Decides* to remain seized of the matter.\n")


# A piece of an operative part: a page of a PDF, or a press release quoting paragraphs 4 to 6, carries the numbers
# of the whole text. With no authoring line and no preamble, numbers running on from one above 1 are not a slip.
QUOTED = (
    "4. Demands that all parties comply with their obligations under international humanitarian law;\n\n"
    "5. Requests the Secretary-General to report to the Council within 60 days;\n\n"
    "6. Decides to remain actively seized of the matter.\n"
)


def test_a_quoted_run_of_paragraphs_keeps_its_numbers() -> None:
    assert not rs002(QUOTED)
    formatted = resolint.format_text(QUOTED, "quote.txt")
    assert [p.number for p in resolint.parse(formatted, "quote.md").operative] == ["4", "5", "6"]


def test_a_text_with_its_authoring_line_is_numbered_from_1() -> None:
    text = "The Security Council,\n\n" + QUOTED
    assert [d.message for d in rs002(text)] == ["paragraph number 4 is out of sequence: this is paragraph 1"]


def test_an_excerpt_whose_numbers_do_not_run_on_is_reported() -> None:
    text = QUOTED.replace("5. Requests", "7. Requests").replace("6. Decides", "8. Decides")
    assert "paragraph number 7 is out of sequence: this is paragraph 5" in [d.message for d in rs002(text)]
