"""The shared check behind RP105 and RO205: an opening phrase that is not in the phrase list."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from resolint.diagnostics import Diagnostic
from resolint.grammar.phrases import base_phrase
from resolint.model import Paragraph
from resolint.refdata import PhraseMatch
from resolint.rules.base import Rule


def unknown_phrases(
    rule: Rule, paragraph: Paragraph, matcher: Callable[[str], PhraseMatch | None], what: str
) -> Iterator[Diagnostic]:
    if paragraph.phrase is None:
        plain = paragraph.text.plain.strip()
        if plain:
            at = paragraph.text.source_offset(len(paragraph.text.plain) - len(paragraph.text.plain.lstrip()))
            word = plain.split()[0]
            yield rule.diagnostic(
                rule.document.lines.span(at, at + len(word)),
                f"no {what} found at the start of this paragraph ('{word}')",
            )
        return
    found = matcher(paragraph.phrase)
    if found and found.known and found.phrase.lower() == paragraph.phrase.lower():
        if found.unusual:
            yield rule.diagnostic(
                paragraph.phrase_span,
                f"'{paragraph.phrase}' is a Model UN {what}, rare in UN resolutions",
            )
        return
    if found and found.known and base_phrase(found.phrase) == base_phrase(paragraph.phrase):
        return
    if found and found.known and paragraph.phrase.lower().startswith(found.phrase.lower()):
        return  # a listed phrase with a qualifier ("Condemns unequivocally")
    yield rule.diagnostic(
        paragraph.phrase_span,
        f"'{paragraph.phrase}' is not a known {what}: check the wording",
    )
