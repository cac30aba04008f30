"""How far the organs' adopted texts carry the italics of an opener or verb, phrase by phrase.

Pasted text has lost its italics, so where an opener's italics stop must be read from how the UN
italicises the same words elsewhere. ``resolint/data/italics-votes.tsv`` counts, for the opening words of
every paragraph of the UN's own AKN4UN texts (``../shared/corpus``), how often the italics stop after
them and how often they go on over the next word ("Expressing great" → go on 4, stop 0 in the Security
Council). The reader walks a paragraph's words: at each word where the organ's texts lean one way it
follows them; where they tie or are silent, the habit of the organ decides
(:func:`resolint.refdata.extend_phrase`). An organ the corpus does not hold is read with every organ's
texts.

The corpus harness reads each corpus text as a reader who has not seen it: :func:`excluding` takes the
text's own paragraphs out of the counts while it is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from resolint.refdata import closed_class_words, data_text

TOKEN_RE = re.compile(r"[^\W\d_][\w’'-]*|[,;:]")
"""The words of an opening (lower-cased) and the punctuation that may end the italics, one token each."""
WORDS_LOOKED_AT = 12
ALL_ORGANS = ""

Counts = Mapping[tuple[str, ...], int]


@cache
def _table() -> dict[str, dict[str, tuple[int, int]]]:
    """Organ → (stops, goes-on) per key of opening words (joined by spaces); ``ALL_ORGANS`` is
    summed on first use (only organs the corpus does not hold ask for it)."""
    table: dict[str, dict[str, tuple[int, int]]] = {}
    for line in data_text("italics-votes.tsv").splitlines():
        if line and not line.startswith("#"):
            organ, words, stops, goes_on = line.split("\t")
            table.setdefault(organ, {})[words] = (int(stops), int(goes_on))
    return table


@cache
def _every_organ() -> dict[str, tuple[int, int]]:
    summed: dict[str, tuple[int, int]] = {}
    for counts in _table().values():
        for words, (stop, go_on) in counts.items():
            before = summed.get(words, (0, 0))
            summed[words] = (before[0] + stop, before[1] + go_on)
    return summed


_EXCLUDED: ContextVar[tuple[str, Counts, Counts] | None] = ContextVar("excluded_votes", default=None)


@contextmanager
def excluding(organ: str, stops: Counts, goes_on: Counts) -> Iterator[None]:
    """Read as if one text of ``organ``, whose own votes these are, were not in the counts."""
    token = _EXCLUDED.set((organ, stops, goes_on))
    try:
        yield
    finally:
        _EXCLUDED.reset(token)


def votes(organ: str, key: tuple[str, ...]) -> tuple[int, int]:
    """How many paragraphs of ``organ`` (``ALL_ORGANS``: of every organ) stop the italics after
    ``key[:-1]`` before ``key[-1]``, and how many carry them on over it."""
    counts = _every_organ() if organ == ALL_ORGANS else _table().get(organ, {})
    stop, go_on = counts.get(" ".join(key), (0, 0))
    excluded = _EXCLUDED.get()
    if excluded is not None and organ in (excluded[0], ALL_ORGANS):
        stop -= excluded[1].get(key, 0)
        go_on -= excluded[2].get(key, 0)
    return stop, go_on


def italic_end(body: str, habit_end: int, organ: str | None) -> int:
    """Where the italics of the phrase opening ``body`` end, ``habit_end`` being the organ's habit's reading."""
    tokens, words = _opening(body)
    habit_size = sum(1 for token in tokens if token.end() <= habit_end)
    if not habit_size:
        return habit_end
    size, by_evidence = len(words), True
    for length in range(1, len(words)):
        stop, go_on = _evidence(organ, vote_keys(words, length))
        by_evidence = stop != go_on
        if not (go_on > stop if by_evidence else length < habit_size):
            size = length
            break
    if not by_evidence and size > habit_size and words[size - 1] in closed_class_words():
        # the texts carried the italics onto "its"/"the"/"in" and say no more: a determiner takes the
        # noun it announces ("*Renews its decision*", "*Expresses the view*"); anything else, the habit
        size = size + 1 if _announces_noun(words, size) else habit_size
    if size == habit_size:
        return habit_end
    return tokens[size - 1].end()


DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "these", "those"})


def _announces_noun(words: tuple[str, ...], size: int) -> bool:
    """The last word of ``words[:size]`` is a determiner and a word outside the closed classes follows it."""
    following = words[size] if size < len(words) else ""
    return words[size - 1] in DETERMINERS and following.isalpha() and following not in closed_class_words()


def may_carry_on(body: str, end: int, organ: str | None) -> bool:
    """Some of the organ's texts carry the italics of the phrase ending at ``end`` over the next word
    ("*Reaffirming its strong commitment*": the Assembly's three paragraphs that open so): read without
    italics, the phrase may be longer than its reading."""
    tokens, words = _opening(body)
    size = sum(1 for token in tokens if token.end() <= end)
    if not size or size >= len(tokens):
        return False
    return _evidence(organ, vote_keys(words, size))[1] > 0


def _opening(body: str) -> tuple[list[re.Match[str]], tuple[str, ...]]:
    """The first words of a paragraph (and the commas, semicolons and colons among them), lower-cased."""
    tokens = list(TOKEN_RE.finditer(body, 0, min(len(body), 300)))[:WORDS_LOOKED_AT]
    return tokens, tuple(token.group().lower() for token in tokens)


def vote_keys(words: tuple[str, ...], length: int) -> tuple[tuple[str, ...], ...]:
    """The keys of the votes on carrying the italics of ``words[:length]`` over the next word, the most
    telling first: where that word is a determiner ("its", "the"), the word it announces after a "|" (the
    Assembly italicises "*Reaffirming its commitment*" but never "*Reaffirming its* resolution"); then the
    words up to it."""
    key = words[: length + 1]
    if length + 1 < len(words) and words[length] in DETERMINERS:
        return (*key, "|", words[length + 1]), key
    return (key,)


def _evidence(organ: str | None, keys: tuple[tuple[str, ...], ...]) -> tuple[int, int]:
    """The votes of the organ's texts on the first key they have voted on; for an organ the corpus does
    not hold, those of every organ's texts. Where the organ's texts never open so, none: its habit
    knows it better than the other organs' texts ("*Requests and encourages*" in the Assembly's habit,
    "*Requests* and encourages" in the Council's three texts)."""
    for voters in (organ,) if organ in _table() else (ALL_ORGANS,):
        for key in keys:
            stop, go_on = votes(voters, key)
            if stop + go_on:
                return stop, go_on
    return 0, 0
