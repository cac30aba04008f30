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
from resolint.grammar.labelled import NUMBERS_CODE_RE, UN_ORGAN_RE, labelled_line, names_of
from resolint.grammar.sponsors import parse_sponsor_line, starts_state_name
from resolint.model import Heading, HeadingField, LineIndex, Span, Sponsor, Title
from resolint.refdata import ORGANS

if TYPE_CHECKING:
    from resolint.grammar.segment import Unit

MONTHS = MONTH_PATTERN
SYMBOL_RE = re.compile(r"\b([A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+)")
# "A/RES/72/263 A–C", "S/RES/2632 (2022)", ECOSOC's older "E/RES/1974/1848(LVI)" (the session in Roman numerals)
SYMBOL_LINE_RE = re.compile(
    SYMBOL_RE.pattern + r"(?: ?\([IVXLC]{1,7}\))?(?: [A-Z](?:[–-][A-Z])?)?(?: \(\d{4}\))?"
)
DISTR_SYMBOL_RE = re.compile(r"Distr\.?:?\s+(" + SYMBOL_LINE_RE.pattern + ")")  # a web table's "Distr. E/RES/…"
DISTR_RE = re.compile(rf"^Distr\.?:?\s*(General|Limited|Restricted)\b\.?\s*({DATE})?", re.IGNORECASE)
ORGAN_DISTR_RE = re.compile(r"(\S.*?)\s+(Distr\.?:.*)$")
ORIGINAL_RE = re.compile(r"^Original:\s*(.+)$")
SESSION_RE = re.compile(
    r"^((?:[A-Z][a-z]+(?:-[a-z]+)?|\d{4})(?: special| emergency special| resumed)? session(?: (?:of|for) \d{4})?)$"
)  # "2021 session"; ECOSOC's until 2013: "Substantive session of 2010", "Organizational session for 2011"
DATES_RE = re.compile(r"^(?:(?:New York|Geneva), )?" + DATE_RANGE_RE.pattern.removeprefix("^"))  # ECOSOC's place
DOC_TYPE_ALONE_RE = re.compile(r"(?:(?:further )?revised )?(?:draft )?(?:resolution|decision)", re.IGNORECASE)
AGENDA_RE = re.compile(r"^Agenda items? (.+)$")
WRAPPED_TITLE_LINE = 40  # a title's printed line that the next carries on fills a column of 45-70 characters
# 76/1, ECOSOC 2021/3, a part "76/246 A." (its letter before a full stop: a draft's "54/… A world …" is a title);
# the Human Rights Council's first sessions "Resolution 7/26. …"; ECOSOC's older numbers with the session in
# Roman numerals, as the UN's pages print them with the year: "1966/1104(XL).Report …", "1951/355(XII)B.Single …";
# a Geneva draft's number left blank after the session, without the ellipsis: "28/ Rights of the child: …"
TITLE_RE = re.compile(
    r"^(?:Resolution\s+)?(\d{1,4}/(?:\d{1,4}(?:\s?\([IVXLC]+(?:-[IVXLC]+)?\))?(?:\s*[A-Z](?=\.))?|\.{3}|…|(?=[ \t])))"
    r"(?:\.\s*|\s+)(\S.*)$",
    re.DOTALL,
)
SYMBOL_END_RE = re.compile(r"\d{1,4}")  # "28" under "A/HRC/28/L.": the symbol's last element
NUMBER_ALONE_RE = re.compile(r"\d{1,4}/\d{1,4}\.?")  # "27/1": a resolution's number on a line of its own
MEETING_HEAD_RE = re.compile(r"\d+(?:st|nd|rd|th) (?:plenary )?meeting$", re.IGNORECASE)  # "14th plenary meeting"
OLD_NOTE_MARK_RE = re.compile(r"(?<=\S)(?:\d{1,3}|\*{1,3})?/$")  # "…Narcotic Drugs*/": the title's note mark
MASTHEAD_RE = re.compile(r"United Nations(\s+" + SYMBOL_LINE_RE.pattern + r".*)?")
GOES_ON_RE = re.compile(r"(?:,\**|\b(?:and|on|of|at|by|the))\s*$")  # the sentence goes on
LAYOUT_SPACE_RE = re.compile(r"[ \t\r\n]+")
TYPE_GOES_ON_RE = re.compile(r":\*?\s*(?:(?:further\s+)?revised(?:\s+draft)?|draft)?$")  # "…: draft" / "resolution"
COMMITTEE = ("Committee", "Committee)")  # a Main Committee of the Assembly
MASTHEAD_ORGAN = "General Assembly"  # in the masthead of the papers of its subsidiary bodies (A/HRC/…)
NO_NAME_RE = re.compile(r"[\d:]|[.;!?]\s*$")  # States' names hold no digits or colon; a list line ends in none of these
NAME_TAIL_RE = re.compile(r"^(?:(?:of|the|and)\b\s*)+")  # "the Grenadines", a name's end on the next line ("of the)")
ELIDED_RE = re.compile(r"[a-z]{1,2}['’]")  # "d’Ivoire" at a line's start
NAME_SEPARATOR_RE = re.compile(r",|\band\b")
SMALL_WORD_RE = re.compile(r"(?<![\w'’])[a-z][\w'’]*")  # "d’Ivoire" is one word, "People's" none
NAME_SMALL_WORDS = {"and", "of", "the"}  # the only words in lower case in a State's name ("Kingdom of the")
NOT_A_TITLE_RE = re.compile(r"\b(?:[Aa]dopted|meeting|session)\b|\d{4}$")  # adoption and meeting lines, dates
ADOPTED_RE = re.compile(rf"^(Resolutions?|Decisions?) adopted by the (.{{1,80}}?)(?: on ({DATE}))?$", re.IGNORECASE)
# the topic of a Model UN draft on a line of its own, without a label: "Regarding the Question of Cheynia",
# "Question of the Situation in Mali", "The question of Western Sahara", "On the question of …"
QUESTION_TITLE_RE = re.compile(r"(?:(?:Regarding|On|Re:?) )?(?:the )?question of \S", re.IGNORECASE)
LINE_MAX = 500  # a heading item is one line of bounded length: a longer one holds the resolution's text
# the longest heading item, a list of sponsors (every Member State, with asterisks: about 3,000 characters);
# lines held longer than this are text, which keeps reading a long prologue linear
HELD_MAX = 4_000


