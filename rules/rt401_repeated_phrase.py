"""RT401: a word or phrase written twice in a row ("the the", "other and other")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import compress
from operator import eq
from typing import ClassVar

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.rules._common import plain_edit
from resolint.rules.base import Rule

WORD = r"[^\W_]+(?:['’\-.][^\W_]+)*"
GAP = r"[ \u00a0\n]+"
WORD_RE = re.compile(WORD)
LEGITIMATE_SINGLE_REPEATS = frozenset({"that", "had", "is", "bis", "ter", "very"})


class RepeatedPhrase(Rule):
    """Repeated word or phrase.

    ## What it does
    Flags a word or a phrase of up to `max_words` words that is immediately written again:
    "the the", "other and other measures", "the Guiding Principles on Principles on Business".
    Only a space may separate the two copies; a comma or other punctuation means a deliberate
    repetition, and copies that differ in capitals are different words ("the country office of
    the Office of the High Commissioner"). "that that" and "had had" are grammatical and are not flagged; numbers are ignored.

    ## Why is this bad?
    Repeats are left over from negotiation edits (text pasted in twice, a bracket accepted on both
    sides). They survive into adopted texts because the eye skips them.

    ## Example
    ```
    defamation and libel laws and other and other measures used to address threats
    ```

    ## Use instead
    ```
    defamation and libel laws and other measures used to address threats
    ```

    ## Options
    - `max_words` (default 4): the longest phrase checked.

    ## References
    UN Editorial Manual, resolutions: drafting and editing (un-style.md sections 2–3).
    """

    code = "RT401"
    slug = "repeated-phrase"
    severity = Severity.WARNING
    summary = 'Word or phrase repeated ("the the", "other and other")'
    fixable = "always"
    fix_title = "Remove the repeated words"
    options: ClassVar[dict[str, int]] = {"max_words": 4}

    scope = "node"
    targets_name = "texts"

    def check_node(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        max_words = self.option("max_words")
        pattern = _repeat_pattern(max_words)
        resume = 0
        for start in _candidate_starts(plain, max_words):
            match = pattern.match(plain, start) if start >= resume else None
            if match is None:
                continue
            first = match["phrase"].split()
            second = plain[match.end("gap") : match.end()].split()
            if first[0][0].isdigit() or (len(first) == 1 and first[0].casefold() in LEGITIMATE_SINGLE_REPEATS):
                continue
            if first[1:] != second[1:] or not _same_word(first[0], second[0]):
                continue
            resume = match.end()
            edit = plain_edit(text, match.end("phrase"), match.end(), "")
            yield self.diagnostic(
                self.context.text_span(text, match.end("gap"), match.end()),
                f'"{match["phrase"]}" is written twice: remove the repetition',
                [edit] if edit else None,
            )


def _candidate_starts(plain: str, max_words: int) -> list[int]:
    """Offsets of the words where a repeat can start; the exact pattern then runs only there.

    Word i can start a repeat of k words only if word i+k equals it and word i+2k-1 equals word
    i+k-1. The equal pairs at each distance k are found in C (``compress`` over ``map(eq, …)``);
    almost every paragraph has few of them, and only those are looked at in Python.
    """
    words = WORD_RE.findall(plain.lower()) if plain.isascii() else [w.lower() for w in WORD_RE.findall(plain)]
    count = len(words)
    hits: set[int] = set()
    for size in range(1, max_words + 1):
        for index in compress(range(count), map(eq, words, words[size:])):
            last = index + 2 * size - 1
            if last < count and words[index + size - 1] == words[last]:
                hits.add(index)
    if not hits:
        return []
    return [match.start() for index, match in enumerate(WORD_RE.finditer(plain)) if index in hits]


@cache
def _repeat_pattern(max_words: int) -> re.Pattern[str]:
    """A phrase of 1..max_words words, then only spaces, then the same phrase (any case)."""
    return re.compile(
        rf"(?<![\w'’\-.])(?P<phrase>{WORD}(?:{GAP}{WORD}){{0,{max_words - 1}}}?)(?P<gap>{GAP})(?P=phrase)(?![\w'’\-])",
        re.IGNORECASE,
    )


def _same_word(first: str, second: str) -> bool:
    """Equal, or equal but for a capital opening a sentence ("The the"); "office of the Office" differs."""
    return first == second or (first[0].isupper() and first.lower() == second)
