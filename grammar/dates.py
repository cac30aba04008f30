"""Month names and the UN's date forms ("9 December 1998", "24 February–4 April 2025"), written once.

Used by the heading reader, the Word import and the date rule (RR502), which also finds here the
dates of running text written other ways ("December 9th, 1998", "9 of december 1998").
"""

from __future__ import annotations

import calendar
import re

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_PATTERN = "|".join(MONTHS)
DATE = rf"\d{{1,2}} (?:{MONTH_PATTERN}) \d{{4}}"
"""A date the UN way, as a pattern to build on: day, month, year."""
DATE_RE = re.compile(rf"^{DATE}$")
"""A line that is one date and nothing else."""
DATE_RANGE_RE = re.compile(rf"^(\d{{1,2}}(?: (?:{MONTH_PATTERN}))?(?: \d{{4}})?\s*[–-]\s*{DATE})$")
"""A line that is a range of days ending in a full date ("24 February–4 April 2025")."""

MONTH_NUMBERS = {name.casefold(): number for number, name in enumerate(MONTHS, start=1)}
"""Month number by the month's name in lower case."""

# The patterns below start with a digit or a capital, so that the regex engine skips to those:
# "\b\d{1,2}" is written "\d(?<!\w\d)\d?" and "\bJanuary" "J(?<!\wJ)anuary" (a leading "\b" makes
# it try every place).
_DAY_START = r"\d(?<!\w\d)\d?"
_MONTH_START = "|".join(f"{month[0]}(?<!\\w{month[0]}){month[1:]}" for month in MONTHS)
DAY_FIRST_RE = re.compile(
    rf"(?P<day>{_DAY_START})(?P<ordinal>st|nd|rd|th)?(?P<of> of)? (?P<month>(?i:{MONTH_PATTERN}))"
    rf"(?P<comma>,?) (?P<year>\d{{4}})\b"
)
"""A date in running text written day first, the UN way or not ("9th of december, 1998")."""
MONTH_FIRST_RE = re.compile(rf"(?P<month>{_MONTH_START}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?, (?P<year>\d{{4}})\b")
"""A date in running text written month first ("December 9, 1998")."""
HYPHEN_RANGE_RE = re.compile(
    rf"{_DAY_START} (?:{MONTH_PATTERN})(?P<dash> ?- ?| – )\d{{1,2}} (?:{MONTH_PATTERN}) \d{{4}}\b"
)
"""A range of days across months joined by a hyphen or a spaced dash ("24 February - 4 April 2025")."""


def un_date(match: re.Match[str]) -> str:
    """The date a match of :data:`DAY_FIRST_RE` or :data:`MONTH_FIRST_RE` reads, the UN way."""
    month = MONTHS[MONTH_NUMBERS[match["month"].casefold()] - 1]
    return f"{int(match['day'])} {month} {match['year']}"


def date_problem(match: re.Match[str]) -> str | None:
    """Why the date a match of :data:`DAY_FIRST_RE` or :data:`MONTH_FIRST_RE` reads does not exist, or None."""
    day, year = int(match["day"]), int(match["year"])
    month = MONTH_NUMBERS[match["month"].casefold()]
    last = calendar.monthrange(year, month)[1]
    if 1 <= day <= last:
        return None
    return f"{match.group(0)} does not exist: {MONTHS[month - 1]} {year} has {last} days; check the date"


def months_written(plain: str) -> list[str]:
    """The months written in ``plain`` (as "May", "may" or "MAY"); the lower-case text tells which to look for."""
    lowered = plain.lower()
    return [
        spelling
        for month in MONTHS
        if month.lower() in lowered
        for spelling in (month, month.lower(), month.upper())
        if spelling in plain
    ]
