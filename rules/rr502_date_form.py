"""RR502: dates valid and written the UN way ("9 December 1998")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import HeadingField, Text
from resolint.rules._common import MONTH_PATTERN, MONTHS, plain_edit
from resolint.rules.base import Rule

MONTH_SPELLINGS = (*MONTHS, *(month.lower() for month in MONTHS), *(month.upper() for month in MONTHS))
FOUR_DIGITS_RE = re.compile(r"\d{4}")
MONTH_INDEX = {name.casefold(): number for number, name in enumerate(MONTHS, start=1)}
DAY_FIRST_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?P<ordinal>st|nd|rd|th)?(?P<of> of)? (?P<month>(?i:{MONTH_PATTERN}))"
    rf"(?P<comma>,?) (?P<year>\d{{4}})\b"
)
MONTH_FIRST_RE = re.compile(rf"\b(?P<month>{MONTH_PATTERN}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?, (?P<year>\d{{4}})\b")
HYPHEN_RANGE_RE = re.compile(
    rf"\b\d{{1,2}} (?:{MONTH_PATTERN})(?P<dash> ?- ?| – )\d{{1,2}} (?:{MONTH_PATTERN}) \d{{4}}\b"
)


class DateForm(Rule):
    """Date not valid or not in UN form.

    ## What it does
    Finds dates in the heading and the text and checks that they exist (no 31 April) and are written
    as the UN writes them: day, month, year — "9 December 1998" — with no ordinal ("9th"), no "of",
    no comma, the month capitalized, and an en dash without spaces in a range of days across months
    ("24 February–4 April 2025"). "December 9, 1998" is rewritten as "9 December 1998". Ranges such
    as "29 and 30 April 2024" are fine.

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

    ## References
    UN Editorial Manual, numbers, dates and time (un-style.md section 5, "Dates").
    """

    code = "RR502"
    slug = "date-form"
    severity = Severity.WARNING
    summary = 'Date not valid or not in UN form ("9 December 1998")'
    fixable = "sometimes"
    fix_title = "Write the date in UN form"

    scope = "node"
    targets_name = "texts"

    def check_document(self) -> Iterator[Diagnostic]:
        for name in ("date", "session-dates"):
            field = self.document.heading.field(name)
            if field is not None:
                yield from self._check_field(field)

    def check_node(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        if not FOUR_DIGITS_RE.search(plain) or not any(month in plain for month in MONTH_SPELLINGS):
            return  # every pattern below has a month and ends with a year
        for match in DAY_FIRST_RE.finditer(plain):
            span = self.context.text_span(text, match.start(), match.end())
            wanted = _wanted(match)
            problem = _invalid(match)
            if problem:
                yield self.diagnostic(span, problem)
            elif wanted != match.group(0):
                edit = plain_edit(text, match.start(), match.end(), wanted)
                yield self.diagnostic(span, f'Write the date as "{wanted}"', [edit] if edit else None)
        for match in MONTH_FIRST_RE.finditer(plain):
            span = self.context.text_span(text, match.start(), match.end())
            wanted = _wanted(match)
            problem = _invalid(match)
            edit = None if problem else plain_edit(text, match.start(), match.end(), wanted)
            message = problem or f'Write the date day first, as "{wanted}"'
            yield self.diagnostic(span, message, [edit] if edit else None)
        for match in HYPHEN_RANGE_RE.finditer(plain):
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
