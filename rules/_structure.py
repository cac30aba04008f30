"""Helpers shared by the structural rules (RS, RP, RO): endings, italics edits, repeated openers."""

from __future__ import annotations

from dataclasses import dataclass

from resolint.diagnostics import Edit
from resolint.grammar.phrases import base_phrase
from resolint.model import Paragraph, Span, Text
from resolint.refdata import REPEAT_ADVERBS

CLOSERS = '”’")]»'
ADVERBS = REPEAT_ADVERBS


@dataclass(frozen=True)
class Ending:
    """The last meaningful character of a paragraph: where it is and what it is."""

    char: str  # "" when the text ends in a letter, digit or closing quote (no punctuation)
    offset: int  # source offset of the punctuation, or where it would be inserted


INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
"""Zero-width and direction marks: a Word file may leave one after the final comma ("…,\u200e")."""


def ending(text: Text, source: str) -> Ending | None:
    plain = text.plain
    index = len(plain) - 1
    while index >= 0 and (plain[index].isspace() or plain[index] in INVISIBLE):
        index -= 1
    if index < 0:
        return None
    while index > 0 and plain[index] == "," and _between_references(text, text.source_offset(index)):
        index -= 1  # "General;[^1],[^2]": the comma between two footnote marks is the marks' own
    char = plain[index]
    if char in ".,;:":
        return Ending(char, text.source_offset(index))
    insert_at = text.source_offset(index) + 1
    end = min(len(source), text.span.end)  # not into a paragraph run on after this one
    while insert_at < end and source[insert_at] in "*_":  # after the italics that close the text
        insert_at += 1
    return Ending("", insert_at)


def _between_references(text: Text, offset: int) -> bool:
    ends = {ref.span.end for ref in text.footnote_refs}
    starts = {ref.span.start for ref in text.footnote_refs}
    return offset in ends and offset + 1 in starts


def ending_edit(found: Ending, wanted: str) -> Edit:
    if found.char:
        return Edit(found.offset, found.offset + 1, wanted)
    return Edit(found.offset, found.offset, wanted)


def describe(char: str) -> str:
    return {".": "a full stop", ",": "a comma", ";": "a semicolon", ":": "a colon", "": "no punctuation"}[char]


def italicise_edits(span: Span) -> list[Edit]:
    return [Edit(span.start, span.start, "*"), Edit(span.end, span.end, "*")]


def phrase_is_italic(paragraph: Paragraph) -> bool:
    return paragraph.phrase_from == "italics"


def italics_lost(paragraphs: list[Paragraph]) -> bool:
    """True when the text as a whole has lost its italics (pasted from a PDF): most openers are roman."""
    with_phrase = [p for p in paragraphs if p.phrase_span is not None]
    if not with_phrase:
        return False
    italic = sum(1 for p in with_phrase if phrase_is_italic(p))
    return italic * 2 < len(with_phrase)


def adverb_of(phrase: str) -> str | None:
    words = phrase.lower().split()
    for adverb in ADVERBS:
        if adverb in words:
            return adverb
    return None


def consecutive_runs(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """Runs of consecutive paragraphs that share an opening phrase (apart from also/further)."""
    runs: list[list[Paragraph]] = []
    for paragraph in paragraphs:
        if not paragraph.phrase:
            runs.append([paragraph])
            continue
        if runs and runs[-1][-1].phrase and base_phrase(runs[-1][-1].phrase) == base_phrase(paragraph.phrase):
            runs[-1].append(paragraph)
        else:
            runs.append([paragraph])
    return [run for run in runs if len(run) > 1]
