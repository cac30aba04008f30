"""The characters of real copies, as the plain text reads them (a leaf of ``grammar/``).

Text copied out of a PDF or a word processor carries characters the author never typed: a PDF
font's ligatures ("signiﬁcant", "Aﬃrming"), Word's optional (soft) hyphens, zero-width spaces and
joiners from a web page or pdf.js, a byte-order mark inside the text where two files were joined.
:func:`build_text <resolint.grammar.inline.build_text>` reads them as the words they show: a
ligature as its letters, a soft hyphen (with the line break after it, when it ends a line) and a
zero-width character as nothing. The source keeps them, so every position stays that of the file;
RS013 names them with a fix. The UN's own typography is read as what it is and never reported: the
no-break space (a space), the narrow no-break space (kept; the phrase lists read it as a space), the
non-breaking hyphen U+2011 and U+2010 HYPHEN (hyphens), the word joiner U+2060 after an en dash
("2023–\u20602025": kept in the plain text, which the AKN export writes).
"""

from __future__ import annotations

import re

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
SOFT_HYPHEN = "\u00ad"
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"  # zero-width space, non-joiner, joiner; a BOM inside the text
UNREAD = SOFT_HYPHEN + ZERO_WIDTH  # (the word joiner U+2060 is the UN's, after an en dash: kept, as written)
COPY_CHARACTER_RE = re.compile(f"[{UNREAD}{''.join(LIGATURES)}]")
UNREAD_RE = re.compile(f"{SOFT_HYPHEN}[ \t]*\n[ \t]*|[{UNREAD}]")
"""What plain text leaves out: a soft hyphen (with the line break after it and the next line's
indentation: "signi\u00ad" / "ficant" is one word), a zero-width character."""
LIGATURE_RE = re.compile(f"[{''.join(LIGATURES)}]")
BEFORE_LABEL = "\f\u200b\u200c\u200d\u2060\ufeff"
"""What a copy may leave before a paragraph's number or label, besides spaces: a form feed (a page break
in a text Word saved), a zero-width character (resolution.lark's terminals take them too)."""
PRIVATE_BULLETS = "\uf076\uf0a7\uf0b7\uf0d8\uf0fc"
"""Word's list bullets in the Symbol and Wingdings fonts, which a copy gives as private-use characters
(U+F0B7 "•", U+F0A7 "▪", U+F076 "❖", U+F0D8 "➢", U+F0FC "✓"): read as bullets, reported by RS006."""
LETTERS = str.maketrans(LIGATURES)


def as_typed(text: str) -> str:
    """A short string (a line to recognise) read as plain text reads it, without keeping positions."""
    if COPY_CHARACTER_RE.search(text) is None:
        return text
    return UNREAD_RE.sub("", text).translate(LETTERS)


def has_copy_characters(source: str, start: int, end: int) -> bool:
    return COPY_CHARACTER_RE.search(source, start, end) is not None


def unread_ranges(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The source ranges in ``[start, end)`` that plain text leaves out (:data:`UNREAD_RE`)."""
    return [match.span() for match in UNREAD_RE.finditer(source, start, end)]


def copy_stretch(
    source: str, start: int, stop: int, length: int, origin: int, pieces: list[str], segments: list[tuple[int, int]]
) -> int:
    """Append ``source[start:stop]`` to ``pieces`` with its ligatures written as their letters, and the
    segments that map each plain character back to the source (the letters of a ligature all to the
    ligature); ``length`` is the plain length so far, ``origin`` the text's first source offset.
    Returns the new plain length."""
    pos = start
    for match in LIGATURE_RE.finditer(source, start, stop):
        at = match.start()
        if at > pos:
            segments.append((length, pos - origin))
            pieces.append(source[pos:at])
            length += at - pos
        for letter in LIGATURES[match.group()]:
            segments.append((length, at - origin))
            pieces.append(letter)
            length += 1
        pos = at + 1
    if pos < stop:
        segments.append((length, pos - origin))
        pieces.append(source[pos:stop])
        length += stop - pos
    return length


def merged(hidden: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two lists of source ranges as one, sorted."""
    return sorted([*hidden, *more]) if more else hidden
