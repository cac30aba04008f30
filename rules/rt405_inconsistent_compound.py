"""RT405: one term written two ways in one document ("cyber-crimes" and "cybercrime")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.rules._common import sentence_start
from resolint.rules.base import Rule

# "may be"/"maybe", "every one"/"everyone", "under way": both forms are correct English
SPACED_STOP_WORDS = frozenset(
    {"a", "all", "any", "can", "every", "for", "in", "into", "may", "no", "not", "on", "onto", "over", "some"}
    | {"there", "under", "up", "where", "with", "what", "who", "how", "when", "which", "whom"}
)
HYPHENATED_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?:-[A-Za-z]+)+")
LETTERS_RE = re.compile(r"[A-Za-z]+")
PARTICLES = frozenset(("out", "up", "down", "off", "over", "back", "in", "on", "away"))  # "drop out" / "dropout"


@dataclass(frozen=True)
class Occurrence:
    form: str  # as written, e.g. "cyber-crimes"
    kind: str  # "hyphenated" | "closed" | "spaced"
    text: Text
    start: int  # in text.plain
    end: int


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
        minority = min(compared, key=lambda kind: (kinds[kind], -_source_start(first_of[kind])))
        majority = next(kind for kind in compared if kind != minority)
        other = first_of[majority]
        other_span = self.context.text_span(other.text, other.start, other.end)
        for occurrence in group:
            if occurrence.kind == minority:
                yield self.diagnostic(
                    self.context.text_span(occurrence.text, occurrence.start, occurrence.end),
                    f'"{occurrence.form}" is written "{other.form}" on line {other_span.line}: '
                    "use one form throughout",
                    related=[(other_span, f'"{other.form}"')],
                )

    def _occurrences(self) -> Iterator[Occurrence]:
        texts = self.document.texts()
        # distinct forms first, from the distinct space-separated tokens: few steps per document
        joined = "\n".join(text.plain for text in texts)
        closed_forms: set[str] = set()
        hyphenated_forms: set[str] = set()
        for token in set(joined.split(" ")):
            closed_forms.update(LETTERS_RE.findall(token))
            if "-" in token:
                hyphenated_forms.update(HYPHENATED_RE.findall(token))
        closed_keys = {_term_key(form) for form in closed_forms if form[1:].islower()}
        spaced_forms = _spaced_forms({form for form in closed_forms if form.islower()}, joined)
        wanted = {_term_key(form) for form in hyphenated_forms | spaced_forms} & closed_keys
        if not wanted:
            return
        kinds = {form: "closed" for form in closed_forms if _term_key(form) in wanted}
        kinds.update({form: "hyphenated" for form in hyphenated_forms if _term_key(form) in wanted})
        kinds.update({form: "spaced" for form in spaced_forms if _term_key(form) in wanted})
        alternatives = "|".join(re.escape(form) for form in sorted(kinds, key=len, reverse=True))
        located = re.compile(rf"(?<![\w'’\-])(?:{alternatives})(?![\w'’\-])")
        for text in texts:
            if not any(form in text.plain for form in kinds):
                continue  # substring test first: the pattern below is slower
            for match in located.finditer(text.plain):
                form = match.group(0)
                if _is_lower_or_sentence_start(text.plain, match.start(), form):
                    yield Occurrence(form, kinds[form], text, match.start(), match.end())


def _spaced_forms(lowered: set[str], joined: str) -> set[str]:
    """Spaced forms ("data base", "cyber crimes") of closed-up words that are also in the text.

    Each closed-up word is cut at every place into two words that both occur in the text; only
    those pairs are then looked for among the adjacent words of the text.
    """
    candidates: set[str] = set()
    for word in lowered:
        for cut in range(3, len(word) - 2):
            first, rest = word[:cut], word[cut:]
            if first not in lowered:
                continue
            # same number only: "counter acts" (verb + plural noun) is not "counteract"
            if rest in lowered and _spaced_pair_allowed(first, rest):
                candidates.add(f"{first} {rest}")
    if not candidates:
        return set()
    firsts = {candidate.split(" ")[0] for candidate in candidates}
    tokens = joined.split(" ")
    return {f"{a} {b}" for a, b in pairwise(tokens) if a in firsts and f"{a} {b}" in candidates}


def _source_start(occurrence: Occurrence) -> int:
    return occurrence.text.source_offset(occurrence.start)


@lru_cache(maxsize=1 << 16)  # the server re-lints the same vocabulary on every keystroke
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
        first.isalpha()
        and second.isalpha()
        and first.islower()
        and second.islower()
        and first not in SPACED_STOP_WORDS
        and second not in PARTICLES
        and len(first) > 2
        and len(second) > 2
    )
