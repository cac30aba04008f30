"""RO205: an operative verb that is not in the list of UN operative verbs (information)."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Operative
from resolint.refdata import match_operative
from resolint.rules._unknown import unknown_phrases
from resolint.rules.base import Rule


class UnknownOperativeVerb(Rule[Operative]):
    """Unknown operative verb.

    ## What it does
    Reports, as information, an operative paragraph whose verb phrase is not in resolint's list
    of verbs found in adopted UN resolutions, or one known only from Model UN lists ("Further
    proclaims", "Solemnly affirms").

    ## Why is this bad?
    Operative paragraphs open with a verb in the present tense, third person (*Decides*,
    *Requests*). An unknown verb is often a participle left from the preamble ("Recalling" in
    the operative part) or a typo.

    ## Example
    ```
    3. *Recalling* its decision to convene a panel;
    ```

    ## Use instead
    ```
    3. *Recalls* its decision to convene a panel;
    ```

    ## Fix safety
    No fix.

    ## References
    UN Editorial Manual, resolutions II.C; resolint/data/operative-phrases.txt and its sources.
    """

    code = "RO205"
    slug = "unknown-operative-verb"
    severity = Severity.INFO
    summary = "Operative verb not in the list of UN operative verbs"

    node_kind = "operative"

    def check(self, paragraph: Operative) -> Iterator[Diagnostic]:
        yield from unknown_phrases(self, paragraph, match_operative, "operative verb")
