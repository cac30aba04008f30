"""The shared check behind RP104 and RO204: a phrase repeated in consecutive paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from resolint.diagnostics import Diagnostic, Edit
from resolint.model import Paragraph
from resolint.rules._structure import adverb_of, base_phrase, consecutive_runs
from resolint.rules.base import Rule

ORDINALS = {3: "a fourth", 4: "a fifth"}


def repeated_phrases(
    rule: Rule, paragraphs: list[Paragraph], form: Callable[[str, str], str], what: str
) -> Iterator[Diagnostic]:
    """2nd use takes "also", 3rd "further"; ``form(phrase, adverb)`` writes the expected phrase."""
    for run in consecutive_runs(paragraphs):
        for position, paragraph in enumerate(run):
            phrase = paragraph.phrase or ""
            if position == 0 or paragraph.phrase_span is None:
                continue
            if position >= 3:
                yield rule.diagnostic(
                    paragraph.phrase_span,
                    f"'{base_phrase(phrase)}' opens {ORDINALS.get(position, 'another')} consecutive paragraph: "
                    "reword it or merge the paragraphs",
                )
                continue
            adverb = "also" if position == 1 else "further"
            if adverb_of(phrase) == adverb:
                continue
            wanted = form(_strip_adverbs(phrase), adverb)
            span = paragraph.phrase_span
            yield rule.diagnostic(
                span,
                f"'{phrase}' repeats the {what} of the paragraph before: write '{wanted}'",
                [Edit(span.start, span.end, wanted)],
            )


def _strip_adverbs(phrase: str) -> str:
    words = phrase.split()
    kept = [w for w in words if w.lower() not in ("also", "further")]
    result = " ".join(kept)
    return result[:1].upper() + result[1:] if words and words[0][:1].isupper() else result
