"""A page's notes kept as plain lines between the paragraphs, their separator line lost: "1 Resolution S-10/2."
on a line of its own after the paragraph the page ends with ("… the General Assembly, 1"), the next page's
paragraphs (or the paragraph the page break cut, going on in lower case) after it.

A text extracted from the UN's PDF one paragraph a line (a repository's text or markdown of it) keeps each
page's notes where the page printed them, at its foot, and may lose the "____" rule above them. A line that
opens with a number and a space is read as such a note only where the genre says so:

- the number has no full stop and no opener follows it (an operative paragraph is "1. Decides …");
- the note's text closes with a full stop, as a note's citation does ("Resolution …", "A/80/128.");
- the numbers of all such lines run on from 1 (or the first) without a gap, in the order of the text;
- every note's marker stands in the text above it, after the marker of the note before: a plain digit glued
  to a word or a mark ("… 1979,1", "… Committee,3") or one space after a mark ("… General Assembly, 1",
  "… Treaty, 7 including") or after the line's last word, never after a word that takes a number
  ("resolution 1"), inside a line after a word ("Goals 1 and 2") nor before a month ("on 1 December").

The segmentation (``segment.py``) then makes the lines notes, hands the markers to the builder as a PDF
copy's plain-digit markers are, and joins the halves of a paragraph the notes cut (the second in lower case,
the first without a closing mark), the notes between them hidden from its text.
"""

from __future__ import annotations

import re

from resolint.grammar.dates import MONTHS
from resolint.grammar.gluednotes import glued_at
from resolint.grammar.pdflines import NOT_A_MARKER_BEFORE
from resolint.refdata import match_operative, match_preambular

NOTE_RE = re.compile(r"[ \t\u00a0]*(\d{1,3})[ \t\u00a0]+(?=[A-Z(“\"]|\d{4}[ \t\u00a0]+[A-Z])")
"""The start of a note: its number, a space, then its text's capital ("1 Resolution S-10/2.") or a year and a
capital ("8 2010 Review Conference of the Parties …")."""
NOTE_END = (".", ".)", ".”", '."')


def note_label(source: str, start: int, end: int) -> re.Match[str] | None:
    """The number that opens the note ``source[start:end]`` ("1" of "1 Resolution S-10/2."), else None: a text
    that closes with a full stop and opens with no opener (a list's "1 Decides …"). A long note keeps the PDF's
    line breaks ("… Sales No." / "E.86.IX.7), appendix VII."): its lines are one unit, no blank line between."""
    label = NOTE_RE.match(source, start, end)
    if label is None or not source[start:end].rstrip().endswith(NOTE_END):
        return None
    return None if opens_paragraph(source[label.end() : end]) else label


def opens_paragraph(text: str) -> bool:
    """``text`` opens with a listed preambular opener or operative verb."""
    return any(found and found.known for found in (match_operative(text), match_preambular(text)))


def label_span(label: re.Match[str]) -> tuple[int, int]:
    """Where the note's label stands, as :func:`note_label` found it."""
    return label.span(1)


def numbered_in_order(labels: list[str]) -> bool:
    """The notes' numbers run on without a gap in the order of the text."""
    numbers = [int(label) for label in labels]
    return bool(numbers) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def marker_in(source: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The first marker of the note ``label`` in ``source[start:end]``: glued to a word or a mark, else spaced
    after one, else spaced inside a line after a name, else glued to a year (its span), else None."""
    for find in (_glued, _spaced, _spaced_inside_line, _glued_to_year):
        if (found := find(source, start, end, label)) is not None:
            return found
    return None


def _glued(source: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    at = source.find(label, start, end)
    while at != -1:
        stop = at + len(label)
        if glued_at(source, at, stop, start, end) and source[stop : min(stop + 1, end)] not in ("/", "-"):
            return at, stop
        at = source.find(label, stop, end)
    return None


def _spaced(source: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    # after a closing mark ("… Treaty, 7 including", "… for 2021, 1 2022,2", run into
    # the next word: "… Secretary-General, 2and"), or after a word at the line's end ("… the Convention 1"):
    # mid-line after a word, a number is the word's ("Goals 1 and 2")
    after_mark = rf"(?<=[,;:.”’\")\]]) ({label})(?=[ \t\u00a0]+(?:[^\W\d_(“\"]|(?:19|20)\d\d\b)|[ \t\u00a0]*$|(?!st|nd|rd|th)[a-z]{{2}})"
    pattern = re.compile(rf"{after_mark}|(?<=[^\W\d_]) ({label})(?=[ \t\u00a0]*$)", re.M)
    for match in pattern.finditer(source, start, end):
        word = source[max(start, match.start() - 30) : match.start()].split()[-1:]
        if not word or _takes_the_number(word[0]):
            continue
        following = source[match.end() : match.end() + 12].split()[:1]
        if following and following[0].rstrip(",;.") in MONTHS:
            continue  # "on 1 December 2025"
        return match.span(1) if match.group(1) else match.span(2)
    return None


def _takes_the_number(word: str) -> bool:
    """The number after ``word`` is the word's ("resolution 1"), not a marker; after a comma only a number's
    ("1, 2 and 3"): "… Development Goals, 6 in the promotion" is a marker."""
    if word[-1] in ",;:":
        number = word.rstrip(",;:")
        return number.isdigit() and len(number) < 4  # a year's comma is a mark: "… in 2014, 3"
    return word.lower() in NOT_A_MARKER_BEFORE


# The words after which a number inside a line is the sentence's, not a marker: those that take or join a number
# ("in 2 years", "1 and 2", "by 5 votes"), beside NOT_A_MARKER_BEFORE's ("resolution 1")
NUMBER_TAKING_WORDS = frozenset(
    [
        "a", "an", "and", "at", "between", "by", "during", "for", "from", "in", "into", "nor", "of", "on", "or",
        "over", "per", "some", "than", "the", "through", "to", "under", "until", "up", "with", "within", "about",
        "after", "before",
    ]
)


def _spaced_inside_line(source: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    # the extraction's space before a marker inside a line ("the 2022 Group 6 to provide", "a number of States 7
    # that"): after a name, before a word in lower case that joins no second number ("Goals 1 and 2")
    pattern = re.compile(rf"(?<=[^\W\d_]) ({label}) (?=[a-z]+\b(?! \d))")
    for match in pattern.finditer(source, start, end):
        word = source[max(start, match.start() - 30) : match.start()].split()[-1:]
        if word and word[0].lower() not in NOT_A_MARKER_BEFORE | NUMBER_TAKING_WORDS:
            return match.span(1)
    return None


def _glued_to_year(source: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    # the marker run into the year it follows ("for 2021, 1 2022,2 20233 and 2024,4", "timetable for
    # 2025–20286 and"): a year's four digits and the label, no other digit, slash or full stop about them
    pattern = re.compile(rf"(?<![\d/.])(?:19|20)\d\d({label})(?![\d/]|\.\d)")
    match = pattern.search(source, start, end)
    return match.span(1) if match else None
