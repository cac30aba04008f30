"""Where the genre starts a new line inside a text whose line breaks were lost (:mod:`flat`'s cuts):
the patterns of the heading, authoring line, openers, numbers, labels, closing lines and notes, and
the scan that finds them."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

from resolint.grammar.authoring import AUTHORING, in_title_case, looks_like_organ
from resolint.grammar.closing import DATE as CLOSING_DATE
from resolint.grammar.closing import MEETING, VOTE_GROUP_RE
from resolint.grammar.dates import DATE, MONTH_PATTERN
from resolint.grammar.labelled import flat_label_at
from resolint.refdata import PhraseMatch, match_operative, match_preambular
from resolint.refdata_states import current_state_name, official_state_name

SEPARATOR_RE = re.compile(r"_{8,}(?=\s+\d{1,3}\s)")  # the line above the notes; a blank to fill ("as of ____.") is none
WORD_START_RE = re.compile(r"(?<=\s)\S")
AUTHORING_AT = re.compile(rf"{AUTHORING},(?=\s|$)")
ANNEX_AT = re.compile(r"Annex(?: [IVXL]+| [A-Z])?(?=\s|$)")
WORDS_RE = re.compile(r"[^\W\d_][\w’'-]*(?: [^\W\d_][\w’'-]*)*")  # a phrase of words, no mark inside
LABEL_END_RE = re.compile(r"(?:^|\s)(?:\d{1,3}\.|\([a-z]{1,4}\)|[a-z]{1,2}\.)$")
BARE_AUTHORING_AT = re.compile(rf"{AUTHORING}(?=\s)")  # "The Economic and Social Council Recommends …": one paragraph
NUMBER_AT = re.compile(r"(\d{1,3})\.(?:[ \t\u00a0]+(?=\S)|(?=[A-Z][a-z]))")  # "2. Requests"; a web page's "2.Requests"
LABEL_AT = re.compile(r"\(([a-z]{1,4})\)[ \t\u00a0]+(?=\S)")
ITEM_AT = re.compile(r"(?:[–•▪]|(?:[a-z]|[ivx]{1,5})\.)[ \t\u00a0]+(?=\S)")  # the Council's "–", "•", "a.", "ii." items
YEAR_IN_BRACKETS_AT = re.compile(r"\(\d{4}\)(?=\s|$)")
NOTE_AT = re.compile(r"(\d{1,3})[ \t\u00a0]+(?=\S)")
MEETING_AT = re.compile(MEETING, re.IGNORECASE)
DATE_AT = re.compile(rf"{CLOSING_DATE}\.?(?=\s|$)")
ADOPTION_AT = re.compile(r"\[\s*Adopted\b[^\]]*\]")
MARKER_RE = re.compile(r"(?<=[^\W\d_]|[,;:.”’\")\]])(\d{1,3})(?=[\s,;:.”’\")]|$)")
PLAIN_MARKERS_AT_END = re.compile(
    r"(?<=[^\W\d_]|[,;:.”’\")\]])[ \u00a0]?\d{1,3}(?:,\d{1,3})*$"
)  # "Council,1,2": the markers after a paragraph's end (a PDF copy's one space before them: "Disabilities, 5")
MARKS_AFTER_MARK = re.compile(r"(?<=[,;:.”’\"])\s?\d{1,3}(?:,\d{1,3})*$")
SLASH_MARK_AT_END = re.compile(r"(?<=[^\s\d/*])(?:\d{1,3}|\*{1,3})/$")  # ",9/": an older document's note mark
SLASH_NOTE_AT = re.compile(r"(?:\d{1,3}|\*{1,3})/\s+(?=\S)")  # "76/ E/INCB/17 …": its note, after the closing
RESOLUTION_SYMBOL = r"[ASE]/(?:HRC/)?RES/[\w./-]*\d[\w.-]*(?: \(\d{4}\))?(?=\s)"  # "A/RES/50/3", "S/RES/2650 (2022)"
HEADING_CUTS = (
    re.compile(RESOLUTION_SYMBOL),
    re.compile(r"Distr\.?:"),
    re.compile(r"Original:"),
    re.compile(r"Agenda items? "),
    re.compile(r"(?:Resolutions?|Decisions?) adopted by\b"),
    re.compile(r"\[\s*(?:on the reports? of|without reference to)\b[^\]]*\]"),
    re.compile(r"\d{1,4}/\d{1,4}(?: [A-Z](?:[–-][A-Z])?)?\.[ \t\u00a0]+(?=\S)"),
    re.compile(r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{4})(?: special| emergency special| resumed)? session\b"),
    re.compile(rf"\d{{1,2}}(?: (?:{MONTH_PATTERN}))?(?: \d{{4}})?\s*[–-]\s*{DATE}"),
)
DRAFT_TYPE = r":\*?\s*(?:(?:further )?revised )?draft (?:resolution|decision)"
SPONSORS_AT = re.compile(rf"([^\W\d][^,:]{{1,60}}?)\*?, (?:[^,:]{{2,60}}, )*[^,:]{{2,60}}? and [^,:]{{2,60}}?{DRAFT_TYPE}\b")
AFTER_HEADING_ITEM = (
    re.compile(DRAFT_TYPE),  # "…, Uzbekistan and Yemen: draft resolution" and then the title
    # "Sixty-first session"; ECOSOC's "Substantive session of 2010"
    re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?(?: special| emergency special| resumed)? session(?: (?:of|for) \d{4})?"),
    re.compile(RESOLUTION_SYMBOL.removesuffix("(?=\\s)")),
    re.compile(rf"Distr\.?:\s*(?:General|Limited|Restricted)\b\.?(?:\s*{DATE})?"),
    re.compile(r"Original:\s*[A-Z][a-z]+(?:/[A-Z][a-z]+)*"),
    re.compile(r"\[\s*(?:on the reports? of|without reference to)\b[^\]]*\]"),
    re.compile(r"Agenda items? \d+(?: ?\([a-z]\))?(?:(?:,| and) \d+(?: ?\([a-z]\))?)*"),
)
SESSION_YEAR_AT = re.compile(r"(?:of|for) \d{4}\b")  # the year of ECOSOC's "Substantive session of 2010"
PAGE_OF_AT = re.compile(r"Page \d{1,3} of \d{1,3}(?=\s)", re.IGNORECASE)  # a PDF's page line in a flat heading
CODE_BEFORE_AUTHORING_AT = re.compile(r"(?:[A-Z]{2,8}\d{0,2}/)?\d{1,3}(?:\.\d{1,3})+\s+")  # "1.1", "GA1/1.1"
CAPITALS_AT = re.compile(r"[A-Z][A-Z.’'/-]+\s+[A-Z][A-Z.’'/-]+(?=\s)")  # two words in capitals
LOWER_END_RE = re.compile(r"[a-z][)”’\"]?$")  # a value's last word in lower case
PARAGRAPH_END = ",;:."
SECTION_BEFORE_RE = re.compile(r"[,;:.]\s+([IVXL]{1,6}|[A-H])\s+([A-Z][^,;:.\d]{2,150}?)\s*$")  # ", I Title" before "1."
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"  # format marks a Word file leaves after a comma
MIN_FLAT = 300  # a line this long holding the authoring line and a paragraph after it lost its breaks
UNREADABLE = 1000  # a line this long without any authoring line is too flat to be read


class Cuts:
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
        self.labelled = False  # the heading holds a drafter's label ("Sponsors:")
        self._label_end = 0  # the end of the last label read

    def find(self) -> dict[int, tuple[str, str]]:
        starts = [at for start, end in self.ranges for at in _word_starts(self.source, start, end)]
        self.numbered = any(self._number(at, expected_only=False) for at in starts)
        for at in starts:
            self._at(at)
        return self.found

    def _before(self, at: int) -> str:
        """The text before ``at`` in the body (the last 60 characters; a page's notes and the markers at
        its end left out)."""
        end = rstrip_at(self.source, self._range_start(at), at, INVISIBLE)
        if end == self._range_start(at):  # the first word of a page's line: the body goes on from the page before
            end = self.previous_end.get(end, end)
        text = self.source[max(0, end - 100) : end]
        if text.endswith("/"):
            return SLASH_MARK_AT_END.sub("", text)
        if not text[-1:].isdigit():
            return text
        if any(end - 4 <= marker < end for marker in self.markers):
            return PLAIN_MARKERS_AT_END.sub("", text).rstrip()
        return MARKS_AFTER_MARK.sub("", text)  # ";13": digits glued after a mark are a note's marker

    def _range_start(self, at: int) -> int:
        index = bisect_right(self.starts, at) - 1
        return self.starts[index] if index >= 0 else 0

    def _at(self, at: int) -> None:
        source = self.source
        authoring = self._authoring(at)
        if authoring is not None and (self.heading or self._before(at)[-1:] in PARAGRAPH_END):
            self.found[at] = ("text", "")
            self.found[lstrip_at(source, authoring, len(source))] = ("text", "")
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
            self.found[lstrip_at(source, annex.end(), len(source))] = ("text", "")
            return
        if self._closing(at, before):
            return
        if self.closing:
            return
        number = self._number(at)
        if number is not None and end not in PARAGRAPH_END:
            self._section_before(at, before)
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
        if self._drafter_heading(at):
            self.found[at] = ("text", "")
            return
        for pattern in HEADING_CUTS:
            if pattern.match(self.source, at):
                self.found[at] = ("text", "")
                return
        if self._sponsors_start(at):
            self.found[at] = ("text", "")
            return
        before = self.source[max(0, at - 80) : at].rstrip()
        if YEAR_IN_BRACKETS_AT.match(self.source, at):
            return  # "S/RES/660 (1990)": the symbol's year, no line of its own
        if before.endswith(" session") and SESSION_YEAR_AT.match(self.source, at):
            return  # "Substantive session" / "of 2010": ECOSOC's session goes on with its year
        if any(re.search(f"(?:{pattern.pattern})$", before) for pattern in AFTER_HEADING_ITEM):
            self.found[at] = ("text", "")

    def _drafter_heading(self, at: int) -> bool:
        """A line of a drafter's heading starts here (``labelled.py``): a label and its colon ("Sponsors:",
        "QUESTION OF:", "RESOLUTION CODE:GA/1/A/2"); after a label, a run of words in capitals after a
        value ("… chemical weapons THIS DOCUMENT IS PROPERTY OF …"), a page's number ("Page 1 of 38") and
        the code right before the authoring line ("… Signatories: … 1.1 The General Assembly,")."""
        if at < self._label_end:
            return False  # inside a label ("MAIN SUBMITTER:", "RESOLUTION CODE:")
        label = flat_label_at(self.source, at)
        if label is not None:
            self._label_end, self.labelled = label, True
            return True
        if not self.labelled:
            return False
        if PAGE_OF_AT.match(self.source, at):
            return True
        code = CODE_BEFORE_AUTHORING_AT.match(self.source, at)
        if code is not None and authoring_end(self.source, code.end()) is not None:
            return True
        return CAPITALS_AT.match(self.source, at) is not None and bool(LOWER_END_RE.search(self._before(at)))

    def _sponsors_start(self, at: int) -> bool:
        """A draft's list of sponsors starts here, after the agenda item's title ("… in the General Assembly
        Albania, Algeria, … and Yemen: draft resolution"): a State's name opens a list of names that the
        document type ends."""
        if self.source[max(0, at - 2) : at] == ", ":
            return False
        match = SPONSORS_AT.match(self.source, at)
        if match is None:
            return False
        first = match.group(1).strip()
        return official_state_name(first) is not None or current_state_name(first) is not None

    def _closing(self, at: int, before: str) -> bool:
        source = self.source
        end = before[-1:]
        if MEETING_AT.match(source, at) and (end in ".;:]" or self.closing):
            self.found[at], self.closing = ("text", ""), True
            return True
        if self.closing and (
            DATE_AT.match(source, at)
            or VOTE_GROUP_RE.match(source[at : at + 40])
            or (SLASH_NOTE_AT.match(source, at) and end in ".,;)]")  # not "…in footnotes **/ and ***/"
        ):
            self.found[at] = ("text", "")
            return True
        if ADOPTION_AT.match(source, at) and (end in ".;:]" or self.closing):
            self.found[at], self.closing = ("text", ""), True
            after = lstrip_at(source, ADOPTION_AT.match(source, at).end(), len(source))
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
        if match.end() == match.start() + len(match.group(1)) + 1 and not (verb and verb.known):
            return None  # "2.Requests" glued: a listed verb must follow ("5.6 of", "No.1" are no numbers)
        if not expected_only:  # the text is numbered: "1. " and a verb, listed or in capitals
            return match if number == 1 and ((verb and verb.known) or head[:1].isupper()) else None
        if number == self.number + 1 or (number == 1 and verb and verb.known):
            return match
        return None

    def _section_before(self, at: int, before: str) -> None:
        """A section's number and title between the paragraph before and the number (", I Human resources
        management reform 1. Expresses …"): the number and the title each stand on a line of their own."""
        section = SECTION_BEFORE_RE.search(before)
        if section is None:
            return
        numeral = self.source.rfind(section.group(1) + " " + section.group(2), 0, at)
        if numeral >= 0:
            self.found[numeral] = ("text", "")
            self.found[numeral + len(section.group(1)) + 1] = ("text", "")

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
    paragraph, "The Economic and Social Council" without its comma, a listed operative verb after it).
    A Model UN draft's line in capitals ("THE GENERAL ASSEMBLY,") is read in the UN's case."""
    if source.startswith("THE ", at):
        return _capitals_authoring_end(source, at)
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


def _capitals_authoring_end(source: str, at: int) -> int | None:
    """Where an authoring line in capitals that starts at ``at`` ends (after its comma), else None."""
    comma = source.find(",", at, at + 100)
    line = source[at : comma + 1]
    if comma < 0 or not line.isupper() or len(line.lower()) != len(line):
        return None
    match = AUTHORING_AT.match(in_title_case(line) + " ")
    return at + match.end() if match is not None and looks_like_organ(match.group(1)) else None


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


def rstrip_at(source: str, start: int, end: int, also: str = "") -> int:
    while end > start and (source[end - 1].isspace() or source[end - 1] in also):
        end -= 1
    return end


def lstrip_at(source: str, start: int, end: int) -> int:
    while start < end and source[start].isspace():
        start += 1
    return start
