"""Notes as a web page's references list them: "[1] Adopted without vote." under the text, its marker
"[1]" after the word, mark or space it annotates ("… on 9 December 1947 [1]", "… the Council.[1]").

Wikisource prints every resolution's notes so (its "References" list under the text, each note with its
number in brackets), and copies of other wikis and plain-text mirrors keep the form. A bracketed number
alone is no note: a wiki's reference mark whose list the copy left out ("… lasting peace.[5]"), a web
page's link number ("[Resolution adopted without a vote.][1]"). So the segmentation (``segment.py``)
reads the form only where the text ends with its notes, each "[N] text" on a line of its own, and every
note's marker stands in the text above: then the note lines are notes and their markers are handed to
the builder as a PDF copy's plain-digit markers are (left out of the paragraph's text, read as
references).
"""

from __future__ import annotations

import re

NOTE_RE = re.compile(r"[ \t\u00a0]*\[(\d{1,3})\][ \t\u00a0]+(?=\S)")
"""The start of a note: "[1] Adopted without vote."."""
MARK_BEFORE = ',;:.”’")]'
"""The marks a note's marker may follow ("the Council.[1]", "to none.27"): shared by the copies' note forms."""


MARKER_AFTER_MARK_AT_END_RE = re.compile(r"(?<=[,;:.])\[\d{1,3}\]$")
"""A bracketed marker after a paragraph's closing mark at a line's end ("… 31 December 2024,[1]")."""


def without_marker_at_end(text: str) -> str:
    """``text`` without a bracketed marker it ends with after its closing mark ("…2024,[1]" → "…2024,"): a web
    copy's marker, its notes listed or not, does not move where the paragraph the mark closes ends."""
    return MARKER_AFTER_MARK_AT_END_RE.sub("", text)


def note_label(source: str, start: int, end: int) -> re.Match[str] | None:
    """The note label that opens ``source[start:end]`` ("[1] "), else None."""
    return NOTE_RE.match(source, start, end)


def label_span(label: re.Match[str]) -> tuple[int, int]:
    """Where the note's label stands, as :func:`note_label` found it."""
    return (label.start(1) - 1, label.end(1) + 1)


def markers(source: str, spans: list[tuple[int, int]], labels: set[str]) -> list[tuple[str, int, int]]:
    """The markers "[N]" of the notes ``labels`` inside ``spans``, as (label, start, end) with the space
    before kept in ("1947 [1]"): right after a word or a mark, or one space after one; found from each
    "[" (no look-behind tried at every character)."""
    found = []
    for start, end in spans:
        at = source.find("[", start, end)
        while at != -1:
            close = source.find("]", at + 1, min(end, at + 5))
            if close != -1 and source[at + 1 : close] in labels:
                begin = _marker_start(source, at, start)
                if begin is not None:
                    found.append((source[at + 1 : close], begin, close + 1))
            at = source.find("[", at + 1, end)
    return found


def _marker_start(source: str, at: int, start: int) -> int | None:
    """Where the marker whose "[" stands at ``at`` starts: there, after a word's last letter or digit or a
    closing mark; or at the one space before it after one of those; else None (a line's first word)."""
    before = source[at - 1] if at > start else ""
    if before and (before.isalnum() or before in MARK_BEFORE):
        return at
    if before in (" ", "\u00a0") and at - 1 > start:
        ahead = source[at - 2]
        if ahead.isalnum() or ahead in MARK_BEFORE:
            return at - 1
    return None
