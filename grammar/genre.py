"""The genre's larger forms, recognised by how UN texts are built rather than by any one file.

The builder's classification stage asks this module what a line is beyond a paragraph — an
annex heading ("Annex", "Annex II"), a part letter ("B"), a section number ("IV") — and hands it
what it found so that the construction stage can assemble the nodes: the heading groups
(:class:`~resolint.model.SectionHeading`), the annexes (:class:`~resolint.model.Annex`) and the
drafts nested in an operative paragraph (:class:`~resolint.model.NestedDraft`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resolint.grammar.closing import closing_kind
from resolint.model import (
    Annex,
    Authoring,
    Closing,
    Document,
    LineIndex,
    NestedDraft,
    Operative,
    Paragraph,
    Preambular,
    SectionHeading,
)

ANNEX_RE = re.compile(r"^(?:Annex(?:es)?|ANNEX(?:ES)?)(?: (?:[IVXLC]+|\d+|[A-Z]))?\.?(?: [–—-] \S.*)?$")
SECTION_NUMBER_RE = re.compile(r"^(?:[IVXLC]+|[A-Z])\.?$")
PART_LETTER_RE = re.compile(r"^[A-Z]\.?$")
NUMBERED_TITLE_RE = re.compile(r"^((?:[IVXLC]+|[A-Z])\.)\s+(\S.*)$")
DRAFT_NAMED_RE = re.compile(r"\b(?:draft|following) (resolution|decision)s?\b", re.I)
ADOPTED_SYMBOL_RE = re.compile(r"(?:^|/)(?:RES|DEC)/")
"""A resolution's or decision's symbol; a draft's has "L." instead ("A/C.3/76/L.31")."""
DRAFT_NAME_LINE_RE = re.compile(
    r"(?:(?:Revised )?[Dd]raft|DRAFT) (?:resolution|decision|RESOLUTION|DECISION)(?: [IVXLC]+| [A-Z]| \d+)?"
)
"""A draft's name on a line of its own, over its title: "Draft resolution II", "Draft decision"."""
ADOPTED_AT_MEETING_RE = re.compile(r"Adopted by the \S.{0,80}? at its [\d,]+(?:st|nd|rd|th) (?:plenary )?meeting\b")
"""The Security Council's adoption line under its number line: "Adopted by the Security Council at its 9721st
meeting, on 11 September 2024" (a web copy writes "9,586th")."""


def is_annex_heading(line: str) -> bool:
    """ "Annex", "Annex II", "Annexes", "Annex A – Items subject to …": the line that opens annexed text."""
    return bool(ANNEX_RE.match(line.lstrip("#").strip()))


def is_section_number(line: str) -> bool:
    """A section's number on a line of its own: "IV", "B", "II."."""
    return bool(SECTION_NUMBER_RE.match(line.lstrip("#").strip()))


def is_part_letter(line: str) -> bool:
    """A part's letter on a line of its own ("B") after the meeting line of part A."""
    return bool(PART_LETTER_RE.match(line.lstrip("#").strip()))


def names_a_draft(line: str) -> bool:
    """The line is a draft's name alone ("Draft resolution II" over "Policies and programmes involving youth")."""
    return bool(DRAFT_NAME_LINE_RE.fullmatch(line.strip().lstrip("#").strip().strip("*_")))


def adoption_evidence(document: Document) -> str | None:
    """What shows that ``document`` is an adopted text as published, or None for a draft: the symbol
    of a resolution or decision ("A/HRC/RES/54/1", "S/RES/2504 (2020)", "E/DEC/2021/201"; a draft's is
    "A/HRC/54/L.3"), the "Resolution adopted by …" line, the Security Council's "Adopted by the Security
    Council at its 9721st meeting, on …" above the text, or the closing record of its adoption (the
    meeting line, "[Adopted without a vote.]"), which no draft carries."""
    symbol = document.heading.symbol
    if symbol and ADOPTED_SYMBOL_RE.search(symbol):
        return f"its symbol is {symbol}"
    document_type = document.heading.field("document-type")
    if document_type is not None and document_type.value.lower().endswith(" adopted"):
        line = " ".join(document.source[document_type.span.start : document_type.span.end].split()).strip("*_")
        return f"it is headed “{line}”"
    for line in document.closing:
        if closing_kind(line.text) in ("meeting", "adoption"):
            return f"it closes with “{line.text[:60]}”"
    for paragraph in document.prologue:
        if ADOPTED_AT_MEETING_RE.match(paragraph.text.plain.strip()):
            return f"it is headed “{paragraph.text.plain.strip()[:60]}”"
    return None


def is_amendment(document_type: str | None) -> bool:
    """An amendments document ("Belarus: amendments to draft resolution A/C.3/76/L.31"): its numbered
    paragraphs are instructions ("1. Insert …", "2. Delete operative paragraph 4."), not a resolution's."""
    return bool(document_type) and document_type.lower().startswith("amendment")


