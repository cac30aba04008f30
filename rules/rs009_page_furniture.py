"""RS009: page furniture copied out of a PDF (running headers, page and job numbers, barcodes)."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document
from resolint.rules.base import Rule


class PageFurniture(Rule[Document]):
    """Page furniture in the text.

    ## What it does
    Finds the lines a PDF prints on every page around the resolution — the symbol as a running
    header with the short title, page numbers ("3", "2/7"), job numbers ("17-21689 (E)",
    "GE.24-18602 3"), date codes, barcodes ("*1721689*"), "Please recycle", an unfilled document
    variable, the footnote separator above a page's notes and the rule under the text (lines of
    underscores) — which come along when the text is copied out of the PDF, also side by side on
    one line as `pdftotext -layout` prints them ("2/5      17-21819"). The parser already leaves
    them out of the resolution (the symbol still confirms the heading); this rule reports them
    once for the whole document, with one fix that deletes every such line.

    ## Why is this bad?
    Left in the source they stand between the halves of paragraphs cut by a page break and would
    be exported, counted and read as text of the resolution.

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the text as repaired and `fmt`, `fix` and the exports write it so; a copy of an
    adopted resolution lints clean apart from these notes (raise it with
    `severity = { RS009 = "warning" }`).

    ## Example
    ```
    … all held in Addis
    17-21689 (E)
    *1721689*
    A/RES/72/22 African Nuclear-Weapon-Free Zone Treaty
    Ababa;
    ```

    ## Use instead
    ```
    … all held in Addis Ababa;
    ```

    ## Fix safety
    Unsafe: the lines are recognised by their shape (and, for the running header, by repeating the
    document's symbol and title); review that none of them is text of the resolution.
    """

    code = "RS009"
    slug = "page-furniture"
    severity = Severity.INFO
    summary = "Page furniture copied out of a PDF"
    fixable = "always"
    fix_title = "Delete the page furniture"
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        furniture = [artefact for artefact in self.document.layout if artefact.kind == "page-furniture"]
        if not furniture:
            return
        source = self.document.source
        edits = []
        for artefact in furniture:
            start = source.rfind("\n", 0, artefact.span.start) + 1
            end = source.find("\n", artefact.span.end)
            edits.append(Edit(start, len(source) if end == -1 else end + 1, ""))
        kinds = sorted({artefact.note for artefact in furniture})
        yield self.diagnostic(
            furniture[0].span,
            f"{len(furniture)} lines of page furniture copied out of the PDF ({', '.join(kinds)}): delete them",
            edits,
            fix_title=f"Delete all {len(furniture)} lines of page furniture",
            safe=False,
        )
