"""Helpers shared by the structural rules (RS, RP, RO): endings, italics edits, repeated openers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from resolint.diagnostics import Diagnostic, Edit
from resolint.grammar.phrases import base_phrase
from resolint.model import Document, Paragraph, Span, Text
from resolint.refdata import REPEAT_ADVERBS
from resolint.rules.base import Rule, bodies

CLOSERS = '”’")]»'
ADVERBS = REPEAT_ADVERBS
SUMMARY_AFTER = 3
"""More artefacts of one kind than this in a copy are reported once, with one fix for all."""


@dataclass(frozen=True)
class CopyArtefact:
    """One artefact of copying (a bullet, a page break inside a paragraph …): where, its own message, its fix."""

    span: Span
    message: str
    edits: list[Edit]


def report_artefacts(rule: Rule, found: list[CopyArtefact], summary: str, fix_title: str) -> Iterator[Diagnostic]:
    """Each artefact on its own, or, when there are more than :data:`SUMMARY_AFTER`, one finding
    (``summary``) at the first with one fix for all: one cause, one finding."""
    if len(found) > SUMMARY_AFTER:
        edits = [edit for artefact in found for edit in artefact.edits]
        yield rule.diagnostic(found[0].span, summary, edits, fix_title=fix_title)
        return
    for artefact in found:
        yield rule.diagnostic(artefact.span, artefact.message, artefact.edits)


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
    marker = MARKER_AFTER_END_RE.search(plain, 0, index + 1)
    if marker is not None:
        index = marker.start()  # the mark before a note marker whose note the copy does not hold
    char = plain[index]
    if char in ".,;:":
        return Ending(char, text.source_offset(index))
    insert_at = text.source_offset(index) + 1
    end = min(len(source), text.span.end)  # not into a paragraph run on after this one
    while insert_at < end and source[insert_at] in "*_":  # after the italics that close the text
        insert_at += 1
    return Ending("", insert_at)


MARKER_AFTER_END_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[”’\")])|(?<=\b\d{4}))[,;:.](?:\d{1,3}|\[\d{1,3}\])$")
"""A paragraph's closing mark and a note marker after it that is no note reference (the copy holds no note
for it: an excerpt that stops before the notes, a web page's "[1]"): "…the Secretary-General,1",
"…century”,4", "…31 December 2024,[1]". The mark is the paragraph's end; a number after a number's comma
("…paragraphs 1,2") is none."""


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


@dataclass(frozen=True)
class LostItalics:
    """What RS012 italicises in a text that lost its italics as a whole."""

    authoring: Span | None  # the organ's words ("The General Assembly"), when RS001 has nothing else to say
    openers: list[Paragraph]
    verbs: list[Paragraph]


def roman_phrases(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs whose opening phrase, read from the phrase lists (not guessed), is not italic."""
    return [p for p in paragraphs if p.phrase_span is not None and not phrase_is_italic(p) and p.phrase_from != "guess"]


def authoring_comma_due(document: Document) -> bool:
    """The authoring line has the comma it needs: one after the organ, none before "Adopts" when no
    preamble follows (RS001 reports the line otherwise)."""
    assert document.authoring is not None
    return document.authoring.text.plain.rstrip().endswith(",") or not document.preamble


def lost_italics(document: Document) -> LostItalics | None:
    """The roman authoring line, openers and verbs of a text whose italics are lost as a whole (the
    authoring line roman or absent, most openers and verbs roman), or None when the text has its
    italics (RS001, RP101 and RO201 report each place on its own) or nothing to italicise."""
    authoring = document.authoring
    if authoring is not None and authoring.text.italics:
        return None
    all_bodies = bodies(document)
    preamble = [p for body in all_bodies for p in body.preamble]
    operative = [p for body in all_bodies for p in body.operative]
    if not italics_lost(preamble + operative):
        return None
    span = None
    # without its comma the line is RS001's to rewrite whole, with the italics
    if authoring is not None and authoring_comma_due(document):
        text = authoring.text
        words = text.plain.rstrip().removesuffix(",").rstrip()
        start = text.span.start
        while document.source[start] in " \t":  # a line indented with a tab (Tika's, Word's): italics open at a word
            start += 1
        if words:
            span = document.lines.span(start, text.source_offset(len(words) - 1) + 1)
    lost = LostItalics(span, roman_phrases(preamble), roman_phrases(operative))
    return lost if span or lost.openers or lost.verbs else None


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
