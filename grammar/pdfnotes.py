"""Notes at the page feet of a PDF copy: where a page's notes start, their labels (grouped, scattered, printed
twice, glued to the last word), their texts, a note that goes on over the page, and the plain-digit markers in
the body that they pair with."""

from __future__ import annotations

import itertools
import re

from resolint.grammar.dates import MONTHS
from resolint.grammar.pdffurniture import (
    by_furniture,
)
from resolint.grammar.pdfjoin import SegmenterBase
from resolint.grammar.pdflines import (
    BARE_NUMBER_RE,
    CLOSING_LINE_RE,
    LIST_GOES_ON_RE,
    MAX_LOST_NOTES,
    MAX_NOTE_LINES,
    NOT_A_MARKER_BEFORE,
    NOTE_INLINE_RE,
    NUMBER_RE,
    NUMBERED_HEADING_RE,
    OWN_NUMBER_RE,
    REPEATED_MARKER_RE,
    RULE,
    TERMINAL,
    PrintedLine,
    end_char,
    opens,
    paragraph_opens,
)
from resolint.grammar.rawlines import RawLine


def _ends_range(text: str) -> bool:
    """``text`` ends with a range's dash after a number ("paras. 19–"): the number on the next line ends it."""
    return bool(re.search(r"\d\s?[\u2013\u2014-]$", text))


def _ends_body_line(row: PrintedLine) -> bool:
    """The line ends a paragraph of the resolution: notes end with a full stop, paragraphs rarely do."""
    return end_char(row.text) in ",;:" or bool(CLOSING_LINE_RE.match(row.text))


def _split_notes(rows: list[PrintedLine], count: int) -> list[list[PrintedLine]]:
    """``count`` note texts out of the text lines of a page foot: a note starts after a line that ends a
    sentence; with too few such ends, one line per note and the rest to the last."""
    if count == 0 or not rows:
        return []
    if len(rows) <= count:
        return [[row] for row in rows]
    cuts = [i for i in range(1, len(rows)) if end_char(rows[i - 1].text) in ".)" and rows[i].text[:1].isupper()]
    if len(cuts) < count - 1:
        cuts = list(range(1, count))
    bounds = [0, *cuts[: count - 1], len(rows)]
    return [rows[a:b] for a, b in itertools.pairwise(bounds)]


def _paragraph_below(body: list[PrintedLine], labels_at: int) -> int:
    """Where the notes of a page foot whose bare labels start at ``labels_at`` end: before a line right under the
    labels printed together that opens a paragraph of the resolution, which pdftotext may print there ("1." above
    the notes, the labels "1" "2" "3", then "Takes note of the reports of the Secretary-General; 1,2"). (A note's
    text may open so when it quotes one: "5" / "Reaffirming its resolution 46/182 …".)"""
    end = labels_at
    while end < len(body) and BARE_NUMBER_RE.match(body[end].text):
        end += 1
    return end if labels_at + 1 < end < len(body) and opens(body[end].text) else len(body)


def _page_number_last(labels: list[tuple[int, str, re.Match | None]], size: int) -> bool:
    """The last of a page foot's ``labels`` (index, label, inline match) is the page number: a bare number on the
    foot's last line, after notes each labelled on a line of its own above its text ("10" / its text / "11" / its
    text / "12")."""
    if len(labels) < 2 or labels[-1][2] is not None or labels[-1][0] != size - 1:
        return False
    return labels[-2][2] is None and labels[-2][0] < size - 2


def _month_follows(rest: str) -> bool:
    word = rest.strip().split(" ", 1)[0].rstrip(",;.")
    return word in MONTHS


