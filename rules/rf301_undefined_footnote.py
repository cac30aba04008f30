"""RF301: a footnote marker in the text with no footnote definition."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document
from resolint.rules._common import all_footnote_refs
from resolint.rules.base import Rule

SPONSOR_MARK = "*"


class UndefinedFootnote(Rule[Document]):
    """Footnote marker without a footnote definition.

    ## What it does
    Flags a footnote marker (`[^3]`, a superscript `³`, `^{3}`) whose label has no footnote
    definition (`[^3]: …`) anywhere in the document.

    ## Why is this bad?
    The reader finds a number that leads nowhere; in Word the marker becomes a footnote with no
    text. Usually the definition was lost when text was pasted from a PDF, or the marker was mistyped.

    ## Example
    ```
    *Takes note* of the report of the Special Rapporteur,[^1]
    ```
    (and no `[^1]:` line in the document)

    ## Use instead
    ```
    *Takes note* of the report of the Special Rapporteur,[^1]

    [^1]: A/HRC/58/53.
    ```

    ## Fix safety
    No fix.

    ## References
    UN Editorial Manual, footnotes (docs/style-sources.md section 4).
    """

    code = "RF301"
    slug = "undefined-footnote"
    severity = Severity.ERROR
    summary = "Footnote marker without a footnote definition"
    fixable = "never"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        defined = {footnote.label for footnote in self.document.footnotes}
        for ref in all_footnote_refs(self.document):
            if ref.label not in defined and ref.label != SPONSOR_MARK:
                yield self.diagnostic(
                    ref.span,
                    f"Footnote {ref.label} has no definition: add '[^{ref.label}]: text' or remove the marker",
                )
