"""Turn a model paragraph into pieces of running text: plain or italic text and footnote marks.

The model keeps, for each paragraph, its text without markup (``plain``) and where every plain
character came from in the source (``plain_offsets``); italics, the opener/verb phrase and footnote
references are source spans. Working on offsets means the same code serves ``.res.md`` (italics
written with ``*``) and pasted text (no markup: the phrase found from the phrase lists is italicised).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from resolint.model import Paragraph, Span, Text

SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not the no-break space, which the UN uses on purpose
DROPPED_ARTEFACTS = {"bullet", "caret-marker"}
NO_BREAK_SPACE = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"
KEPT_FROM_SOURCE = ((" ", NO_BREAK_SPACE), ("-", NO_BREAK_HYPHEN))  # the model's plain text has the left ones


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
    """Pieces of ``text``: whitespace collapsed, dropped spans removed, footnote marks in place.

    The plain text is cut only where a span begins or ends, so the work grows with the number of
    spans, not of characters (a 1 MB document has a million characters and a few thousand spans).
    """
    plain, offsets = text.plain, text.plain_offsets
    refs = sorted(text.footnote_refs, key=lambda ref: ref.span.start)
    italics = [*text.italics, *extra_italics]
    skipped = [*dropped, *(ref.span for ref in refs)]
    if not offsets or len(offsets) != len(plain):
        return tidy([Piece(plain), *(Piece("", note=ref.label) for ref in refs)])
    size = len(plain)
    cuts = {0, size}
    for span in (*italics, *skipped):
        for edge in (span.start, span.end):
            index = bisect_left(offsets, edge)
            if 0 < index < size:
                cuts.add(index)
    ref_at = [bisect_left(offsets, ref.span.start) for ref in refs]
    cuts.update(index for index in ref_at if 0 < index < size)
    pieces: list[Piece] = []
    next_ref = 0
    bounds = sorted(cuts)
    for start, end in pairwise(bounds):
        while next_ref < len(refs) and ref_at[next_ref] <= start:
            pieces.append(Piece("", note=refs[next_ref].label))
            next_ref += 1
        offset = offsets[start]
        if inside(offset, skipped):
            continue
        pieces.append(Piece(keep_no_break_spaces(text, start, end), inside(offset, italics)))
    pieces.extend(Piece("", note=ref.label) for ref in refs[next_ref:])
    return tidy(pieces)


def keep_no_break_spaces(text: Text, start: int, end: int) -> str:
    """``plain[start:end]`` with the no-break spaces and hyphens of the source, which the model's plain
    text folds into plain ones."""
    chunk = text.plain[start:end]
    kept = [(plain, source) for plain, source in KEPT_FROM_SOURCE if plain in chunk and source in text.raw]
    if not kept:
        return chunk
    chars = list(chunk)
    raw, raw_start = text.raw, text.span.start
    for plain, wanted in kept:
        position = chunk.find(plain)
        while position != -1:
            source = text.source_offset(start + position) - raw_start
            if 0 <= source < len(raw) and raw[source] == wanted:
                chars[position] = wanted
            position = chunk.find(plain, position + 1)
    return "".join(chars)


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
