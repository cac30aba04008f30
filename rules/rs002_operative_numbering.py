"""RS002: operative paragraphs numbered 1, 2, 3 … with no gap, duplicate or missing number."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.rules.base import Rule


class OperativeNumbering(Rule):
    """Operative paragraphs out of sequence.

    ## What it does
    Checks that operative paragraphs are numbered 1, 2, 3 … in order: the first is 1, none is
    skipped, none is repeated, and none lacks its number when the others have one.

    ## Why is this bad?
    Paragraph numbers are how delegations, the secretariat and later resolutions cite the text
    ("paragraph 9 (b) above"). A gap or a duplicate left after a paragraph was moved or deleted in
    negotiation makes every later citation ambiguous.

    ## Example
    ```
    1. *Stresses* …;
    2. *Also stresses* …;
    4. *Strongly condemns* …;
    ```

    ## Use instead
    ```
    1. *Stresses* …;
    2. *Also stresses* …;
    3. *Strongly condemns* …;
    ```

    ## Fix safety
    Renumbering is safe for the paragraphs themselves; cross-references in the text ("paragraph 4
    above") are not renumbered — check them (RR504 reports references that point nowhere).

    ## References
    UN Editorial Manual, paragraphs and subparagraphs (docs/style-sources.md section 3).
    """

    code = "RS002"
    slug = "operative-numbering"
    severity = Severity.ERROR
    summary = "Operative paragraphs not numbered 1, 2, 3 … in order"
    fixable = "always"
    fix_title = "Renumber the operative paragraphs"

    def check(self) -> Iterator[Diagnostic]:
        paragraphs = self.document.operative
        numbered = [p for p in paragraphs if p.number is not None]
        if not numbered or (len(paragraphs) == 1 and not numbered):
            return
        seen: dict[str, int] = {}
        for index, paragraph in enumerate(paragraphs, start=1):
            expected = str(index)
            if paragraph.number is None:
                start = paragraph.text.span.start
                yield self.diagnostic(
                    self.document.lines.span(paragraph.span.start, paragraph.text.span.start + 1),
                    f"operative paragraph without a number: it is paragraph {expected}",
                    [Edit(start, start, f"{expected}. ")],
                )
                continue
            related = []
            if paragraph.number in seen and paragraph.number_span:
                first = paragraphs[seen[paragraph.number]]
                if first.number_span:
                    related.append((first.number_span, f"paragraph {paragraph.number} is first used here"))
            seen.setdefault(paragraph.number, index - 1)
            if paragraph.number != expected and paragraph.number_span is not None:
                what = "is a duplicate" if related else "is out of sequence"
                yield self.diagnostic(
                    paragraph.number_span,
                    f"paragraph number {paragraph.number} {what}: this is paragraph {expected}",
                    [Edit(paragraph.number_span.start, paragraph.number_span.end, f"{expected}.")],
                    related=related,
                )
