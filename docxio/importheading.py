"""The UN heading of an imported Word file, recognised by the grammar and written as front matter.

The masthead lines (from the first-page header) and the heading paragraphs (before the organ line)
are handed to ``grammar/heading.py`` — the reader that recognises a pasted heading — so each
heading fact has one place where it is recognised. What it does not recognise stays text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from resolint.docxio.importfurniture import Furniture
from resolint.docxio.importmap import MapEntry, TextBuilder
from resolint.docxio.wordparagraphs import WordParagraph, normalise_line
from resolint.docxio.wordtext import Segment, markdown_of, plain_of
from resolint.grammar.builder import Unit
from resolint.grammar.heading import HeadingReader
from resolint.model import DRAFTER_FIELDS, LineIndex

FIELD_ORDER = ("symbol", "distribution", "date", "original", "organ", "session", "session-dates",
               "agenda-item", "agenda-title", "adopted")
MASTHEAD_FIELDS = ("symbol", "distribution", "date", "original")


@dataclass
class HeadingFacts:
    """What the grammar recognised: field values, sponsors (name, asterisk), the paragraphs it left."""

    fields: dict[str, str] = field(default_factory=dict)
    sponsors: list[tuple[str, bool]] = field(default_factory=list)
    paragraphs: list[WordParagraph] = field(default_factory=list)  # all heading paragraphs
    unread: set[int] = field(default_factory=set)  # indexes of those not (wholly) recognised
    blocks: dict[str, int] = field(default_factory=dict)  # field name -> index of the paragraph it was read from


def read_heading(furniture: Furniture, paragraphs: list[WordParagraph]) -> HeadingFacts:
    """Masthead lines and heading paragraphs through the grammar's heading reader."""
    masthead, _ = recognise([[line] for line in furniture.masthead])
    facts, facts.unread = recognise([heading_lines(paragraph) for paragraph in paragraphs])
    facts.paragraphs = paragraphs
    fields = facts.fields
    fields.update({key: masthead.fields[key] for key in MASTHEAD_FIELDS if key in masthead.fields})
    if "organ" not in fields and "organ" in masthead.fields:  # the masthead's organ is the parent one
        fields["organ"] = masthead.fields["organ"]
    short_title = furniture.short_title(fields.get("symbol"))
    if short_title and short_title.split() != fields.get("title", "").split():
        fields["short-title"] = short_title
    if furniture.job_number:
        fields["job-number"] = furniture.job_number
    if furniture.date_code:
        fields["date-code"] = furniture.date_code
    return facts


def heading_lines(paragraph: WordParagraph) -> list[str]:
    """A heading paragraph's lines (Word line breaks split it), its automatic number in front."""
    plain = plain_of(paragraph.segments, custom_marks=True)
    lines = [normalise_line("", line) for line in plain.split("\n")]
    if paragraph.number:
        lines[0] = normalise_line(paragraph.number, lines[0])
    return [line for line in lines if line]


def recognise(blocks: list[list[str]]) -> tuple[HeadingFacts, set[int]]:
    """The grammar's reading of ``blocks`` of lines (one per Word paragraph); the blocks it left."""
    source = ""
    units: list[Unit] = []
    for block, lines in enumerate(blocks):
        spans = []
        for line in lines:
            spans.append((len(source), len(source) + len(line)))
            source += line + "\n"
        source += "\n"
        if spans:
            units.append(Unit("text", spans[0][0], spans[-1][1], spans[0][0], block, lines=spans))
    reader = HeadingReader(source, LineIndex(source), printed_lines=False)
    unread = {unit.block for unit in reader.read(units)}
    heading = reader.heading()

    def block_at(offset: int) -> int:
        return next((unit.block for unit in units if unit.start <= offset <= unit.end), -1)

    facts = HeadingFacts({f.name: f.value for f in heading.fields},
                         [(s.name, s.asterisk) for s in heading.sponsors],
                         blocks={f.name: block_at(f.span.start) for f in heading.fields})
    title = reader.title
    if title is not None:
        facts.blocks["title"] = block_at(title.span.start)
        if title.number:
            facts.fields["number"] = title.number
        facts.fields["title"] = keep_no_break(title.text, source[title.span.start:title.span.end])
    return facts, unread


