"""Preambular openers and operative verbs for completion and hover: the package's phrase lists plus
a short glossary of what the common ones mean in a resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from resolint.grammar import phrases as grammar_phrases

SECTION_RE = re.compile(r"^# ---- \[([A-Z])\]")
SOURCES = {
    "A": "attested in adopted UN resolutions",
    "B": "found in Model UN lists only; rare in real UN texts",
    "C": "the form used when the same phrase repeats",
}

GLOSSARY = {
    # operative verbs: what the body does
    "acknowledges": "recognizes a fact or an effort without endorsing it",
    "adopts": "formally approves a text (a programme, declaration or report) as the body's own",
    "affirms": "states a position as firmly held; *reaffirms* repeats a position taken before",
    "appeals": "makes an urgent, non-binding plea to the addressees",
    "approves": "gives formal consent, usually to a proposal, budget or arrangement",
    "authorizes": "grants legal permission to act (binding when the Security Council acts under Chapter VII)",
    "calls upon": "asks the addressees (usually States) to act; firmer than *invites* or *encourages*",
    "calls for": "asks for an action or outcome without naming who must act",
    "commends": "praises the work of the addressees",
    "condemns": "expresses the strongest disapproval of acts or practices",
    "decides": "takes a decision: the operative core of a resolution (establishing, extending, scheduling)",
    "demands": "requires compliance; typical of the Security Council",
    "emphasizes": "gives a point particular weight",
    "encourages": "urges an action gently; weaker than *calls upon*",
    "endorses": "gives support and approval to a text or initiative of others",
    "expresses": "states a feeling or position (concern, appreciation, support)",
    "invites": "asks politely; the usual verb for bodies the organ cannot direct",
    "notes": "takes formal cognizance of something, without approval",
    "reaffirms": "restates a position or commitment the body has taken before",
    "recalls": "refers back to earlier decisions or texts",
    "recognizes": "accepts as true or valid",
    "recommends": "advises an action, usually to another organ or to States",
    "reiterates": "repeats an earlier statement for emphasis",
    "requests": "asks for an action, usually of the Secretary-General or a subsidiary body (a mandate)",
    "stresses": "insists on the importance of a point",
    "supports": "backs an initiative or process",
    "takes note": "acknowledges receipt of a document or fact; neutral, neither approval nor rejection",
    "underlines": "insists on a point; close to *stresses*",
    "urges": "presses strongly for action; firmer than *calls upon*",
    "welcomes": "greets a development or document with approval",
    # preambular openers: why the body acts
    "guided": "names the framework the resolution rests on (usually the Charter)",
    "recalling": "cites earlier resolutions or instruments on the subject",
    "reaffirming": "restates principles or commitments made before",
    "recognizing": "accepts a fact or principle as the basis of the action",
    "noting": "records a fact or development",
    "noting with concern": "records a worrying fact",
    "noting with deep concern": "records a gravely worrying fact",
    "emphasizing": "stresses a consideration behind the action",
    "expressing": "states the body's feelings about a situation",
    "alarmed": "signals grave concern about a situation",
    "concerned": "signals concern about a situation",
    "deeply concerned": "signals serious concern about a situation",
    "welcoming": "greets a positive development",
    "acknowledging": "recognizes an effort or fact",
    "bearing in mind": "keeps a consideration in view",
    "convinced": "states a conviction that motivates the action",
    "mindful": "keeps a consideration in view",
    "taking note": "acknowledges a document or fact neutrally",
    "underlining": "insists on a consideration",
    "stressing": "insists on a consideration",
    "reiterating": "repeats an earlier position",
    "considering": "gives a reason for the action",
    "determined": "states the body's resolve",
    "affirming": "states a position as firmly held",
}


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    source: str  # "A" | "B" | "C"


def _read(filename: str) -> tuple[Phrase, ...]:
    text = resources.files("resolint.data").joinpath(filename).read_text(encoding="utf-8")
    found: list[Phrase] = []
    section = "A"
    for line in text.splitlines():
        if match := SECTION_RE.match(line):
            section = match.group(1)
            continue
        if line.strip() and not line.startswith("#"):
            found.append(Phrase(line.strip(), section))
    return tuple(found)


@cache
def operative_verbs() -> tuple[Phrase, ...]:
    return _read("operative-phrases.txt")


@cache
def preambular_openers() -> tuple[Phrase, ...]:
    return _read("preambular-phrases.txt")


def base_phrase(phrase: str) -> str:
    """The phrase without its repeat adverb, in lower case.

    ``Also requests`` -> ``requests``; ``Recalling further`` -> ``recalling``.
    """
    return grammar_phrases.base_phrase(phrase.strip().strip("*_"))


def lookup(phrase: str) -> tuple[Phrase | None, str | None]:
    """The list entry and glossary meaning of a phrase (or of its longest known prefix)."""
    key = base_phrase(phrase)
    entry = None
    for candidate in (*operative_verbs(), *preambular_openers()):
        if candidate.text.lower() == phrase.strip().lower() or candidate.text.lower() == key:
            entry = candidate
            break
    meaning = None
    words = key.split()
    for size in range(len(words), 0, -1):
        meaning = GLOSSARY.get(" ".join(words[:size]))
        if meaning:
            break
    return entry, meaning


def repeated_form(phrase: str, uses: int, operative: bool) -> str:
    """The form a phrase takes at its ``uses + 1``-th use: ``Also requests``, ``Recalling further``."""
    if uses == 0:
        return phrase
    adverb = "also" if uses == 1 else "further"
    if operative:
        return f"{adverb.capitalize()} {phrase[:1].lower()}{phrase[1:]}"
    first, _, rest = phrase.partition(" ")
    return f"{first} {adverb}" + (f" {rest}" if rest else "")
