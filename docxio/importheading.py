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
    reader = HeadingReader(source, LineIndex(source))
    unread = {unit.block for unit in reader.read(units)}
    heading = reader.heading()
    facts = HeadingFacts({f.name: f.value for f in heading.fields},
                         [(s.name, s.asterisk) for s in heading.sponsors])
    title = reader.title
    if title is not None:
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


def write_heading(builder: TextBuilder, facts: HeadingFacts, note_label: Callable[[Segment], str]) -> bool:
    """Write the front matter (if recognised) and unrecognised heading paragraphs as text.

    Returns whether a sponsor carries the asterisk (its footnote is then not written again)."""
    fields = facts.fields
    recognised = "symbol" in fields or len(fields) >= 3
    if recognised:
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
