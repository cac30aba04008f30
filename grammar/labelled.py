"""The labelled lines of a drafter's own heading: Model UN, NGO and delegation drafts.

Their drafts are resolutions in form but open with lines the UN's documents do not print:

    Resolution GA1/1.1                     → code (the line as written)
    Committee: Disarmament and International Security Committee   → organ (as written)
    Topic: The question of …               → the title (no number)
    Sponsors: France, Germany, Kenya       → sponsors
    Signatories: Brazil, India             → signatories (as written)

A label is one of a closed set of words a conference's guide names ("Forum", "Question of", "Main
submitter", "Co-submitters", "Date" …), any case, before a colon or a dash; two labels may share a line's
label ("Main Submitter/Sponsor:"). In a copy flattened onto one line a label and its colon start a line
of the heading (``flat_label_at``). What is not such a line is not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resolint.grammar.sponsors import split_last, sponsor_from_item
from resolint.model import LineIndex, Sponsor

# label (lower case, spaces single) → the heading item it fills
LABELS = {
    "committee": "organ",
    "forum": "organ",
    "council": "organ",
    "commission": "organ",
    "organ": "organ",
    "body": "organ",
    "submitted to": "organ",
    "topic": "title",
    "question of": "title",
    "the question of": "title",
    "question": "title",
    "issue": "title",
    "subject": "title",
    "subject of resolution": "title",
    "agenda": "title",
    "agenda item": "title",
    "re.": "title",
    "sponsors": "sponsors",
    "sponsor": "sponsors",
    "co-sponsors": "sponsors",
    "main submitter": "sponsors",
    "main-submitter": "sponsors",
    "main submitters": "sponsors",
    "submitter": "sponsors",
    "submitters": "sponsors",
    "submitted by": "sponsors",
    "proposed by": "sponsors",
    "delegation": "sponsors",
    "authors": "sponsors",
    "author": "sponsors",
    "signatories": "signatories",
    "signatory": "signatories",
    "co-submitters": "signatories",
    "co-submitter": "signatories",
    "cosubmitters": "signatories",
    "co-submitted by": "signatories",
    "date": "date",
    "resolution code": "code",
    "code": "code",
}


def single_letters(label: str) -> str:
    """A label with its doubled letters written once: drafters misspell the double ("Co-Submiters:",
    "Comittee:", "Main Submiter:"), and no two labels differ only there."""
    return re.sub(r"([a-z])\1", r"\1", label)


# the labels with their doubled letters written once → the item
SINGLE_LETTER_LABELS = {single_letters(label): item for label, item in LABELS.items()}
# "Sponsors:", "FORUM:", "Main Submitter/Sponsor:", "Committee - …", "Signatories - …" (a dash with spaces)
LABEL_RE = re.compile(r"^([A-Za-z][A-Za-z.\- /]{0,40}?)\s*(?::|\s[-–—]\s)\s*")
# "Resolution GA1/1.1", "Draft Resolution 1.1", "Resolution 2012/1/1", "Working Paper 1.2", "MUNA Resolution #1",
# "Draft Resolution 1." (its "0" on the next line), "General Assembly Resolution GA/3/1.1" (a slash after the letters)
CODE_LINE_RE = re.compile(
    r"^(?:[A-Z][A-Za-z'’]*\s+){0,2}(?:draft\s+)?(?:resolution|working\s+paper)\s+(#?[A-Za-z]{0,8}/?\d[\w.#/-]*)$",
    re.IGNORECASE,
)
# a conference's code alone on a line: "GA-1", "GA1/1.1", "HRC2/3" (a UN symbol has a slash after its letters)
CODE_ALONE_RE = re.compile(r"[A-Z]{2,8}(?:\d{1,2}/|-)\d{1,3}(?:\.\d{1,3})?")
# a code of numbers alone, under a drafter's labelled lines ("Signatories: …" / "1.1" / "The General Assembly,")
NUMBERS_CODE_RE = re.compile(r"\d{1,3}(?:\.\d{1,3})+")
# the organ named with "United Nations" on a drafter's line ("United Nations General Assembly", as written)
UN_ORGAN_RE = re.compile(r"United Nations (.+)")
# "Resolution 2021/3", "Resolution 2334": the UN's own numbers are not codes
UN_NUMBER_RE = re.compile(r"\d{1,4}/\d{1,4}\.?|\d+")
NO_NAMES_RE = re.compile(r"^[\W_]*$")  # "[...]", "___": a template's blank
# a label and its colon inside a line whose breaks were lost ("… Russian Federation Signatories: …"), the
# longest label first ("MAIN SUBMITTER:" is not "SUBMITTER:"); a dash is no cut there ("Security Council - …")
FLAT_LABEL_RE = re.compile(
    "(?:" + "|".join(re.escape(label).replace("\\ ", r"\s+") for label in sorted(LABELS, key=len, reverse=True)) + r")\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LabelledLine:
    """One labelled line: the item it fills and where its value stands in the source."""

    item: str
    value_start: int
    value_end: int


def labelled_line(text: str, start: int) -> LabelledLine | None:
    """The labelled line ``text`` (starting at ``start`` in the source), or None."""
    code = CODE_LINE_RE.match(text.strip())
    if (code and not UN_NUMBER_RE.fullmatch(code.group(1))) or CODE_ALONE_RE.fullmatch(text.strip()):
        lead = len(text) - len(text.lstrip())  # the line as written: "MUNA Resolution #1", "GA-1"
        return LabelledLine("code", start + lead, start + len(text.rstrip()))
    match = LABEL_RE.match(text)
    if not match:
        return None
    item = _item(match.group(1))
    if item is None:
        return None
    value_start = start + match.end()
    return LabelledLine(item, value_start, start + len(text.rstrip()))


def flat_label_at(source: str, at: int) -> int | None:
    """Where a drafter's label that starts at ``at`` ends (after its colon), else None."""
    match = FLAT_LABEL_RE.match(source, at)
    return match.end() if match is not None and (at == 0 or not source[at - 1].isalnum()) else None