def keep_no_break(value: str, raw: str) -> str:
    """``value`` (spaces folded) with the no-break spaces that ``raw`` has between the same words."""
    words = value.split(" ")
    pattern = r"(\s+)".join(re.escape(word) for word in words)
    found = re.search(pattern, raw)
    if found is None or "\u00a0" not in found.group(0):
        return value
    gaps = ["\u00a0" if "\u00a0" in gap else " " for gap in found.groups()]
    return words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:], strict=True))


MARKED_FIELDS = ("title", "agenda-item", "agenda-title")
"""Heading lines that carry a note in the UN's texts: the title's, the provisional agenda's ("* A/72/150.")."""


def attach_marks(facts: HeadingFacts, note_label: Callable[[Segment], str]) -> None:
    """Put back into the fields the note marks Word has in their lines, in their place ("…migrants[^1]"):
    the grammar reads a field's words without them. A mark is given to one field only."""
    given: set[tuple[int, int]] = set()
    for name in MARKED_FIELDS:
        index = facts.blocks.get(name, -1)
        if name in facts.fields and 0 <= index < len(facts.paragraphs):
            facts.fields[name] = with_marks(facts.fields[name], facts.paragraphs[index], note_label, given, index)


def with_marks(value: str, paragraph: WordParagraph, note_label: Callable[[Segment], str],
               given: set[tuple[int, int]], index: int) -> str:
    """``value`` with the marks of ``paragraph`` that fall inside or right after its words."""
    raw, marks = "", []
    for segment in paragraph.segments:
        if segment.note is None:
            raw += segment.text
        else:
            marks.append((len(raw), f"[^{note_label(segment)}]"))
    found = re.search(r"\s+".join(re.escape(word) for word in value.split()), raw)
    inside = [(at, mark) for at, mark in marks
              if found and found.start() < at <= found.end() and (index, at) not in given]
    if not inside:
        return value
    pieces, last = [], found.start()
    for at, mark in inside:
        pieces += [raw[last:at], mark]
        last = at
        given.add((index, at))
    marked = "".join([*pieces, raw[last:found.end()]])
    return re.sub(r"\s+", lambda gap: "\u00a0" if "\u00a0" in gap.group(0) else " ", marked)


def write_heading(builder: TextBuilder, facts: HeadingFacts, note_label: Callable[[Segment], str]) -> bool:
    """Write the front matter (if recognised) and unrecognised heading paragraphs as text.

    Returns whether a sponsor carries the asterisk (its footnote is then not written again)."""
    fields = facts.fields
    recognised = "symbol" in fields or len(fields) >= 3
    for paragraph in facts.paragraphs:  # the notes are labelled in the order of the text
        for segment in paragraph.segments:
            if segment.note is not None:
                note_label(segment)
    if recognised:
        attach_marks(facts, note_label)
        builder.raw("---\n")
        for key in FIELD_ORDER:
            if key in fields:
                builder.raw(f"{key}: {fields[key]}\n")
        if facts.sponsors:
            names = ", ".join(name + ("*" if star else "") for name, star in facts.sponsors)
            builder.raw(f"sponsors: [{names}]\n")
        for key in ("document-type", "number", "title", "short-title", "job-number", "date-code", *DRAFTER_FIELDS):
            if key in fields:
                builder.raw(f"{key}: {fields[key]}\n")
        builder.raw("---\n")
        builder.entries.append(MapEntry(0, builder.length, 0, "heading"))
    # unrecognised lines before the organ line stay text (the parser keeps them as a prologue); all
    # of them when there is no front matter. Every paragraph's notes are labelled, in order.
    for index, paragraph in enumerate(facts.paragraphs):
        text = normalise_line("", markdown_of(paragraph.segments, note_label))
        if index in facts.unread or not recognised:
            builder.paragraph(text, paragraph.index, "heading")
    return recognised and any(star for _, star in facts.sponsors)
