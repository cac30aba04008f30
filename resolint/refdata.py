"""Reference data (phrase lists, organs) loaded once from the files in ``resolint/data``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from resolint.memo import memoised


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


TRAILING_PARTICLES = {"by", "at", "of", "that", "about"}


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
FEELINGS = (
    "concern|alarm|appreciation|gratitude|regret|satisfaction|interest|support|solidarity|condolences|outrage"
    "|dismay|hope|commitment|determination|sympathy|shock|indignation|disappointment"
)
DEGREE = (
    "deep|deepest|grave|great|serious|profound|particular|utmost|full|strong|strongest|continued|sincere"
    "|increasing|growing|renewed|unwavering|firm|high|heartfelt|extreme|unequivocal|continuing|gravest|greatest"
)
FEELING_PHRASE = rf"(?:its )?(?:(?:{DEGREE}) (?:and (?:{DEGREE}) )?)*(?:{FEELINGS})"
# What a body states it holds, which the UN italicises with the verb: "*Reiterates its call upon*",
# "*Reaffirms its commitment*", "*Expressing the expectation*" (but "*Reaffirming* its resolution").
STANCES = (
    f"{FEELINGS}|concerns|request|requests|call|calls|invitation|conviction|condemnation|recognition|approval"
    "|demand|demands|endorsement|appeal|appeals|encouragement|belief|intention|willingness|readiness|expectation"
    "|opposition|distress|commendation|commitments|desire"
)
STANCE_NOUN = rf"(?:(?:{DEGREE}|very|strong|urgent|special|common|previous) (?:and (?:{DEGREE}) )?)*(?:{STANCES})"
MORE_STANCE_RE = re.compile(rf" and (?:{STANCES})(?=[\s,;:]|$)")  # "*Expresses its gratitude and appreciation*"
STANCE_WORDS = frozenset(STANCES.split("|"))
# "In that regard, notes": an adverbial lead before the verb, italicised with it.
ADVERBIAL_LEAD_RE = re.compile(r"^In (?:this|that) (?:regard|context|respect), (?=[a-z])")
CALL_PARTICLE = r"(?:(?<=call)|(?<=calls)) (?:upon|for|on)"
STANCE_RE = re.compile(rf" its {STANCE_NOUN}(?: and (?:{STANCES}))?(?:{CALL_PARTICLE})?(?=[\s,;:]|$)")
EXPRESSED_RE = re.compile(rf" (?:its |the )?{STANCE_NOUN}(?: and (?:{STANCES}))?(?=[\s,;:]|$)")
STANCE_VERBS = re.compile(
    r"(?:reiterat|reaffirm|renew|affirm|re-emphasiz|emphasiz|underlin|underscor|stress|declar)(?:es|s|ing)$"
)
MODIFIER_RE = re.compile(
    r" (?:also|further|once again|once more|again|unequivocally|firmly|"
    rf"in the strongest(?: possible)? terms|with (?:(?:{DEGREE}) )*(?:{FEELINGS}))(?=[\s,;:]|$)"
)
# The modifiers the Security Council leaves roman: "*Noting* with concern", "*Condemning* in the strongest terms".
COUNCIL_ROMAN_RE = re.compile(
    rf" (?:with (?:(?:{DEGREE}) )*(?:concern|alarm|regret)|in the strongest(?: possible)? terms|in particular"
    rf"|(?:its )?(?:(?:{DEGREE}) )*(?:concerns?|alarm)|its {STANCE_NOUN})(?=[\s,;:]|$)"
)
# ... but its operative verb keeps the feeling it states: "*Notes with concern*" (7 of 10 Council texts),
# "*Expresses serious concern*", "*Expresses particular concern*" (12 of 17), against "*Noting* with concern"
# and "*Expressing* grave concern" in its preambles (20 of 34, 61 of 94 stop at the participle).
COUNCIL_WITH_FEELING_RE = re.compile(rf" with (?:(?:{DEGREE}) )*(?:{FEELINGS})(?=[\s,;:]|$)")
COUNCIL_DEGREE_FEELING_RE = re.compile(rf" (?:(?:{DEGREE}) )+(?:concern|alarm)s?(?=[\s,;:]|$)")
ADJECTIVE_FURTHER_RE = re.compile(r" further (?!that\b|,)")  # "*Encourages* further efforts": an adjective
FEELING_RE = re.compile(rf" {FEELING_PHRASE}(?=[\s,;:]|$)")
EXPRESSING_VERBS = {"expressing", "expresses", "express", "sharing", "shares"}
CONCERN_RE = re.compile(rf" (?:its )?(?:(?:{DEGREE}) )*(?:concern|alarm)(?=[\s,;:]|$)")
REITERATING_VERBS = {"reiterating", "reiterates", "reiterate"}
IN_PARTICULAR_RE = re.compile(r" in particular(?=[\s,;:]|$)")
LY_ADVERB_RE = re.compile(r" (?!only\b|early\b|likely\b|daily\b|family\b|fully\b|timely\b)[a-z]{3,}ly(?=[\s,;:]|$)")
PARTICLE_RE = re.compile(r" (?:upon|on|for)(?=\s)")
CALL_PARTICLE_RE = re.compile(r" (?:upon|for|on)(?=\s)")
JUDGING_IT_RE = re.compile(
    r"^(?:(?:Also|Further) )?(?:Considers|Deems|Finds|Judges) it (?:[a-z]+ )?[a-z]+(?= that\b| to\b)"
)
BELIEVING_IT_RE = re.compile(r"^(?:Believing|Considering|Deeming|Finding) it (?:[a-z]+ )?[a-z]+(?= that\b| to\b)")
# "*Having considered*", "*Having also examined*", "*Having regard* to": the participle is the opener.
HAVING_RE = re.compile(r"^Having (?:(?:also|further) )?[a-z]+")
BEING_RE = re.compile(r"^Being (?:[a-z]+ly )?[a-z]+")  # "*Being gravely concerned*"
REMAINING_RE = re.compile(r"^Remain(?:s|ing) (?:however )?(?:[a-z]+ly )?[a-z]+ed\b")  # "*Remains encouraged*"
CONTINUES_RE = re.compile(r"^(?:(?:Also|Further) )?Continues to [a-z]+")


# How far an organ's texts carry the italics past the verb (``resolint/data/italics-habits.tsv``):
# "stance" — the stance the verb states ("*Reiterates its call upon*", "*Expressing deep concern*");
# "feeling" — only the feeling after "Expressing"/"Reiterating" ("*Reaffirms* its commitment");
# "verb" — the verb alone ("*Expressing* concern", "*Requests* and encourages").
# Callers that do not name an organ (the rules on italics, the classification of paragraphs) get
# "feeling", the extent the editors of every organ but the Security Council agree on.
HABITS = ("stance", "feeling", "verb")
SHARED_HABIT = "feeling"


def extend_phrase(plain: str, end: int, habit: str = SHARED_HABIT) -> int:
    """Take the modifiers that the UN italicises with the phrase: "also", "once again", "with deep concern",
    "its call upon"… as far as the organ's ``habit`` carries the italics."""
    first_word = plain.split(" ", 1)[0].lower()
    for _ in range(4):
        match = _modifier(plain, end, first_word, habit)
        if match is None:
            return end
        end = match.end()
    return end


