"""RP105: a preambular opener that is not in the list of UN preambular phrases (information)."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Preambular
from resolint.refdata import match_preambular
from resolint.rules._unknown import unknown_phrases
from resolint.rules.base import Rule


class UnknownPreambularOpener(Rule[Preambular]):
    """Unknown preambular opener.

    ## What it does
    Reports, as information, a preambular paragraph whose opening phrase is not in resolint's
    list of openers found in adopted UN resolutions, or one that is only known from Model UN
    lists ("Fully alarmed", "Viewing with appreciation").

    ## Why is this bad?
    Preambular paragraphs open with a participle or an adjective (*Recalling*, *Deeply
    concerned*). An unknown opener is often a typo, a finite verb where a participle belongs
    ("Recalls" in the preamble), or a Model UN habit.

    ## Example
    ```
    *Recalls* its resolution 5/1,
    ```

    ## Use instead
    ```
    *Recalling* its resolution 5/1,
    ```

    ## Fix safety
    No fix.

    ## References
    UN Editorial Manual, resolutions II.C; resolint/data/preambular-phrases.txt and its sources.
    """

    code = "RP105"
    slug = "unknown-preambular-opener"
    severity = Severity.INFO
    summary = "Preambular opener not in the list of UN openers"

    node_kind = "preamble"

    def check(self, paragraph: Preambular) -> Iterator[Diagnostic]:
        yield from unknown_phrases(self, paragraph, match_preambular, "preambular opener")