class NoteReader(SegmenterBase):
    """Finds the notes at each page foot and pairs them with their markers."""

    under_rule: set[int]  # the printed lines right under a footnote separator (their index)

    def _page_foot(self, page: list[PrintedLine]) -> list[PrintedLine]:
        """Finds the notes at the foot of ``page``; returns its body lines (no furniture, no notes)."""
        body = [row for row in page if not row.furniture]
        # the first line under the UN's footnote separator opens the page's notes, its marker found or not
        self.under_rule = {
            row.index for rule, row in itertools.pairwise(page) if rule.furniture == RULE and not row.furniture
        }
        self.above = self.heading_rows if page[0].index <= self.content[self.body_at].index else []
        self._glued_label(body)
        start = self._foot_start(body)
        self._note_goes_on(body, len(body) if start is None else start)
        if start is not None:
            self._notes(body, start)
        kept = [row for row in body if not row.role]
        for index, row in enumerate(kept):  # a number left alone at the top or foot of the page
            if BARE_NUMBER_RE.match(row.text) and (index in (0, len(kept) - 1) or by_furniture(page, page.index(row))):
                row.furniture = "page number"
                self.copy.furniture.append((row.furniture, row.start, row.end))
        return [row for row in kept if not row.furniture]

    def _glued_label(self, body: list[PrintedLine]) -> None:
        """pdftotext's default mode joins a word cut by a layout hyphen at the page's last body line to what it
        reads next, the label of the page's first note ("… communicable and non11" / "12" / the texts): when the
        next note's number ends the last line before the page's notes, glued to a word, and its marker stands
        above, the number is cut off into a label line of its own (in ``body``)."""
        label = str(self.next_note)
        for index, row in enumerate(body):
            if not self.next_note or not row.text.endswith(label) or not self._notes_below(body, index + 1):
                continue
            if body[index + 1].text == label:
                return  # "… Human Rights6" / "6" / its text (-raw): the marker glued, then the label
            text = row.text[: -len(label)]
            if not (text[-2:].isalpha() and text[-1].islower()) or not self._marker_before(body, index, label):
                return
            cut = PrintedLine(row.index, row.end - len(label), row.end, label)
            row.text, row.end = text, cut.start
            body.insert(index + 1, cut)
            return

    def _notes_below(self, body: list[PrintedLine], index: int) -> bool:
        """``body[index:]`` may be the notes of a page foot alone: a few lines, the next labels or a note's text
        first, the last closing a sentence."""
        rest = body[index:]
        if not rest or len(rest) > MAX_NOTE_LINES or end_char(rest[-1].text) not in ".)":
            return False
        return bool(BARE_NUMBER_RE.match(rest[0].text)) or rest[0].text[:1].isupper() or rest[0].text[:1] == "("

    def _foot_start(self, body: list[PrintedLine]) -> int | None:
        """Index of the first note label (or text) at the page foot, expecting the next note number."""
        for index, row in enumerate(body):
            inline = NOTE_INLINE_RE.match(row.text)
            label = row.text if BARE_NUMBER_RE.match(row.text) else inline.group(1) if inline else None
            if label is None or not self._expected(label):
                continue
            under_rule = row.index in self.under_rule
            marked = under_rule or self._marker_before(body, index, label)
            if not marked and not self._unmarked_note(body, index, label):
                continue
            if inline is None:
                if self._body_follows(body, index):
                    continue  # a marker on its own line: notes sit below the page's last body line
                if index + 1 == len(body) and index and end_char(body[index - 1].text) not in ".)":
                    continue  # the page's last line, under a line no note ends: its page number
                self._first(label)
                grouped = index + 1 < len(body) and BARE_NUMBER_RE.match(body[index + 1].text)
                return self._texts_before(body, index) if grouped or index + 1 == len(body) else index
            previous_ends = index > 0 and (end_char(body[index - 1].text) in TERMINAL or self._gap_before(body, index))
            doubled = inline.group(2) == label  # "1 1": the label printed twice (-raw), never a sentence's words
            opens_foot = previous_ends or doubled or under_rule or index == len(body) - 1
            opens_foot = opens_foot or (marked and self._notes_end_page(body, index, int(label)))
            if opens_foot and not _month_follows(inline.group(2)):
                self._first(label)
                return index
        return None

    def _notes_end_page(self, body: list[PrintedLine], index: int, label: int) -> bool:
        """``body[index:]`` is the page's notes alone, though the line above ends in mid-sentence (pypdf prints no
        blank line and a paragraph the page break cuts stops anywhere): notes in sequence from ``label``, each
        "N text" at a line's start, to the page's end, a few lines each; a note alone closes a sentence."""
        rest = body[index:]
        count = 0  # the notes in sequence; a line of a note may open with a higher number ("26 August–4 September")
        for row in rest:
            number = int(inline[1]) if (inline := NOTE_INLINE_RE.match(row.text)) else None
            if number is not None and (self.next_note or 1) <= number < label:
                return False  # a note expected before opens the page's notes further down ("6 Global …" / "1 See …")
            count += number == label + count
        if count < 2 and end_char(rest[-1].text) not in ".)":
            return False  # (the last of several notes may go on at the next page's foot)
        return len(rest) <= MAX_NOTE_LINES * count and not self._body_follows(body, index)

    def _body_follows(self, body: list[PrintedLine], index: int) -> bool:
        """A paragraph of the resolution opens below ``body[index]`` on the same page: a number ("2."
        alone or before its text) followed by a capitalised word, which no note at the page foot has (a note's
        "paras. 19–" / "22." ends a range)."""
        for above, row, below in zip(body[index:], body[index + 1 :], body[index + 2 :], strict=False):
            if OWN_NUMBER_RE.match(row.text) and below.text[:1].isupper() and not _ends_range(above.text):
                return True
            if NUMBER_RE.match(row.text) and opens(row.text.split(" ", 1)[1]):
                return True
        return False

    def _note_goes_on(self, body: list[PrintedLine], foot: int) -> None:
        """The rest of the last note of the page before, printed at this page's foot before its own notes:
        lines after a blank line that end in a full stop, when that note ended in mid-sentence. Above the page's
        own notes (``pdftotext -layout``: "31 July 2014 (S/INF/69)." / "13" / its text) the rest is a few lines
        that open no paragraph."""
        note = self.open_note
        self.open_note = None
        if note is None or foot < 2:
            return
        index = foot - 1
        while index > 1 and not self._gap_before(body, index):
            index -= 1
        rows = body[index:foot]
        if index <= 1 or end_char(rows[-1].text) not in ".)":
            return
        if foot < len(body) and (len(rows) > MAX_NOTE_LINES or paragraph_opens(rows[0])):
            return
        for row in rows:
            row.role = "note"
        self.copy.hidden.append((note.end + 1, rows[0].start))
        self._wraps(rows)
        note.end = rows[-1].end

    def _unmarked_note(self, body: list[PrintedLine], index: int, label: str) -> bool:
        """The next note with no marker found on its page (a note of the heading printed at the end, or a marker
        read as a reference: "the decision 16 to provide"): its number alone on a line between the end of a
        paragraph and a text, or after a blank line and before the page's last lines, which end the note (a
        paragraph the page break cuts goes on above it); or its number and text on one line ("15 E/2021/58.", under
        "… the Sustainable Development Goals 15 and …") in such a block."""
        if int(label) != self.next_note or index == 0:
            return False
        if NOTE_INLINE_RE.match(body[index].text):
            return self._foot_note_block(body, index)
        if index + 1 >= len(body) or BARE_NUMBER_RE.match(body[index + 1].text):
            return False
        return end_char(body[index - 1].text) in ".;:]" or self._foot_note_block(body, index)

    def _foot_note_block(self, body: list[PrintedLine], index: int) -> bool:
        """``body[index:]`` stands apart at the page foot: a blank line above it, none inside, and its last
        line (above a page number alone) closes a sentence."""
        end = len(body) - 1 if index + 1 < len(body) and BARE_NUMBER_RE.match(body[-1].text) else len(body)
        rest = range(index + 1, end)
        apart = self._gap_before(body, index) and not any(self._gap_before(body, k) for k in rest)
        return apart and len(rest) <= MAX_NOTE_LINES and end_char(body[end - 1].text) in ".)"

    def _expected(self, label: str) -> bool:
        """The next note's number, or one a little further (a note the copy lost) or any first number."""
        if not self.next_note:
            return 0 < int(label) < 100
        return self.next_note <= int(label) <= self.next_note + MAX_LOST_NOTES

    def _first(self, label: str) -> None:
        self.first_note = self.first_note or int(label)
        self.next_note = int(label)

    def _texts_before(self, body: list[PrintedLine], labels_at: int) -> int:
        """pdftotext's layout mode prints the note texts above their grouped labels, after a blank line."""
        end = labels_at
        while end < len(body) and BARE_NUMBER_RE.match(body[end].text):
            end += 1
        count = len({row.text for row in body[labels_at:end]})  # pdftotext may print a label twice
        after = [row for row in body[end : _paragraph_below(body, labels_at)] if not BARE_NUMBER_RE.match(row.text)]
        wanted = count - len(after)
        if wanted <= 0:
            return labels_at
        index, notes = labels_at, 0
        while index > 0 and not _ends_body_line(body[index - 1]):
            below = body[index]
            if index == labels_at or below.text[:1].islower() or below.text[:1] == "(":
                notes = max(notes, 1)  # the last note, or a line of a note that goes on below
            elif notes < wanted:
                notes += 1  # the note above
            else:
                break
            index -= 1
            if self._gap_before(body, index) and index < labels_at - 1:
                break
        return index

    def _gap_before(self, body: list[PrintedLine], index: int) -> bool:
        """A blank line (two where every printed line is followed by one) stands before ``body[index]``."""
        return index > 0 and body[index].index - body[index - 1].index > self.line_step

    def _marker_before(self, body: list[PrintedLine], index: int, label: str) -> bool:
        return any(self._find_marker(row, label) is not None for row in [*self.above, *body[:index]])

    def _notes(self, body: list[PrintedLine], start: int) -> None:
        """Pairs the labels and texts of the page foot ``body[start:]`` and emits one line per note."""
        labels_at = next((i for i in range(start, len(body)) if BARE_NUMBER_RE.match(body[i].text)), len(body))
        zone = body[start : _paragraph_below(body, labels_at)]
        inline_first = NOTE_INLINE_RE.match(zone[0].text)
        if len(zone) > 1 and inline_first and BARE_NUMBER_RE.match(zone[-1].text):
            zone = zone[:-1]  # "8 Resolution 71/256, annex." / "9": each note's label on its text's line, the page number
        labels, doubled = self._labels(zone)
        if _page_number_last(labels, len(zone)):
            labels, zone = labels[:-1], zone[:-1]
        bare = all(inline is None for _, _, inline in labels)
        scattered = self._scattered_labels(zone, doubled) if bare else []
        labels = scattered if len(scattered) > len(labels) else labels
        at = [index for index, _, _ in labels]
        for row in zone:
            row.role = "note"
        printed = sorted([*at, *doubled])
        grouped = bare and printed[-1] - printed[0] == len(printed) - 1 and (len(at) > 1 or at[0] > 0)
        grouped = grouped or labels is scattered
        if grouped:  # pdftotext's reading order: the labels together, the texts above or below them
            texts = _split_notes([row for i, row in enumerate(zone) if i not in printed], len(at))
        else:  # each label, then its text (or "1 Text" on one line)
            ends = [*at[1:], len(zone)]
            texts = [
                [row for k, row in enumerate(zone[i + (0 if inline else 1) : end], i + 1) if k not in doubled]
                for (i, _, inline), end in zip(labels, ends, strict=True)
            ]
        markers_from = [*self.above, *body[:start]]
        for (index, label, _), note in zip(labels, texts, strict=False):
            self._emit_note(label, zone[index], note or [zone[index]])
            self._pair_marker(markers_from, label)
        self.next_note += len(labels)

    def _scattered_labels(self, zone: list[PrintedLine], doubled: set[int]) -> list[tuple[int, str, re.Match | None]]:
        """The labels of a page foot whose bare numbers pdftotext printed out of order, one of them among the texts
        ("25" "26" "28", the texts, "27" beside its text): every number from the next note's on, each alone on its
        line once (in the order of the numbers)."""
        rows: dict[int, int] = {}
        for index, row in enumerate(zone):
            if BARE_NUMBER_RE.match(row.text) and index not in doubled:
                if int(row.text) in rows:
                    return []
                rows[int(row.text)] = index
        found = []
        number = self.next_note
        while number in rows:
            found.append((rows[number], str(number), None))
            number += 1
        return found if len(found) == len(rows) else []

    def _labels(self, zone: list[PrintedLine]) -> tuple[list[tuple[int, str, re.Match | None]], set[int]]:
        """(index in ``zone``, label, inline match) of the consecutive note labels of a page foot, and the
        indexes of labels printed twice in a row (pdftotext does so for some fonts)."""
        labels: list[tuple[int, str, re.Match | None]] = []
        doubled: set[int] = set()
        for index, row in enumerate(zone):
            wanted = str(self.next_note + len(labels))
            inline = NOTE_INLINE_RE.match(row.text)
            if row.text == wanted:
                labels.append((index, wanted, None))
            elif labels and row.text == labels[-1][1] and labels[-1][2] is None and index - labels[-1][0] == 1:
                doubled.add(index)
            elif inline and inline.group(1) == wanted and (index == 0 or labels):
                labels.append((index, wanted, inline))
        return labels, doubled

    def _emit_note(self, label: str, label_row: PrintedLine, note: list[PrintedLine]) -> None:
        first, last = note[0], note[-1]
        label_span = (label_row.start, label_row.start + len(label))
        if label_row is first:  # "1 A/50/426, annex." (or a label whose text is missing)
            text_start = first.start + len(first.text) - len(first.text[len(label) :].lstrip())
        else:
            text_start = first.start
        start = label_span[0] if label_row is first or first.index - label_row.index == 1 else text_start
        self.out.append(RawLine("footnote_sup", start, last.end, None, label, label_span, text_start))
        self.open_note = None if end_char(last.text) in ".)" else self.out[-1]
        self.copy.notes_at_feet.append((text_start, last.end))
        self._wraps(note)

    def _pair_marker(self, rows: list[PrintedLine], label: str) -> None:
        after = self.copy.refs[-1][2] if self.copy.refs else -1
        for row in rows:
            if row.end <= after:
                continue
            found = self._find_marker(row, label, after)
            if found is not None:
                self.copy.refs.append((label, found, found + len(label)))
                return

    def _find_marker(self, row: PrintedLine, label: str, after: int = -1) -> int | None:
        """Offset of the plain-digit marker ``label`` in ``row`` (after a word or a mark, not a reference)."""
        if row.text == label:
            return row.start if row.start > after and self._own_line_marker(row) else None
        found = self._spaced_or_glued_marker(row, label, after)
        if found is None:  # "… of 9 March 19933", "… and 20146": the marker glued to a year
            for match in re.finditer(rf"(?<![\d/.\-])(?:19|20)\d\d({label})(?![\d/\-])", row.text):
                if row.start + match.start(1) > after:
                    return row.start + match.start(1)
        if found is None:  # "… resolution 71/2054": glued to a resolution number, which has three digits at most
            for match in re.finditer(rf"(?<![\d/])\d{{1,3}}/\d{{3}}({label})(?=\s|$|[,;.])", row.text):
                if row.start + match.start(1) > after:
                    return row.start + match.start(1)
        return found

    def _own_line_marker(self, row: PrintedLine) -> bool:
        """A marker printed on a line of its own inside a sentence: the line before goes on (no full
        stop) and the line after continues in lower case, both text of the same page."""
        before = self.by_line.get(row.index - self.line_step)
        below = self.by_line.get(row.index + self.line_step)
        if before is None or below is None or before.furniture or below.furniture or below.page_break:
            return False
        return end_char(before.text) not in ".:" and below.text[:1].islower() and not row.page_break

    def _spaced_or_glued_marker(self, row: PrintedLine, label: str, after: int) -> int | None:
        # (not a figure: "(6,360,000 dollars net)"; not a heading's number: "Guideline 3")
        if NUMBERED_HEADING_RE.match(row.text):
            return None
        pattern = re.compile(rf"(?<![\d/.\-])(?<![A-Z]/)(\s?){label}(?![\d/\-]|[,.]\d{{3}})(?=\s|$|[,;.:)])")
        for match in pattern.finditer(row.text):
            at = row.start + match.start() + len(match.group(1))
            if at <= after or match.start() == 0:
                continue
            before = row.text[: match.start()].rstrip()
            previous_word = before.rsplit(" ", 1)[-1].lower()
            number = previous_word.rstrip(",")  # "… 17 December 2014 13 by …", "Agenda 21, 1 the" / "paragraphs 2, 5, 6"
            listed = number.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", number)
            listed = listed and (number == previous_word or bool(LIST_GOES_ON_RE.match(row.text[match.end() :])))
            if not before or previous_word in NOT_A_MARKER_BEFORE or listed:
                continue
            if _month_follows(row.text[match.end() :]):
                continue
            return at
        return None

    def _repeated_markers(self, rows: list[PrintedLine]) -> None:
        """A later reference to a note already printed, glued to a word ("… the Treaty1 that …")."""
        defined = {str(label) for label in range(self.first_note, self.next_note)}
        taken = {start for _, start, _ in self.copy.refs}
        for row in rows:
            for match in REPEATED_MARKER_RE.finditer(row.text):
                at = row.start + match.start()
                before = row.text[: match.start()].rstrip().rsplit(" ", 1)[-1].lower()
                if match.group() in defined and at not in taken and before not in NOT_A_MARKER_BEFORE:
                    self.copy.refs.append((match.group(), at, at + len(match.group())))
        self.copy.refs.sort(key=lambda ref: ref[1])
