"""The RF/RT/RR/RH rules on the two seeds: the draft A/HRC/58/L.27/Rev.1 and the adopted text 58/23.

The differences of form between the draft and the adopted text are findings the rules must
report; every other finding of these rule groups on the seeds is listed here after checking it
by hand, so that a new false finding fails the test.
"""

from __future__ import annotations

from collections import Counter

import resolint
from resolint.config import Settings
from tests.conftest import assert_endings, with_endings

GROUPS = ["RF", "RT", "RR", "RH"]


def findings(text: str) -> Counter[tuple[str, str]]:
    """(rule, the text it flags) of every finding; spans index the document's ``\n`` source."""
    document = resolint.parse(text, "seed.txt")
    found = resolint.lint(document, Settings(select=GROUPS))
    return Counter((d.rule, document.source[d.span.start : d.span.end]) for d in found)


def adopted_resolution(adopted_text: str) -> str:
    """The adopted resolution at the end of seed 001 (the German report before it is not a resolution)."""
    start = adopted_text.index("Human Rights Council**Fifty-eighth session**")
    return adopted_text[start:]


def test_draft_seed_findings_are_exactly_the_known_slips(draft_text: str, newline: str) -> None:
    expected = Counter(
        {
            ("RF304", "Adds."): 1,  # footnote 1: "A/HRC/58/53 and Adds.1 and 2"
            ("RT401", "and other"): 1,  # 9 (o): "laws and other and other measures"
            ("RT401", "Principles on"): 1,  # 14: "Guiding Principles on Principles on Business"
            ("RT404", "UN"): 1,  # 14: "UN Guiding Principles"
            ("RT402", '"'): 4,  # "end-use" and ("stingrays")
            ("RT402", "'"): 3,  # States' and individuals' (9 (k)), women's (12)
            ("RT405", "cyber-crimes"): 1,  # 9 (o), beside "cybercrime legislation" in the preamble
            ("RT403", "paralyzing"): 1,  # UN spelling "paralysing" (-yse); the adopted text kept it
        }
    )
    assert findings(with_endings(draft_text, newline)) == expected


def test_adopted_seed_still_reports_other_and_other(adopted_text: str, newline: str) -> None:
    found = findings(with_endings(adopted_resolution(adopted_text), newline))
    assert found[("RT401", "and other")] == 1  # paragraph 9 (o) of resolution 58/23
    assert found[("RT403", "paralyzing")] == 1
    assert found[("RT402", "'")] == 3  # the text of the seed has straight apostrophes
    assert ("RF304", "Adds.") not in found and ("RT404", "UN") not in found
    assert ("RT405", "cyber-crimes") not in found
    assert sum(found.values()) == 5, found


def test_fix_repairs_the_draft_seed_slips(draft_text: str, newline: str) -> None:
    fixed, count = resolint.fix_text(with_endings(draft_text, newline), Settings(select=GROUPS), "seed.txt")
    assert count == 12  # every finding above but RT405, which has no fix
    assert_endings(fixed, newline)
    assert "A/HRC/58/53 and Add.1 and 2." in fixed
    assert "libel laws and other measures used" in fixed
    assert "the United Nations Guiding Principles on Business and Human Rights" in fixed
    assert "the “end-use”," in fixed and "(“stingrays”)" in fixed
    assert "States’ obligations" in fixed and "women’s civil society" in fixed
    assert findings(fixed) == Counter({("RT405", "cyber-crimes"): 1})


def test_sponsor_asterisks_follow_the_membership_of_the_year(draft_text: str) -> None:
    """The draft of March 2025 marks exactly the 2025 non-members; a 2026 list would change 8 marks."""
    document = resolint.parse(draft_text, "seed.txt")
    assert resolint.lint(document, Settings(select=["RH603"])) == []
    next_year = Settings(select=["RH603"], options={"RH603": {"year": 2026}})
    messages = {d.message.split(" is ")[0]: "remove" in d.message for d in resolint.lint(document, next_year)}
    # terms of Belgium, Costa Rica, Germany and Romania end in 2025; Ecuador, Estonia, Italy and
    # Slovenia were elected on 14 October 2025 for 2026-2028
    assert messages == {
        "Belgium": False,
        "Costa Rica": False,
        "Germany": False,
        "Romania": False,
        "Ecuador": True,
        "Estonia": True,
        "Italy": True,
        "Slovenia": True,
    }
