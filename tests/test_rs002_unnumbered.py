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
