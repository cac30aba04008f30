"""RH603 on drafts of the Economic and Social Council, and the ECOSOC rows of council-membership.tsv."""

from __future__ import annotations

from importlib import resources

import pytest

import resolint
from resolint.config import Settings
from resolint.refdata_states import canonical_organ, name_key, official_state_name, organ_members

ECOSOC = "Economic and Social Council"
RH603 = Settings(select=["RH603"])

# Years whose membership is known, and the seats that were vacant all year: the third Eastern European seat
# of the 2023-2025 term stayed vacant (the Russian Federation and North Macedonia deadlocked in 2022-2023).
ECOSOC_YEARS = {2021: 0, 2023: 1, 2024: 1, 2026: 0}


def draft(symbol: str, date: str, sponsors: str, footnote: bool = True) -> str:
    """An ECOSOC draft as pasted from the PDF: masthead, session block, sponsors line, text, footnote."""
    text = (
        f"United Nations {symbol}\n\n"
        "Economic and Social Council\n\n"
        f"Distr.: Limited {date}\n\n"
        "Original: English\n\n"
        "2024 session\n"
        "27 July 2023–24 July 2024\n"
        "Agenda item 18 (b)\n"
        "Economic and environmental questions: science and technology for development\n\n"
        f"{sponsors}: draft resolution\n\n"
        "Science and technology for development\n\n"
        "The Economic and Social Council,\n\n"
        "Recalling its previous resolutions,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    if footnote:
        text += "\n^{*} State not a member of the Economic and Social Council.\n"
    return text


def findings(text: str, settings: Settings = RH603) -> list[tuple[str, str]]:
    document = resolint.parse(text, "draft.txt")
    return sorted((d.message, text[d.span.start : d.span.end]) for d in resolint.lint(document, settings))


@pytest.mark.parametrize(
    ("symbol", "date", "sponsors", "expected", "fixed_sponsors"),
    [
        pytest.param(
            # 2024 members: Afghanistan, Belize (2022-2024), Türkiye (2024-2025, in place of Greece), Uruguay
            # (2024-2026); not members: Andorra, and the Russian Federation (the seat it sought for 2023-2025
            # stayed vacant)
            "E/2024/L.12",
            "3 June 2024",
            "Afghanistan, Andorra,* Belize, Russian Federation, Türkiye* and Uruguay",
            [
                (
                    f"Russian Federation is not a member of the {ECOSOC} in 2024: mark it with an asterisk",
                    "Russian Federation",
                ),
                (f"Türkiye is a member of the {ECOSOC} in 2024: remove the asterisk", "*"),
            ],
            "Afghanistan, Andorra,* Belize, Russian Federation,* Türkiye and Uruguay",
            id="2024",
        ),
        pytest.param(
            # 2026 members: Germany (by-election, in Liechtenstein's seat for 2026), the Russian Federation
            # (2026-2028) and the United States (by-election, to 2027); not members: Italy (relinquished its
            # 2025-2027 seat at the end of 2025) and Liechtenstein
            "E/2026/L.7",
            "2 June 2026",
            "Germany, Italy, Liechtenstein,* Russian Federation and United States of America*",
            [
                (f"Italy is not a member of the {ECOSOC} in 2026: mark it with an asterisk", "Italy"),
                (f"United States of America is a member of the {ECOSOC} in 2026: remove the asterisk", "*"),
            ],
            "Germany, Italy,* Liechtenstein,* Russian Federation and United States of America",
            id="2026",
        ),
    ],
)
def test_asterisks_follow_the_membership_of_the_year(symbol, date, sponsors, expected, fixed_sponsors) -> None:
    text = draft(symbol, date, sponsors)
    assert findings(text) == expected
    fixed, count = resolint.fix_text(text, RH603, "draft.txt")
    assert count == 2
    assert f"{fixed_sponsors}: draft resolution" in fixed
    assert findings(fixed) == []


def test_missing_asterisks_and_footnote_in_2021() -> None:
    # 2021: Japan (2021-2023) and Mexico (2021-2023) are members, Andorra is not
    text = draft("E/2021/L.5", "2 June 2021", "Andorra, Japan and Mexico", footnote=False)
    assert findings(text) == [
        (
            f'Add the footnote "* State not a member of the {ECOSOC}." for the asterisks',
            "Andorra, Japan and Mexico: draft resolution",
        ),
        (f"Andorra is not a member of the {ECOSOC} in 2021: mark it with an asterisk", "Andorra"),
    ]


def test_correct_marks_give_no_finding() -> None:
    # 2023: Liechtenstein holds Austria's seat for the last year of the 2021-2023 term; Greece and Slovenia
    # were elected in 2022 for 2023-2025
    text = draft("E/2023/L.20", "6 June 2023", "Austria,* Greece, Liechtenstein and Slovenia")
    assert findings(text) == []


def test_a_year_without_data_is_not_checked() -> None:
    assert organ_members(ECOSOC, 2022) is None
    text = draft("E/2022/L.9", "1 June 2022", "Andorra, Japan* and Mexico", footnote=False)
    assert findings(text) == []


def test_commission_drafts_are_not_checked_against_the_council() -> None:
    # the masthead of a functional commission's draft also reads "Economic and Social Council"
    text = draft("E/CN.6/2024/L.3", "15 March 2024", "Afghanistan, Andorra and Chile", footnote=False)
    text = text.replace("The Economic and Social Council,", "The Commission on the Status of Women,")
    assert findings(text) == []


def test_organ_option_accepts_ecosoc() -> None:
    assert canonical_organ("ECOSOC") == ECOSOC
    assert canonical_organ("the Economic and Social Council") == ECOSOC
    text = draft("A/79/L.1", "3 June 2024", "Andorra and Japan", footnote=False)
    settings = Settings(select=["RH603"], options={"RH603": {"organ": "ECOSOC", "year": 2023}})
    assert (f"Andorra is not a member of the {ECOSOC} in 2023: mark it with an asterisk", "Andorra") in findings(
        text, settings
    )


def ecosoc_rows() -> dict[int, list[str]]:
    text = resources.files("resolint.data").joinpath("council-membership.tsv").read_text(encoding="utf-8")
    rows: dict[int, list[str]] = {}
    for line in text.splitlines():
        if line.startswith(f"{ECOSOC}\t"):
            _, year, state, confidence, source = line.split("\t")
            assert confidence in {"high", "medium"} and source, line
            rows.setdefault(int(year), []).append(state)
    return rows


def test_ecosoc_years_have_54_members_less_documented_vacancies() -> None:
    rows = ecosoc_rows()
    assert set(rows) == set(ECOSOC_YEARS)
    for year, states in rows.items():
        assert len(states) == len(set(states)) == 54 - ECOSOC_YEARS[year], year
        assert all(official_state_name(state) == state for state in states), year
        assert organ_members(ECOSOC, year) == frozenset(name_key(state) for state in states)
