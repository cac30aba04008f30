"""A markdown extraction whose last note's definition swallowed the rest of the text: "[^4]: A/80/237. levels, on
the role of science … efforts; 7. Decides to include … 52nd plenary meeting 1 December 2025" (the PDF's last page
held the note above the text's last lines, and the extractor appended what followed the note to its definition).

A note's text never holds the resolution's own paragraphs. Where the last definition holds, after a full stop or a
paragraph's semicolon, the number that follows the last operative paragraph's ("7." after "6.") and a listed verb,
the text from there is the body's: that paragraph, and the meeting line after it. Text between the note's own end
and that number, opening in lower case after the note's full stop ("A/80/237. levels, on …;"), is the rest of the
paragraph the page break cut. :func:`swallowed_parts` says where each part starts; the segmentation (``segment.py``)
makes the units.
"""

from __future__ import annotations

import re

from resolint.refdata import match_operative

NOTE_END_RE = re.compile(r"(?<=\.) (?=[a-z])")
"""Where a note's own text ends and the cut paragraph's rest starts ("A/80/237. levels")."""
ABBREVIATIONS = ("vol.", "vols.", "para.", "paras.", "No.", "Nos.", "sect.", "chap.", "art.", "e.g.", "i.e.", "p.", "pp.")
MEETING_RE = re.compile(r" (?=\d{1,3}(?:st|nd|rd|th) plenary meeting\b)")


def swallowed_parts(source: str, start: int, end: int, number: int) -> list[tuple[str, int]] | None:
    """The parts of the body in the definition's text ``source[start:end]`` as (kind, where it starts):
    "text" (the cut paragraph's rest), "operative" (paragraph ``number``, at its number), "text" (the meeting
    line); None when the definition holds no paragraph of the body."""
    cut = re.compile(rf"(?<=[.;]) {number}\. (?=[A-Z])").search(source, start, end)
    if cut is None:
        return None
    verb = match_operative(source[cut.end() : min(end, cut.end() + 80)])
    if verb is None or not verb.known:
        return None
    parts: list[tuple[str, int]] = []
    rest = _cut_paragraph_rest(source, start, cut.start())
    if rest is not None:
        parts.append(("text", rest))
    parts.append(("operative", cut.start() + 1))
    meeting = MEETING_RE.search(source, cut.end(), end)
    if meeting is not None:
        parts.append(("text", meeting.end()))
    return parts


def _cut_paragraph_rest(source: str, start: int, stop: int) -> int | None:
    """Where the rest of a cut paragraph starts after the note's own full stop, ending with ";" before the number."""
    if not source[start:stop].rstrip().endswith(";"):
        return None
    for found in NOTE_END_RE.finditer(source, start, stop):
        word = source[start : found.start()].split()[-1:]
        if word and word[0] not in ABBREVIATIONS:
            return found.end()
    return None


def part_units(
    source: str, parts: list[tuple[str, int]], end: int
) -> list[tuple[str, int, int, int, str | None, tuple[int, int] | None]]:
    """Each part as a unit's facts: kind, start, end (before the next part), where its text starts, its label
    ("7.") and the label's span (an operative paragraph's number), else None."""
    bounds = [start for _, start in parts] + [end]
    made = []
    for index, (kind, start) in enumerate(parts):
        stop = len(source[: bounds[index + 1]].rstrip())
        if kind == "operative":
            label_end = source.index(".", start) + 1
            made.append((kind, start, stop, label_end, source[start:label_end], (start, label_end)))
        else:
            made.append((kind, start, stop, start, None, None))
    return made
