"""RS006: a list bullet before a paragraph number or label ("- 1.", "• (a)")."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Span
from resolint.rules._structure import CopyArtefact, report_artefacts
from resolint.rules.base import Rule


class ListBullet(Rule[Document]):
    """List bullet before a paragraph.

    ## What it does
    Flags a list bullet ("-", "•", "*") in front of an operative paragraph number, a sub-paragraph
    label or a preambular paragraph: a leftover of copying the text out of a PDF or a word
    processor's list. When more than three paragraphs have one, it reports once for the document,
    with one fix that removes them all.

    ## Why is this bad?
    Resolutions have no bullets. In Markdown the bullet also turns the paragraph into a list item,
    so the number is no longer read as the paragraph number.

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the text as repaired and `fmt`, `fix` and the exports write it so; a copy of an
    adopted resolution lints clean apart from these notes (raise it with
    `severity = { RS006 = "warning" }`).

    ## Example
    ```
    - 1. Stresses that the right of everyone …;
    ```

    ## Use instead
    ```
    1. *Stresses* that the right of everyone …;
    ```

    ## Fix safety
    Safe: the fix removes only the bullet character that a copy from Word or a PDF left before
    the paragraph.
    """

    code = "RS006"
    slug = "list-bullet"
    severity = Severity.INFO
    summary = 'List bullet before a paragraph ("- 1.")'
    fixable = "always"
    fix_title = "Remove the bullet"
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        source = self.document.source
        found = [
            CopyArtefact(
                artefact.span,
                f"list bullet {source[artefact.span.start : artefact.span.end]!r} before the paragraph: remove it",
                [self._removal(artefact.span)],
            )
            for p in self.document.paragraphs()
            for artefact in p.artefacts
            if artefact.kind == "bullet"
        ]
        summary = f"{len(found)} paragraphs have a list bullet before them (a conversion artefact): remove the bullets"
        yield from report_artefacts(self, found, summary, f"Remove all {len(found)} bullets")

    def _removal(self, span: Span) -> Edit:
        """The bullet, the spaces after it, and the indentation before it when it opens the line."""
        source = self.document.source
        end = span.end
        while end < len(source) and source[end] in " \t":
            end += 1
        start = span.start
        line_start = source.rfind("\n", 0, start) + 1
        if not source[line_start:start].strip():
            start = line_start
        return Edit(start, end, "")