def _modifier(plain: str, end: int, first_word: str, habit: str) -> re.Match[str] | None:
    """The modifier that carries the phrase on at ``end``, if any."""
    last_word = plain[:end].rsplit(" ", 1)[-1].lower()
    operative = last_word.endswith("s") and not last_word.endswith("ss")
    if habit == "verb" and operative and (kept := _council_feeling(plain, end, last_word)) is not None:
        return kept
    match = MODIFIER_RE.match(plain, end)
    if match is not None and operative and ADJECTIVE_FURTHER_RE.match(plain, end):
        return None
    if match is None and (_is_verb_form(last_word) or last_word in EXPRESSING_VERBS) and habit != "verb":
        match = _stance(plain, end, last_word, habit)  # "*Continues to express particular concern*"
    if match is None and last_word in REPEAT_ADVERBS and habit != "verb" and _expressed_before(plain, end):
        match = _stance(plain, end, "expressing", habit)  # "*Expressing further concern*"
    if match is None and _is_verb_form(last_word):
        match = IN_PARTICULAR_RE.match(plain, end) or LY_ADVERB_RE.match(plain, end)
    if match is None and first_word in ("calls", "calling") and last_word in ("again", "more"):
        match = PARTICLE_RE.match(plain, end)
    if match is None and habit == "stance" and last_word in ("call", "calls"):  # "*Reiterating its call for*"
        match = CALL_PARTICLE_RE.match(plain, end)
    if match is None and habit == "stance" and last_word in STANCE_WORDS:
        match = MORE_STANCE_RE.match(plain, end)
    if match is not None and habit == "verb" and COUNCIL_ROMAN_RE.match(plain, end):
        return None
    if match is not None and habit == "verb" and first_word.endswith("ing") and plain.startswith(" for", end):
        return None  # "*Calling once again* for"
    return match


