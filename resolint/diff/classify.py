"""Editorial or substantive: does a change only repair the form of OLD?

A word change is **editorial** when resolint explains it, in this order:

1. *a fix*: applying the fixes that resolint's rules propose for OLD at that place (its own lint
   run, safe and unsafe fixes alike) gives NEW's words there; the rule is named. A rule may also
   name another acceptable repair (:data:`ALTERNATIVE_REPAIRS`: "UN Guiding Principles" may become
   "Guiding Principles" as well as "United Nations Guiding Principles");
2. *a normalisation* that the rules stand for, in either direction: quotation-mark style (RT402),
   UN spelling (RT403), a compound written with or without its hyphen (RT405), "also"/"further"
   in a repeated opener or verb (RP104/RO204), the punctuation that ends a paragraph
   (RP103/RO203), a non-breaking hyphen for a hyphen, white space only;
3. *punctuation* alone (a comma, semicolon, colon or full stop added or removed inside a
   paragraph, such as the serial comma the UN does not write): editorial with no rule named,
   since no rule checks it.

Everything else is **substantive**: the wording changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from resolint.diagnostics import Diagnostic
from resolint.diff.units import Unit, normalise
from resolint.diff.words import WordHunk

EDITORIAL, SUBSTANTIVE = "editorial", "substantive"

QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # hyphen and non-breaking hyphen: one mark in print
REPEAT_WORDS = {"", "also", "further"}
PUNCTUATION_RE = re.compile(r"[.,;:]*")
MARKUP_RE = re.compile(r"\*+|\[\^[^\]]*\]")
OPENER_REACH = 60  # characters from the start of a paragraph in which "also"/"further" belongs to the opener
ALTERNATIVE_REPAIRS = {"RT404": ""}  # rule -> another acceptable replacement of the flagged text
END_RULES = {"preamble": "RP103", "operative": "RO203", "subparagraph": "RO203"}
REPEAT_RULES = {"preamble": "RP104", "operative": "RO204"}
ITALIC_RULES = {"preamble": "RP102", "operative": "RO202", "subparagraph": "RO202"}
LABEL_RULE = "RS003"


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # EDITORIAL | SUBSTANTIVE
    rule: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class RuleEdit:
    """A fix of OLD proposed by ``rule``: in source offsets (:class:`FixIndex`) or placed in a
    unit's normalised text (:func:`unit_edits`)."""

    start: int
    end: int
    new_text: str
    rule: str


