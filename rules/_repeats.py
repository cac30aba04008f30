"""The shared check behind RP104 and RO204: a phrase repeated in consecutive paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

from resolint.diagnostics import Diagnostic, Edit
from resolint.extentvotes import may_carry_on
from resolint.model import Operative, Paragraph
from resolint.refdata import italics_habit, match_operative, match_preambular
from resolint.rules._structure import adverb_of, consecutive_runs
from resolint.rules.base import Body, Rule


def repeated_phrases(
    rule: Rule,
    body: Body,
    paragraphs: list[Paragraph],
    form: Callable[[str, str], str],
    what: str,
    *,
    bare_repeat: bool,
) -> Iterator[Diagnostic]:
    """In a run of consecutive paragraphs with one phrase, "also" comes before "further", once each.

    ``paragraphs`` are those of one ``body`` (a heading of the body ends a run). ``form(phrase, adverb)`` writes the expected phrase. With ``bare_repeat`` the second paragraph
    of a run must carry "also" (preambular practice); without it a bare repeat is accepted, as
    adopted operative parts often repeat a verb ("*Requests* … *Requests* …").

    The fix is safe only for a one-word phrase (*Recalling* → *Recalling also*, a second *Recalling
    also* → *Recalling further*). Where the adverb goes in a longer phrase varies (*Noting also with
    concern*, *Bearing in mind also*, *Calling also upon*), and "further" where "also" is wanted
    marks the repetition in the text's own way ("*Further noting with concern*" after *Noting with
    concern* in A/RES/76/265, "*Further urges*" in 76/132): those fixes are unsafe.
    """
    organ = body.organ(rule.document)
    for run in _split_at_unknown_extents(_split_at_headings(body, consecutive_runs(paragraphs)), organ):
        step = 0  # place in the current cycle: 0 bare phrase, 1 "also", 2 "further"
        for position, paragraph in enumerate(run):
            phrase = paragraph.phrase or ""
            adverb = adverb_of(phrase)
            wanted_adverb = None
            if adverb is None:
                if position and step == 0 and bare_repeat:
                    wanted_adverb = "also"  # the second paragraph of the cycle is still bare
                step = 0  # after "also"/"further" a bare phrase starts a new cycle (adopted practice)
            elif adverb == "also":
                if step == 1:
                    wanted_adverb = "further"  # "also" twice in a row
                step = 1
            else:
                if step == 0:
                    wanted_adverb = "also"  # "further" before any "also"
                step = 2
            if wanted_adverb is None or paragraph.phrase_span is None:
                continue
            wanted = form(_strip_adverbs(phrase), wanted_adverb)
            span = paragraph.phrase_span
            yield rule.diagnostic(
                span,
                f"'{phrase}' repeats the {what} of the paragraph before: write '{wanted}'",
                [Edit(span.start, span.end, wanted)],
                safe=len(_strip_adverbs(phrase).split()) == 1 and adverb != "further",
            )


def _split_at_headings(body: Body, runs: list[list[Paragraph]]) -> list[list[Paragraph]]:
    """A heading between two paragraphs ends the run: a section's preamble starts afresh
    ("*Recalling*" after the heading "Evolution of the margin …" in A/RES/76/240)."""
    split: list[list[Paragraph]] = []
    for run in runs:
        split.append([run[0]])
        for before, paragraph in pairwise(run):
            if body.heading_between(before.span.end, paragraph.span.start) is not None:
                split.append([])
            split[-1].append(paragraph)
    return [run for run in split if len(run) > 1]


def _split_at_unknown_extents(runs: list[list[Paragraph]], organ: str | None) -> list[list[Paragraph]]:
    """A paragraph read without italics whose phrase the organ's texts sometimes italicise further ends
    the run: "Reaffirming its commitment …" then "Reaffirming the …" repeat the opener only if the first
    was italicised "*Reaffirming*" alone, which pasted text does not show."""
    split: list[list[Paragraph]] = []
    for run in runs:
        split.append([])
        for paragraph in run:
            if paragraph.phrase_from != "italics" and _may_be_longer(paragraph, organ):
                split.extend([[paragraph], []])
            else:
                split[-1].append(paragraph)
    return [run for run in split if len(run) > 1]


def _may_be_longer(paragraph: Paragraph, organ: str | None) -> bool:
    """Some of the organ's texts italicise more of these words than the phrase read, or its habit does."""
    plain = paragraph.text.plain
    body = plain[len(plain) - len(plain.lstrip()) :]
    end = len(paragraph.phrase or "")
    if may_carry_on(body, end, organ):
        return True
    matcher = match_operative if isinstance(paragraph, Operative) else match_preambular
    by_habit = matcher(body, italics_habit(organ))
    return by_habit is not None and by_habit.end > end


def _strip_adverbs(phrase: str) -> str:
    words = phrase.split()
    kept = [w for w in words if w.lower() not in ("also", "further")]
    result = " ".join(kept)
    return result[:1].upper() + result[1:] if words and words[0][:1].isupper() else result
