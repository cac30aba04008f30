"""RT401: a word or phrase written twice in a row ("the the", "other and other")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.rules._common import plain_edit
from resolint.rules.base import Rule

TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
GAP_RE = re.compile(r"[ \u00a0\n]+")
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

    def check(self) -> Iterator[Diagnostic]:
        for text in self.document.texts():
            yield from self._check_text(text)

    def _check_text(self, text: Text) -> Iterator[Diagnostic]:
        tokens = _tokens(text.plain)
        index = 0
        while index < len(tokens):
            size = self._repeat_size(tokens, index)
            if not size:
                index += 1
                continue
            first_start = tokens[index][1]
            second_start = tokens[index + size][1]
            second_end = tokens[index + 2 * size - 1][2]
            phrase = text.plain[first_start : tokens[index + size - 1][2]]
            edit = plain_edit(text, tokens[index + size - 1][2], second_end, "")
            yield self.diagnostic(
                self.context.text_span(text, second_start, second_end),
                f'"{phrase}" is written twice: remove the repetition',
                [edit] if edit else None,
            )
            index += 2 * size

    def _repeat_size(self, tokens: list[tuple[str, int, int, bool]], index: int) -> int:
        for size in range(1, self.option("max_words") + 1):
            end = index + 2 * size
            if end > len(tokens):
                break
            window = tokens[index:end]
            if not all(joined for _, _, _, joined in window[1:]):
                break
            first = [word for word, *_ in window[:size]]
            second = [word for word, *_ in window[size:]]
            if first[1:] != second[1:] or not _same_word(first[0], second[0]):
                continue
            if any(word[0].isdigit() for word in first):
                continue
            if size == 1 and first[0].casefold() in LEGITIMATE_SINGLE_REPEATS:
                continue
            return size
        return 0


def _same_word(first: str, second: str) -> bool:
    """Equal, or equal but for a capital opening a sentence ("The the"); "office of the Office" differs."""
    return first == second or (first[0].isupper() and first.lower() == second)


def _tokens(plain: str) -> list[tuple[str, int, int, bool]]:
    """Words as (word, start, end, joined), joined = only spaces separate it from the word before."""
    found: list[tuple[str, int, int, bool]] = []
    previous_end = None
    for match in TOKEN_RE.finditer(plain):
        joined = previous_end is not None and GAP_RE.fullmatch(plain[previous_end : match.start()]) is not None
        found.append((match.group(0), match.start(), match.end(), joined))
        previous_end = match.end()
    return found
