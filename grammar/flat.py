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
from bisect import bisect_right
from dataclasses import dataclass, field

from resolint.grammar.authoring import AUTHORING, looks_like_organ
from resolint.grammar.closing import DATE as CLOSING_DATE
from resolint.grammar.closing import MEETING, VOTE_GROUP_RE
from resolint.grammar.dates import DATE, MONTH_PATTERN
from resolint.refdata import PhraseMatch, match_operative, match_preambular

SEPARATOR_RE = re.compile(r"_{8,}(?=\s+\d{1,3}\s)")  # the line above the notes; a blank to fill ("as of ____.") is none
WORD_START_RE = re.compile(r"(?<=\s)\S")
AUTHORING_AT = re.compile(rf"{AUTHORING},(?=\s|$)")
ANNEX_AT = re.compile(r"Annex(?: [IVXL]+| [A-Z])?(?=\s|$)")
WORDS_RE = re.compile(r"[^\W\d_][\w’'-]*(?: [^\W\d_][\w’'-]*)*")  # a phrase of words, no mark inside
LABEL_END_RE = re.compile(r"(?:^|\s)(?:\d{1,3}\.|\([a-z]{1,4}\)|[a-z]{1,2}\.)$")
THE_RE = re.compile(r"\bThe ")
BARE_AUTHORING_AT = re.compile(rf"{AUTHORING}(?=\s)")  # "The Economic and Social Council Recommends …": one paragraph
NUMBER_AT = re.compile(r"(\d{1,3})\.[ \t\u00a0]+(?=\S)")
LABEL_AT = re.compile(r"\(([a-z]{1,4})\)[ \t\u00a0]+(?=\S)")
ITEM_AT = re.compile(r"(?:[–•▪]|(?:[a-z]|[ivx]{1,5})\.)[ \t\u00a0]+(?=\S)")  # the Council's "–", "•", "a.", "ii." items
NOTE_AT = re.compile(r"(\d{1,3})[ \t\u00a0]+(?=\S)")
MEETING_AT = re.compile(MEETING, re.IGNORECASE)
DATE_AT = re.compile(rf"{CLOSING_DATE}\.?(?=\s|$)")
ADOPTION_AT = re.compile(r"\[\s*Adopted\b[^\]]*\]")
MARKER_RE = re.compile(r"(?<=[^\W\d_]|[,;:.”’\")\]])(\d{1,3})(?=[\s,;:.”’\")]|$)")
PLAIN_MARKERS_AT_END = re.compile(
    r"(?<=[^\W\d_]|[,;:.”’\")\]])\d{1,3}(?:,\d{1,3})*$"
)  # "Council,1,2": the markers glued after a paragraph's end
MARKS_AFTER_MARK = re.compile(r"(?<=[,;:.”’\"])\s?\d{1,3}(?:,\d{1,3})*$")
HEADING_CUTS = (
    re.compile(r"Distr\.?:"),
    re.compile(r"Original:"),
    re.compile(r"Agenda items? "),
    re.compile(r"(?:Resolutions?|Decisions?) adopted by\b"),
    re.compile(r"\[\s*(?:on the reports? of|without reference to)\b[^\]]*\]"),
    re.compile(r"\d{1,4}/\d{1,4}(?: [A-Z](?:[–-][A-Z])?)?\.[ \t\u00a0]+(?=\S)"),
    re.compile(r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{4})(?: special| emergency special| resumed)? session\b"),
    re.compile(rf"\d{{1,2}}(?: (?:{MONTH_PATTERN}))?(?: \d{{4}})?\s*[–-]\s*{DATE}"),
)
AFTER_HEADING_ITEM = (
    re.compile(rf"Distr\.?:\s*(?:General|Limited|Restricted)\b\.?(?:\s*{DATE})?"),
    re.compile(r"Original:\s*[A-Z][a-z]+(?:/[A-Z][a-z]+)*"),
    re.compile(r"\[\s*(?:on the reports? of|without reference to)\b[^\]]*\]"),
    re.compile(r"Agenda items? \d+(?: ?\([a-z]\))?(?:(?:,| and) \d+(?: ?\([a-z]\))?)*"),
)
PARAGRAPH_END = ",;:."
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"  # format marks a Word file leaves after a comma
MIN_FLAT = 300  # a line this long holding the authoring line and a paragraph after it lost its breaks
UNREADABLE = 1000  # a line this long without any authoring line is too flat to be read


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
    """The text lost its line breaks: a line holds the authoring line with a paragraph after it."""
    for start, end in lines:
        if end - start < MIN_FLAT:
            continue
        for match in THE_RE.finditer(source, start, end):
            found = authoring_end(source, match.start())
            after = source[found : found + 2].lstrip()[:1] if found is not None else ""
            if found is not None and end - found > 40 and (after.isupper() or after.isdigit()):
                return True  # a paragraph's start after it (not "The Security Council, recalling …")
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
        separator = SEPARATOR_RE.match(source, _lstrip(source, start, end))
        if separator is None or source[separator.end() : end].strip() or index == len(lines) - 1:
            continue
        reader = _Reader(source, lines[:index])
        reader.ranges = list(lines[:index])
        reader.notes = [(separator.end(), lines[-1][1])]
        reader._refs(reader._notes())
        first = min((piece.start for piece in reader.out.pieces), default=None)
        if first is None or source[separator.end() : first].strip():
            return None
        reader.out.breaks.clear()
        return separator.start(), reader.out
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
                self.ranges.append((start, end))
                continue
            if separator.start() > start:
                body_end = _rstrip(self.source, start, separator.start())
                self.ranges.append((start, body_end))
                self.out.breaks.append((body_end, separator.start()))
            after = _lstrip(self.source, separator.end(), end)
            if after > separator.end():
                self.out.breaks.append((separator.end(), after))
            self.notes.append((separator.end(), end))
        labels = self._notes()
        self._refs(labels)
        self._body()
        self.out.pieces.sort(key=lambda piece: piece.start)
        return self.out

    # ---- the notes after a separator ---------------------------------------------------------------
    def _notes(self) -> set[str]:
        expected = None
        labels: set[str] = set()
        for start, end in self.notes:
            cuts: list[re.Match[str]] = []
            at = _lstrip(self.source, start, end)
            for match in NOTE_AT.finditer(self.source, at, end):
                number = int(match.group(1))
                glued = match.start() > at and not self.source[match.start() - 1].isspace()
                if glued or (expected is not None and number != expected) or (expected is None and match.start() != at):
                    continue
                cuts.append(match)
                expected = number + 1
            for index, match in enumerate(cuts):
                stop = cuts[index + 1].start() if index + 1 < len(cuts) else end
                stop = _rstrip(self.source, match.start(), stop)
                label = match.group(1)
                labels.add(label)
                piece = Piece(match.start(), stop, "footnote_sup", label=label)
                piece.label_span = (match.start(), match.start() + len(label))
                piece.text_start, piece.lines = match.end(), [(match.start(), stop)]
                self.out.pieces.append(piece)
                if index:
                    self.out.breaks.append((_rstrip(self.source, start, match.start()), match.start()))
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

    # ---- the body --------------------------------------------------------------------------------
    def _body(self) -> None:
        cuts = _Cuts(self.source, self.ranges, {start for _, start, _ in self.out.refs}).find()
        stream = [(start, end) for start, end in self.ranges if end > start]
        if not stream:
            return
        bounds = sorted({stream[0][0], *cuts})
        for index, start in enumerate(bounds):
            stop = bounds[index + 1] if index + 1 < len(bounds) else stream[-1][1]
            parts = [(max(s, start), min(e, stop)) for s, e in stream if s < stop and e > start]
            parts = [(s, _rstrip(self.source, s, e)) for s, e in parts]
            parts = [(s, e) for s, e in parts if e > s]
            if not parts:
                continue
            self.out.pieces.append(_piece(self.source, parts, cuts.get(start)))
            # a page's notes between the halves of a paragraph: hidden, one white space kept between the words
            gaps = [(a[1] + 1, b[0]) for a, b in itertools.pairwise(parts)]
            self.out.hidden += [(start, end) for start, end in gaps if self.source[start:end].strip()]
            if index:
                before = _rstrip(self.source, bounds[index - 1], start)
                if before < start and "\n" not in self.source[before:start]:
                    self.out.breaks.append((before, start))


