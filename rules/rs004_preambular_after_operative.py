"""RS004: a preambular paragraph placed after the operative part has begun."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document
from resolint.rules.base import Body, Rule, bodies


class PreambularAfterOperative(Rule[Document]):
    """Preambular paragraph after the operative part.

    ## What it does
    Flags an unnumbered paragraph that opens like a preambular paragraph ("*Recalling* …",
    "*Noting* …") but stands after the first operative paragraph — unless a section heading
    (I, II … or A, B …, or a title that a preamble follows) lies between: each section of a
    sectioned resolution has a preamble of its own. A draft nested in the resolution ("… the
    adoption of the following draft resolution:") is checked as a resolution of its own: its
    preamble may follow the recommending paragraph, not its own operative part.

    ## Why is this bad?
    A resolution is one sentence: the organ, then the considerations (preamble), then the
    decisions (operative part). A consideration among the decisions is either a misplaced
    preambular paragraph or an operative paragraph that lost its number and verb.

    ## Example
    ```
    1. *Decides* to convene a panel discussion;

    *Recalling* its resolution 5/1,
    ```

    ## Use instead
    ```
    *Recalling* its resolution 5/1,

    1. *Decides* to convene a panel discussion;
    ```

    ## Fix safety
    No fix.

    ## References
    UN Editorial Manual, resolutions II.C (docs/style-sources.md section 1, item 6).
    """

    code = "RS004"
    slug = "preambular-after-operative"
    severity = Severity.ERROR
    summary = "Preambular paragraph after the operative part has begun"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for body in bodies(self.document):  # a nested draft's preamble follows the resolution's operative part
            yield from self._check_body(body)

    def _check_body(self, body: Body) -> Iterator[Diagnostic]:
        if not body.operative:
            return
        section_starts = sorted(h.span.start for h in body.headings if h.starts_section)
        operative_starts = [p.span.start for p in body.operative]
        for paragraph in body.preamble:
            start = paragraph.span.start
            before = bisect_left(operative_starts, start)  # operative paragraphs before this one
            if not before:
                continue
            section = bisect_left(section_starts, start)  # sections opened before this paragraph
            if section and section_starts[section - 1] > operative_starts[before - 1]:
                continue  # the preamble of a new section (I, II … or A, B …)
            yield self.diagnostic(
                paragraph.phrase_span or paragraph.span,
                "preambular paragraph after the operative part: move it up into the preamble, "
                "or number it and open it with an operative verb",
            )
