"""UN dates in words ("11 October 2023", "11 September–13 October 2023") to ISO dates."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?")


def iso_date(text: str | None, year: int | None = None) -> str | None:
    """``"11 October 2023"`` → ``"2023-10-11"``; a date without its year takes ``year``; else None."""
    found = DAY_MONTH_YEAR.search(text or "")
    if not found:
        return None
    month = MONTHS.get(found.group(2).lower())
    the_year = int(found.group(3)) if found.group(3) else year
    if month is None or the_year is None:
        return None
    try:
        return date(the_year, month, int(found.group(1))).isoformat()
    except ValueError:
        return None


def date_range(text: str) -> list[tuple[str, str]]:
    """``"11 September–13 October 2023"`` → ``[("11 September", "2023-09-11"), ("13 October 2023", "2023-10-13")]``.

    The first date takes the year of the last (the year before when its month comes later).
    Empty when either end is not a date.
    """
    pieces = [piece.strip() for piece in re.split(r"\s*[–-]\s*", text) if piece.strip()]
    if len(pieces) != 2:
        return []
    end = iso_date(pieces[1])
    if end is None:
        return []
    start_match = DAY_MONTH_YEAR.search(pieces[0])
    start = iso_date(pieces[0], int(end[:4]))
    if start is not None and start_match and not start_match.group(3) and start > end:
        start = iso_date(pieces[0], int(end[:4]) - 1)
    return [(pieces[0], start), (pieces[1], end)] if start else []
