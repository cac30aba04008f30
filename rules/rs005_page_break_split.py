"""RS005: a paragraph split in two by a page break (the second part starts in lower case)."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Paragraph, Span
from resolint.rules._structure import CopyArtefact, report_artefacts
from resolint.rules.base import Rule


class PageBreakSplit(Rule[Document]):
    """Paragraph split by a page break.

    ## What it does
    Finds a block of text that starts in lower case and continues the paragraph before it — the
    mark of a paragraph cut in two where a page of the PDF ended (often with a footnote between
    the two halves). The parser already reads the halves as one paragraph; the fix joins them in
    the text, moving the second half up past any footnote text that stands between. When more
    than three paragraphs are split, it reports once for the document, with one fix for all.

    ## Why is this bad?
    In the source the paragraph is two paragraphs: the second half would be numbered, exported
    and counted as a paragraph of its own, and the first half would seem to end without
    punctuation.

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the text as repaired and `fmt`, `fix` and the exports write it so; a copy of an
    adopted resolution lints clean apart from these notes (raise it with
    `severity = { RS005 = "warning" }`).

    ## Example
    ```
    … arbitrary or unlawful surveillance and

    tracking, trafficking in persons, extortion, …,
    ```

    ## Use instead
    ```
    … arbitrary or unlawful surveillance and tracking, trafficking in persons, extortion, …,
    ```

    ## Fix safety
    Safe where the second part starts in lower case: the fix joins the two parts of the paragraph
    that a page break split, removing only the line break and blank lines between them; no word
    changes. Where the second part starts with a capital after a paragraph that ends in a word, it
    may as well be the text of a titled item ("(f) *Humanitarian assistance*" / "In support of the
    Malian authorities, …" in S/RES/2531): joining would change the text, so that fix is unsafe.
    """

    code = "RS005"
    slug = "page-break-split"
    severity = Severity.INFO
    summary = "Paragraph split in two by a page break"
    fixable = "always"
    fix_title = "Join the two parts of the paragraph"
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        joins = [join for paragraph in self.document.paragraphs() for join in self._joins(paragraph)]
        message = "this paragraph continues the one before (split by a page break): join the two parts"
        safe = [CopyArtefact(span, message, edits) for span, edits, is_safe in joins if is_safe]
        summary = f"{len(safe)} paragraphs were split in two by page breaks: join their parts"
        yield from report_artefacts(self, safe, summary, f"Join the parts of all {len(safe)} paragraphs")
        for span, edits, is_safe in joins:
            if not is_safe:
                yield self.diagnostic(span, message, edits, safe=False)

    def _joins(self, paragraph: Paragraph) -> Iterator[tuple[Span, list[Edit], bool]]:
        """Each page break inside ``paragraph``: where, the edits that join its parts, and whether that is safe."""
        source = self.document.source
        for artefact in paragraph.artefacts:
            if artefact.kind != "page-break-split":
                continue
            part_index = next((i for i, part in enumerate(paragraph.parts) if part.start == artefact.span.start), None)
            if not part_index:
                continue
            previous, part = paragraph.parts[part_index - 1], paragraph.parts[part_index]
            between = source[previous.end : part.start]
            if between.strip():
                # move the second half up, past what stands between, and remove it from its place
                cut_start = previous.end + len(between.rstrip())
                edits = [
                    Edit(previous.end, previous.end, " " + source[part.start : part.end].strip()),
                    Edit(cut_start, part.end, ""),
                ]
            else:
                edits = [Edit(previous.end, part.start, " ")]
            second = source[part.start : part.end].lstrip(" \t*_")
            # a titled item and its text look the same: see Fix safety
            yield artefact.span, edits, not second[:1].isupper()
