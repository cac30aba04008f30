"""RO201: the verb phrase of an operative paragraph is not in italics."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document
from resolint.rules._italics import roman_openers
from resolint.rules.base import Rule


class OperativeVerbNotItalic(Rule[Document]):
    """Operative verb not in italics.

    ## What it does
    Checks that the verb phrase that opens every operative paragraph ("*Decides*", "*Calls
    upon*", "*Also requests*") is in italics. When most verbs of the document are roman — text
    copied out of a PDF — it reports once for the whole document, with one fix for all.

    ## Why is this bad?
    The italic verb carries the decision: it is what a reader scans for, and UN editors always
    restore it.

    ## Example
    ```
    5. Calls upon States to combat impunity …;
    ```

    ## Use instead
    ```
    5. *Calls upon* States to combat impunity …;
    ```

    ## Fix safety
    Safe: the fix puts italics around the operative verb phrase as the phrase list has it; the
    words stay the same.

    ## References
    UN Editorial Manual, resolutions II.C (docs/style-sources.md section 3).
    """

    code = "RO201"
    slug = "operative-verb-not-italic"
    severity = Severity.WARNING
    summary = "Operative verb phrase not in italics"
    fixable = "always"
    fix_title = "Italicise the verb phrase"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        yield from roman_openers(self, self.nodes_of("operative"), "operative verb")
