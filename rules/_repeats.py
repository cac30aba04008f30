"""The shared check behind RP104 and RO204: a phrase repeated in consecutive paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from resolint.diagnostics import Diagnostic, Edit
from resolint.model import Paragraph
from resolint.rules._structure import adverb_of, consecutive_runs
from resolint.rules.base import Rule


def repeated_phrases(
    rule: Rule,
    paragraphs: list[Paragraph],
    form: Callable[[str, str], str],
    what: str,
    *,
    bare_repeat: bool,
) -> Iterator[Diagnostic]:
    """In a run of consecutive paragraphs with one phrase, "also" comes before "further", once each.

    ``form(phrase, adverb)`` writes the expected phrase. With ``bare_repeat`` the second paragraph
    of a run must carry "also" (preambular practice); without it a bare repeat is accepted, as
    adopted operative parts often repeat a verb ("*Requests* … *Requests* …").
    """
    for run in consecutive_runs(paragraphs):
        seen_also = False
        for position, paragraph in enumerate(run):
            phrase = paragraph.phrase or ""
            adverb = adverb_of(phrase)
            if position == 0 or paragraph.phrase_span is None:
                seen_also = seen_also or adverb == "also"
                continue
            wanted_adverb = None
            if adverb == "also" and seen_also:
                wanted_adverb = "further"  # "also" a second time in a row
            elif adverb == "further" and not seen_also:
                wanted_adverb = "also"  # "further" before any "also"
            elif adverb is None and position == 1 and bare_repeat:
                wanted_adverb = "also"
            seen_also = seen_also or adverb == "also"
            if wanted_adverb is None:
                continue
            wanted = form(_strip_adverbs(phrase), wanted_adverb)
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
