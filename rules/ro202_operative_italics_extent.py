"""RO202: the italics of an operative paragraph cover more or less than its verb phrase ("*Decides to*")."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Operative
from resolint.refdata import PhraseMatch, operative_phrases
from resolint.rules._italics import misplaced_italics
from resolint.rules.base import Rule


class OperativeItalicsExtent(Rule[Operative]):
    """Italics do not match the operative verb phrase.

    ## What it does
    Checks that the italics at the start of an operative paragraph cover exactly the verb phrase:
    "*Decides* to", not "*Decides to*"; "*Calls upon* States", not "*Calls* upon States".

    Italics that run on over a particle alone ("for", "upon", "on") are not reported: the UN
    italicises it with some phrases and not with others ("*Reiterates its call for*" in 8 of the 13
    adopted texts of the corpus that use the phrase, A/RES/76/46 among them; "*Reiterates its call*
    for" in 5).

    Not on Security Council texts, which keep the wording the Council adopted (see
    ``Facts.house_style``).

    ## Why is this bad?
    The UN italicises the verb (and its fixed particle or adverb), never the infinitive or the
    object that follows. Editors correct every such paragraph.

    ## Example
    ```
    17. *Decides to* remain seized of the matter.
    ```

    ## Use instead
    ```
    17. *Decides* to remain seized of the matter.
    ```

    ## Fix safety
    Safe: the fix moves the closing italics mark to the end of the listed verb phrase; the words
    stay the same.

    ## References
    UN Editorial Manual, resolutions II.C (docs/style-sources.md section 3).
    """

    code = "RO202"
    slug = "operative-italics-extent"
    severity = Severity.WARNING
    summary = 'Italics cover more or less than the operative verb ("*Decides to*")'
    fixable = "always"
    fix_title = "Italicise exactly the verb phrase"

    node_kind = "operative"

    def check(self, paragraph: Operative) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return
        yield from misplaced_italics(self, paragraph, listed_verb, "verb phrase")


def listed_verb(plain: str) -> PhraseMatch | None:
    """The verb phrase as listed ("Calls upon", "Takes note"), without the modifiers that the UN
    italicises inconsistently after an operative verb ("*Encourages* further")."""
    found = operative_phrases().longest(plain)
    return PhraseMatch(found, len(found), True) if found else None