class HeadingReader:
    def __init__(self, source: str, lines: LineIndex, *, printed_lines: bool = True) -> None:
        self.source = source
        self.lines = lines
        self.printed_lines = printed_lines  # False: a line is a Word paragraph, never a wrapped piece of one
        self.fields: list[HeadingField] = []
        self.sponsors: list[Sponsor] = []
        self.sponsors_span: Span | None = None
        self.title: Title | None = None
        self.start: int | None = None
        self.end: int | None = None
        self._expect_agenda_title = False
        self._title_follows = False  # after "Resolution adopted by …" or a meeting line: the title is next
        self._number: tuple[str, Span] | None = None  # "27/1" on a line of its own, its title on the next
        self.drafter = False  # a drafter's labelled lines ("Committee:", "Sponsors:" …): a Model UN draft's heading
        self._open_list: tuple[str, list[tuple[int, int]]] | None = None  # a labelled list that may go on
        self._title_open = False  # the piece before was the numbered title, with no closing mark: it may go on

    def heading(self) -> Heading:
        span = self.lines.span(self.start, self.end) if self.start is not None and self.end is not None else None
        return Heading(tuple(self.fields), tuple(self.sponsors), self.sponsors_span, False, span, self.drafter)

    def read(self, units: list[Unit]) -> list[Unit]:
        """Read heading items; returns the units (or pieces of them) that are not heading.

        A line that is no heading item but ends as a sentence that goes on (a comma, "and", "on" …) or
        lists names between commas is held and read again with the lines after it: a list of sponsors
        printed over several lines, wrapped after any word ("…, Finland, France," / "Germany, …, Sweden
        and" / "Uruguay: revised draft resolution"; "…, Brunei" / "Darussalam, …").
        Held lines that make no heading item are one piece of the prologue with the line that ends them
        ("Adopted by the Security Council at its 9125th meeting, on" / "31 August 2022"); lines held as
        names before a heading item of their own are one piece of it (``_item_after_names``)."""
        leftover: list[Unit] = []
        held: list[tuple[Unit, int, int]] = []
        for unit in units:
            if unit.kind == "comment" or unit.kind.startswith("footnote"):
                leftover.extend(_held_unit(held) if held else [])
                held = []
                leftover.append(unit)
                continue
            for start, end in self._pieces(unit):
                if held and end - held[0][1] > HELD_MAX:  # no heading item is this long: the held lines are text
                    leftover.append(_held_unit(held))
                    held = []
                if held:
                    if self._held_piece(held, end):
                        pass
                    elif self._item_after_names(held, start, end):
                        leftover.append(_held_unit(held))
                    else:
                        held.append((unit, start, end))
                        if _goes_on(self.source[start:end]):
                            continue
                        leftover.append(_held_unit(held))
                    held = []
                    continue
                if self._piece(start, end):
                    continue
                if _goes_on(self.source[start:end]):
                    held.append((unit, start, end))
                else:
                    leftover.append(_piece_unit(unit, start, end))
        if held:
            leftover.append(_held_unit(held))
        return leftover

    def _held_piece(self, held: list[tuple[Unit, int, int]], end: int) -> bool:
        """The held lines with the line that ends at ``end``, read as one heading item. Longer than a line
        (``LINE_MAX``) only a list of sponsors is one, and its document type ("…: draft resolution") stands
        in the last two lines: without a colon there, the lines are not read again (a long report keeps
        the reading linear)."""
        if end - held[0][1] > LINE_MAX and ":" not in self.source[held[-1][1] : end]:
            return False
        return self._piece(held[0][1], end)

    def _item_after_names(self, held: list[tuple[Unit, int, int]], start: int, end: int) -> bool:
        """A heading item after lines held as names that it does not end ("Special Political and
        Decolonization Committee (Fourth Committee)" / "Agenda item 54"): the item is read (the held
        lines are then prologue). A sentence held for its end ("…, on" / "31 August 2022") is not cut."""
        last = held[-1]
        return not GOES_ON_RE.search(strip_marks(self.source[last[1] : last[2]])) and self._piece(start, end)

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

    def _symbol_ends(self, text: str, end: int) -> bool:
        """The last element of a symbol that the PDF's text layer put on a line of its own: a symbol never
        ends with its separator, so "A/HRC/28/L." (or "A/C.3/79/L.", "E/CN.6/2024/") goes on in the number
        under it ("28")."""
        index = next((i for i, f in enumerate(self.fields) if f.name == "symbol"), None)
        if index is None or not self.fields[index].value.endswith((".", "/")):
            return False
        cut = self.fields[index]
        self.fields[index] = HeadingField("symbol", cut.value + text, self.lines.span(cut.span.start, end))
        self._grow(cut.span.start, end)
        return True

    def _organ(self, name: str, start: int, end: int) -> bool:
        """The organ line. A Human Rights Council (or other subsidiary body's) paper names the General
        Assembly in its masthead and the body itself in its session block: the body is the document's
        organ, and the masthead's line stays in the heading as its masthead. A Main Committee's draft
        ("Third Committee" in the session block) is the Assembly's: its line is kept as prologue text."""
        masthead = next((f for f in self.fields if f.name == "organ"), None)
        if masthead is None or masthead.value != MASTHEAD_ORGAN or name == MASTHEAD_ORGAN or name.endswith(COMMITTEE):
            return self._field("organ", name, start, end)
        self.fields[self.fields.index(masthead)] = HeadingField("organ", name, self.lines.span(start, end))
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
        if "|" in raw:  # a row of a web table copied as text ("Distr. E/RES/1974/1848(LVI) | |"): its cells
            cells = raw.replace("|", " ")
            start += len(cells) - len(cells.lstrip())
            raw = cells.strip()
        text = strip_marks(raw)
        if not text:
            return False
        if self._title_open and text[:1].islower():
            return self._title_goes_on(raw, start)
        self._title_open = False
        if self._open_list is not None and self._list_goes_on(text, start, start + len(raw)):
            return True
        if SYMBOL_END_RE.fullmatch(text) and self._symbol_ends(text, start + len(raw)):
            return True
        self._open_list = None
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
        if symbol := DISTR_SYMBOL_RE.fullmatch(text):
            return self._field("symbol", symbol.group(1), start + raw.find(symbol.group(1)), start + len(raw))
        # "Security Council Distr.: General": the masthead's columns on one line
        beside = ORGAN_DISTR_RE.match(text) if "Distr" in text else None
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
            return self._organ(text, start, start + len(raw))
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
        if self._labelled(raw, start):
            return True
        adopted = ADOPTED_RE.match(text.rstrip("*"))
        if adopted:
            self._title_follows = True
            self._field("document-type", f"{adopted.group(1).lower()} adopted", start, start + len(raw))
            self._field("organ", adopted.group(2), start, start + len(raw))
            if adopted.group(3):
                self._field("adopted", adopted.group(3), start, start + len(raw))
            return True
        if DOC_TYPE_ALONE_RE.fullmatch(text):  # "Draft resolution" on a line of its own
            return self._field("document-type", text, start, start + len(raw))
        title = TITLE_RE.match(title_text(raw))
        if title and self.title is None:
            number = title.group(1)
            at = raw.find(number[:2])
            number_span = self.lines.span(start + at, start + at + len(number)) if at >= 0 else None
            name = OLD_NOTE_MARK_RE.sub("", one_line(title.group(2)).strip("| "))  # (a web table's cells: "| …|")
            self.title = Title(number, name, self.lines.span(start, start + len(raw)), number_span)
            self._grow(start, start + len(raw))
            self._title_open = self._wrapped(raw, name)
            return True
        if DATE_RE.match(text):
            return self._field("date", text, start, start + len(raw))
        if expect_title and not (
            _lists_names(text) and "," in text
        ):  # a draft's sponsors may follow an item without its title
            return self._field("agenda-title", text, start, start + len(raw))
        if self.title is None and self.sponsors and not self.drafter and len(text) < 400:
            self.title = Title(None, title_text(raw), self.lines.span(start, start + len(raw)))
            self._grow(start, start + len(raw))
            return True
        return self._title_alone(raw, text, start)

    def _title_goes_on(self, raw: str, start: int) -> bool:
        """The lower-case line under a wrapped title is the title's ("31/13. … religious" / "and linguistic minorities")."""
        assert self.title is not None
        end, text = start + len(raw), f"{self.title.text} {title_text(raw)}"
        self.title = Title(self.title.number, text, self.lines.span(self.title.span.start, end), self.title.number_span)
        self._grow(start, end)
        self._title_open = self._wrapped(raw, text)
        return True

    def _wrapped(self, raw: str, title: str) -> bool:
        """A title's printed line (no Word paragraph) with no closing mark that fills the column may go on."""
        return self.printed_lines and title[-1:] not in ".;:," and len(raw.strip()) >= WRAPPED_TITLE_LINE

    def _labelled(self, raw: str, start: int) -> bool:
        """A drafter's labelled line (``grammar/labelled.py``): the committee is the organ as written, the
        topic the title, the sponsors the sponsors; the code ("Resolution GA1/1.1") and the signatories
        are fields of their own. A list's names may go on in the lines after it (``_list_goes_on``)."""
        found = labelled_line(raw, start)
        if found is None:
            return self._drafter_code_or_organ(raw, start)
        value = one_line(self.source[found.value_start : found.value_end])
        self.drafter = self.drafter or found.item != "date"  # ("Date:" alone makes no drafter's heading)
        self._grow(start, start + len(raw))
        span = self.lines.span(found.value_start, found.value_end)
        if found.item == "title":
            if self.title is None and value:
                self.title = Title(None, title_text(value), span)
        elif found.item == "sponsors":
            self.sponsors.extend(names_of(self.source, [(found.value_start, found.value_end)], self.lines))
            self.sponsors_span = span
            self._open_list = ("sponsors", [(found.value_start, found.value_end)])
        elif value:
            if not self._field(found.item, value, found.value_start, found.value_end):  # a field read already
                return False  # ("Committee: …" under an organ's line): kept as text, never dropped
            if found.item in ("signatories", "code"):
                self._open_list = (found.item, [(found.value_start, found.value_end)])
        return True

    def _drafter_code_or_organ(self, raw: str, start: int) -> bool:
        """Two unlabelled lines of a drafter's heading: its code in numbers alone ("1.1") under its labelled
        lines, and its organ named with "United Nations" ("United Nations General Assembly"), as written."""
        text = strip_marks(raw)
        if self.drafter and NUMBERS_CODE_RE.fullmatch(text):
            return self._field("code", text, start, start + len(raw))
        organ = UN_ORGAN_RE.fullmatch(text)
        if organ is not None and organ.group(1) in ORGANS and not self.fields:
            return self._field("organ", text, start, start + len(raw))
        return False

    def _list_goes_on(self, text: str, start: int, end: int) -> bool:
        """A line that carries on the labelled list above it: names between commas ("Arabia,Sweden, Tunisia,
        …"), or the digits of a code cut at its dot ("Draft Resolution 1." / "0")."""
        assert self._open_list is not None
        item, segments = self._open_list
        if labelled_line(text, start) is not None:  # the next label ("Signatories - …")
            return False
        if item == "code":
            if not (text.isdigit() and self.source[segments[0][1] - 1] == "."):
                return False
        elif not _carries_on_names(text, self.source[segments[-1][0] : segments[-1][1]]):
            return False
        segments.append((start, end))
        self._grow(start, end)
        whole = self.lines.span(segments[0][0], end)
        if item == "sponsors":
            self.sponsors = names_of(self.source, segments, self.lines)
            self.sponsors_span = whole
            return True
        joiner = "" if item == "code" else " "
        value = joiner.join(one_line(self.source[s:e]) for s, e in segments)
        index = next(i for i, f in enumerate(self.fields) if f.name == item)
        self.fields[index] = HeadingField(item, value, whole)
        return True

    def _title_alone(self, raw: str, text: str, start: int) -> bool:
        """The title of an adopted text printed without its number, or under it on a line of its own:
        "Resolution adopted by the Human Rights Council*" / "Right of the Palestinian people …";
        "27/1" / "Enforced or involuntary disappearances"; a meeting line and its date, then the title."""
        if self.title is not None:
            return False
        if NUMBER_ALONE_RE.fullmatch(text):
            self._number = (text.rstrip("."), self.lines.span(start, start + len(text.rstrip("."))))
            self._grow(start, start + len(raw))
            return True
        if MEETING_HEAD_RE.match(text):
            self._title_follows = True
            return False
        question = QUESTION_TITLE_RE.match(text) is not None  # a Model UN draft's topic line, unlabelled
        if not (self._title_follows or self._number or question) or len(text) >= 400 or text[:1] in "[(":
            return False
        if text[-1:] in ".;:,":
            return False
        number, number_span = self._number or (None, None)
        self.title = Title(number, title_text(raw), self.lines.span(start, start + len(raw)), number_span)
        self._grow(start, start + len(raw))
        return True


