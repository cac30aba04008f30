"""RT401: a word or phrase written twice in a row ("the the", "other and other").

Longer than 150 lines, for a reason: the rule runs on every text of every document, and most texts
have no repeat; the byte-level prefilter (``_may_repeat``, ``_word_keys``, ``_candidate_starts``)
is what keeps it linear and cheap, and it is only this rule's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import compress
from operator import eq
from typing import ClassVar

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.rules._common import NON_ASCII_RE, plain_edit
from resolint.rules.base import Rule

WORD = r"[^\W_]+(?:['’\-.][^\W_]+)*"
GAP = r"[ \u00a0\n]+"
WORD_RE = re.compile(WORD)
LEGITIMATE_SINGLE_REPEATS = frozenset({"that", "had", "is", "bis", "ter", "very"})
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "other", "such", "any", "each", "all", "some", "no",
    "its", "their", "his", "her", "our", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into",
    "onto", "upon", "within", "without", "among", "between", "through", "under", "over", "and", "or", "nor",
    "but", "as", "than", "if", "so", "also", "not", "be", "is", "are", "was", "were", "been",
})  # fmt: skip
"""English grammatical words: a repeat made of these alone is a slip."""
LINKING_WORDS = frozenset({"and", "or", "nor", "but", "as", "that", "than"})
"""Words that join a new part to a sentence: a repeat with one of them and a noun may be grammar."""

KEY_BYTES = bytes(byte if byte >= 128 or chr(byte).isalnum() or chr(byte) in "'-." else ord(" ") for byte in range(256))
"""Bytes table: keeps the ASCII characters of words (letters, digits, ' - .) and every non-ASCII byte."""
DOT_TAIL_RE = re.compile(rb"\.\S*")
UNEVEN_LOWER = ("\u0130", "\u03a3")  # "İ".lower() is two characters, "Σ".lower() depends on the next one


class RepeatedPhrase(Rule[Text]):
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

    ## Fix safety
    Safe where the fix removes the second copy of a word ("the the"), of a phrase of grammatical
    words only ("in in", "of the of the") or of a noun with its preposition ("Guiding Principles on
    Principles on Business"); repeats that the language allows ("that that", "had had") are not
    reported. A noun with a word that joins a new part to the sentence ("and", "as", "that") can be
    written twice on purpose — "the Deputy Secretary as Secretary as appropriate" (A/RES/76/75),
    "host communities and countries and countries of origin" (76/143), "the Meeting of States that
    States that apply …" (76/232) — so that fix is unsafe: read the sentence before removing. One
    capitalised word written twice between capitalised words is a name and is not reported:
    "Sultan Saleh Aida Aida Zabin" (S/RES/2564).

    ## Options
    - `max_words` (default 4): the longest phrase checked.

    ## References
    UN Editorial Manual, resolutions: drafting and editing (docs/style-sources.md sections 2–3).
    """

    code = "RT401"
    slug = "repeated-phrase"
    severity = Severity.WARNING
    summary = 'Word or phrase repeated ("the the", "other and other")'
    fixable = "always"
    fix_title = "Remove the repeated words"
    options: ClassVar[dict[str, int]] = {"max_words": 4}

    node_kind = "texts"

    def check(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        max_words = self.int_option("max_words")
        pattern = _repeat_pattern(max_words)
        if not _may_repeat(plain, max_words):
            return
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
            if _in_a_name(plain, match):
                continue
            resume = match.end()
            edit = plain_edit(text, match.end("phrase"), match.end(), "")
            yield self.diagnostic(
                self.context.text_span(text, match.end("gap"), match.end()),
                f'"{match["phrase"]}" is written twice: remove the repetition',
                [edit] if edit else None,
                safe=_removal_is_safe([word.casefold() for word in first]),
            )


def _in_a_name(plain: str, match: re.Match[str]) -> bool:
    """One capitalised word written twice between capitalised words: a person's name can repeat a
    word ("Sultan Saleh Aida Aida Zabin", S/RES/2564 annex): not reported."""
    if not match["phrase"][:1].isupper() or len(match["phrase"].split()) > 1:
        return False
    before = plain[max(0, match.start() - 60) : match.start()].split()[-1:]
    after = plain[match.end() : match.end() + 60].split()[:1]
    return bool(before and after and before[0][:1].isupper() and after[0][:1].isupper())


def _removal_is_safe(words: list[str]) -> bool:
    """One word, or grammatical words only ("of the of the"), or a noun with a preposition
    ("Principles on Principles on Business"); not a noun with a linking word ("Secretary as
    Secretary as appropriate"), which can be read twice on purpose."""
    if len(words) == 1 or all(word in FUNCTION_WORDS for word in words):
        return True
    return LINKING_WORDS.isdisjoint(words)


def _may_repeat(plain: str, max_words: int) -> bool:
    """False when no phrase of up to ``max_words`` words can be written twice in a row in ``plain``.

    Most texts have no repeat, and splitting a text into word keys in C is cheaper than the word
    pattern: a repeat of k words is k keys in a row that equal the keys k places on (see
    :func:`_word_keys`). One of those k places is a multiple of k: keys are compared only there,
    then the places found are looked at.
    """
    if any(map(plain.__contains__, UNEVEN_LOWER)):
        return True  # keys in lower case could differ where the pattern (any case) matches: no test
    keys = _word_keys(plain)
    if max_words >= 1 and True in map(eq, keys, keys[1:]):
        return True
    for size in range(2, max_words + 1):
        for place in compress(range(0, len(keys), size), map(eq, keys[::size], keys[size::size])):
            for start in range(max(0, place - size + 1), place + 1):
                if keys[start : start + size] == keys[start + size : start + 2 * size]:
                    return True
    return False


def _word_keys(plain: str) -> list[bytes]:
    """The text's words in lower case, each cut at its first ".", as UTF-8 bytes.

    Every character that no word contains becomes a space, so each word of a repeat (which only
    spaces separate, see :func:`_repeat_pattern`) is one key; the second copy may end in "in.x",
    hence the cut at ".". Keys of other text may merge or split: that only lets more texts through.
    """
    lowered = plain.lower()
    data = lowered.encode("utf-8", "surrogatepass").translate(KEY_BYTES)
    if len(data) != len(lowered) + 2 * lowered.count("’"):  # other characters than ASCII and ’ (3 bytes)
        for char in set(NON_ASCII_RE.findall(lowered)):
            if char != "’" and not char.isalnum():
                data = data.replace(char.encode("utf-8", "surrogatepass"), b" ")
    if b"." in data:
        data = DOT_TAIL_RE.sub(b"", data)
    return data.split()


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
