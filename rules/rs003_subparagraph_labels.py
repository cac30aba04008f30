"""RS003: sub-paragraph labels in sequence — (a), (b) … and (i), (ii) … — including "(1)" for "(l)"."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.grammar.labels import letter_label, roman_label
from resolint.model import Document, SubParagraph
from resolint.rules.base import Rule

LOOKALIKES = {
    ("1", "l"): 'the digit "1" where the letter "l" belongs',
    ("0", "o"): 'the digit "0" where the letter "o" belongs',
}


class SubparagraphLabels(Rule[Document]):
    """Sub-paragraph labels out of sequence.

    ## What it does
    Checks that sub-paragraphs are labelled (a), (b), (c) … at the first level and (i), (ii),
    (iii) … at the second, with none skipped or repeated. It names the classic slip of a digit for
    a look-alike letter: "(1)" after "(k)" is "(l)". After (h), "(i)" is the letter; directly under
    a lettered sub-paragraph, "(i)" opens the roman numerals. A first-level list that opens with
    (i), (ii) is roman (the Security Council writes them so); items labelled in the Council's other
    styles ("a.", bullets, dashes) are not checked.

    ## Why is this bad?
    Sub-paragraphs are cited by label ("paragraph 9 (l) above"). A "(1)" among letters is invisible
    in many fonts and breaks every citation and the Word numbering.

    ## Example
    ```
    (k) To promote measures and technical solutions …;
    (1) To support efforts to enable human rights defenders …;
    ```

    ## Use instead
    ```
    (k) To promote measures and technical solutions …;
    (l) To support efforts to enable human rights defenders …;
    ```

    ## Fix safety
    Safe: the fix changes only the label of the sub-paragraph to the next in its sequence;
    cross-references to sub-paragraphs ("paragraph 4 (b) above") are not updated — check them
    (RR504).

    ## References
    UN Editorial Manual, paragraphs and subparagraphs (docs/style-sources.md section 3).
    """

    code = "RS003"
    slug = "subparagraph-labels"
    severity = Severity.ERROR
    summary = 'Sub-paragraph labels out of sequence ("(1)" for "(l)")'
    fixable = "always"
    fix_title = "Relabel the sub-paragraph"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        for paragraph in self.document.operative:
            yield from self._check_list(paragraph.children, 1)

    def _check_list(self, items: tuple[SubParagraph, ...], level: int) -> Iterator[Diagnostic]:
        source = self.document.source
        bracketed = all(item.label_span is not None and source[item.label_span.start] == "(" for item in items)
        roman = level > 1 or [item.label for item in items[:2]] in (["i"], ["i", "ii"])
        for index, item in enumerate(items):
            expected = roman_label(index) if roman else letter_label(index)
            if bracketed and item.label != expected and item.label_span is not None:
                why = LOOKALIKES.get((item.label, expected), "out of sequence")
                yield self.diagnostic(
                    item.label_span,
                    f"sub-paragraph label ({item.label}) should be ({expected}): {why}",
                    [Edit(item.label_span.start, item.label_span.end, f"({expected})")],
                )
            yield from self._check_list(item.children, level + 1)