BYLINE_RE = re.compile(r"[Bb]y (?:the )?[A-Z][\w’'.&-]*(?: [\w’'.&-]+){0,5}")
"""A web page's byline under its heading ("by Voltaire Network"): a name after "by", no sentence."""


def is_byline(line: str) -> bool:
    return BYLINE_RE.fullmatch(strip_marks(line).strip()) is not None


def title_above(source: str, unit: Unit, lines: LineIndex) -> Title | None:
    """The title a copy prints alone right above the authoring line, without its number (a web page's
    "Report of the Special Committee on the Charter …", a press copy's draft title): one line that opens
    with a capital, runs two words or more and ends with no punctuation, and is no adoption line."""
    raw = source[unit.text_start : unit.end].strip()
    text = strip_marks(raw)
    if len(unit.lines) != 1 or unit.kind != "text" or not 2 <= len(text.split()) <= 40 or not text[:1].isupper():
        return None
    if text[-1] in ".,;:!?" or NOT_A_TITLE_RE.search(text):
        return None
    start = unit.text_start + len(source[unit.text_start : unit.end]) - len(source[unit.text_start : unit.end].lstrip())
    return Title(None, title_text(raw), lines.span(start, start + len(raw)))


def one_line(text: str) -> str:
    """A title over several lines on one; the UN's no-break spaces ("United\u00a0Nations") are kept."""
    return LAYOUT_SPACE_RE.sub(" ", text).strip()


