"""RS002: operative paragraphs numbered 1, 2, 3 … with no gap, duplicate or missing number."""

from __future__ import annotations

from collections.abc import Iterator

from resolint import model
from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Operative, numbering_is_clear, numbering_restarts, operative_sections
from resolint.rules._numbering import numbering_of_unnumbered, parenthesis_numbers, restarts_after_heading
from resolint.rules.base import Rule


class OperativeNumbering(Rule[Document]):
    """Operative paragraphs out of sequence.

    ## What it does
    Checks that operative paragraphs are numbered 1, 2, 3 … in order: the first is 1, none is skipped, none is
    repeated, and none lacks its number when the others have one. A resolution in sections (I, II … or A, B … with
    their own preamble) numbers either through the whole text or afresh in each section: the rule follows the scheme
    the document uses, and a section with a single operative paragraph may leave it unnumbered. Several operative
    paragraphs with no number at all (a copy that lost Word's automatic numbering) are one finding for all of them.
    A draft nested in the resolution ("… the following draft resolution:") is numbered as a draft of its own. Each
    number is checked against the one before it, so one gap or duplicate is one finding, not one for every later
    paragraph. A page or a quotation of an operative part (no authoring line, no preamble) numbered "7.", "8.", "9."
    keeps its numbers. A number written "1)" or "1]" (as drafts outside the UN often write it) is read as the number;
    every such number is one finding, with one safe fix writing "1."; a working text's "OP1", "OP3bis" are left as
    written.

    ## Why is this bad?
    Paragraph numbers are how delegations, the secretariat and later resolutions cite the text ("paragraph 9 (b)
    above"). A gap or a duplicate left after a paragraph was moved or deleted in negotiation makes every later
    citation ambiguous.

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
    Renumbering is safe for the paragraphs themselves where the document's scheme is clear (no sections, or every
    section restarting at 1); in a sectioned text whose scheme is mixed the fix is offered as unsafe; so is
    numbering a sectioned text none of whose paragraphs has a number (the sections may restart or run on). An
    unnumbered paragraph between two whose numbers run on (29, text, 30) may be the text of the paragraph before
    rather than a paragraph without its number ("(b) *Cooperation with Sanctions Committees*" and its two blocks of
    text in S/RES/2531): it is reported once, with no fix. A paragraph 1 after a heading may open a list of its own
    (an annex the parse did not see as one): renumbering it is unsafe. Cross-references in the text ("paragraph 4
    above") are not renumbered — check them (RR504 reports references that point nowhere).

    ## References
    UN Editorial Manual, paragraphs and subparagraphs (docs/style-sources.md section 3).
    """

    code = "RS002"
    slug = "operative-numbering"
    severity = Severity.ERROR
    summary = "Operative paragraphs not numbered 1, 2, 3 … in order"
    fixable = "sometimes"
    fix_title = "Renumber the operative paragraphs"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if model.operative_excerpt_start(self.document) == 1:  # an excerpt's "7.", "8.", "9." are its text's numbers
            yield from self._check_body(self.document.operative, self.document.headings)
        for draft in self.document.drafts:  # a nested draft is numbered as a draft of its own
            yield from self._check_body(list(draft.operative), draft.headings)
        yield from self._written_with_parenthesis()

    def _written_with_parenthesis(self) -> Iterator[Diagnostic]:
        """ "1)" or "1]" for "1.": one finding for every number so written, with one fix."""
        if spans := parenthesis_numbers(self.document):
            count = f" ({len(spans)} paragraphs)" if len(spans) > 1 else ""
            message = f'operative paragraphs are numbered "1.", not "1{self.document.source[spans[0].end - 1]}"{count}'
            yield self.diagnostic(spans[0], message, [Edit(span.end - 1, span.end, ".") for span in spans])

    def _check_body(self, operative: list[Operative], headings) -> Iterator[Diagnostic]:
        if any(p.working_label for p in operative):
            return  # a working text's "OP1", "OP3bis": the negotiators' numbering, kept until the text is final
        sections = operative_sections(operative, headings)
        if not any(p.number is not None for p in operative):
            yield from self._none_numbered(sections)
            return
        restarting = numbering_restarts(sections)
        clear = numbering_is_clear(sections)
        for group in sections if restarting else [operative]:
            if any(p.number is not None for p in group):
                readings = [
                    list(self._check_group(group, safe=clear, by_position=True)),
                    list(self._check_group(group, safe=clear, by_position=False)),
                    list(self._check_group(group, safe=clear, by_position=False, unnumbered_counts=False)),
                ]
                yield from min(readings, key=len)  # the first of the fewest: one finding per cause

    def _none_numbered(self, sections: list[list[Operative]]) -> Iterator[Diagnostic]:
        """No operative paragraph has a number, and a section holds several: one finding for all."""
        if found := numbering_of_unnumbered(sections):
            first, message, edits = found
            span = self.document.lines.span(first.span.start, first.text.span.start + 1)
            yield self.diagnostic(span, message, edits, safe=len(sections) == 1)

    def _check_group(
        self, paragraphs: list[Operative], *, safe: bool, by_position: bool, unnumbered_counts: bool = True
    ) -> Iterator[Diagnostic]:
        """Findings when each paragraph is expected at its position (1, 2, 3 …) or right after the number before it;
        the reading with fewer findings names the one cause (a gap is one finding). With ``unnumbered_counts`` False an
        unnumbered paragraph is text between two whose numbers run on (a titled item's text): one finding, no fix."""
        seen: dict[str, Operative] = {}
        previous = 0
        for position, paragraph in enumerate(paragraphs, start=1):
            expected = str(position if by_position else previous + 1)
            if paragraph.number is None and not unnumbered_counts:
                yield self.diagnostic(
                    self.document.lines.span(paragraph.span.start, paragraph.text.span.start + 1),
                    f"operative paragraph without a number between paragraphs {previous} and {previous + 1}: "
                    f"number it (and the paragraphs after it) or join it to paragraph {previous}",
                )
                continue
            if paragraph.number is None:
                start = paragraph.text.span.start
                yield self.diagnostic(
                    self.document.lines.span(paragraph.span.start, paragraph.text.span.start + 1),
                    f"operative paragraph without a number: it is paragraph {expected}",
                    [Edit(start, start, f"{expected}. ")],
                    safe=safe,
                )
                previous += 1
                continue
            related = []
            first = seen.get(paragraph.number)
            if first is not None and first.number_span:
                related.append((first.number_span, f"paragraph {paragraph.number} is first used here"))
            seen.setdefault(paragraph.number, paragraph)
            if paragraph.number != expected and paragraph.number_span is not None:
                what = "is a duplicate" if related else "is out of sequence"
                yield self.diagnostic(
                    paragraph.number_span,
                    f"paragraph number {paragraph.number} {what}: this is paragraph {expected}",
                    [Edit(paragraph.number_span.start, paragraph.number_span.end, f"{expected}.")],
                    related=related,
                    safe=safe and not restarts_after_heading(self.document, paragraphs, position - 1),
                )
            previous = int(paragraph.number) if paragraph.number.isdecimal() else previous + 1