class FixIndex:
    """OLD's fix edits sorted by place, so each unit finds its own in O(log n)."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        edits = [
            RuleEdit(edit.start, edit.end, edit.new_text, diagnostic.rule)
            for diagnostic in diagnostics
            if diagnostic.fix is not None
            for edit in diagnostic.fix.edits
        ]
        self.edits = sorted(edits, key=lambda e: (e.start, e.end))
        self.starts = [edit.start for edit in self.edits]

    def within(self, start: int, end: int) -> list[RuleEdit]:
        found = []
        for edit in self.edits[bisect_left(self.starts, start) :]:
            if edit.start > end:
                break
            found.append(edit)
        return found


def unit_edits(unit: Unit, fixes: FixIndex) -> list[RuleEdit]:
    source = unit.source
    if source is None:
        return []
    placed: list[RuleEdit] = []
    for edit in fixes.within(source.span.start, source.span.end):
        start = unit.text_index(source.plain_index(edit.start))
        end = unit.text_index(source.plain_index(edit.end))
        placed.append(RuleEdit(start, max(start, end), normalise(MARKUP_RE.sub("", edit.new_text)), edit.rule))
    return placed


def classify_hunk(old: Unit, new: Unit, hunk: WordHunk, edits: list[RuleEdit]) -> Verdict:
    return _by_fix(old, new, hunk, edits) or _by_normalisation(old, new, hunk) or Verdict(SUBSTANTIVE)


def _by_fix(old: Unit, new: Unit, hunk: WordHunk, edits: list[RuleEdit]) -> Verdict | None:
    near = [e for e in edits if e.end >= hunk.old_start and e.start <= hunk.old_end]
    if not near:
        return None
    for chosen in _repair_choices(near):
        low = min(hunk.old_start, *(e.start for e in chosen))
        high = max(hunk.old_end, *(e.end for e in chosen))
        new_low, new_high = hunk.new_start - (hunk.old_start - low), hunk.new_end + (high - hunk.old_end)
        if new_low < 0 or new_high > len(new.text):
            continue
        repaired = _apply(old.text, low, high, chosen)
        if repaired.split() == new.text[new_low:new_high].split():
            rules = sorted({e.rule for e in chosen if old.text[e.start : e.end] != e.new_text})
            return Verdict(EDITORIAL, "+".join(rules) or None, "fix")
    return None


def _repair_choices(edits: list[RuleEdit]) -> list[list[RuleEdit]]:
    choices = [edits]
    if any(e.rule in ALTERNATIVE_REPAIRS for e in edits):
        choices.append([RuleEdit(e.start, e.end, ALTERNATIVE_REPAIRS.get(e.rule, e.new_text), e.rule) for e in edits])
    choices.extend([e] for e in edits if len(edits) > 1)
    return choices


def _apply(text: str, low: int, high: int, edits: list[RuleEdit]) -> str:
    pieces: list[str] = []
    cursor = low
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor:
            continue
        pieces.extend((text[cursor : edit.start], edit.new_text))
        cursor = edit.end
    pieces.append(text[cursor:high])
    return " ".join("".join(pieces).split())


def _by_normalisation(old: Unit, new: Unit, hunk: WordHunk) -> Verdict | None:
    before, after = hunk.old_text, hunk.new_text
    if before == after:
        return Verdict(EDITORIAL, None, "spacing")
    if before.translate(QUOTES) == after.translate(QUOTES):
        return Verdict(EDITORIAL, "RT402", "quotation marks")
    if before.translate(HYPHENS) == after.translate(HYPHENS):
        return Verdict(EDITORIAL, None, "hyphen form")
    if _spelling_variant(before, after):
        return Verdict(EDITORIAL, "RT403", "spelling")
    if before.replace("-", "").lower() == after.replace("-", "").lower() and "-" in before + after:
        return Verdict(EDITORIAL, "RT405", "hyphenation")
    lowered = {before.lower(), after.lower()}
    if lowered <= REPEAT_WORDS and hunk.old_start < OPENER_REACH and old.track in REPEAT_RULES:
        return Verdict(EDITORIAL, REPEAT_RULES[old.track], '"also"/"further"')
    if _only_marks(before, after):
        if hunk.old_end == len(old.text) and hunk.new_end == len(new.text):
            return Verdict(EDITORIAL, END_RULES.get(old.track), "end punctuation")
        return Verdict(EDITORIAL, None, "punctuation")
    return None


def _only_marks(before: str, after: str) -> bool:
    return all(PUNCTUATION_RE.fullmatch(part.replace(" ", "")) for part in (before, after))


def _spelling_variant(before: str, after: str) -> bool:
    from resolint.refdata_states import un_spellings

    old_words, new_words = before.lower().split(), after.lower().split()
    if len(old_words) != len(new_words) or not old_words:
        return False
    spellings = un_spellings()
    return all(
        o == n or spellings.get(o) == n or spellings.get(n) == o for o, n in zip(old_words, new_words, strict=True)
    )


def italic_words(unit: Unit) -> set[int]:
    """Start offsets of the words of ``unit.text`` that are in italics."""
    found: set[int] = set()
    for start, end in unit.italic:
        index = start
        for word in unit.text[start:end].split(" "):
            if word:
                found.add(index)
            index += len(word) + 1
    return found


def label_fix(old: Unit, new: Unit, fixes: FixIndex, source: str) -> str | None:
    """The rule whose fix of OLD's label gives NEW's label ("(1)" -> "(l)"), if any."""
    if old.number_span is None:
        return None
    start, end = old.number_span
    for edit in fixes.within(start - 2, end + 2):
        if edit.end < start or edit.start > end:
            continue
        low, high = min(start, edit.start), max(end, edit.end)
        repaired = source[low : edit.start] + edit.new_text + source[edit.end : high]
        if new.number and re.sub(r"[().\s]", "", repaired) == new.number:
            return edit.rule
    return None
