"""RR502: dates valid and written the UN way ("9 December 1998"). The date patterns are ``grammar/dates.py``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.grammar.dates import (
    DAY_FIRST_RE,
    HYPHEN_RANGE_RE,
    MONTH_FIRST_RE,
    MONTHS,
    date_problem,
    months_written,
    un_date,
)
from resolint.model import HeadingField, Text
from resolint.rules._common import NON_ASCII_RE, plain_edit
from resolint.rules.base import Rule

FOUR_DIGITS_RE = re.compile(r"\d{4}")
TITLE_MONTHS = frozenset(MONTHS)
DIGITS_ONLY = bytes(ord("0") if ord("0") <= byte <= ord("9") else ord(" ") for byte in range(256))
"""Bytes table: every ASCII digit a 0, everything else a space."""


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
        written = months_written(plain)
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
            wanted = un_date(match)
            problem = date_problem(match)
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
            wanted = un_date(match)
            problem = date_problem(match)
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
                problem = date_problem(match)
                wanted = un_date(match)
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