def title_text(raw: str) -> str:
    """The title as printed, marks removed, its no-break spaces kept (``strip_marks`` folds them)."""
    if "<!--" in raw:
        return strip_marks(raw)
    text = raw.replace("^{", "").replace("}", "") if "^{" in raw else raw
    return one_line(text.replace("*", ""))


def _goes_on(line: str) -> bool:
    """The line goes on in the next: it ends as a sentence that goes on, or with a document type cut
    short ("…, Russian Federation: draft" / "resolution"), or it lists names between commas, as a
    sponsor list wrapped at the page's width does ("…, Venezuela" / "(Bolivarian Republic of), Zambia:
    draft resolution")."""
    text = strip_marks(line).strip()
    if GOES_ON_RE.search(text) or TYPE_GOES_ON_RE.search(text):
        return True
    return _lists_names(text) or _name_cut_at_line_end(text)


def _name_cut_at_line_end(text: str) -> bool:
    """Names between commas, then the opening words of a State's name that the printed line cut short:
    "…, Thailand,* the former" / "Yugoslav Republic of Macedonia, Timor-Leste,* …: draft resolution"."""
    names, comma, last = text.rpartition(",")
    return bool(comma) and _lists_names(names) and starts_state_name(last.strip(" *\t"))


def _carries_on_names(text: str, before: str) -> bool:
    """A line that carries a list of names on: two names or more between commas ("Arabia,Sweden, Tunisia,"),
    or the last name alone after a line that ends with a comma ("…, Republic of Korea," / "Iran"). A line
    with one name and a comma is not one ("THE GENERAL ASSEMBLY," under "MAIN SUBMITTER: Kenya")."""
    if not _lists_names(text):
        return before.rstrip().endswith(",") and text[-1:].isalpha() and "," not in text and len(text.split()) <= 6
    return sum(1 for name in text.split(",") if name.strip()) >= 2


def _lists_names(text: str) -> bool:
    """Names between commas or "and", each with a capital: a line of a sponsor list ("Russian Federation
    and United Kingdom of Great Britain and Northern" / "Ireland: draft resolution"; not an agenda title's
    "Promotion and protection of all human rights, civil, political …")."""
    names = [NAME_TAIL_RE.sub("", piece.strip(" *\t")) for piece in NAME_SEPARATOR_RE.split(text)]
    return (
        len(names) > 1
        and not NO_NAME_RE.search(text)
        and all(name[:1].isupper() or name[:1] in "()" or ELIDED_RE.match(name) for name in names if name)
        and all(word in NAME_SMALL_WORDS or "'" in word or "’" in word for word in SMALL_WORD_RE.findall(text))
    )


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
