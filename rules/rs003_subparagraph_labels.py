"""RS003: sub-paragraph labels in sequence — (a), (b) … and (i), (ii) … — including "(1)" for "(l)"."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.grammar.labels import label_at as _label
from resolint.grammar.labels import label_index as _index
from resolint.model import Document, SubParagraph
from resolint.rules._numbering import half_bracketed, labels_run_on
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
    styles ("a.", bullets, dashes) are not checked. The Council's mandates also number tasks (i),
    (ii) … and letter their items (a), (b) … on across the tasks ((i) with (a)–(f), (ii) with (g) …
    in S/RES/2666), and carry a numbering on across unlabelled subject lines ("Urgent temporary
    measures:" between (ii) and (iii) in S/RES/2552): a list that takes up the sequence where the
    paragraph's last list of its kind stopped is in sequence, and letters and roman numerals at one
    level are each checked in their own sequence.

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
    Safe in a list whose scheme is plain: the fix changes only the label of the sub-paragraph to
    the next in its sequence; cross-references to sub-paragraphs ("paragraph 4 (b) above") are not
    updated — check them (RR504). Where a list continues an earlier one or mixes letters and
    numerals at one level, which label is wrong is a guess: the fix is unsafe. Labels written "a)" are one
    finding with one safe fix writing "(a)".

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
        last: dict[str, int] = {}
        for paragraph in self.nodes_of("operative"):  # the nested drafts' too
            if paragraph.number is not None:
                last = {}  # an unnumbered paragraph (a subject line in a list) carries the numbering on
            yield from self._check_list(paragraph.children, 1, "", labels_run_on(paragraph, last))
        paragraphs = [*self.nodes_of("preamble"), *self.nodes_of("operative")]
        if found := half_bracketed(self.document.source, paragraphs):  # "a)" for "(a)": one finding for all
            yield self.diagnostic(*found)

    def _check_list(
        self, items: tuple[SubParagraph, ...], level: int, parent_kind: str, last: dict[str, int]
    ) -> Iterator[Diagnostic]:
        """``last``: the index of the last label of each kind seen so far in the operative paragraph."""
        if not items:
            return
        source = self.document.source
        bracketed = all(item.label_span is not None and source[item.label_span.start] == "(" for item in items)
        labels = [item.label for item in items]
        kind = _kind(labels, level, parent_kind, last)
        if bracketed and kind == "letter" and _interleaved(labels):
            yield from self._check_interleaved(items, last)
        else:
            first = _index(kind, labels[0])
            continues = first is not None and first > 0 and last.get(kind) == first - 1
            start = first if continues and first is not None else 0
            for index, item in enumerate(items):
                expected = _label(kind, start + index)
                if bracketed and item.label != expected and item.label_span is not None:
                    yield self._finding(item, expected, safe=not continues)
            # the sequence goes on from the last label written where it is further on ((e) for (d)): one finding
            last[kind] = max(start + len(items) - 1, _index(kind, labels[-1]) or 0)
        for item in items:
            yield from self._check_list(item.children, level + 1, kind, last)

    def _check_interleaved(self, items: tuple[SubParagraph, ...], last: dict[str, int]) -> Iterator[Diagnostic]:
        """Letters and roman numerals at one level (the Council's tasks (i), (ii) with their items (a) …
        lettered on across them, read flat): each kind must run in its own sequence."""
        following = {"letter": 0, "roman": 0}
        for item in items:
            matched = next((k for k in following if item.label == _label(k, following[k])), None)
            if matched is None:
                kind = "roman" if _index("roman", item.label) is not None else "letter"
                if item.label_span is not None:
                    yield self._finding(item, _label(kind, following[kind]), safe=False)
                found = _index(kind, item.label)  # the sequence goes on from the label found: one finding
                following[kind] = following[kind] + 1 if found is None else found + 1
            else:
                last[matched] = following[matched]
                following[matched] += 1

    def _finding(self, item: SubParagraph, expected: str, *, safe: bool) -> Diagnostic:
        assert item.label_span is not None
        why = LOOKALIKES.get((item.label, expected), "out of sequence")
        return self.diagnostic(
            item.label_span,
            f"sub-paragraph label ({item.label}) should be ({expected}): {why}",
            [Edit(item.label_span.start, item.label_span.end, f"({expected})")],
            safe=safe,
        )


def _kind(labels: list[str], level: int, parent_kind: str, last: dict[str, int]) -> str:
    """Roman at the second level, or at the first where the list opens (i), (ii) or carries on the
    numerals of the list before; letters under the Council's roman-numbered tasks ("(i) Protection
    of civilians:" with items (a), (b) …)."""
    if level == 1:
        numeral = _index("roman", labels[0])
        carries_on = numeral is not None and numeral > 0 and last.get("roman") == numeral - 1
        return "roman" if labels[:2] in (["i"], ["i", "ii"]) or carries_on else "letter"
    letter = _index("letter", labels[0])
    if parent_kind == "roman" and letter is not None and letter in (0, last.get("letter", -1) + 1):
        return "letter"  # (a) under the first task, (g) or (a) again under the next (S/RES/2612 29)
    return "roman"


def _interleaved(labels: list[str]) -> bool:
    """Roman numerals of more than one letter ("ii", "iv") among letters that are not numerals."""
    romans = [label for label in labels if len(label) > 1 and _index("roman", label) is not None]
    letters = [label for label in labels if _index("roman", label) is None]
    return bool(romans) and bool(letters)