def _piece(source: str, parts: list[tuple[int, int]], kind: tuple[str, str] | None) -> Piece:
    start, end = parts[0][0], parts[-1][1]
    piece = Piece(start, end, text_start=start, lines=list(parts))
    if kind and kind[0] == "bullet":
        piece.kind, piece.bullet = "bullet", (start, start + 1)
        piece.text_start = _lstrip(source, start + 1, end)
    elif kind and kind[0] in ("operative", "sub"):
        label = kind[1]
        piece.kind, piece.label, piece.label_span = kind[0], label, (start, start + len(label))
        piece.text_start = _lstrip(source, start + len(label), end)
    return piece


class _Cuts:
    """Where a line of the genre starts in the body's stretches: offset → (kind, label)."""

    def __init__(self, source: str, ranges: list[tuple[int, int]], markers: set[int]) -> None:
        self.source = source
        self.ranges = ranges
        self.markers = markers
        self.found: dict[int, tuple[str, str]] = {}
        self.heading = True  # before the first authoring line
        self.number = 0  # the last operative number
        self.labels: list[str] = []  # the labels of the list being read
        self.closing = False
        self.numbered = False
        self.annex = False  # an annex has opened: its text is kept as it stands
        self.dotted: list[str] = []  # the dotted labels of the list being read ("a.", "b." …)
        self.starts = [start for start, _ in ranges]
        self.previous_end = {b[0]: a[1] for a, b in itertools.pairwise(ranges)}

    def find(self) -> dict[int, tuple[str, str]]:
        starts = [at for start, end in self.ranges for at in _word_starts(self.source, start, end)]
        self.numbered = any(self._number(at, expected_only=False) for at in starts)
        for at in starts:
            self._at(at)
        return self.found

    def _before(self, at: int) -> str:
        """The text before ``at`` in the body (the last 60 characters; a page's notes and the markers at
        its end left out)."""
        end = _rstrip(self.source, self._range_start(at), at, INVISIBLE)
        if end == self._range_start(at):  # the first word of a page's line: the body goes on from the page before
            end = self.previous_end.get(end, end)
        text = self.source[max(0, end - 100) : end]
        if not text[-1:].isdigit():
            return text
        if any(end - 4 <= marker < end for marker in self.markers):
            return PLAIN_MARKERS_AT_END.sub("", text)
        return MARKS_AFTER_MARK.sub("", text)  # ";13": digits glued after a mark are a note's marker

    def _range_start(self, at: int) -> int:
        index = bisect_right(self.starts, at) - 1
        return self.starts[index] if index >= 0 else 0

    def _at(self, at: int) -> None:
        source = self.source
        authoring = self._authoring(at)
        if authoring is not None and (self.heading or self._before(at)[-1:] in PARAGRAPH_END):
            self.found[at] = ("text", "")
            self.found[_lstrip(source, authoring, len(source))] = ("text", "")
            self.heading, self.closing, self.labels = False, False, []
            return
        if self.heading:
            self._heading(at)
            return
        before = self._before(at)
        end = before[-1:]
        annex = ANNEX_AT.match(source, at)
        if annex and (end in ".]" or self.closing):
            self.found[at], self.annex = ("text", ""), True  # "Annex" on its line, then the annexed text
            self.found[_lstrip(source, annex.end(), len(source))] = ("text", "")
            return
        if self._closing(at, before):
            return
        if self.closing:
            return
        number = self._number(at)
        subject = self._after_subject(at, before) if number is not None and end not in PARAGRAPH_END else None
        if subject is not None:
            self.found[subject] = ("text", "")  # the subject line stands on its own line
        if number is not None and (end in PARAGRAPH_END or self._verb_after(number) or subject is not None):
            self.found[at] = ("operative", number.group(0).rstrip())
            self.number, self.labels = int(number.group(1)), []
            return
        label = LABEL_AT.match(source, at)
        if label and self._label_cut(label.group(1), before):
            self.found[at] = ("sub", f"({label.group(1)})")
            return
        item = ITEM_AT.match(source, at)
        if item and self._item_cut(item.group(0).strip(), before):
            self.found[at] = ("bullet", "") if not item.group(0)[0].isalpha() else ("text", "")
            return
        if self.annex or end not in PARAGRAPH_END or not source[at : at + 1].isupper():
            return  # (an annex's text is no preamble: its openers start no line)
        if LABEL_END_RE.search(before):
            return  # the text of a number or a label ("2. Urges")
        head = source[at : at + 120]
        preambular = match_preambular(head)
        operative = match_operative(head)
        verb = bool(operative and operative.known)
        # after a comma or ";" (after a colon it is a title's subtitle: "Report 2018: Realizing the …"); a
        # listed opener also after a full stop the UN left ("… manner. Recalling the …")
        opener = (
            _opener(preambular, head)
            and (end in ",;" or (end == "." and before[-2:-1].isalpha() and preambular.known))
            and not verb
        )
        unnumbered = not self.numbered or self.number == 0  # (a preambular paragraph may open "Recalls that")
        if opener or (verb and unnumbered and end in ",;:."):
            self.found[at], self.labels = ("text", ""), []

    def _authoring(self, at: int) -> int | None:
        return authoring_end(self.source, at)

    def _heading(self, at: int) -> None:
        for pattern in HEADING_CUTS:
            if pattern.match(self.source, at):
                self.found[at] = ("text", "")
                return
        before = self.source[max(0, at - 80) : at].rstrip()
        if any(re.search(f"(?:{pattern.pattern})$", before) for pattern in AFTER_HEADING_ITEM):
            self.found[at] = ("text", "")

    def _closing(self, at: int, before: str) -> bool:
        source = self.source
        end = before[-1:]
        if MEETING_AT.match(source, at) and (end in ".;:]" or self.closing):
            self.found[at], self.closing = ("text", ""), True
            return True
        if self.closing and (DATE_AT.match(source, at) or VOTE_GROUP_RE.match(source[at : at + 40])):
            self.found[at] = ("text", "")
            return True
        if ADOPTION_AT.match(source, at) and (end in ".;:]" or self.closing):
            self.found[at], self.closing = ("text", ""), True
            after = _lstrip(source, ADOPTION_AT.match(source, at).end(), len(source))
            if after < len(source):
                self.found[after] = ("text", "")
            return True
        return False

    def _number(self, at: int, expected_only: bool = True) -> re.Match[str] | None:
        match = NUMBER_AT.match(self.source, at)
        if match is None:
            return None
        number = int(match.group(1))
        head = self.source[match.end() : match.end() + 120]
        verb = match_operative(head)
        if not expected_only:  # the text is numbered: "1. " and a verb, listed or in capitals
            return match if number == 1 and ((verb and verb.known) or head[:1].isupper()) else None
        if number == self.number + 1 or (number == 1 and verb and verb.known):
            return match
        return None

    def _after_subject(self, at: int, before: str) -> int | None:
        """Where a subject line between the paragraph before and the number starts ("…children; Protection
        of the United Nations 30. Ensure …"): a short stretch in capitals since the last ";" or "."."""
        cut = max(before.rfind(";"), before.rfind("."))
        line = before[cut + 1 :].strip()
        if cut < 0 or not 0 < len(line) < 80 or not line[:1].isupper():
            return None
        start = self.source.rfind(line, 0, at)
        return start if start >= 0 else None

    def _verb_after(self, number: re.Match[str]) -> bool:
        """An operative verb follows the number (listed, or a verb's form the lists lack: "Emphasises"): a
        paragraph even after a heading ("I Title 1. Reaffirms", "… arms embargo 3. Emphasises that")."""
        verb = match_operative(self.source[number.end() : number.end() + 120])
        return verb is not None and WORDS_RE.fullmatch(verb.phrase) is not None

    def _item_cut(self, mark: str, before: str) -> bool:
        """An item in the Council's styles ("– …", "• …", "a. …", "ii. …") after ":" or ";" (also "; and"),
        a dash or bullet also after a comma; a dotted label only as the first of its list ("a.", "i.")
        after a colon or as the next of the one before."""
        end = re.sub(r"\s+(?:and|or)$", "", before)[-1:]
        if not mark[0].isalpha():
            return end in ":;,"
        core = mark[:-1]
        if end == ":" and core in ("a", "i"):
            self.dotted = [core]
            return True
        if end in ";," and self.dotted and core in _successors(self.dotted[-1]) - {"a", "i"}:
            self.dotted.append(core)
            return True
        return False

    def _label_cut(self, label: str, before: str) -> bool:
        """A sub-paragraph label after ":" or ";" (or "; and"), the next of its list also after a comma."""
        tail = re.sub(r"\s+(?:and|or)$", "", before)
        end = tail[-1:]
        following = any(label in _successors(last) for last in self.labels)  # (the next of an item, or of its parent)
        opens = label in ("a", "i") and end in ":;"
        if (opens and (end == ":" or not self.labels)) or (following and end in ";:,"):
            self.labels.append(label)
            return True
        if label in ("a", "i") and end == ";" and self.labels:
            self.labels.append(label)  # a list under the item before
            return True
        return False


