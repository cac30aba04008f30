"""RR502: dates valid and written the UN way ("9 December 1998")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import HeadingField, Text
from resolint.rules._common import MONTH_PATTERN, MONTHS, NON_ASCII_RE, plain_edit
from resolint.rules.base import Rule

MONTH_SPELLINGS = (*MONTHS, *(month.lower() for month in MONTHS), *(month.upper() for month in MONTHS))
FOUR_DIGITS_RE = re.compile(r"\d{4}")
TITLE_MONTHS = frozenset(MONTHS)
DIGITS_ONLY = bytes(ord("0") if ord("0") <= byte <= ord("9") else ord(" ") for byte in range(256))
"""Bytes table: every ASCII digit a 0, everything else a space."""
MONTH_INDEX = {name.casefold(): number for number, name in enumerate(MONTHS, start=1)}
# The patterns start with a digit or a capital, so that the regex engine skips to those: "\b\d{1,2}" is
# written "\d(?<!\w\d)\d?" and "\bJanuary" "J(?<!\wJ)anuary" (a leading "\b" makes it try every place).
DAY_START = r"\d(?<!\w\d)\d?"
MONTH_START = "|".join(f"{month[0]}(?<!\\w{month[0]}){month[1:]}" for month in MONTHS)
DAY_FIRST_RE = re.compile(
    rf"(?P<day>{DAY_START})(?P<ordinal>st|nd|rd|th)?(?P<of> of)? (?P<month>(?i:{MONTH_PATTERN}))"
    rf"(?P<comma>,?) (?P<year>\d{{4}})\b"
)
MONTH_FIRST_RE = re.compile(rf"(?P<month>{MONTH_START}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?, (?P<year>\d{{4}})\b")
HYPHEN_RANGE_RE = re.compile(
    rf"{DAY_START} (?:{MONTH_PATTERN})(?P<dash> ?- ?| – )\d{{1,2}} (?:{MONTH_PATTERN}) \d{{4}}\b"
)


class DateForm(Rule[Text]):
    """Date not valid or not in UN form.

    ## What it does
    Finds dates in the heading and the text and checks that they exist (no 31 April) and are written
    as the UN writes them: day, month, year — "9 December 1998" — with no ordinal ("9th"), no "of",
    no comma, the month capitalized, and an en dash without spaces in a range of days across months
    ("24 February–4 April 2025"). "December 9, 1998" is rewritten as "9 December 1998". Ranges such
    as "29 and 30 April 2024" are fine. Security Council resolutions are published as the Council
    adopted them ("17th May 2021", "August 26, 2021" in S/RES/2579 and 2593): in their text only
    dates that do not exist are reported.

    ## Why is this bad?
    UN documents use one date form so that dates read and translate the same everywhere; a wrong day
    in a citation ("resolution 53/144 of 31 November 1998") points at a text that does not exist.

    ## Example
    ```
    *Recalling* General Assembly resolution 53/144 of December 9th, 1998,
    ```

    ## Use instead
    ```
    *Recalling* General Assembly resolution 53/144 of 9 December 1998,
    ```

    ## Fix safety
    Safe where offered: the fix rewrites the date in UN form ("9 December 1998", an en dash in a
    range); a date the rule cannot read without doubt gets a message and no fix.

    ## References
    UN Editorial Manual, numbers, dates and time (docs/style-sources.md section 5, "Dates").
    """

    code = "RR502"
    slug = "date-form"
    severity = Severity.WARNING
    summary = 'Date not valid or not in UN form ("9 December 1998")'
    fixable = "sometimes"
    fix_title = "Write the date in UN form"

    node_kind = "texts"

    def check_document(self) -> Iterator[Diagnostic]:
        for name in ("date", "session-dates"):
            field = self.document.heading.field(name)
            if field is not None:
                yield from self._check_field(field)

    def check(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        if not _has_four_digits(plain):
            return  # every pattern below ends with a year
        written = _months_written(plain)
        if not written:
            return  # every pattern below has a month
        yield from self._days_first(text)
        if TITLE_MONTHS.isdisjoint(written):
            return  # the patterns below have a month with a capital
        yield from self._months_first(text)
        if ("-" in plain or "–" in plain) and self.facts.house_style:
            yield from self._hyphen_ranges(text)

    def _days_first(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        for match in DAY_FIRST_RE.finditer(plain):
            wanted = _wanted(match)
            problem = _invalid(match)
            if not problem and (wanted == match.group(0) or not self.facts.house_style):
                continue  # most dates are valid and in UN form; the Council's are written as adopted
            span = self.context.text_span(text, match.start(), match.end())
            if problem:
                yield self.diagnostic(span, problem)
            else:
                edit = plain_edit(text, match.start(), match.end(), wanted)
                yield self.diagnostic(span, f'Write the date as "{wanted}"', [edit] if edit else None)

    def _months_first(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        for match in MONTH_FIRST_RE.finditer(plain):
            span = self.context.text_span(text, match.start(), match.end())
            wanted = _wanted(match)
            problem = _invalid(match)
            if not problem and not self.facts.house_style:
                continue  # "August 26, 2021": the Council's dates are written as adopted
            edit = None if problem else plain_edit(text, match.start(), match.end(), wanted)
            message = problem or f'Write the date day first, as "{wanted}"'
            yield self.diagnostic(span, message, [edit] if edit else None)

    def _hyphen_ranges(self, text: Text) -> Iterator[Diagnostic]:
        for match in HYPHEN_RANGE_RE.finditer(text.plain):
            start, end = match.span("dash")
            edit = plain_edit(text, start, end, "–")
            yield self.diagnostic(
                self.context.text_span(text, start, end),
                "Join a range of dates with an en dash and no spaces: “24 February–4 April 2025”",
                [edit] if edit else None,
            )

    def _check_field(self, field: HeadingField) -> Iterator[Diagnostic]:
        value = field.value
        written = self.document.source[field.span.start : field.span.end]
        base = field.span.start + max(written.find(value), 0)
        for pattern in (DAY_FIRST_RE, MONTH_FIRST_RE):
            for match in pattern.finditer(value):
                span = self.context.span(base + match.start(), base + match.end())
                problem = _invalid(match)
                wanted = _wanted(match)
                if problem:
                    yield self.diagnostic(span, problem)
                elif wanted != match.group(0):
                    edit = Edit(span.start, span.end, wanted)
                    yield self.diagnostic(span, f'Write the date as "{wanted}"', [edit])


def _has_four_digits(plain: str) -> bool:
    """``FOUR_DIGITS_RE.search(plain)``: ASCII digits in C first; other digits are rare."""
    if b"0000" in plain.encode("utf-8", "surrogatepass").translate(DIGITS_ONLY):
        return True
    if plain.isascii() or not any(char.isdecimal() for char in set(NON_ASCII_RE.findall(plain))):
        return False
    return FOUR_DIGITS_RE.search(plain) is not None


def _months_written(plain: str) -> list[str]:
    """The ``MONTH_SPELLINGS`` in ``plain``; the lower-case text tells which months to look for."""
    lowered = plain.lower()
    return [
        spelling
        for month in MONTHS
        if month.lower() in lowered
        for spelling in (month, month.lower(), month.upper())
        if spelling in plain
    ]


def _wanted(match: re.Match[str]) -> str:
    month = MONTHS[MONTH_INDEX[match["month"].casefold()] - 1]
    return f"{int(match['day'])} {month} {match['year']}"


def _invalid(match: re.Match[str]) -> str | None:
    day, year = int(match["day"]), int(match["year"])
    month = MONTH_INDEX[match["month"].casefold()]
    last = calendar.monthrange(year, month)[1]
    if 1 <= day <= last:
        return None
    return f"{match.group(0)} does not exist: {MONTHS[month - 1]} {year} has {last} days; check the date"
