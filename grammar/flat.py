"""Text whose line breaks were lost: where the genre starts a new line inside one long line.

Copies from web pages, some PDF viewers, e-mail clients and datasets put a whole resolution on one
line ("… 74/132. Report of the Human Rights Council The General Assembly, Recalling its resolutions
…, Having considered …,1,2 Takes note of … recommendations. 50th plenary meeting 18 December 2019
__________________ 1 Official Records …"), or one line per printed page. The segmentation
(``segment.py``) asks :func:`read_flat` for the places where the UN starts a line of its own, found
by how the genre builds its texts, never by the words of one document:

- before the authoring line ("The General Assembly,") and after its comma;
- in the heading before it: "Distr.:", "Original:", the organ after them, "… session", "Agenda item",
  "Resolution adopted by …", the report line in brackets, the title's number ("74/132.");
- a listed preambular opener (capitalised) after the comma that ends a preambular paragraph;
- the next operative number ("2. ") after ",", ";", ":" or "."; in a text without numbers a listed
  operative verb after them;
- a sub-paragraph label ("(a) ") after ":" or ";" (also "; and"), and the next label of a list after
  a comma;
- the closing lines: the meeting line, its date, "[Adopted …]", the groups of a recorded vote;
- the footnote separator ("__________________"): the notes after it, each at the next number, end at
  the end of the line; in the body their markers are plain digits glued to the word before
  ("Council,1,2"), numbered as the notes are.

Every piece is a span of the text as it stands; a paragraph cut by the notes of a page (one line per
printed page) is one piece whose notes are hidden from its text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from resolint.grammar.authoring import AUTHORING, AUTHORING_LINE_RE, looks_like_organ
from resolint.grammar.flatcuts import (
    AUTHORING_AT,
    MARKER_RE,
    MIN_FLAT,
    NOTE_AT,
    SEPARATOR_RE,
    UNREADABLE,
    Cuts,
    authoring_end,
    lstrip_at,
    rstrip_at,
)
from resolint.grammar.flatfurniture import furniture_spans, without
from resolint.refdata import match_preambular

SPACED_MARKER_RE = re.compile(r"(?<=[^\W\d_]|[,;:.”’\")\]]) (\d{1,3})(?= [^\W\d_(“\"]|\s*$)")
NOTE_NUMBER_RE = re.compile(r"\d{1,3}")
ITALIC_MARKS = "_*"  # a plain-text copy's italics ("_Alarmed_"), Markdown's ("*Alarmed*")
MARKED_AUTHORING_AT = re.compile(rf"{AUTHORING},?([_*])")  # "The Security Council_,", "…Assembly,_", "…Council_ "
RUN_IN_NOTE_AT = re.compile(r"[,;:.] (\d{1,3}) (?=\S)")  # a note's number after a paragraph's end
RUN_IN_NOTE_MAX = 400  # the longest last note read run in (a UN note is a reference, a sentence or two)
NOTE_SENTENCE_RE = re.compile(r"\S.*?\.(?= [A-Z(“\"]|\s*$)")  # a note's text: to a full stop before a capital or the end
OPENER_AFTER_COMMA_RE = re.compile(r",[ \t\u00a0]+(?=[A-Z])")


@dataclass
class Piece:
    """A stretch of the flat text that makes one line of the genre (before classification)."""

    start: int
    end: int
    kind: str = "text"  # text | operative | sub | bullet | footnote_sup
    bullet: tuple[int, int] | None = None
    label: str | None = None
    label_span: tuple[int, int] | None = None
    text_start: int = 0
    lines: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class FlatText:
    """The pieces of a flat text and what the builder must know besides: the plain-digit note markers
    (label, start, end), the ranges hidden from a paragraph's text (a page's notes between its halves)
    and the whitespace where a line break was lost."""

    pieces: list[Piece] = field(default_factory=list)
    refs: list[tuple[str, int, int]] = field(default_factory=list)
    hidden: list[tuple[int, int]] = field(default_factory=list)
    breaks: list[tuple[int, int]] = field(default_factory=list)


def is_flat(source: str, lines: list[tuple[int, int]]) -> bool:
    """The text lost its line breaks: a line holds the authoring line with a paragraph after it, or a
    line under the authoring line holds several paragraphs (a web page's preamble on one line)."""
    return flat_form(source, lines) == "flat"


def flat_form(source: str, lines: list[tuple[int, int]]) -> str | None:
    """"flat" where :func:`is_flat`; "marked" where a long line holds an authoring line in italic marks
    ("_The Security Council_,", "*The General Assembly*,") or stands under one, so that the text may be
    flat once its marks are read through (``flatmarks.py``); else None. One pass over the long lines."""
    marked = False
    for index, (start, end) in enumerate(lines):
        if end - start < MIN_FLAT:
            continue
        if index:
            previous = source[slice(*lines[index - 1])].strip()
            if AUTHORING_LINE_RE.match(previous) and _runs_on(source, start, end):
                return "flat"
            marked = marked or (_marked_authoring(previous, 1) and _marked_openers(source, start, end))
        at = _the_at(source, start, end)  # (a str search: the pattern "\bThe " took 30 ms a megabyte)
        while at != -1:
            before = source[at - 1] if at > start else " "
            if not (before.isalnum() or before == "_"):  # "The" as a word
                found = authoring_end(source, at)
                after = source[found : found + 2].lstrip()[:1] if found is not None else ""
                if found is not None and end - found > 40 and (after.isupper() or after.isdigit()):
                    return "flat"  # a paragraph's start after it (not "The Security Council, recalling …")
            marked = marked or (before in ITALIC_MARKS and _marked_authoring(source, at))
            at = _the_at(source, at + 4, end)
    return "marked" if marked else None


def _the_at(source: str, start: int, end: int) -> int:
    """The next "The " in ``source[start:end]``, or a Model UN draft's "THE " (its authoring line in
    capitals), -1 where there is none."""
    found = [at for at in (source.find("The ", start, end), source.find("THE ", start, end)) if at != -1]
    return min(found, default=-1)


def _marked_authoring(text: str, at: int) -> bool:
    """An authoring line in italic marks starts at ``at`` of ``text`` ("The Security Council_,", its "_"
    before ``at``; the comma inside the marks or none before a verb, as the organ's forms have it)."""
    match = MARKED_AUTHORING_AT.match(text, at)
    return match is not None and text[at - 1] in match.group(2) and looks_like_organ(match.group(1))


def _marked_openers(source: str, start: int, end: int) -> bool:
    """``source[start:end]`` holds two marked openers after commas at least (", _Recalling_", ", *Noting*")."""
    return sum(source.count(f", {mark}", start, end) for mark in ITALIC_MARKS) >= 2


def _runs_on(source: str, start: int, end: int) -> bool:
    """``source[start:end]`` holds two preambular paragraphs or more: a listed opener after a comma."""
    openers = 0
    for match in OPENER_AFTER_COMMA_RE.finditer(source, start, end):
        found = match_preambular(source[match.end() : match.end() + 80])
        openers += bool(found and found.known)
        if openers >= 2:
            return True
    return False


def too_flat(source: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A line far longer than a paragraph in a text with no authoring line at all (where such a text
    cannot be read): its span, else None."""
    if any(looks_like_organ(m.group(1)) for m in AUTHORING_AT.finditer(source)):
        return None
    return next(((start, end) for start, end in lines if end - start >= UNREADABLE), None)


def read_separated_notes(source: str, lines: list[tuple[int, int]]) -> tuple[int, FlatText] | None:
    """The notes under a separator line at the end of a text with its line breaks (what RS007's fix makes
    of a flat text, and how web pages print notes): (where the separator starts, the notes as pieces and
    their plain-digit markers in the body), else None."""
    for index, (start, end) in enumerate(lines):
        separator = SEPARATOR_RE.match(source, lstrip_at(source, start, end))
        if separator is None or source[separator.end() : end].strip() or index == len(lines) - 1:
            continue
        notes = _Reader(source, lines[:index]).notes_only(separator.end(), lines[-1][1])
        first = min((piece.start for piece in notes.pieces), default=None)
        if first is None or source[separator.end() : first].strip():
            return None
        return separator.start(), notes
    return None


def read_flat(source: str, lines: list[tuple[int, int]]) -> FlatText:
    """The pieces of the flat ``lines`` (source spans, in order) of ``source``."""
    return _Reader(source, lines).run()


class _Reader:
    def __init__(self, source: str, lines: list[tuple[int, int]]) -> None:
        self.source = source
        self.lines = lines
        self.out = FlatText()
        self.ranges: list[tuple[int, int]] = []  # the body's stretches, notes left out
        self.notes: list[tuple[int, int]] = []  # the notes' stretches (separator to the end of its line)

    def run(self) -> FlatText:
        for start, end in self.lines:
            separator = SEPARATOR_RE.search(self.source, start, end)
            if separator is None:
                self._body_or_run_in_notes(start, end)
                continue
            if separator.start() > start:
                body_end = rstrip_at(self.source, start, separator.start())
                self.ranges.append((start, body_end))
                self.out.breaks.append((body_end, separator.start()))
            after = lstrip_at(self.source, separator.end(), end)
            if after > separator.end():
                self.out.breaks.append((separator.end(), after))
            self.notes.append((separator.end(), end))
        self._leave_out_furniture()
        labels = self._notes()
        self._refs(labels)
        self._body()
        self.out.pieces.sort(key=lambda piece: piece.start)
        return self.out

    def _body_or_run_in_notes(self, start: int, end: int) -> None:
        """A line without a separator: the body, or the body and the page's notes run in after its last
        paragraph (:func:`run_in_notes`)."""
        notes = run_in_notes(self.source, start, end)
        if notes is None:
            self.ranges.append((start, end))
            return
        body_end = rstrip_at(self.source, start, notes)
        self.ranges.append((start, body_end))
        self.out.breaks.append((body_end, notes))
        self.notes.append((notes, end))

    def _leave_out_furniture(self) -> None:
        """The page furniture run into the text (``flatfurniture.py``) is no part of any paragraph or note."""
        found = [span for start, end in self.lines for span in furniture_spans(self.source, start, end)]
        if found:
            self.ranges = [(s, rstrip_at(self.source, s, e)) for s, e in without(self.ranges, found)]
            self.notes = without(self.notes, found)

    def notes_only(self, start: int, end: int) -> FlatText:
        """The notes from ``start`` to ``end`` (after a separator line) and their markers in the lines,
        the lines kept as they are (no break is lost)."""
        self.ranges = list(self.lines)
        self.notes = [(start, end)]
        self._refs(self._notes())
        self.out.breaks.clear()
        return self.out

    # ---- the notes after a separator ---------------------------------------------------------------
    def _detached_notes(self) -> set[str] | None:
        """The notes of a PDF page whose numbers the copy prints apart from their texts ("1 2 3 4 5
        Resolution 217 A (III). See resolution 2200 A (XXI), annex. …"): paired in order when the texts
        after the numbers make as many sentences as there are numbers, else None."""
        if not self.notes:
            return None
        first_start, first_end = self.notes[0]
        numbers = list(NOTE_NUMBER_RE.finditer(self.source, first_start, first_end))
        if len(numbers) < 2 or self.source[first_start:first_end].split() != [str(n) for n in range(1, len(numbers) + 1)]:
            return None
        texts = [
            (start + m.start(), start + m.end())
            for start, end in self.notes[1:]
            for m in NOTE_SENTENCE_RE.finditer(self.source[start:end])
        ]
        if len(texts) != len(numbers):
            return None
        for number, (start, end) in zip(numbers, texts, strict=True):
            label = number.group()
            piece = Piece(start, end, "footnote_sup", label=label, label_span=number.span(), text_start=start)
            piece.lines = [(start, end)]
            self.out.pieces.append(piece)
        return {number.group() for number in numbers}

    def _notes(self) -> set[str]:
        detached = self._detached_notes()
        if detached is not None:
            return detached
        expected = None
        labels: set[str] = set()
        for start, end in self.notes:
            cuts: list[re.Match[str]] = []
            at = lstrip_at(self.source, start, end)
            for match in NOTE_AT.finditer(self.source, at, end):
                number = int(match.group(1))
                glued = match.start() > at and not self.source[match.start() - 1].isspace()
                if glued or (expected is not None and number != expected) or (expected is None and match.start() != at):
                    continue
                cuts.append(match)
                expected = number + 1
            for index, match in enumerate(cuts):
                stop = cuts[index + 1].start() if index + 1 < len(cuts) else end
                stop = rstrip_at(self.source, match.start(), stop)
                label = match.group(1)
                labels.add(label)
                piece = Piece(match.start(), stop, "footnote_sup", label=label)
                piece.label_span = (match.start(), match.start() + len(label))
                piece.text_start, piece.lines = match.end(), [(match.start(), stop)]
                self.out.pieces.append(piece)
                if index:
                    self.out.breaks.append((rstrip_at(self.source, start, match.start()), match.start()))
        return labels

    def _refs(self, labels: set[str]) -> None:
        """Plain digits glued to a word or a mark, numbered as the notes are (the next note, or one met before)."""
        numbers = sorted(int(label) for label in labels)
        seen = 0
        for start, end in self.ranges:
            for match in MARKER_RE.finditer(self.source, start, end):
                number = int(match.group(1))
                following = next((n for n in numbers if n > seen), None)
                ahead = following is not None and number <= following + 2  # (a marker the copy lost may be skipped)
                if match.group(1) in labels and (number <= seen or ahead):
                    self.out.refs.append((match.group(1), match.start(), match.end()))
                    seen = max(seen, number)
        self._spaced_refs(labels)

    def _spaced_refs(self, labels: set[str]) -> None:
        """Markers a PDF copy prints one space after the word or mark ("… Human Rights, 1 the International
        Covenant …, 2 …"): only the next note in order, and never a number that a word before takes
        ("paragraph 4", "resolution 217")."""
        from resolint.grammar.pdflines import NOT_A_MARKER_BEFORE

        glued = {start: int(label) for label, start, _ in self.out.refs}
        candidates: dict[int, tuple[str, int]] = {}
        for start, end in self.ranges:
            for match in SPACED_MARKER_RE.finditer(self.source, start, end):
                word = self.source[max(start, match.start() - 30) : match.start()].split()[-1:]
                if match.group(1) in labels and word and word[0].strip(",;:").lower() not in NOT_A_MARKER_BEFORE:
                    candidates[match.start(1)] = (match.group(1), match.end(1))
        seen = 0
        for at in sorted([*glued, *candidates]):
            if at in glued:
                seen = max(seen, glued[at])
                continue
            label, stop = candidates[at]
            if int(label) == seen + 1:
                self.out.refs.append((label, at, stop))
                seen += 1
        self.out.refs.sort(key=lambda ref: ref[1])

    # ---- the body --------------------------------------------------------------------------------
    def _body(self) -> None:
        cuts = Cuts(self.source, self.ranges, {start for _, start, _ in self.out.refs}).find()
        stream = [(start, end) for start, end in self.ranges if end > start]
        if not stream:
            return
        bounds = sorted({stream[0][0], *cuts})
        for index, start in enumerate(bounds):
            stop = bounds[index + 1] if index + 1 < len(bounds) else stream[-1][1]
            parts = [(max(s, start), min(e, stop)) for s, e in stream if s < stop and e > start]
            parts = [(s, rstrip_at(self.source, s, e)) for s, e in parts]
            parts = [(s, e) for s, e in parts if e > s]
            if not parts:
                continue
            self.out.pieces.append(_piece(self.source, parts, cuts.get(start)))
            # a page's notes between the halves of a paragraph: hidden, one white space kept between the words
            gaps = [(a[1] + 1, b[0]) for a, b in itertools.pairwise(parts)]
            self.out.hidden += [(start, end) for start, end in gaps if self.source[start:end].strip()]
            if index:
                before = rstrip_at(self.source, bounds[index - 1], start)
                if before < start and "\n" not in self.source[before:start]:
                    self.out.breaks.append((before, start))


def run_in_notes(source: str, start: int, end: int) -> int | None:
    """Where the notes of a page start that a copy ran in after the page's last paragraph, its separator
    line lost ("… small island Territories, 1 A/55/72 and Corr.1. 2 A/55/23 (Part II), chap. VII." at the
    end of the line), else None. Read only as the notes of the markers glued in the body above them: the
    first note's number after a paragraph's end, each next number after the full stop that ends the note
    before, the last note ending the line with its full stop, and the numbers those of the body's markers
    (",1", "item,2"), every one of them."""
    if source[rstrip_at(source, start, end) - 1 : end].strip()[-1:] != ".":
        return None
    markers = [(match.start(), int(match.group(1))) for match in MARKER_RE.finditer(source, start, end)]
    if not markers:
        return None
    for candidate in RUN_IN_NOTE_AT.finditer(source, markers[0][0], end):
        numbers = {number for at, number in markers if at < candidate.start()}
        first = int(candidate.group(1))
        if not numbers or first != min(numbers):
            continue
        last = max(numbers)
        if numbers == set(range(first, last + 1)) and _notes_chain(source, candidate.end(), end, first, last):
            return candidate.start(1)
    return None


def _notes_chain(source: str, at: int, end: int, first: int, last: int) -> bool:
    """Notes ``first + 1`` to ``last`` follow from ``at`` in order, each after the full stop of the one
    before (". 2 "), and the last runs to ``end``: a note's length, no more."""
    for number in range(first + 1, last + 1):
        found = source.find(f". {number} ", at, end)
        if found == -1:
            return False
        at = found + len(str(number)) + 3
    return end - at <= RUN_IN_NOTE_MAX and source.find(f". {last + 1} ", at, end) == -1  # (nothing run in after it)


def _piece(source: str, parts: list[tuple[int, int]], kind: tuple[str, str] | None) -> Piece:
    start, end = parts[0][0], parts[-1][1]
    piece = Piece(start, end, text_start=start, lines=list(parts))
    if kind and kind[0] == "bullet":
        piece.kind, piece.bullet = "bullet", (start, start + 1)
        piece.text_start = lstrip_at(source, start + 1, end)
    elif kind and kind[0] in ("operative", "sub"):
        label = kind[1]
        piece.kind, piece.label, piece.label_span = kind[0], label, (start, start + len(label))
        piece.text_start = lstrip_at(source, start + len(label), end)
    return piece
