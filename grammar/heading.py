"""The heading of pasted text: masthead, session block, sponsors, document type and title.

Works on the units before the authoring line, one line at a time (a line that starts in lower
case continues the one before). What is not recognised is handed back as prologue: kept, never
dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resolint.grammar.dates import DATE, DATE_RANGE_RE, DATE_RE, MONTH_PATTERN
from resolint.grammar.inline import strip_marks
from resolint.grammar.sponsors import parse_sponsor_line
from resolint.model import Heading, HeadingField, LineIndex, Span, Sponsor, Title
from resolint.refdata import ORGANS

if TYPE_CHECKING:
    from resolint.grammar.segment import Unit

MONTHS = MONTH_PATTERN
SYMBOL_RE = re.compile(r"\b([A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+)")
# "A/RES/72/263 A–C", "S/RES/2632 (2022)"
SYMBOL_LINE_RE = re.compile(SYMBOL_RE.pattern + r"(?: [A-Z](?:[–-][A-Z])?)?(?: \(\d{4}\))?")
DISTR_RE = re.compile(rf"^Distr\.?:?\s*(General|Limited|Restricted)\b\.?\s*({DATE})?", re.IGNORECASE)
ORIGINAL_RE = re.compile(r"^Original:\s*(.+)$")
SESSION_RE = re.compile(
    r"^((?:[A-Z][a-z]+(?:-[a-z]+)?|\d{4})(?: special| emergency special| resumed)? session)$"
)  # "2021 session"
DATES_RE = DATE_RANGE_RE
DOC_TYPE_ALONE_RE = re.compile(r"(?:(?:further )?revised )?(?:draft )?(?:resolution|decision)", re.IGNORECASE)
AGENDA_RE = re.compile(r"^Agenda items? (.+)$")
TITLE_RE = re.compile(r"^(\d{1,4}/(?:\d{1,4}|\.{3}|…)(?:\s*[A-Z])?)\.?\s+(\S.*)$", re.DOTALL)  # 76/1, ECOSOC 2021/3
GOES_ON_RE = re.compile(r"(?:,\**|\band)\s*$")
ADOPTED_RE = re.compile(rf"^(Resolutions?|Decisions?) adopted by the (.+?)(?: on ({DATE}))?$", re.IGNORECASE)


class HeadingReader:
    def __init__(self, source: str, lines: LineIndex) -> None:
        self.source = source
        self.lines = lines
        self.fields: list[HeadingField] = []
        self.sponsors: list[Sponsor] = []
        self.sponsors_span: Span | None = None
        self.title: Title | None = None
        self.start: int | None = None
        self.end: int | None = None
        self._expect_agenda_title = False

    def heading(self) -> Heading:
        span = self.lines.span(self.start, self.end) if self.start is not None and self.end is not None else None
        return Heading(tuple(self.fields), tuple(self.sponsors), self.sponsors_span, False, span)

    def read(self, units: list[Unit]) -> list[Unit]:
        """Read heading items; returns the units (or pieces of them) that are not heading.

        A line that is no heading item but ends in a comma or "and" is held and read again with the
        lines after it: a list of sponsors printed over several lines ("…, Finland, France," /
        "Germany, …, Sweden and" / "Uruguay: revised draft resolution")."""
        leftover: list[Unit] = []
        held: list[tuple[Unit, int, int]] = []
        for unit in units:
            if unit.kind == "comment" or unit.kind.startswith("footnote"):
                leftover.extend(_piece_unit(*piece) for piece in held)
                held = []
                leftover.append(unit)
                continue
            for start, end in self._pieces(unit):
                if held and self._piece(held[0][1], end):
                    held = []
                    continue
                goes_on = GOES_ON_RE.search(self.source[start:end]) is not None
                if held and goes_on:
                    held.append((unit, start, end))
                    continue
                leftover.extend(_piece_unit(*piece) for piece in held)
                held = []
                if self._piece(start, end):
                    continue
                if goes_on:
                    held.append((unit, start, end))
                else:
                    leftover.append(_piece_unit(unit, start, end))
        leftover.extend(_piece_unit(*piece) for piece in held)
        return leftover

    def _pieces(self, unit: Unit) -> list[tuple[int, int]]:
        pieces: list[tuple[int, int]] = []
        for start, end in unit.lines:
            text = self.source[start:end]
            if pieces and text.lstrip()[:1].islower():
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
        return pieces

    def _field(self, name: str, value: str, start: int, end: int) -> None:
        if any(f.name == name for f in self.fields):
            return
        self.fields.append(HeadingField(name, value, self.lines.span(start, end)))
        self._grow(start, end)

    def _grow(self, start: int, end: int) -> None:
        self.start = start if self.start is None else min(self.start, start)
        self.end = end if self.end is None else max(self.end, end)

    def _piece(self, start: int, end: int) -> bool:
        raw = self.source[start:end]
        lead = len(raw) - len(raw.lstrip())
        start += lead
        raw = raw.strip()
        text = strip_marks(raw)
        if not text:
            return False
        expect_title = self._expect_agenda_title
        self._expect_agenda_title = False
        if text.startswith("United Nations") and not (expect_title and not SYMBOL_RE.search(text)):
            # the masthead's "United Nations" line; after "Agenda item 54" it is the agenda title
            # ("United Nations Relief and Works Agency …")
            symbol = SYMBOL_LINE_RE.search(text)  # "S/RES/2650 (2022)", "A/RES/76/246 A-B" whole
            if symbol:
                at = start + raw.find(symbol.group(0))
                self._field("symbol", symbol.group(0), at, at + len(symbol.group(0)))
            self._grow(start, start + len(raw))
            return True
        if SYMBOL_LINE_RE.fullmatch(text):
            self._field("symbol", text, start, start + len(raw))
            return True
        distr = DISTR_RE.match(text)
        if distr:
            self._field("distribution", distr.group(1).capitalize(), start, start + len(raw))
            if distr.group(2):
                at = raw.find(distr.group(2))
                self._field("date", distr.group(2), start + at, start + at + len(distr.group(2)))
            return True
        original = ORIGINAL_RE.match(text)
        if original:
            self._field("original", original.group(1).strip(), start, start + len(raw))
            return True
        if text in ORGANS:
            self._field("organ", text, start, start + len(raw))
            return True
        session = SESSION_RE.match(text)
        if session:
            self._field("session", text, start, start + len(raw))
            return True
        if DATES_RE.match(text):
            self._field("session-dates", text, start, start + len(raw))
            return True
        agenda = AGENDA_RE.match(text)
        if agenda:
            self._field("agenda-item", agenda.group(1).strip(), start, start + len(raw))
            self._expect_agenda_title = True
            return True
        sponsors = parse_sponsor_line(raw, start, self.lines)
        if sponsors is not None:
            self.sponsors, doc_type = sponsors
            self.sponsors_span = self.lines.span(start, start + len(raw))
            self._field("document-type", doc_type, start, start + len(raw))
            return True
        adopted = ADOPTED_RE.match(text)
        if adopted:
            self._field("document-type", f"{adopted.group(1).lower()} adopted", start, start + len(raw))
            self._field("organ", adopted.group(2), start, start + len(raw))
            if adopted.group(3):
                self._field("adopted", adopted.group(3), start, start + len(raw))
            return True
        if DOC_TYPE_ALONE_RE.fullmatch(text):  # "Draft resolution" on a line of its own
            self._field("document-type", text, start, start + len(raw))
            return True
        title = TITLE_RE.match(text)
        if title and self.title is None:
            number = title.group(1)
            at = raw.find(number[:2])
            number_span = self.lines.span(start + at, start + at + len(number)) if at >= 0 else None
            self.title = Title(
                number, " ".join(title.group(2).split()), self.lines.span(start, start + len(raw)), number_span
            )
            self._grow(start, start + len(raw))
            return True
        if DATE_RE.match(text):
            self._field("date", text, start, start + len(raw))
            return True
        if expect_title:
            self._field("agenda-title", text, start, start + len(raw))
            return True
        if self.title is None and self.sponsors and len(text) < 400:
            self.title = Title(None, text, self.lines.span(start, start + len(raw)))
            self._grow(start, start + len(raw))
            return True
        return False


def _piece_unit(unit: Unit, start: int, end: int) -> Unit:
    from resolint.grammar.segment import Unit as UnitClass

    if start == unit.start and end == unit.end:
        return unit
    text_start = max(start, unit.text_start)
    return UnitClass("text", start, end, text_start, unit.block, lines=[(start, end)])
