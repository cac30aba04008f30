"""RS007: two paragraphs run together on one line ("…rights,*Recalling* …")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.grammar.flat import too_flat
from resolint.model import Document, Span
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

    A text whose line breaks were all lost (a web page, an e-mail, a dataset: the heading, the
    authoring line, every paragraph, the meeting line and the notes on one line, or one line per
    printed page) is read where the genre starts a line (see `docs/pdf-text.md`) and gets one
    finding with one fix that breaks all its lines. A long unbroken text with no authoring line
    cannot be read so: a warning says it, rather than silence.

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
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        doc = self.document
        lost = sorted((a.span for a in doc.layout if a.kind == "lost-line-break"), key=lambda span: span.start)
        if lost:
            yield self._lost_breaks(lost)
        unreadable = too_flat(doc.source, [(p.span.start, p.span.end) for p in doc.prologue])
        if unreadable is not None and doc.authoring is None:
            yield replace(
                self.diagnostic(
                    doc.lines.span(unreadable[0], unreadable[0]),
                    'the text has lost its line breaks and no authoring line ("The General Assembly,") was found:'
                    " it cannot be read; put each paragraph on a line of its own",
                ),
                severity=Severity.WARNING,
            )
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

    def _lost_breaks(self, spans: list[Span]) -> Diagnostic:
        """A text whose line breaks were all lost (``grammar/flat.py``): one finding, one fix for all."""
        edits = [Edit(span.start, span.end, "\n\n") for span in spans]
        message = f"the text lost its line breaks: {len(spans) + 1} lines of the resolution run on one line"
        return self.diagnostic(spans[0], message, edits, fix_title=f"Break the text into its {len(spans) + 1} lines")
