"""RS007: two paragraphs run together on one line ("…rights,*Recalling* …")."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document
from resolint.rules._structure import CopyArtefact, report_artefacts
from resolint.rules.base import Rule


class RunTogether(Rule[Document]):
    """Paragraphs run together.

    ## What it does
    Finds a paragraph that begins on the same line as the end of the one before, with no break
    between them — typically "…instruments,*Recalling* General Assembly resolution …" left by a
    conversion that dropped the paragraph marks. The parser already separates them; the fix puts
    a blank line between. When more than three paragraphs run together, it reports once for the
    document, with one fix for all.

    ## Why is this bad?
    Editors, diff tools and the Word export all work paragraph by paragraph; two paragraphs on one
    line are counted, numbered and exported as one.

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the text as repaired and `fmt`, `fix` and the exports write it so; a copy of an
    adopted resolution lints clean apart from these notes (raise it with
    `severity = { RS007 = "warning" }`).

    ## Example
    ```
    *Guided* by the Charter of the United Nations,*Recalling* General Assembly resolution 53/144,
    ```

    ## Use instead
    ```
    *Guided* by the Charter of the United Nations,

    *Recalling* General Assembly resolution 53/144,
    ```

    ## Fix safety
    Safe: the fix inserts a blank line where a new paragraph starts on the line of the last one;
    no word changes.
    """

    code = "RS007"
    slug = "paragraphs-run-together"
    severity = Severity.INFO
    summary = "Two paragraphs run together on one line"
    fixable = "always"
    fix_title = "Put a blank line between the paragraphs"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        found = [
            CopyArtefact(
                artefact.span,
                "a new paragraph starts here on the line of the one before: break the line",
                [Edit(artefact.span.start, artefact.span.start, "\n\n")],
            )
            for paragraph in self.document.paragraphs()
            for artefact in paragraph.artefacts
            if artefact.kind == "run-together"
        ]
        summary = f"{len(found)} paragraphs start on the line of the one before (run together): break the lines"
        yield from report_artefacts(self, found, summary, f"Break the line before all {len(found)} paragraphs")
