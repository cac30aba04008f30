"""Note markers as the UN typed them until the late 1990s: "1/", "2/" after the word or mark they
annotate ("… Human Rights 1/", "… 30 June 1992,1/"), the notes under the text as "1/ Official Records …".

Two readers use these forms: the inline scan reads a marker right after its word or mark, "16/", "*/",
"**/" (:func:`slash_mark`), in every text; the segmentation of a text whose notes are so marked
(``segment.py``) also reads one a space after its word ("Human Rights 1/", :data:`MARKER_RE`) and hands it
on as a PDF copy's marker; a marker both read is one reference (``PdfCopy.marked``).

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
NOTE_RE = re.compile(r"[ \t]*(\d{1,3}|\*{1,3})/[ \t\u00a0]+(?=\S)")
"""The start of a note's text: "1/ Official Records of the General Assembly, …", "*/ Adopted as
recommended …"."""


MARK_BEFORE = ',;:.”’")]'


def slash_markers(source: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The markers inside ``spans`` of ``source``, as (label, start, end) with the space before kept in:
    the matches of :data:`MARKER_RE`, found from each slash (the pattern's look-behinds, tried at every
    character, took 0.1 s a megabyte)."""
    found = []
    for start, end in spans:
        slash = source.find("/", start, end)
        while slash != -1:
            marker = _marker_at(source, slash, start, end)
            if marker is not None:
                found.append(marker)
            slash = source.find("/", slash + 1, end)
    return found


def _marker_at(source: str, slash: int, start: int, end: int) -> tuple[str, int, int] | None:
    """The marker that the slash at ``slash`` ends, if it is one."""
    if slash + 1 < end and not (source[slash + 1].isspace() or source[slash + 1] in ",;:.)"):
        return None
    digits = slash
    while digits > start and slash - digits < 4 and source[digits - 1].isdecimal():
        digits -= 1
    if not 1 <= slash - digits <= 3 or (digits > 0 and source[digits - 1].isdecimal()):
        return None
    at = _marker_start(source, digits)
    return (source[digits:slash], at, slash + 1) if at is not None and at >= start else None


def _letter(char: str) -> bool:
    r"""``[^\W\d_]``: a letter, or a character such as "²" that is alphanumeric but no decimal digit."""
    return char.isalnum() and not char.isdecimal()


def _marker_start(source: str, digits: int) -> int | None:
    """Where the marker whose digits begin at ``digits`` starts: right after a letter or a closing mark,
    or one space (or no-break space) after one, or a space after a number ("30 September 1994 4/")."""
    before = source[digits - 1] if digits > 0 else ""
    if before and (_letter(before) or before in MARK_BEFORE):
        return digits
    if before not in (" ", "\u00a0"):
        return None
    ahead = source[digits - 2] if digits > 1 else ""
    if ahead and (_letter(ahead) or ahead in MARK_BEFORE or (ahead.isdecimal() and before == " ")):
        return digits - 1
    return None


def without_marker_at_end(text: str) -> str:
    """``text`` without the marker it ends with ("…Human Rights, 2/" → "…Human Rights,")."""
    return MARKER_AT_END_RE.sub("", text)


SLASH_MARK_END = ',;:.)”’"|'
"""What may follow an old-style note mark ("…session);16/", "…consider,**/ at", "…Drugs*/")."""


def slash_mark(source: str, at: int, start: int, end: int) -> int | None:
    """Where the note mark ending with the "/" at ``at`` starts, if it is one: the UN's documents
    until the 1990s marked notes "16/", "*/", "**/" right after a word or a punctuation mark (their
    notes read "16/ Official Records …"). A symbol's slash ("E/CN.7/523", "1972/1664") is none: the
    mark has no digit or letter after its slash, and its digits no digit or slash before them."""
    after = source[at + 1] if at + 1 < end else " "
    if not (after.isspace() or after in SLASH_MARK_END):
        return None
    char = source[at - 1] if at > start else ""
    if char != "*" and not char.isdigit():
        return None
    mark = at
    while mark > start and at - mark < 3 and source[mark - 1] == char:
        mark -= 1
    if char.isdigit():
        while mark > start and at - mark < 3 and source[mark - 1].isdigit():
            mark -= 1
    before = source[mark - 1] if mark > start else " "
    if before.isspace() or before.isdigit() or before in "/*":
        return None
    return mark
