"""RR504: "paragraph 9 (b) above" points at a paragraph that exists."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document, Operative, ParagraphRef, SubParagraph, Text
from resolint.rules.base import Rule


class ParagraphReference(Rule[Document]):
    """Cross-reference to a paragraph that does not exist.

    ## What it does
    Checks references to the resolution's own paragraphs — "paragraph 9 (b) above", "paragraphs 3
    and 4 below", "paragraph 12 of the present resolution" — and flags those whose operative paragraph
    or sub-paragraph does not exist, and "above"/"below" that point the wrong way (a sub-paragraph
    has a place of its own: "paragraph 1 (b) below" in paragraph 1 (a), as in S/RES/2507).
    References to other texts ("paragraph 5 of resolution 60/251") are not checked.

    ## Why is this bad?
    Paragraphs are renumbered during negotiation: a reference written for an earlier draft silently
    points at the wrong paragraph, and the adopted text then says something nobody agreed.

    ## Example
    ```
    17. *Requests* the Office to report on the implementation of paragraph 9 (x) above;
    ```
    (paragraph 9 has sub-paragraphs (a) to (r))

    ## Use instead
    ```
    17. *Requests* the Office to report on the implementation of paragraph 9 (r) above;
    ```

    ## Fix safety
    No fix.

    ## References
    UN Editorial Manual, resolutions II.E–F: "paragraph 5 above", "the present resolution"
    (docs/style-sources.md section 3).
    """

    code = "RR504"
    slug = "dangling-paragraph-reference"
    severity = Severity.ERROR
    summary = '"paragraph 9 (b) above" points at a paragraph that does not exist'
    fixable = "never"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        numbered = {para.number: para for para in self.document.operative if para.number}
        if not numbered:
            return
        for text in self.document.body_texts():
            for reference in text.paragraph_refs:
                if reference.where is None:  # "paragraph 5 of resolution 60/251": another text's
                    continue
                problem = self._problem(reference, numbered, text)
                if problem:
                    yield self.diagnostic(self.context.text_span(text, reference.start, reference.end), problem)

    def _problem(self, reference: ParagraphRef, numbered: dict[str, Operative], text: Text) -> str | None:
        number = reference.number
        target = numbered.get(number)
        if target is None:
            last = max((int(n) for n in numbered if n.isdecimal()), default=0)
            return f"There is no paragraph {number} (the last is {last}): correct the reference"
        children: tuple[SubParagraph, ...] = target.children
        referenced: Operative | SubParagraph = target  # the sub-paragraph where labels name one
        for label in reference.labels:
            child = next((c for c in children if c.label.strip("()") == label), None)
            if child is None:
                return f"Paragraph {number} has no sub-paragraph ({label}): correct the reference"
            children, referenced = child.children, child
        if reference.where == "above" and referenced.span.start > text.span.start:
            return f'Paragraph {number} comes later in the text: write "below", not "above"'
        if reference.where == "below" and referenced.span.end < text.span.start:
            return f'Paragraph {number} comes earlier in the text: write "above", not "below"'
        return None