def _council_feeling(plain: str, end: int, verb: str) -> re.Match[str] | None:
    """The feeling the Council's operative ``verb`` states, italicised with it: "*Notes with concern*",
    "*Expresses serious concern*" (but "*Expresses* concern", 6 of 11, and "*Expresses* full support", 6 of 6)."""
    kept = COUNCIL_WITH_FEELING_RE.match(plain, end)
    if kept is None and verb in EXPRESSING_VERBS:
        kept = COUNCIL_DEGREE_FEELING_RE.match(plain, end)
    return kept


def _expressed_before(plain: str, end: int) -> bool:
    """The word before the repeat adverb ending at ``end`` is "Expressing"/"Expresses"."""
    words = plain[:end].rsplit(" ", 2)
    return len(words) >= 2 and words[-2].lower() in EXPRESSING_VERBS


def _stance(plain: str, end: int, last_word: str, habit: str) -> re.Match[str] | None:
    """ "Expressing deep concern", "Reiterates its call upon": the stance the verb states."""
    if last_word in EXPRESSING_VERBS:
        return (EXPRESSED_RE if habit == "stance" else FEELING_RE).match(plain, end)
    stated = STANCE_RE.match(plain, end) if habit == "stance" and STANCE_VERBS.search(last_word) else None
    return stated or (CONCERN_RE.match(plain, end) if last_word in REITERATING_VERBS else None)


def _verb_alone(plain: str, found: str) -> str:
    """A listed phrase cut back to its verb where the organ leaves the rest roman ("*Expressing* concern")."""
    words = found.split(" ")
    verb = next((i for i, word in enumerate(words) if _is_verb_form(word.lower())), None)
    if verb is None or verb == len(words) - 1:
        return found
    end = len(" ".join(words[: verb + 1]))
    if words[verb].endswith("ing") and found[end:] == " for":  # "*Calling* for"
        return found[:end]
    verb_word = words[verb].lower()
    if verb_word.endswith("s") and (kept := _council_feeling(plain, end, verb_word)) and kept.end() >= len(found):
        return found  # "*Notes with concern*": the operative verb keeps the feeling it states
    rest = COUNCIL_ROMAN_RE.match(plain, end)
    return found[:end] if rest is not None and rest.end() >= len(found) else found


def _is_verb_form(word: str) -> bool:
    """A participle or a present-tense verb ("Noting", "Notes"), not an adjective ("concerned")."""
    return word.endswith("ing") or (word.endswith("s") and not word.endswith("ss"))


