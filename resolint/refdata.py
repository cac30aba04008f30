"""Reference data (phrase lists, organs) loaded once from the files in ``resolint/data``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def data_text(name: str) -> str:
    return resources.files("resolint.data").joinpath(name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[tuple[str, str]]:
    """Non-comment lines of a data file with the ``[A]``/``[B]``/``[C]`` section they stand in."""
    section = "A"
    found: list[tuple[str, str]] = []
    for raw in data_text(name).splitlines():
        line = raw.strip()
        if line.startswith("# ----") and "[" in line:
            section = line.split("[", 1)[1][:1]
            continue
        if not line or line.startswith("#"):
            continue
        found.append((line, section))
    return found


@dataclass(frozen=True)
class PhraseMatch:
    phrase: str  # as written in the text
    end: int  # index in the plain text just after the phrase
    known: bool  # found in the phrase list (else a form guessed from the grammar of the genre)
    unusual: bool = False  # in the list, but only in Model UN usage


class PhraseList:
    """Longest-match lookup of opening phrases at the start of a paragraph, in O(words)."""

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        self.sections: dict[str, str] = {}
        by_first: dict[str, list[str]] = {}
        for phrase, section in entries:
            phrase = _without_trailing_particle(phrase)
            key = phrase.lower()
            self.sections.setdefault(key, section)
            by_first.setdefault(key.split()[0], []).append(key)
        self.by_first = {word: sorted(set(items), key=len, reverse=True) for word, items in by_first.items()}

    def __contains__(self, phrase: str) -> bool:
        return phrase.lower() in self.sections

    def longest(self, text: str, start: int = 0) -> str | None:
        """The longest listed phrase that ``text[start:]`` begins with, ending at a word boundary."""
        head = text[start : start + 80].lower()
        first = head.split(" ", 1)[0].rstrip(",;:")
        for candidate in self.by_first.get(first, ()):
            if head.startswith(candidate):
                after = head[len(candidate) : len(candidate) + 1]
                if not after or not (after.isalnum() or after in "-’'"):
                    return text[start : start + len(candidate)]
        return None

    def section(self, phrase: str) -> str | None:
        return self.sections.get(phrase.lower())

    def phrases(self) -> list[str]:
        return sorted(self.sections)


TRAILING_PARTICLES = {"by", "at", "of", "that", "to", "about", "on", "in", "for", "with"}


def _without_trailing_particle(phrase: str) -> str:
    """ "Guided by" → "Guided": the UN italicises the opener, not the preposition after it."""
    words = phrase.split()
    while len(words) > 1 and words[-1].lower() in TRAILING_PARTICLES:
        words.pop()
    return " ".join(words)


@cache
def preambular_phrases() -> PhraseList:
    return PhraseList(data_lines("preambular-phrases.txt"))


@cache
def operative_phrases() -> PhraseList:
    return PhraseList(data_lines("operative-phrases.txt"))


REPEAT_ADVERBS = ("also", "further")
OPERATIVE_PREFIXES = ("Also", "Further", "Again", "Once again", "Once more", "Strongly", "Firmly", "Also strongly")
PREAMBULAR_PREFIXES = ("Deeply", "Gravely", "Seriously", "Strongly", "Profoundly", "Further", "Fully", "Also", "Again")


def _word_end(text: str, index: int) -> bool:
    return index >= len(text) or not (text[index].isalnum() or text[index] in "-’'")


def match_preambular(plain: str) -> PhraseMatch | None:
    """The preambular opener at the start of ``plain`` ("Recalling also", "Noting with deep concern")."""
    phrases = preambular_phrases()
    found = phrases.longest(plain)
    if found is None:
        for prefix in PREAMBULAR_PREFIXES:
            if plain.startswith(prefix + " "):
                rest = phrases.longest(_recase(plain, len(prefix) + 1))
                if rest:
                    found = plain[: len(prefix) + 1 + len(rest)]
                    break
    known = found is not None
    if found is None:
        first = _first_word(plain)
        if not first or not (first.endswith("ing") or first.endswith("ed")) or not first[0].isupper():
            return None
        found = first
    end = len(found)
    end = _extend_adverb(plain, end)
    section = phrases.section(found) or "A"
    return PhraseMatch(plain[:end], end, known, unusual=section == "B")


def match_operative(plain: str) -> PhraseMatch | None:
    """The operative verb phrase at the start of ``plain`` ("Calls upon", "Also requests")."""
    phrases = operative_phrases()
    found = phrases.longest(plain)
    if found is None or found.split()[0] in ("Also", "Further"):
        for prefix in OPERATIVE_PREFIXES:
            if plain.startswith(prefix + " "):
                rest = phrases.longest(_recase(plain, len(prefix) + 1))
                if rest and len(prefix) + 1 + len(rest) > len(found or ""):
                    found = plain[: len(prefix) + 1 + len(rest)]
                    break
    known = found is not None
    if found is None:
        first = _first_word(plain)
        if not first or not first[0].isupper() or not first.endswith("s") or len(first) < 4:
            return None
        found = first
    section = phrases.section(found) or "A"
    return PhraseMatch(found, len(found), known, unusual=section == "B")


def _recase(plain: str, index: int) -> str:
    """``plain[index:]`` with its first letter in upper case, so that a listed phrase matches it."""
    return plain[index : index + 1].upper() + plain[index + 1 :]


def _first_word(plain: str) -> str:
    word = plain.split(" ", 1)[0] if plain else ""
    return word.rstrip(",;:.") if word.isascii() or word.replace("’", "").isalpha() else word


def _extend_adverb(plain: str, end: int) -> int:
    """Take a following "also"/"further" into the phrase ("Recognizing also")."""
    for adverb in REPEAT_ADVERBS:
        stop = end + 1 + len(adverb)
        if plain[end : end + 1] == " " and plain[end + 1 : stop] == adverb and _word_end(plain, stop):
            return stop
    return end


ORGANS = (
    "General Assembly",
    "Security Council",
    "Economic and Social Council",
    "Human Rights Council",
    "Trusteeship Council",
    "Commission on Human Rights",
    "Commission on the Status of Women",
    "Commission on Narcotic Drugs",
    "Commission for Social Development",
    "Commission on Population and Development",
    "Commission on Crime Prevention and Criminal Justice",
    "Commission on Sustainable Development",
    "Conference of the Parties",
    "First Committee",
    "Second Committee",
    "Third Committee",
    "Fourth Committee",
    "Fifth Committee",
    "Sixth Committee",
    "Special Political and Decolonization Committee (Fourth Committee)",
)
