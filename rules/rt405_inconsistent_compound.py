"""RT405: one term written two ways in one document ("cyber-crimes" and "cybercrime")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Span
from resolint.rules._common import sentence_start, words
from resolint.rules.base import Rule

# "may be"/"maybe", "every one"/"everyone", "under way": both forms are correct English
SPACED_STOP_WORDS = frozenset(
    {"a", "all", "any", "can", "every", "for", "in", "into", "may", "no", "not", "on", "onto", "over", "some"}
    | {"there", "under", "up", "where", "with", "what", "who", "how", "when", "which", "whom"}
)
PARTICLES = frozenset(("out", "up", "down", "off", "over", "back", "in", "on", "away"))  # "drop out" / "dropout"


@dataclass(frozen=True)
class Occurrence:
    form: str  # as written, e.g. "cyber-crimes"
    kind: str  # "hyphenated" | "closed" | "spaced"
    span: Span


class InconsistentCompound(Rule):
    """Same term written two ways in one document.

    ## What it does
    Collects the compound words of the document and flags a term that is written in two forms —
    hyphenated, closed up or (against a closed form) spaced: "cyber-crimes" beside "cybercrime",
    "multi-stakeholder" beside "multistakeholder", "data base" beside "database". Singular and plural
    count as the same term. Capitalized words inside a sentence are names ("Global Multistakeholder
    Meeting") and are left out; "follow up" (verb) beside "follow-up" (noun) is not compared, because
    spaced and hyphenated forms are often both right.

    ## Why is this bad?
    A resolution is negotiated text: two spellings of one term invite the question whether two things
    are meant, and the editors will make them agree anyway.

    ## Example
    ```
    counter-terrorism and cybercrime legislation … terrorism, cyber-crimes or national security offences
    ```

    ## Use instead
    ```
    counter-terrorism and cybercrime legislation … terrorism, cybercrimes or national security offences
    ```

    ## References
    UN Editorial Manual, spelling: hyphenation follows the Concise Oxford, consistently
    (un-style.md section 6).
    """

    code = "RT405"
    slug = "inconsistent-compound"
    severity = Severity.WARNING
    summary = 'Same term written two ways in one document ("cyber-crimes" / "cybercrime")'
    fixable = "never"

    def check(self) -> Iterator[Diagnostic]:
        groups: dict[str, list[Occurrence]] = {}
        for occurrence in self._occurrences():
            groups.setdefault(_term_key(occurrence.form), []).append(occurrence)
        for group in groups.values():
            yield from self._check_group(group)

    def _check_group(self, group: list[Occurrence]) -> Iterator[Diagnostic]:
        kinds = Counter(occurrence.kind for occurrence in group)
        if kinds["hyphenated"] and kinds["closed"]:
            compared = ("hyphenated", "closed")
        elif kinds["spaced"] and kinds["closed"]:
            compared = ("spaced", "closed")
        else:
            return
        first_of = {kind: next(o for o in group if o.kind == kind) for kind in compared}
        # the less used form is the odd one out; on a tie, the one that comes later
        minority = min(compared, key=lambda kind: (kinds[kind], -first_of[kind].span.start))
        majority = next(kind for kind in compared if kind != minority)
        other = first_of[majority]
        for occurrence in group:
            if occurrence.kind == minority:
                yield self.diagnostic(
                    occurrence.span,
                    f'"{occurrence.form}" is written "{other.form}" on line {other.span.line}: '
                    "use one form throughout",
                    related=[(other.span, f'"{other.form}"')],
                )

    def _occurrences(self) -> Iterator[Occurrence]:
        closed: list[Occurrence] = []
        spaced_candidates: list[Occurrence] = []
        for text in self.document.texts():
            plain = text.plain
            found = [m for m in words(plain) if _is_lower_or_sentence_start(plain, m.start(), m.group(0))]
            for match in found:
                form = match.group(0).replace("’", "'")
                span = self.context.text_span(text, match.start(), match.end())
                if "-" in form:
                    yield Occurrence(form, "hyphenated", span)
                elif "'" not in form:
                    closed.append(Occurrence(form, "closed", span))
            for first, second in pairwise(found):
                if plain[first.end() : second.start()] == " " and _spaced_pair_allowed(first[0], second[0]):
                    span = self.context.text_span(text, first.start(), second.end())
                    spaced_candidates.append(Occurrence(f"{first[0]} {second[0]}", "spaced", span))
        yield from closed
        closed_keys = {_term_key(occurrence.form) for occurrence in closed}
        yield from (o for o in spaced_candidates if _term_key(o.form) in closed_keys)


def _term_key(form: str) -> str:
    key = form.casefold().replace("-", "").replace(" ", "")
    if key.endswith("ies"):
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return key


def _is_lower_or_sentence_start(plain: str, start: int, word: str) -> bool:
    return word[0].islower() or (word[1:].islower() and sentence_start(plain, start))


def _spaced_pair_allowed(first: str, second: str) -> bool:
    return (
        first.islower()
        and second.islower()
        and "-" not in first + second
        and "'" not in first + second
        and first not in SPACED_STOP_WORDS
        and second not in PARTICLES
        and len(first) > 2
        and len(second) > 2
    )
