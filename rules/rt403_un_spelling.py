"""RT403: a word spelt differently from UN (Oxford) spelling."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.refdata_states import un_spellings
from resolint.rules._common import plain_edit, sentence_start, words
from resolint.rules.base import Rule


class UnSpelling(Rule):
    """Word not in UN (Oxford) spelling.

    ## What it does
    Compares words with a curated list of spellings that differ from UN usage and replaces them:
    US spellings (program → programme, behavior → behaviour, labor → labour, center → centre,
    defense → defence), -ise where the UN writes -ize (organisation → organization, recognise →
    recognize) and -yze where it writes -yse (analyze → analyse, paralyzing → paralysing). Root -ise
    words (advise, comprise, exercise) are not on the list. A capitalized word inside a sentence is
    taken to be part of a name ("Organisation for the Prohibition of Chemical Weapons") and left alone.

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

    ## References
    UN Editorial Manual, spelling (un-style.md section 6, "Spelling"); the list is in
    `resolint/data/un-spelling.tsv`.
    """

    code = "RT403"
    slug = "non-un-spelling"
    severity = Severity.WARNING
    summary = 'Spelling differs from UN (Oxford) spelling ("programme", "labour", "-ize")'
    fixable = "always"
    fix_title = "Use the UN spelling"

    def check(self) -> Iterator[Diagnostic]:
        spellings = un_spellings()
        for text in self.document.texts():
            yield from self._check_text(text, spellings)

    def _check_text(self, text: Text, spellings: dict[str, str]) -> Iterator[Diagnostic]:
        for match in words(text.plain):
            for part_start, part in _parts(match.group(0), match.start()):
                wanted = spellings.get(part.lower())
                if wanted is None:
                    continue
                if part[0].isupper() and not sentence_start(text.plain, part_start):
                    continue
                if part[0].isupper():
                    wanted = wanted[0].upper() + wanted[1:]
                edit = plain_edit(text, part_start, part_start + len(part), wanted)
                yield self.diagnostic(
                    self.context.text_span(text, part_start, part_start + len(part)),
                    f'Write "{wanted}" (UN spelling), not "{part}"',
                    [edit] if edit else None,
                )


def _parts(word: str, start: int) -> Iterator[tuple[int, str]]:
    """The hyphen-separated parts of a compound word with their plain offsets."""
    offset = start
    for part in word.split("-"):
        if part:
            yield offset, part
        offset += len(part) + 1