def _coordinated(plain: str, end: int, phrases: PhraseList, endings: tuple[str, ...], habit: str) -> int:
    """ "Welcomes and supports": a second verb joined by "and" is part of the phrase, with the adverb
    before it ("*Acknowledges and profoundly regrets*", "*Welcoming and further encouraging*"); not
    where the organ italicises the verb alone ("*Requests* and encourages")."""
    if not plain.startswith(" and ", end) or habit == "verb":
        return end
    start = end + 5
    second = phrases.longest(_recase(plain, start)) or _second_verb(plain, start, endings)
    if not second and (adverb := COORDINATED_ADVERB_RE.match(plain, start)) is not None:
        start = adverb.end()
        second = _second_verb(plain, start, endings)
    if not second:
        return end
    return extend_phrase(plain, start + len(second), habit)


COORDINATED_ADVERB_RE = re.compile(r"(?:also|further|(?!only )[a-z]{3,}ly) ")


def _second_verb(plain: str, start: int, endings: tuple[str, ...]) -> str | None:
    """An unlisted verb of the phrase's kind ("-s" after an operative verb, "-ing" after an opener)."""
    word = plain[start:].split(" ", 1)[0]
    return word if word.isalpha() and word.islower() and word.endswith(endings) else None


OPERATIVE_PREFIXES = (
    "Also",
    "Further",
    "Again",
    "Once again",
    "Once more",
    "Strongly",
    "Firmly",
    "Deeply",
    "Also strongly",
)
# "While noting improvements in Somalia, recognizes …": a concessive "While" italicised with its participle.
PREAMBULAR_PREFIXES = (
    "Deeply",
    "Gravely",
    "Seriously",
    "Strongly",
    "Profoundly",
    "Further",
    "Fully",
    "Also",
    "Again",
    "While",
)


def _word_end(text: str, index: int) -> bool:
    return index >= len(text) or not (text[index].isalnum() or text[index] in "-’'")


@dataclass(frozen=True)
class Reading:
    """The end of a phrase match, shared by openers and verbs: the patterns of the genre that
    reach further than the list, the organ's habit, the modifiers and a coordinated second verb."""

    original: str  # the text as written (no-break spaces kept)
    plain: str  # the same with no-break spaces read as spaces
    phrases: PhraseList
    habit: str

    def match(
        self, found: str, known: bool, patterns: tuple[re.Pattern[str], ...], endings: tuple[str, ...]
    ) -> PhraseMatch:
        plain, habit = self.plain, self.habit
        for pattern in patterns:
            longer = pattern.match(plain)
            if longer and longer.end() > len(found):
                found, known = longer.group(0), True
        if habit == "verb":
            found = _verb_alone(plain, found)
        end = _coordinated(plain, extend_phrase(plain, len(found), habit), self.phrases, endings, habit)
        section = self.phrases.section(found) or "A"
        return PhraseMatch(self.original[:end], end, known, unusual=section == "B")


@memoised  # the builder asks for each paragraph head; the server asks again on every keystroke
def match_preambular(plain: str, habit: str = SHARED_HABIT) -> PhraseMatch | None:
    """The preambular opener at the start of ``plain`` ("Recalling also", "Noting with deep concern"),
    as far as the organ's ``habit`` carries the italics (see :func:`extend_phrase`)."""
    if "  " in plain[:DOUBLE_SPACE_REACH]:
        return _through_double_spaces(match_preambular, plain, habit)
    original, plain = plain, _plain_spaces(plain)
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
        found = _guess_preambular(plain)
        if found is None:
            return None
    reading = Reading(original, plain, phrases, habit)
    return reading.match(found, known, (HAVING_RE, BEING_RE, BELIEVING_IT_RE, REMAINING_RE), ("ing", "ed"))


def _guess_preambular(plain: str) -> str | None:
    """An unlisted opener: a participle or adjective in -ing/-ed, maybe after an -ly adverb or "Further"."""
    words = plain.split(" ", 2)
    first = _first_word(plain)
    if not first or not first[0].isupper():
        return None
    if first.endswith(("ing", "ed")):
        return first
    lead = first.endswith("ly") or first in ("Further", "Also")  # "Further recognising"
    if lead and len(words) > 1 and words[1].rstrip(",;:").endswith(("ing", "ed")):
        return f"{words[0]} {words[1].rstrip(',;:')}"
    return None