def named_draft(text: str) -> str | None:
    """``draft resolution`` or ``draft decision``, as the last of ``text``'s words that name one
    ("… the following draft decision", "Draft resolution II"), or None."""
    named = DRAFT_NAMED_RE.findall(text)
    return f"draft {named[-1].lower()}" if named else None


ITALIC_LINE_RE = re.compile(r"\*[^*]+\*")
"""A heading written in italics from end to end, over one line or more (``*…*`` only, unlike
``classify.WHOLE_ITALIC``, which reads one line of a list and ``_…_`` too)."""


def written_heading(raw: str, known: str) -> dict[str, int | bool | str]:
    """How a heading line is written (``raw``: its source; ``known``: its text without markup): its
    ``#`` markers, whether the rest is in italics, and its words with the source's no-break spaces
    when they are the known words (else the known text) — the ``level``, ``italic`` and ``written``
    of :class:`~resolint.model.Closing` and :class:`~resolint.model.AnnexText`."""
    line = raw.strip()
    text = line.lstrip("#")
    words = text.replace("*", "").strip()
    known = known.lstrip("#").strip()
    return {
        "level": len(line) - len(text),
        "italic": ITALIC_LINE_RE.fullmatch(text.strip()) is not None,
        "written": words if words.replace("\u00a0", " ").split() == known.split() else known,
    }


def introduces_draft(lead_in: str) -> str | None:
    """The kind of draft an operative paragraph recommends for adoption (it ends with a colon and
    names it: "… the adoption of the following draft resolution:"), or None."""
    return named_draft(lead_in) if lead_in.rstrip().endswith(":") else None


PRESENTS_TEXT_RE = re.compile(
    r"\W*(?:(?:the )?(?:following|below|here) is |(?:the )?)(?:the )?(?:full |complete )?text of\b", re.I
)
RECOMMENDS_RE = re.compile(r"\brecommend|\badoption of\b", re.I)


def presents_the_text(lead_in: str) -> bool:
    """Whether a line before the text presents the text that follows rather than recommends a draft: a
    news or press copy's "The following is the text of the draft resolution adopted by the Assembly:",
    "The full text of the draft reads as follows:" (the draft is the document itself), not a report's
    "… recommends … the adoption of the following draft resolution:" or "… introduced a draft resolution
    (A/C.3/78/L.5), the text of which read as follows:" (the drafts it carries are the report's)."""
    return PRESENTS_TEXT_RE.match(lead_in) is not None and RECOMMENDS_RE.search(lead_in) is None


def heading_number(lines: list[Closing]) -> tuple[str | None, str]:
    """The number and the title of a heading group: ("I", "Title") from "I" / "Title" or "I. Title"."""
    first = lines[0].text.strip()
    if SECTION_NUMBER_RE.match(first):
        return first.rstrip("."), " ".join(line.text for line in lines[1:])
    numbered = NUMBERED_TITLE_RE.match(first)
    if numbered:
        return numbered.group(1).rstrip("."), " ".join([numbered.group(2), *(line.text for line in lines[1:])])
    return None, " ".join(line.text for line in lines)


@dataclass
class Target:
    """Where classified nodes go: the resolution itself, or a nested draft."""

    start: int
    authoring: Authoring | None = None
    kind: str = "draft resolution"  # a nested draft's, as its lead-in or heading names it (:func:`named_draft`)
    preamble: list[Preambular] = field(default_factory=list)
    operative: list[Operative] = field(default_factory=list)
    heading_groups: list[list[Closing]] = field(default_factory=list)
    annexes: list[tuple[Closing, list[Paragraph]]] = field(default_factory=list)
    end: int = 0

    def headings(self, lines: LineIndex) -> list[SectionHeading]:
        """The heading groups as nodes; a group opens a section when it is numbered or when a
        preambular paragraph follows it (its own preamble)."""
        starts_of_preamble = sorted(p.span.start for p in self.preamble)
        found: list[SectionHeading] = []
        for group in self.heading_groups:
            number, title = heading_number(group)
            end = group[-1].span.end
            span = lines.span(group[0].span.start, end)
            next_paragraph = min(
                (p.span.start for p in [*self.preamble, *self.operative] if p.span.start >= end), default=None
            )
            opens_preamble = next_paragraph is not None and next_paragraph in starts_of_preamble
            found.append(SectionHeading(tuple(group), span, number, title, number is not None or opens_preamble))
        return found

    def annex_nodes(self, lines: LineIndex) -> list[Annex]:
        found: list[Annex] = []
        for title, paragraphs in self.annexes:
            end = paragraphs[-1].span.end if paragraphs else title.span.end
            found.append(Annex(title.text, lines.span(title.span.start, end), tuple(paragraphs)))
        return found

    def draft(self, lines: LineIndex) -> NestedDraft:
        ends = [self.end, *(p.span.end for p in [*self.preamble, *self.operative])]
        return NestedDraft(
            lines.span(self.start, max(ends)),
            self.authoring,
            tuple(self.preamble),
            tuple(self.operative),
            tuple(self.headings(lines)),
            tuple(self.annex_nodes(lines)),
            kind=self.kind,
        )
