"""RF303: footnotes numbered in the order of their first reference."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Span
from resolint.rules._common import all_footnote_refs
from resolint.rules.base import Rule

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class FootnoteOrder(Rule[Document]):
    """Footnotes not numbered in the order of their first reference.

    ## What it does
    Checks that numbered footnotes are referenced first as 1, then 2, then 3 … in reading order,
    and offers to renumber every marker and definition. A text taken from a report may start at
    a higher number (adopted HRC resolutions often start at 2); the numbers must still follow on.

    ## Why is this bad?
    UN resolutions number footnotes consecutively through the text. After paragraphs are moved in
    negotiation, footnote 3 can come before footnote 2; Word would renumber, a plain text does not.

    ## Example
    ```
    *Recalling* the report,[^2] and the Declaration,[^1]
    ```

    ## Use instead
    ```
    *Recalling* the report,[^1] and the Declaration,[^2]
    ```

    ## Fix safety
    Safe: the fix only renumbers the footnote marks and their definitions so that they follow
    the order of first reference; every note keeps its text and stays attached to the same
    places.

    ## References
    UN Editorial Manual, footnotes: "footnotes are numbered consecutively" (docs/style-sources.md section 4).
    """

    code = "RF303"
    slug = "footnote-out-of-order"
    severity = Severity.WARNING
    summary = "Footnotes not numbered in order of first reference"
    fixable = "always"
    fix_title = "Renumber the footnotes in order of first reference"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        refs = [ref for ref in all_footnote_refs(self.document) if ref.label.isdecimal()]
        order: list[str] = []
        for ref in refs:
            if ref.label not in order:
                order.append(ref.label)
        if not order:
            return
        # adopted texts continue the numbering of their report, so the first number may exceed 1
        first = min(int(label) for label in order)
        wanted = {label: str(index) for index, label in enumerate(order, start=first)}
        misplaced = next((ref for ref in refs if wanted[ref.label] != ref.label), None)
        if misplaced is None:
            return
        edits = [self._relabel(ref.span, ref.label, wanted[ref.label]) for ref in refs]
        for footnote in self.document.footnotes:
            if footnote.label in wanted:
                edits.append(self._relabel(footnote.label_span, footnote.label, wanted[footnote.label]))
        yield self.diagnostic(
            misplaced.span,
            f"Footnote {misplaced.label} is the {_ordinal(order.index(misplaced.label) + 1)} footnote referenced:"
            f" number it {wanted[misplaced.label]} and renumber the others in order",
            [edit for edit in edits if edit is not None],
        )

    def _relabel(self, span: Span, old: str, new: str) -> Edit | None:
        written = self.document.source[span.start : span.end]
        for old_form, new_form in ((old, new), (old.translate(SUPERSCRIPT), new.translate(SUPERSCRIPT))):
            at = written.find(old_form)
            if at != -1:
                start = span.start + at
                return Edit(start, start + len(old_form), new_form)
        return None


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
