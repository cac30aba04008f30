"""The comparable units of a resolution: each paragraph, sub-paragraph, footnote, section heading
and annexed paragraph as one :class:`Unit` with whitespace-normalised text and italic ranges.

Units are grouped by *track* (preamble, operative, sub-paragraphs, footnotes, sections, annex):
alignment pairs units of one track only, so a preambular paragraph is never matched to an
operative one. Sub-paragraphs form one track for the whole document, so a sub-paragraph that moves
from one operative paragraph to another is found as moved.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from resolint.model import Document, Operative, Paragraph, SubParagraph, Text, walk_subparagraphs

TRACKS = ("title", "preamble", "operative", "subparagraph", "section", "annex", "footnote")
"""Tracks in document order; a comparison reports them in this order."""

TRACK_NAMES = {
    "title": "title",
    "preamble": "preambular paragraph",
    "operative": "operative paragraph",
    "subparagraph": "sub-paragraph",
    "section": "section heading",
    "annex": "annexed paragraph",
    "footnote": "footnote",
}

HEADING_NOTE_LABELS = {"*", "**"}  # "* State not a member of …": a note of the sponsor list, not of the text
HEADING_MARK_RE = re.compile(r"^\s*#{1,6}[ \t]+")
WHITESPACE_RE = re.compile(r"\s+")
LONG_WHITESPACE_RE = re.compile(r"\s{2,}")


@dataclass(slots=True)
class Unit:
    """One comparable piece of a resolution.

    ``text`` is the plain text with every run of white space made one space and the ends
    stripped; ``italic`` the ``[start, end)`` ranges of ``text`` in italics; ``source_start``
    maps each character of ``text`` back to its plain index in the parsed :class:`Text`
    (so fixes found by the rules, which carry source offsets, can be placed in ``text``).
    """

    track: str
    index: int  # position in its track, 0-based
    label: str  # "PP 3", "OP 9", "OP 9 (e)", "footnote 1"
    number: str  # the paragraph's own number or letter as written ("9", "e", "1"), "" if none
    parent: str  # the operative number a sub-paragraph belongs to, "" otherwise
    text: str
    italic: tuple[tuple[int, int], ...] = ()
    source: Text | None = None
    breaks: list[tuple[int, int]] = field(default_factory=list)  # (text index, plain index) where the offset changes
    artefacts: tuple[str, ...] = ()
    notes: tuple[tuple[int, str], ...] = ()  # (index in text, label) of each footnote marker
    number_span: tuple[int, int] | None = None  # source offsets of the number or label

    start: int = -1  # source offset of a unit without a Text (title, section heading)

    @property
    def position(self) -> int:
        """Where the unit begins in its version's source (document order across tracks)."""
        return self.source.span.start if self.source is not None else max(self.start, 0)

    def text_index(self, plain_index: int) -> int:
        """Index in ``text`` of the first character at or after ``plain_index`` of the source Text."""
        return text_index(self.breaks, plain_index, len(self.text))


def document_units(document: Document) -> dict[str, list[Unit]]:
    """The document's units by track, each track in source order."""
    tracks: dict[str, list[Unit]] = {name: [] for name in TRACKS}
    if document.title is not None:
        tracks["title"].append(_unit("title", 0, "title", "", "", normalise(document.title.text)))
        tracks["title"][0].start = document.title.span.start
    for index, para in enumerate(document.preamble):
        tracks["preamble"].append(_paragraph_unit("preamble", index, f"PP {index + 1}", "", "", para))
    for index, op in enumerate(document.operative):
        number = op.number or ""
        tracks["operative"].append(_paragraph_unit("operative", index, f"OP {number or index + 1}", number, "", op))
        for sub in walk_subparagraphs(op.children):
            track = tracks["subparagraph"]
            label = f"OP {number} ({sub.label})" if number else f"({sub.label})"
            track.append(_paragraph_unit("subparagraph", len(track), label, sub.label, number, sub))
    for index, section in enumerate(document.sections):
        tracks["section"].append(_unit("section", index, f"section {index + 1}", "", "", normalise(section.text)))
        tracks["section"][-1].start = section.span.start
    for index, para in enumerate(document.annex):
        tracks["annex"].append(_paragraph_unit("annex", index, f"annex paragraph {index + 1}", "", "", para))
    for index, note in enumerate(_notes_in_reference_order(document)):
        unit = _text_unit("footnote", index, f"footnote {note.label}", note.label, "", note.text)
        unit.number_span = (note.label_span.start, note.label_span.end)
        tracks["footnote"].append(unit)
    return tracks


