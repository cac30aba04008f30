"""RT403: a word spelt differently from UN (Oxford) spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.refdata_states import un_spellings
from resolint.rules._common import plain_edit, sentence_start
from resolint.rules.base import Rule

LETTERS_RE = re.compile(r"[A-Za-z]+")
LOWER_LETTERS_ONLY = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 else ord(" ") for byte in range(256)
)
"""Bytes table: ASCII letters in lower case, every other byte (of UTF-8 too) a space."""

NAME_GOES_ON_RE = re.compile(r" (?:for|of|on) (?:the )?[A-Z]")
"""After a capitalized word: a name goes on ("Organisation for Economic Co-operation …")."""


class UnSpelling(Rule[Text]):
    """Word not in UN (Oxford) spelling.

    ## What it does
    Compares words with a curated list of spellings that differ from UN usage and replaces them:
    US spellings (program → programme, behavior → behaviour, labor → labour, center → centre,
    defense → defence), -ise where the UN writes -ize (organisation → organization, recognise →
    recognize) and -yze where it writes -yse (analyze → analyse, paralyzing → paralysing). Root -ise
    words (advise, comprise, exercise) are not on the list. A capitalized word inside a sentence is
    taken to be part of a name ("Organisation for the Prohibition of Chemical Weapons") and left alone,
    and so is a capitalized word that opens a sentence or a note and goes on as a name ("Organisation
    for Economic Co-operation and Development, OECD.Stat" in a note of A/RES/76/258).

    Not on Security Council texts, which keep the wording the Council adopted (see
    ``Facts.house_style``).

    ## Why is this bad?
    The UN follows the first spelling of the Concise Oxford English Dictionary; mixed spellings in one
    resolution look careless and are changed by the editors anyway.

    ## Example
    ```
    *Requests* the Secretary-General to organise a program of work on labor rights,
    ```

    ## Use instead
    ```
    *Requests* the Secretary-General to organize a programme of work on labour rights,
    ```

    ## Fix safety
    Safe: the fix replaces the word by its UN (Oxford) spelling from the reference list, keeping
    its capitalisation; the meaning stays the same. Not applied to Security Council texts.

    ## References
    UN Editorial Manual, spelling (docs/style-sources.md section 6, "Spelling"); the list is in
    `resolint/data/un-spelling.tsv`.
    """

    code = "RT403"
    slug = "non-un-spelling"
    severity = Severity.WARNING
    summary = 'Spelling differs from UN (Oxford) spelling ("programme", "labour", "-ize")'
    fixable = "always"
    fix_title = "Use the UN spelling"

    node_kind = "texts"

    def check(self, text: Text) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return
        spellings = un_spellings()
        for start, word in _variants_in(text.plain):
            diagnostic = self._finding(text, start, word, spellings)
            if diagnostic:
                yield diagnostic

    def _finding(self, text: Text, start: int, word: str, spellings: dict[str, str]) -> Diagnostic | None:
        if word[0].isupper() and not sentence_start(text.plain, start):
            return None  # a capital inside a sentence: part of a name
        if word[0].isupper() and NAME_GOES_ON_RE.match(text.plain, start + len(word)):
            return None  # "Organisation for Economic Co-operation and Development." opening a note: a name
        wanted = spellings[word.lower()]
        if word[0].isupper():
            wanted = wanted[0].upper() + wanted[1:]
        edit = plain_edit(text, start, start + len(word), wanted)
        return self.diagnostic(
            self.context.text_span(text, start, start + len(word)),
            f'Write "{wanted}" (UN spelling), not "{word}"',
            [edit] if edit else None,
        )


def _variants_in(plain: str) -> list[tuple[int, str]]:
    """Where ``plain`` has a whole word (a run of letters) with a UN spelling of its own."""
    if _variant_keys().isdisjoint(plain.encode("utf-8", "surrogatepass").translate(LOWER_LETTERS_ONLY).split()):
        return []  # the words of the text in lower case, split in C: most texts have no variant
    spellings = un_spellings()
    variants = {word for word in set(LETTERS_RE.findall(plain)) if word.lower() in spellings}
    if not variants:
        return []
    return [
        (match.start(), match.group(0))
        for match in LETTERS_RE.finditer(plain)
        if match.group(0) in variants and not _touches_apostrophe(plain, match.start(), match.end())
    ]


def _touches_apostrophe(plain: str, start: int, end: int) -> bool:
    return (start > 0 and plain[start - 1] in "'’") or (end < len(plain) and plain[end] in "'’")


@cache
def _variant_keys() -> frozenset[bytes]:
    """The variant spellings as UTF-8 bytes (reference data, loaded once)."""
    return frozenset(variant.encode() for variant in un_spellings())
