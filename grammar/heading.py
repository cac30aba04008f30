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
ORGAN_DISTR_RE = re.compile(r"(\S.*?)\s+(Distr\.?:.*)$")
ORIGINAL_RE = re.compile(r"^Original:\s*(.+)$")
SESSION_RE = re.compile(
    r"^((?:[A-Z][a-z]+(?:-[a-z]+)?|\d{4})(?: special| emergency special| resumed)? session)$"
)  # "2021 session"
DATES_RE = DATE_RANGE_RE
DOC_TYPE_ALONE_RE = re.compile(r"(?:(?:further )?revised )?(?:draft )?(?:resolution|decision)", re.IGNORECASE)
AGENDA_RE = re.compile(r"^Agenda items? (.+)$")
TITLE_RE = re.compile(r"^(\d{1,4}/(?:\d{1,4}|\.{3}|…)(?:\s*[A-Z])?)\.?\s+(\S.*)$", re.DOTALL)  # 76/1, ECOSOC 2021/3
MASTHEAD_RE = re.compile(r"United Nations(\s+" + SYMBOL_LINE_RE.pattern + r".*)?")
GOES_ON_RE = re.compile(r"(?:,\**|\b(?:and|on|of|at|by|the))\s*$")  # the sentence goes on
ADOPTED_RE = re.compile(rf"^(Resolutions?|Decisions?) adopted by the (.{{1,80}}?)(?: on ({DATE}))?$", re.IGNORECASE)
LINE_MAX = 500  # a heading item is one line of bounded length: a longer one holds the resolution's text


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

        A line that is no heading item but ends as a sentence that goes on (a comma, "and", "on" …) is
        held and read again with the lines after it: a list of sponsors printed over several lines
        ("…, Finland, France," / "Germany, …, Sweden and" / "Uruguay: revised draft resolution").
        Held lines that make no heading item are one piece of the prologue with the line that ends them
        ("Adopted by the Security Council at its 9125th meeting, on" / "31 August 2022")."""
        leftover: list[Unit] = []
        held: list[tuple[Unit, int, int]] = []
        for unit in units:
            if unit.kind == "comment" or unit.kind.startswith("footnote"):
                leftover.extend(_held_unit(held) if held else [])
                held = []
                leftover.append(unit)
                continue
            for start, end in self._pieces(unit):
                if held:
                    if not self._piece(held[0][1], end):
                        held.append((unit, start, end))
                        if GOES_ON_RE.search(self.source[start:end]):
                            continue
                        leftover.append(_held_unit(held))
                    held = []
                    continue
                if self._piece(start, end):
                    continue
                if GOES_ON_RE.search(self.source[start:end]):
                    held.append((unit, start, end))
                else:
                    leftover.append(_piece_unit(unit, start, end))
        if held:
            leftover.append(_held_unit(held))
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

    def _field(self, name: str, value: str, start: int, end: int) -> bool:
        """Take a heading field; False when the heading has it already (the line is then text of the
        prologue, kept: "31 August 2022" under "Adopted by the Security Council …, on")."""
        if any(f.name == name for f in self.fields):
            return False
        self.fields.append(HeadingField(name, value, self.lines.span(start, end)))
        self._grow(start, end)
        return True

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
        masthead = MASTHEAD_RE.fullmatch(text) if len(text) <= LINE_MAX else None
        if masthead and not (expect_title and not masthead.group(1)):
            # the masthead's "United Nations" line, alone or with the symbol; after "Agenda item 54" it
            # is the agenda title ("United Nations Relief and Works Agency …")
            symbol = SYMBOL_LINE_RE.search(text)  # "S/RES/2650 (2022)", "A/RES/76/246 A-B" whole
            if symbol:
                at = start + raw.find(symbol.group(0))
                self._field("symbol", symbol.group(0), at, at + len(symbol.group(0)))
            self._grow(start, start + len(raw))
            return True
        if SYMBOL_LINE_RE.fullmatch(text):
            return self._field("symbol", text, start, start + len(raw))
        beside = ORGAN_DISTR_RE.match(text)  # "Security Council Distr.: General": the masthead's columns on one line
        if beside and beside.group(1) in ORGANS:
            self._field("organ", beside.group(1), start, start + len(beside.group(1)))
            start, raw, text = start + beside.start(2), raw[beside.start(2) :], text[beside.start(2) :]
        distr = DISTR_RE.match(text)
        if distr:
            self._field("distribution", distr.group(1).capitalize(), start, start + len(raw))
            if distr.group(2):
                at = raw.find(distr.group(2))
                self._field("date", distr.group(2), start + at, start + at + len(distr.group(2)))
            return True
        original = ORIGINAL_RE.match(text)
        if original:
            return self._field("original", original.group(1).strip(), start, start + len(raw))
        if text in ORGANS:
            return self._field("organ", text, start, start + len(raw))
        session = SESSION_RE.match(text)
        if session:
            return self._field("session", text, start, start + len(raw))
        if DATES_RE.match(text):
            return self._field("session-dates", text, start, start + len(raw))
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
        if len(text) > LINE_MAX:  # (only a list of sponsors is longer)
            return False
        adopted = ADOPTED_RE.match(text)
        if adopted:
            self._field("document-type", f"{adopted.group(1).lower()} adopted", start, start + len(raw))
            self._field("organ", adopted.group(2), start, start + len(raw))
            if adopted.group(3):
                self._field("adopted", adopted.group(3), start, start + len(raw))
            return True
        if DOC_TYPE_ALONE_RE.fullmatch(text):  # "Draft resolution" on a line of its own
            return self._field("document-type", text, start, start + len(raw))
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
            return self._field("date", text, start, start + len(raw))
        if expect_title:
            return self._field("agenda-title", text, start, start + len(raw))
        if self.title is None and self.sponsors and len(text) < 400:
            self.title = Title(None, text, self.lines.span(start, start + len(raw)))
            self._grow(start, start + len(raw))
            return True
        return False


def _held_unit(held: list[tuple[Unit, int, int]]) -> Unit:
    """Lines of the heading's units that go on one into the next, as one unit of the prologue."""
    if len(held) == 1:
        return _piece_unit(*held[0])
    from resolint.grammar.segment import Unit as UnitClass

    first, last = held[0], held[-1]
    return UnitClass("text", first[1], last[2], first[1], first[0].block, lines=[(s, e) for _, s, e in held])


def _piece_unit(unit: Unit, start: int, end: int) -> Unit:
    from resolint.grammar.segment import Unit as UnitClass

    if start == unit.start and end == unit.end:
        return unit
    text_start = max(start, unit.text_start)
    return UnitClass("text", start, end, text_start, unit.block, lines=[(start, end)])
