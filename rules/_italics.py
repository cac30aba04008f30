"""The shared check behind RP101 and RO201: opening phrases that are not in italics."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit
from resolint.model import Paragraph
from resolint.rules._structure import italicise_edits, italics_lost, lost_italics, roman_phrases
from resolint.rules.base import Rule


def roman_openers(rule: Rule, paragraphs: list[Paragraph], what: str) -> Iterator[Diagnostic]:
    """One finding per roman opener; one summary finding when this part lost its italics. When the
    whole text lost them, RS012 reports it once for all parts."""
    if lost_italics(rule.document) is not None:
        return
    roman = roman_phrases(paragraphs)
    if not roman:
        return
    if italics_lost(paragraphs):
        edits: list[Edit] = []
        for paragraph in roman:
            edits.extend(italicise_edits(paragraph.phrase_span))
        first = roman[0]
        several = len(roman) > 1
        count = f"{len(roman)} {what}s are" if several else f"1 {what} is"
        yield rule.diagnostic(
            first.phrase_span,
            f"{count} not in italics (italics are usually lost when text is copied out "
            f"of a PDF): italicise {'them' if several else 'it'}, e.g. *{first.phrase}*",
            edits,
            fix_title=f"Italicise all {len(roman)} {what}s" if several else f"Italicise the {what}",
            keeps_wording=True,  # the italics a copy lost, as RS012 for the whole text
        )
        return
    for paragraph in roman:
        yield rule.diagnostic(
            paragraph.phrase_span,
            f"the {what} '{paragraph.phrase}' should be in italics: *{paragraph.phrase}*",
            italicise_edits(paragraph.phrase_span),
        )


PARTICLES = frozenset({"for", "upon", "on"})
"""A verb's particle, which the UN italicises with some phrases and not with others: "*Reiterates its
call for*" in 8 of the 13 adopted texts of the corpus that use it, "*Reiterates its call* for" in 5.
Italics that run on over it alone are not reported."""


def misplaced_italics(rule: Rule, paragraph: Paragraph, matcher, what: str) -> Iterator[Diagnostic]:
    """Italics that cover more ("*Decides to*") or less ("*Recalling* also") than the opening phrase."""
    source = rule.document.source
    if paragraph.phrase_from != "italics" or paragraph.phrase_span is None or not paragraph.text.italics:
        return
    italic, marks = paragraph.text.italics[0], paragraph.text.italic_marks[0]
    phrase = paragraph.phrase_span
    extra = source[phrase.end : italic.end]
    if extra.strip().casefold() in PARTICLES:
        return  # "*Reiterates its call for*": the UN's own practice varies
    if extra.strip(" ,;:.\u00a0"):
        yield rule.diagnostic(
            rule.document.lines.span(italic.start, italic.end),
            f"only the {what} is italic: *{paragraph.phrase}*{extra.rstrip()}, not *{paragraph.phrase}{extra.rstrip()}*",
            [Edit(italic.end, marks.end, ""), Edit(phrase.end, phrase.end, "*")],
        )
        return
    plain = paragraph.text.plain.lstrip()
    listed = matcher(plain)
    if not listed or not listed.known or len(listed.phrase) <= len(paragraph.phrase):
        return
    if not listed.phrase.startswith(paragraph.phrase + " "):
        return
    missing = listed.phrase[len(paragraph.phrase) :]
    lead = len(paragraph.text.plain) - len(plain)
    end = paragraph.text.source_offset(lead + len(listed.phrase) - 1) + 1
    if end <= marks.end:
        return
    yield rule.diagnostic(
        rule.document.lines.span(italic.start, end),
        f"the whole {what} is italic: *{listed.phrase}*, not *{paragraph.phrase}*{missing}",
        [Edit(italic.end, marks.end, ""), Edit(end, end, "*")],
    )
