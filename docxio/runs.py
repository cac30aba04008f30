"""Turn a model paragraph into pieces of running text: plain or italic text and footnote marks.

The model keeps, for each paragraph, its text without markup (``plain``) and where every plain
character came from in the source (``plain_offsets``); italics, the opener/verb phrase and footnote
references are source spans. Working on offsets means the same code serves ``.res.md`` (italics
written with ``*``) and pasted text (no markup: the phrase found from the phrase lists is italicised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from resolint.model import Paragraph, Span, Text

SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not the no-break space, which the UN uses on purpose
DROPPED_ARTEFACTS = {"bullet", "caret-marker"}
NO_BREAK_SPACE = "\u00a0"


@dataclass(frozen=True)
class Piece:
    """A stretch of text (``italic`` or not), or a footnote mark when ``note`` is set."""

    text: str
    italic: bool = False
    note: str | None = None


def inside(offset: int, spans: Iterable[Span]) -> bool:
    return any(span.start <= offset < span.end for span in spans)


def text_pieces(
    text: Text,
    extra_italics: Iterable[Span] = (),
    dropped: Iterable[Span] = (),
) -> list[Piece]:
    """Pieces of ``text``: whitespace collapsed, dropped spans removed, footnote marks in place."""
    italics = [*text.italics, *extra_italics]
    dropped = list(dropped)
    refs = sorted(text.footnote_refs, key=lambda ref: ref.span.start)
    ref_spans = [ref.span for ref in refs]
    pieces: list[Piece] = []
    buffer: list[str] = []
    buffer_italic = False
    next_ref = 0

    def flush() -> None:
        nonlocal buffer
        if buffer:
            pieces.append(Piece("".join(buffer), buffer_italic))
            buffer = []

    raw, raw_start = text.raw, text.span.start
    for index, char in enumerate(text.plain):
        offset = text.source_offset(index)
        if char == " " and 0 <= offset - raw_start < len(raw) and raw[offset - raw_start] == NO_BREAK_SPACE:
            char = NO_BREAK_SPACE  # the model's plain text shows it as a space; the printed text keeps it
        while next_ref < len(refs) and refs[next_ref].span.start <= offset:
            flush()
            pieces.append(Piece("", note=refs[next_ref].label))
            next_ref += 1
        if inside(offset, dropped) or inside(offset, ref_spans):
            continue
        italic = inside(offset, italics)
        if italic != buffer_italic:
            flush()
            buffer_italic = italic
        buffer.append(char)
    flush()
    for ref in refs[next_ref:]:
        pieces.append(Piece("", note=ref.label))
    return tidy(pieces)


def tidy(pieces: list[Piece]) -> list[Piece]:
    """Collapse whitespace across pieces, trim both ends, keep spaces out of italic runs' edges."""
    joined: list[Piece] = []
    for piece in pieces:
        if piece.note is not None:
            joined.append(piece)
            continue
        value = SPACES.sub(" ", piece.text)
        if not value:
            continue
        previous = joined[-1] if joined else None
        if previous is not None and previous.note is None and previous.text.endswith(" "):
            value = value.lstrip(" ")
            if not value:
                continue
        if piece.italic and value != value.lstrip(" "):
            joined.append(Piece(" "))
            value = value.lstrip(" ")
        trailing = piece.italic and value.endswith(" ")
        joined.append(Piece(value.rstrip(" ") if trailing else value, piece.italic))
        if trailing:
            joined.append(Piece(" "))
    while joined and joined[0].note is None and not joined[0].text.strip():
        joined.pop(0)
    while joined and joined[-1].note is None and not joined[-1].text.strip():
        joined.pop()
    if joined and joined[0].note is None:
        joined[0] = Piece(joined[0].text.lstrip(), joined[0].italic)
    if joined and joined[-1].note is None:
        joined[-1] = Piece(joined[-1].text.rstrip(), joined[-1].italic)
    return merge(joined)


def merge(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if not piece.text and piece.note is None:
            continue
        last = merged[-1] if merged else None
        if last and last.note is None and piece.note is None and last.italic == piece.italic:
            merged[-1] = Piece(last.text + piece.text, last.italic)
        else:
            merged.append(piece)
    return merged


def paragraph_pieces(paragraph: Paragraph, marker_spans: Iterable[Span | None] = ()) -> list[Piece]:
    """Pieces of a PP/OP/sub-paragraph without its number or label; the phrase is italic."""
    dropped = [span for span in marker_spans if span is not None]
    dropped.extend(a.span for a in paragraph.artefacts if a.kind in DROPPED_ARTEFACTS)
    extra = [paragraph.phrase_span] if paragraph.phrase_span is not None else []
    pieces = text_pieces(paragraph.text, extra, dropped)
    return strip_leading_marker(pieces, paragraph)


LEADING_MARKER = re.compile(r"^\s*(?:[-–•]\s*)?(?:\d+\.|\([a-z]{1,4}\)|\([ivxlc]+\)|[a-z]\.)\s+")


def strip_leading_marker(pieces: list[Piece], paragraph: Paragraph) -> list[Piece]:
    """Drop a number or label left at the start when the model's text span included it."""
    number = getattr(paragraph, "number", None) or getattr(paragraph, "label", None)
    if not number or not pieces or pieces[0].note is not None or pieces[0].italic:
        return pieces
    first = pieces[0].text
    match = LEADING_MARKER.match(first)
    found = match.group(0).strip().lstrip("-–• ").rstrip(".").strip("()") if match else None
    if found is not None and found == number.rstrip(".").strip("()"):
        rest = first[match.end():]
        return ([Piece(rest)] if rest else []) + pieces[1:]
    return pieces
