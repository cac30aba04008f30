"""Note markers as the UN typed them until the late 1990s: "1/", "2/" after the word or mark they
annotate ("… Human Rights 1/", "… 30 June 1992,1/"), the notes under the text as "1/ Official Records …".

Copies of the Assembly's resolutions of those sessions (the Official Document System's texts, and the
web pages made from them) keep the form. The segmentation (``segment.py``) hands the markers to the
builder as a PDF copy's plain-digit markers are (left out of the paragraph's text, read as references)
and makes each "N/ text" line a note.
"""

from __future__ import annotations

import re

MARKER_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[,;:.”’\")\]])|(?<=\d)(?= ))[ \u00a0]?(\d{1,3})/(?=[\s,;:.)]|$)")
"""A marker: digits and a slash after a word or a mark (one space between them at most) or after a
number and a space ("30 September 1994 4/"), then a space, a mark or the end; "46/46" and "2/4" (digits
after the slash) are no markers."""
MARKER_AT_END_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[,;:.”’\")\]]))[ \u00a0]?\d{1,3}/$")
NOTE_RE = re.compile(r"(\d{1,3})/[ \t\u00a0]+(?=\S)")
"""The start of a note's text: "1/ Official Records of the General Assembly, …"."""


def slash_markers(source: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The markers inside ``spans`` of ``source``, as (label, start, end) with the space before kept in."""
    return [(m.group(1), m.start(), m.end()) for start, end in spans for m in MARKER_RE.finditer(source, start, end)]


def without_marker_at_end(text: str) -> str:
    """``text`` without the marker it ends with ("…Human Rights, 2/" → "…Human Rights,")."""
    return MARKER_AT_END_RE.sub("", text)