def _item(label: str) -> str | None:
    """The item of a label, or of the first of two ("Main Submitter/Sponsor", "Co-Submitters/Signatories")."""
    for part in label.split("/"):
        key = " ".join(part.lower().split())
        item = LABELS.get(key) or SINGLE_LETTER_LABELS.get(single_letters(key))
        if item is not None:
            return item
    return None


def names_of(source: str, segments: list[tuple[int, int]], lines: LineIndex) -> list[Sponsor]:
    """The names of a labelled list, between commas (and "and" before the last), over one or more lines.

    A name cut at a line's end ("…, Saudi" / "Arabia, Sweden") is one name; a template's blank ("[...]")
    names no one."""
    pieces: list[tuple[int, int]] = []
    joins = False
    for start, end in segments:
        for match in re.finditer(r"[^,]+", source[start:end]):
            piece = (start + match.start(), start + match.end())
            if not source[piece[0] : piece[1]].strip():
                continue
            if joins and pieces and match.start() == 0:
                pieces[-1] = (pieces[-1][0], piece[1])
            else:
                pieces.append(piece)
            joins = False
        joins = not source[start:end].rstrip().endswith(",")
    names: list[Sponsor] = []
    for index, (start, end) in enumerate(pieces):
        text = source[start:end]
        if NO_NAMES_RE.match(text):
            continue
        if index == len(pieces) - 1 and (at := split_last(text)) is not None:
            _add(names, sponsor_from_item(text[:at], start, lines))
            start, text = start + at + 5, text[at + 5 :]
        _add(names, sponsor_from_item(text, start, lines))
    return names


def _add(names: list[Sponsor], sponsor: Sponsor | None) -> None:
    if sponsor is not None and not NO_NAMES_RE.match(sponsor.name):
        names.append(sponsor)


def listed_names(value: str) -> list[str]:
    """The names of a labelled list as written ("Brazil, India and Trinidad and Tobago" → three names):
    between commas, "and" before the last (``split_last``); a template's blank names no one."""
    pieces = [piece.strip() for piece in value.split(",")]
    if pieces and (at := split_last(pieces[-1])) is not None:
        pieces[-1:] = [pieces[-1][:at].strip(), pieces[-1][at + 5 :].strip()]
    return [piece for piece in pieces if piece and not NO_NAMES_RE.match(piece)]