@memoised
def match_operative(plain: str, habit: str = SHARED_HABIT) -> PhraseMatch | None:
    """The operative verb phrase at the start of ``plain`` ("Calls upon", "Also requests"), as far as
    the organ's ``habit`` carries the italics (see :func:`extend_phrase`)."""
    if "  " in plain[:DOUBLE_SPACE_REACH]:
        return _through_double_spaces(match_operative, plain, habit)
    original, plain = plain, _plain_spaces(plain)
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
        found = _guess_operative(plain) or _after_adverbial_lead(plain, habit)
        if found is None:
            return None
    reading = Reading(original, plain, phrases, habit)
    return reading.match(found, known, (CONTINUES_RE, JUDGING_IT_RE, REMAINING_RE), ("es", "s"))


def _after_adverbial_lead(plain: str, habit: str) -> str | None:
    """ "In that regard, notes": the lead and the verb after it."""
    lead = ADVERBIAL_LEAD_RE.match(plain)
    verb = match_operative(_recase(plain, lead.end()), habit) if lead else None
    return plain[: lead.end() + len(verb.phrase)] if lead and verb and verb.known else None


def _guess_operative(plain: str) -> str | None:
    """An unlisted verb in -s ("Further authorises"), maybe after "Also"/"Further" or an -ly adverb."""
    words = plain.split(" ", 2)
    lead = ""
    if len(words) > 1 and (words[0] in ("Also", "Further") or (words[0].endswith("ly") and words[0].isalpha())):
        lead, plain = words[0] + " ", _recase(plain, len(words[0]) + 1)
    first = _first_word(plain)
    if not first or not first[0].isupper() or not first.endswith("s") or len(first) < 4 or not first.isalpha():
        return None
    return lead + (first if not lead else first.lower())


DOUBLE_SPACE_REACH = 120
"""How far into a paragraph a double space can sit inside its phrase ("Reaffirming  also")."""


def _through_double_spaces(matcher, plain: str, habit: str) -> PhraseMatch | None:
    """The phrase at the start of ``plain`` read with each run of spaces as one space (a copy's double
    spaces, which RT406 reports), as written and with its end counted in ``plain``."""
    head, rest = plain[:DOUBLE_SPACE_REACH], plain[DOUBLE_SPACE_REACH:]
    kept = [i for i, char in enumerate(head) if not (char == " " and i and head[i - 1] == " ")]
    found = matcher("".join(head[i] for i in kept) + rest, habit)
    if found is None:
        return None
    end = found.end - len(kept) + len(head) if found.end > len(kept) else (kept[found.end - 1] + 1 if found.end else 0)
    return PhraseMatch(plain[:end], end, found.known, found.unusual)


def _plain_spaces(plain: str) -> str:
    """No-break spaces read as spaces (same length, so offsets stay): "Reaffirming\u202fits"."""
    return plain.translate(NO_BREAK_SPACES) if "\u00a0" in plain[:80] or "\u202f" in plain[:80] else plain


NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def _recase(plain: str, index: int) -> str:
    """``plain[index:]`` with its first letter in upper case, so that a listed phrase matches it."""
    return plain[index : index + 1].upper() + plain[index + 1 :]


def _first_word(plain: str) -> str:
    word = plain.split(" ", 1)[0] if plain else ""
    return word.rstrip(",;:.") if word.isascii() or word.replace("’", "").isalpha() else word


@cache
def closed_class_words() -> frozenset[str]:
    """Articles, pronouns, prepositions and conjunctions that can open a sentence before its object."""
    return frozenset(line for line, _ in data_lines("closed-class-words.txt"))


@cache
def italics_habits() -> dict[str, str]:
    """Organ → how far its texts carry the italics past the verb; organs not listed: "stance"."""
    habits = {}
    for line, _ in data_lines("italics-habits.tsv"):
        organ, habit = line.split("\t")[:2]
        habits[organ] = habit
    return habits


def italics_habit(organ: str | None) -> str:
    return italics_habits().get(organ or "", "stance")


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
