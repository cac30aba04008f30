"""RT405: one term written two ways in one document ("cyber-crimes" and "cybercrime").

Longer than 150 lines, for a reason: the rule compares every compound of the document with every
other, so it reads the document's vocabulary once (the distinct words, kept across edits by the
engine: ``Context.text_union``) and works out the few candidate forms from it before it looks at
any text; the cuts of closed-up words into two ("data base") are part of that reading. Split into
modules, the steps would read shared sets across files for no other user.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from itertools import compress

from resolint.diagnostics import Diagnostic, Severity
from resolint.memo import memoised
from resolint.model import Document, Text
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
LONGEST_COMPOUND = 40  # letters: a longer run of letters is no two words closed up (and cutting it everywhere is quadratic)


@dataclass(frozen=True)
class Occurrence:
    form: str  # as written, e.g. "cyber-crimes"
    kind: str  # "hyphenated" | "closed" | "spaced"
    text: Text
    start: int  # in text.plain
    end: int


class InconsistentCompound(Rule[Document]):
    """Same term written two ways in one document.

    ## What it does
    Collects the compound words of the document and flags a term that is written in two forms —
    hyphenated, closed up or (against a closed form) spaced: "cyber-crimes" beside "cybercrime",
    "multi-stakeholder" beside "multistakeholder", "data base" beside "database". Singular and plural
    count as the same term. Capitalized words inside a sentence are names ("Global Multistakeholder
    Meeting") and are left out; "follow up" (verb) beside "follow-up" (noun) is not compared, because
    spaced and hyphenated forms are often both right. Security Council resolutions are published in
    the Council's own words, which mix forms ("inter-communal" beside "intercommunal" in S/RES/2531):
    the rule stays silent on them (see ``Facts.house_style``). In a copy of a PDF, a word that
    `pdftotext` closed up where it joined two printed lines and dropped the hyphen
    ("capacitybuilding") is the copy's, not the author's: RS010 reports and repairs it, this rule
    leaves it out.

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

    ## Fix safety
    No fix: which of the two forms is meant is for the author to decide.

    ## References
    UN Editorial Manual, spelling: hyphenation follows the Concise Oxford, consistently
    (docs/style-sources.md section 6).
    """

    code = "RT405"
    slug = "inconsistent-compound"
    severity = Severity.WARNING
    summary = 'Same term written two ways in one document ("cyber-crimes" / "cybercrime")'
    fixable = "never"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return  # the Council's words are published as adopted ("inter-communal" and "intercommunal")
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
                    f'"{occurrence.form}" is written "{other.form}" on line {other_span.line}: use one form throughout',
                    related=[(other_span, f'"{other.form}"')],
                )

    def _occurrences(self) -> Iterator[Occurrence]:
        closed_forms, hyphenated_forms, candidates = _forms(self.context.text_union(_tokens))
        texts = self.document.texts()
        spaced_forms: set[str] = set()
        if candidates:
            for text in texts:
                spaced_forms.update(self.context.cached(_spaced_in, text.plain, candidates))
        wanted, closed_wanted = _closed_up(closed_forms, hyphenated_forms | spaced_forms)
        if not wanted:
            return
        kinds = dict.fromkeys(closed_wanted, "closed")
        kinds.update({form: "hyphenated" for form in hyphenated_forms if _term_key(form) in wanted})
        kinds.update({form: "spaced" for form in spaced_forms if _term_key(form) in wanted})
        forms = "\n".join(sorted(kinds, key=len, reverse=True))
        cuts = sorted(a.span.start for a in self.document.layout if a.kind == "dropped-hyphen")
        for text in texts:
            for start, end, form in self.context.cached(_located, text.plain, forms):
                if not (cuts and _cut_inside(cuts, text.source_offset(start), text.source_offset(end - 1) + 1)):
                    yield Occurrence(form, kinds[form], text, start, end)


def _cut_inside(cuts: list[int], start: int, end: int) -> bool:
    """A hyphen the PDF copy dropped stands inside the source's ``[start, end)`` ("capacity|building", RS010's)."""
    index = bisect_right(cuts, start)
    return index < len(cuts) and cuts[index] < end


def _tokens(plain: str) -> list[str]:
    """The words of a text as the compound patterns see them: what stands between spaces."""
    return plain.split(" ")


def _forms(tokens: Collection[str]) -> tuple[set[str], set[str], str]:
    """Closed-up and hyphenated forms among the document's distinct ``tokens``, and the closed-up
    lower-case words that are two of its words run together ("data base"), one per line.

    The patterns match within a token, so they run once over the distinct tokens joined by spaces.
    """
    closed_forms = set(LETTERS_RE.findall(" ".join(tokens)))
    hyphenated_forms = set(HYPHENATED_RE.findall(" ".join(token for token in tokens if "-" in token)))
    candidates = _split_candidates({form for form in closed_forms if form.islower()})
    return closed_forms, hyphenated_forms, "\n".join(sorted(candidates))


def _closed_up(closed_forms: set[str], compounds: set[str]) -> tuple[set[str], list[str]]:
    """Term keys of the ``compounds`` that the document also writes closed up (in lower case or with a
    capital), and the closed-up forms of those keys in any case.

    A closed-up form has letters only, so the forms of a key are few (:func:`_closed_spellings`):
    they are looked up, rather than the key of every word of the document worked out.
    """
    spellings = {spelling: key for key in map(_term_key, compounds) for spelling in _closed_spellings(key)}
    wanted = {
        key
        for spelling, key in spellings.items()
        if len(spelling) > 1 and (spelling in closed_forms or spelling[0].upper() + spelling[1:] in closed_forms)
    }
    if not wanted:
        return wanted, []
    wanted_spellings = {spelling for spelling, key in spellings.items() if key in wanted}
    return wanted, [form for form in closed_forms if form.lower() in wanted_spellings]


def _closed_spellings(key: str) -> list[str]:
    """The lower-case words of letters whose term key is ``key`` ("airstrike": "airstrike", "airstrikes")."""
    forms = [key, key + "s"] + ([key[:-1] + "ies"] if key.endswith("y") else [])
    return [form for form in forms if _term_key(form) == key]


@memoised
def _spaced_in(plain: str, candidates: str) -> frozenset[str]:
    """The ``candidates`` ("data base", one per line) that ``plain`` writes as two adjacent words."""
    rests_after, firsts_before, halves = _halves(candidates)
    tokens = plain.split(" ")
    found: set[str] = set()
    last = len(tokens) - 1
    # one of two adjacent tokens has an even index: only those are looked up (in C), then their neighbours
    for index in compress(range(0, len(tokens), 2), map(halves.__contains__, tokens[::2])):
        word = tokens[index]
        if index < last and tokens[index + 1] in rests_after.get(word, ()):
            found.add(f"{word} {tokens[index + 1]}")
        if index and tokens[index - 1] in firsts_before.get(word, ()):
            found.add(f"{tokens[index - 1]} {word}")
    return frozenset(found)


@memoised
def _halves(candidates: str) -> tuple[dict[str, set[str]], dict[str, set[str]], frozenset[str]]:
    """The second words after each first word of ``candidates``, the first words before each second
    word, and every word of them."""
    rests_after: dict[str, set[str]] = {}
    firsts_before: dict[str, set[str]] = {}
    for candidate in candidates.split("\n"):
        first, rest = candidate.split(" ")
        rests_after.setdefault(first, set()).add(rest)
        firsts_before.setdefault(rest, set()).add(first)
    return rests_after, firsts_before, frozenset(rests_after.keys() | firsts_before.keys())


def _split_candidates(lowered: set[str]) -> set[str]:
    """Each word of ``lowered`` cut into two words of ``lowered`` ("database" -> "data base")."""
    firsts = lowered - SPACED_STOP_WORDS
    rests = lowered - PARTICLES
    words = sorted((word for word in lowered if 6 <= len(word) <= LONGEST_COMPOUND), key=len, reverse=True)
    candidates: set[str] = set()
    for cut in range(3, len(words[0]) - 2 if words else 0):
        long_enough = words[: _count_at_least(words, cut + 3)]
        for word in [word for word in long_enough if word[:cut] in firsts]:
            if word[cut:] in rests:
                candidates.add(f"{word[:cut]} {word[cut:]}")
    return candidates


def _count_at_least(words: list[str], length: int) -> int:
    """How many of ``words`` (longest first) have at least ``length`` letters."""
    return bisect_right(words, -length, key=lambda word: -len(word))


@memoised
def _located(plain: str, forms: str) -> tuple[tuple[int, int, str], ...]:
    """Where the ``forms`` (one per line, longest first) stand as words in ``plain``."""
    if not any(map(plain.__contains__, _form_list(forms))):
        return ()  # substring test first: the pattern below is slower
    return tuple(
        (match.start(), match.end(), match.group(0))
        for match in _words_pattern(forms).finditer(plain)
        if _is_lower_or_sentence_start(plain, match.start(), match.group(0))
    )


@memoised
def _form_list(forms: str) -> tuple[str, ...]:
    return tuple(forms.split("\n"))


@memoised
def _words_pattern(forms: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(form) for form in forms.split("\n"))
    return re.compile(rf"(?<![\w'’\-])(?:{alternatives})(?![\w'’\-])")


def _source_start(occurrence: Occurrence) -> int:
    return occurrence.text.source_offset(occurrence.start)


@memoised
def _term_key(form: str) -> str:
    key = form.casefold().replace("-", "").replace(" ", "")
    if key.endswith("ies"):
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return key


def _is_lower_or_sentence_start(plain: str, start: int, word: str) -> bool:
    return word[0].islower() or (word[1:].islower() and sentence_start(plain, start))
