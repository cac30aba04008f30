"""Is a text French or Spanish rather than English? resolint reads English resolutions only.

A French or Spanish draft would otherwise be misread in silence (no authoring line found, no
preamble, operative verbs taken for unknown ones). The test is built for the genre, with the
markers of ``resolint/data/languages.json``:

* the share of the language's function words (articles, prepositions, conjunctions) among the
  words of the text, against the share of English ones;
* an authoring line of that language ("L'Assemblée générale,", "La Asamblea General,");
* numbered paragraphs that open with that language's operative verbs ("1. *Décide* …").

A language is reported when its function words clearly outnumber the English ones (at least twice
the English share and a fifth of all words, in a text of :data:`MIN_SHARE_WORDS` words or more), or
when they merely outnumber them and an authoring line or two operative verbs of that language back it up. Only the first :data:`SAMPLE_WORDS` words are
counted, so the test costs the same on any size of document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

SAMPLE_WORDS = 3000
SAMPLE_CHARS = 60_000  # the text examined: about eight pages, more than SAMPLE_WORDS words
CLEAR_RATIO = 2.0  # the language's share of function words against the English share
CLEAR_SHARE = 0.2
MIN_OPERATIVE_VERBS = 2
MIN_SHARE_WORDS = 12
"""Fewer words than this say nothing by their share alone ("symbol: A/HRC/58/L." has one French "l"
among four words): a text that short is another language's only by its authoring line or verbs."""
WORD_RE = re.compile(r"[^\W\d_]+")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True)
class LanguageMarkers:
    name: str
    function_words: frozenset[str]
    authoring_re: re.Pattern[str] | None
    operative_re: re.Pattern[str] | None


@cache
def markers() -> tuple[LanguageMarkers, ...]:
    """English first, then the languages to detect, from the data file."""
    from resolint.refdata import data_text

    table = json.loads(data_text("languages.json"))
    found = []
    for name, entry in table.items():
        if name.startswith("_"):
            continue
        found.append(
            LanguageMarkers(
                name,
                frozenset(entry["function_words"]),
                _line_start_re(entry.get("authoring_lines", []), r"[\s*_]*", r"[\s*_]*,"),
                _line_start_re(entry.get("operative_verbs", []), r"[ \t]*\d+\.[ \t]*[*_]*", r"[*_]*\s"),
            )
        )
    return tuple(found)


def _line_start_re(phrases: list[str], before: str, after: str) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p).replace("'", "['’]") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"^{before}(?:{alternatives}){after}", re.MULTILINE)


def foreign_language(text: str) -> str | None:
    """ "French" or "Spanish" when ``text`` seems to be written in it; None for English (or unsure)."""
    sample = text[:SAMPLE_CHARS].translate(APOSTROPHES)
    words = [match.group().lower() for match in islice(WORD_RE.finditer(sample), SAMPLE_WORDS)]
    if not words:
        return None
    english, *others = markers()
    english_share = _share(words, english)
    best: tuple[float, str] | None = None
    for language in others:
        share = _share(words, language)
        if share <= english_share or not _convincing(sample, language, share, english_share, len(words)):
            continue
        if best is None or share > best[0]:
            best = (share, language.name)
    return best[1] if best else None


def _share(words: list[str], language: LanguageMarkers) -> float:
    return sum(word in language.function_words for word in words) / len(words)


def _convincing(sample: str, language: LanguageMarkers, share: float, english_share: float, words: int) -> bool:
    if words >= MIN_SHARE_WORDS and share >= CLEAR_SHARE and share >= CLEAR_RATIO * english_share:
        return True
    if language.authoring_re is not None and language.authoring_re.search(sample):
        return True
    operative = language.operative_re
    return operative is not None and len(operative.findall(sample)) >= MIN_OPERATIVE_VERBS


def not_checked_notice(language: str) -> str:
    return f"the text seems to be {language}; resolint reads English resolutions, so it was not checked"
