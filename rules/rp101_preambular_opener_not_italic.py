"""RP101: the opening phrase of a preambular paragraph is not in italics."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document
from resolint.rules._italics import roman_openers
from resolint.rules.base import Rule


class PreambularOpenerNotItalic(Rule[Document]):
    """Preambular opener not in italics.

    ## What it does
    Checks that the opening phrase of every preambular paragraph is in italics. When most openers
    of the document are roman — the usual state of text copied out of a PDF — it reports once for
    the whole document instead of once per paragraph, with one fix that italicises them all.

    ## Why is this bad?
    The italic opener is how a reader (and the UN's own document systems) tells the considerations
    apart; a roman opener is one of the first things an editor corrects.

    ## Example
    ```
    Recalling its resolution 5/1 of 18 June 2007,
    ```

    ## Use instead
    ```
    *Recalling* its resolution 5/1 of 18 June 2007,
    ```

    ## Fix safety
    Safe: the fix puts italics around the opening phrase as the phrase list has it; the words
    stay the same.

    ## References
    UN Editorial Manual, resolutions II.G (docs/style-sources.md section 2).
    """

    code = "RP101"
    slug = "preambular-opener-not-italic"
    severity = Severity.WARNING
    summary = "Preambular opening phrase not in italics"
    fixable = "always"
    fix_title = "Italicise the opening phrase"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        yield from roman_openers(self, self.nodes_of("preamble"), "preambular opener")