def authoring_end(source: str, at: int) -> int | None:
    """Where the authoring line that starts at ``at`` ends ("The General Assembly," and, before a single
    paragraph, "The Economic and Social Council" without its comma, a listed operative verb after it)."""
    match = AUTHORING_AT.match(source, at)
    if match is not None:
        name = match.group(1)
        return match.end() if looks_like_organ(name) and " The " not in name else None
    match = BARE_AUTHORING_AT.match(source, at)
    if match is None:
        return None
    name = match.group(1)
    for end in range(len(name), 0, -1):  # the organ's name ends where the verb begins
        if end < len(name) and name[end] != " ":
            continue
        rest = source[match.start(1) + end :].lstrip()[:120]
        number = re.match(r"1\.\s+", rest)  # "The General Assembly 1. Authorizes …"
        verb = match_operative(rest[number.end() :] if number else rest)
        if (
            verb
            and verb.known
            and (rest[:1].isupper() or bool(number))
            and looks_like_organ(name[:end])
            and " The " not in name[:end]
        ):
            return match.start(1) + end
    return None


def _opener(found: PhraseMatch | None, head: str) -> bool:
    """A listed preambular opener, an adverb and a participle ("Extremely alarmed and concerned"), or a
    participle the lists lack before a word in lower case ("Resolved to take"; not a name, "Beijing
    Declaration")."""
    if found is None or not WORDS_RE.fullmatch(found.phrase):
        return False
    words = found.phrase.split()
    if found.known:
        return True
    adverb = len(words) >= 2 and words[0].endswith("ly") and words[1].endswith(("ed", "ing"))
    following = head[len(found.phrase) :].split()[:1]
    return (
        (adverb or words[-1].endswith(("ed", "ing")))
        and bool(following)
        and following[0][:1].islower()  # "Internally Displaced Persons": a name
        and following[0] not in ("and", "or")  # "Recruitment, Use, Financing and Training": a title
    )


def _successors(label: str) -> set[str]:
    found = set()
    if len(label) == 1 and "a" <= label < "z":
        found.add(chr(ord(label) + 1))
    if label == "z" or (len(label) == 2 and label[0] == label[1] and label[0] < "z"):  # "z", "aa", "bb" …
        found.add(chr(ord(label[0]) + 1) * 2 if len(label) == 2 else "aa")
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
    if label in romans[:-1]:
        found.add(romans[romans.index(label) + 1])
    return found | {"a", "i"}


def _word_starts(source: str, start: int, end: int) -> list[int]:
    """Every offset in ``start:end`` where a word starts after white space (or the stretch's start)."""
    found = [start] if start < end and not source[start].isspace() else []
    found += [start + match.start() for match in WORD_START_RE.finditer(source[start:end])]
    return found


def _rstrip(source: str, start: int, end: int, also: str = "") -> int:
    while end > start and (source[end - 1].isspace() or source[end - 1] in also):
        end -= 1
    return end


def _lstrip(source: str, start: int, end: int) -> int:
    while start < end and source[start].isspace():
        start += 1
    return start