def _notes_in_reference_order(document: Document) -> list:
    """Footnotes in the order the text first points at them (where they are defined is no content),
    those no marker points at last; the sponsor list's note is left out."""
    first: dict[str, int] = {}
    for position, ref in enumerate(document.footnote_refs()):
        first.setdefault(ref.label, position)
    notes = [note for note in document.footnotes if note.label not in HEADING_NOTE_LABELS]
    return sorted(notes, key=lambda note: first.get(note.label, len(first)))


def _unit(track: str, index: int, label: str, number: str, parent: str, text: str) -> Unit:
    return Unit(track, index, label, number, parent, text)


def _paragraph_unit(track: str, index: int, label: str, number: str, parent: str, para: Paragraph) -> Unit:
    unit = _text_unit(track, index, label, number, parent, para.text)
    unit.artefacts = tuple(artefact.kind for artefact in para.artefacts)
    number_span = None
    if isinstance(para, Operative) and para.number_span is not None:
        number_span = para.number_span
    elif isinstance(para, SubParagraph) and para.label_span is not None:
        number_span = para.label_span
    if number_span is not None:
        unit.number_span = (number_span.start, number_span.end)
    return unit


def _text_unit(track: str, index: int, label: str, number: str, parent: str, source: Text) -> Unit:
    plain = source.plain
    heading = HEADING_MARK_RE.match(plain)  # "### A. Follow-up" in an annex: Markdown, not text
    cut = heading.end() if heading else 0
    text, breaks = normalise_with_breaks(plain[cut:])
    breaks = [(text_at, plain_at + cut) for text_at, plain_at in breaks]
    unit = Unit(track, index, label, number, parent, text, (), source, breaks)
    unit.italic = _italic_ranges(unit)
    unit.notes = tuple((unit.text_index(source.plain_index(ref.span.start)), ref.label) for ref in source.footnote_refs)
    return unit


def normalise(text: str) -> str:
    """White space made single spaces, ends stripped."""
    return WHITESPACE_RE.sub(" ", text).strip()


def normalise_with_index(plain: str) -> tuple[str, list[int]]:
    """:func:`normalise` plus, for each kept character, its index in ``plain``."""
    pieces: list[str] = []
    index: list[int] = []
    cursor = 0
    for match in WHITESPACE_RE.finditer(plain):
        pieces.append(plain[cursor : match.start()])
        index.extend(range(cursor, match.start()))
        if match.start() > 0 and match.end() < len(plain):
            pieces.append(" ")
            index.append(match.start())
        cursor = match.end()
    pieces.append(plain[cursor:])
    index.extend(range(cursor, len(plain)))
    return "".join(pieces), index


def normalise_with_breaks(plain: str) -> tuple[str, list[tuple[int, int]]]:
    """:func:`normalise` plus the places where text and plain offsets part: ``(text index, plain
    index)`` from which the two run on together. A single white-space character becomes one space
    and keeps the offsets; only longer runs and the stripped ends move them (few in any paragraph)."""
    body = plain.strip()
    lead = len(plain) - len(plain.lstrip())
    breaks: list[tuple[int, int]] = [(0, lead)]
    removed = 0
    for match in LONG_WHITESPACE_RE.finditer(body):
        removed += match.end() - match.start() - 1
        breaks.append((match.end() - removed, match.end() + lead))
    return WHITESPACE_RE.sub(" ", body), breaks


def text_index(breaks: list[tuple[int, int]], plain_index: int, length: int) -> int:
    """Text index of the first kept character at or after ``plain_index`` (see :func:`normalise_with_breaks`)."""
    position = bisect_right(breaks, plain_index, key=lambda item: item[1]) - 1
    if position < 0:
        return 0
    text_start, plain_start = breaks[position]
    limit = breaks[position + 1][0] if position + 1 < len(breaks) else length
    return min(text_start + plain_index - plain_start, limit)


def _italic_ranges(unit: Unit) -> tuple[tuple[int, int], ...]:
    source = unit.source
    ranges: list[tuple[int, int]] = []
    for span in source.italics if source else ():
        start = unit.text_index(source.plain_index(span.start))
        end = unit.text_index(source.plain_index(span.end))
        if end > start:
            ranges.append((start, end))
    return tuple(ranges)
