"""Notes whose superscript number a copy printed as plain digits glued to both ends: the note's text
"27One member (China) did not participate in the voting." under the text, its marker glued to the word or
mark it annotates ("… by 14 votes to none.27").

The UN's yearly volumes of resolutions and decisions number their notes through the volume and set each
number as a superscript, after the adoption line or a paragraph's last word and before the note's text;
a web page made from a volume's text (as the Official Document System's older texts and the pages
copied from them are) loses the superscript and with it the space on either side. A line that opens
with a number glued to a capitalised word is read as such a note only where the text ends with such
lines and every one of their numbers stands glued after a word or a mark in the text above; then the
segmentation (``segment.py``) makes the lines notes and hands the markers to the builder as a PDF
copy's plain-digit markers are.
"""

from __future__ import annotations

import re

from resolint.grammar.bracketnotes import MARK_BEFORE

NOTE_RE = re.compile(r"[ \t\u00a0]*(\d{1,3})(?=[A-Z][a-z])")
"""The start of a note: its number glued to the first word of its text ("27One member …")."""


def note_label(source: str, start: int, end: int) -> re.Match[str] | None:
    """The glued note number that opens ``source[start:end]`` ("27" of "27One member …"), else None."""
    return NOTE_RE.match(source, start, end)


def label_span(label: re.Match[str]) -> tuple[int, int]:
    """Where the note's label stands, as :func:`note_label` found it."""
    return label.span(1)


def markers(source: str, spans: list[tuple[int, int]], labels: set[str]) -> list[tuple[str, int, int]]:
    """The markers of the notes ``labels`` inside ``spans``, as (label, start, end): the number right
    after a letter or a closing mark, and no digit or letter after it ("none.27", "Council27,");
    found with ``str.find`` for each label (no look-behind tried at every character)."""
    found = []
    for start, end in spans:
        for label in labels:
            at = source.find(label, start, end)
            while at != -1:
                stop = at + len(label)
                if glued_at(source, at, stop, start, end):
                    found.append((label, at, stop))
                at = source.find(label, stop, end)
    return sorted(found, key=lambda marker: marker[1])


def glued_at(source: str, at: int, stop: int, start: int, end: int) -> bool:
    """The number ``source[at:stop]`` stands glued to a letter or a closing mark before it, and no digit or
    letter follows it inside ``source[start:end]`` ("none.27", "Council27,")."""
    before = source[at - 1] if at > start else ""
    after = source[stop] if stop < end else ""
    return bool(before) and (before.isalpha() or before in MARK_BEFORE) and not after.isalnum()
