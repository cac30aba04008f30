"""Line-end hyphens of a PDF copy: which words a hyphen at a printed line's end belongs to.

A hyphen the layout added is dropped when the lines are joined, one that belongs to the word
("counter-terrorism") is kept: the joined word must be a word of the text or of resolint's lexicon
(:func:`lexicon`). ``pdftotext``'s default mode drops such hyphens itself and joins the printed lines;
:func:`dropped_hyphen_cuts` finds where. The joining stage (``pdfjoin.py``) asks these questions.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from resolint.grammar.pdflines import FUNCTION_WORDS, WORD_RE
from resolint.refdata import closed_class_words, data_lines, operative_phrases, preambular_phrases


@cache
def lexicon() -> frozenset[str]:
    """Words resolint knows besides the text's own (hyphenated ones whole): the phrase lists and the UN spelling list."""
    words: set[str] = set()
    for phrase in [*preambular_phrases().phrases(), *operative_phrases().phrases()]:
        words.update(word.lower() for word in WORD_RE.findall(phrase))
    for word, preferred in data_lines("un-spelling.tsv"):
        words.update(w.lower() for w in WORD_RE.findall(f"{word} {preferred}"))
    return frozenset(words)


@cache
def hyphenated_lexicon() -> frozenset[str]:
    """The hyphenated compounds resolint knows besides the text's own ("re-emphasizing"; the UN spelling list's)."""
    return frozenset(word for word in lexicon() if "-" in word)


DROPPED_LINE = 1.0  # a copy line longer than this many widths may hold printed lines pdftotext joined at a hyphen


DROPPED_PLACE = (0.55, 1.1)  # where a printed line ends, in widths from the start of the copy line or the last cut


SPACED_WORD_RE = re.compile(r"(?<![\w\-])[^\W\d_]+(?![\w\-])|[^\w\s]")  # (a mark parts two words: "care, services")


CLOSED_WORD_RE = re.compile(r"(?<![\w\-])[^\W\d_]{5,}(?![\w\-])")


def dropped_hyphen_cuts(text: str, width: int, attested: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """Where in ``text`` (one copy line) ``pdftotext`` dropped the hyphen of a word it joined at a printed line's end:
    (the cut inside the word, the word's end). pdftotext's default mode joins a printed line ending in a hyphen with
    the next and drops the hyphen ("… through capacitybuilding, financial support …"): the copy line is longer than a
    printed line, the word stands where a printed line of the copy's width ends, and its hyphenated form is
    ``attested`` (the text writes it, or the lexicon knows it). Of several such words in one printed line's reach,
    the last: a printed line ends at its last word."""
    if not width or len(text) <= DROPPED_LINE * width:
        return []
    low, high = (place * width for place in DROPPED_PLACE)
    words = list(CLOSED_WORD_RE.finditer(text))
    found: list[tuple[int, int]] = []
    line_start = 0
    while True:
        cuts = [
            (word.start() + cut, word.end())
            for word in words
            if word.start() - line_start <= high
            for cut in range(2, len(word.group(0)) - 1)
            if low <= word.start() + cut - line_start <= high and _hyphenated(word.group(0), cut) in attested
        ]
        if not cuts:
            return found
        found.append(max(cuts))
        line_start = found[-1][0]
        words = [word for word in words if word.start() > line_start]


def printed_width(lengths: list[int], width: int) -> int:
    """The width of the printed lines among the copy's line ``lengths``, the lines pdftotext joined left out (a short
    copy with several joined lines would widen the copy's ``width``): of the lines at least half that width (not the
    numbers alone, the short last lines), the ninth decile of the lengths up to 1.25 times their median."""
    ordered = sorted(length for length in lengths if length >= width / 2)
    if not ordered:
        return width
    median = ordered[len(ordered) // 2]
    kept = [length for length in ordered if length <= 1.25 * median]
    return kept[min(len(kept) - 1, int(0.9 * len(kept)))]


def _hyphenated(word: str, cut: int) -> str:
    return f"{word[:cut]}-{word[cut:]}".lower()


def spaced_compounds(source: str) -> set[str]:
    """Two words the text writes side by side as a term ("health care"), in their hyphenated form ("health-care"):
    neither is a small word of the closed classes ("with in" is no term of "within")."""
    small = closed_class_words() | FUNCTION_WORDS
    words = [word.lower() for word in SPACED_WORD_RE.findall(source)]
    return {
        f"{first}-{second}"
        for first, second in itertools.pairwise(words)
        if len(first) > 2 and len(second) > 2 and first not in small and second not in small
    }
