"""RO203: operative paragraphs end with ";", the last with ".", a lead-in to sub-paragraphs with ":"."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Operative, Paragraph
from resolint.rules._numbering import labels_lost_before
from resolint.rules._structure import describe, ending, ending_edit
from resolint.rules.base import Body, Rule, bodies


class OperativeEnding(Rule[Operative]):
    """Operative paragraph or sub-paragraph with the wrong final punctuation.

    ## What it does
    Checks the end of every operative paragraph and sub-paragraph: a semicolon after each, a full
    stop after the last paragraph of the resolution (or after its last sub-paragraph), and a
    colon after a paragraph that introduces sub-paragraphs. The last paragraph before a heading
    may end with a full stop (a section of its own closes there) or a semicolon (a subject line
    inside the operative part); a last paragraph that introduces an annex or a nested draft ends
    with its colon, and the nested draft's own last paragraph ends with a full stop. A paragraph whose lead-in is followed by quoted or listed text without labels
    ("… shall read as follows:" and the rule) is not checked: the quoted text keeps its own
    punctuation. In Security Council resolutions a lead-in and its items end as the Council adopted
    them ("(a) to lead …, (b) to monitor …" in S/RES/2505, "… ATMIS; and," in S/RES/2662): only the
    numbered paragraphs are checked there.

    ## Why is this bad?
    The operative part is one long sentence: semicolons separate its clauses and the full stop
    closes it. A full stop in the middle, or a colon missing before (a), is corrected by editors.

    ## Example
    ```
    16. *Also requests* the Office of the High Commissioner to prepare a report.
    17. *Decides* to remain seized of the matter;
    ```

    ## Use instead
    ```
    16. *Also requests* the Office of the High Commissioner to prepare a report;
    17. *Decides* to remain seized of the matter.
    ```

    ## Fix safety
    Safe: the fix replaces or inserts only the paragraph's final punctuation mark (";", "." or
    ":"); no word changes. Paragraphs whose ending belongs to quoted text, to the Council's bulleted
    lists or to a Council lead-in and its items are not checked. Unsafe where the paragraph ends with
    a colon that should be a semicolon or a full stop: a colon announces text, and where none
    follows in the parse the items may be missing or unlabelled ("(b) The Commission is
    encouraged:" in E/RES/2021/29, whose items follow in the printed text); replacing the colon
    would change the text.

    ## References
    UN Editorial Manual, resolutions II.H (docs/style-sources.md section 3).
    """

    code = "RO203"
    slug = "operative-ending"
    severity = Severity.WARNING
    summary = 'Operative paragraph not ending with ";", the last with ".", a lead-in with ":"'
    fixable = "always"
    fix_title = "Correct the final punctuation"
    node_kind = "inner_operative"  # the last paragraph, and the last of a section: see check_document

    def check(self, paragraph: Operative) -> Iterator[Diagnostic]:
        yield from self._check(paragraph, ";")

    def check_document(self) -> Iterator[Diagnostic]:
        for body in bodies(self.document):  # a nested draft ends as a resolution of its own
            yield from self._check_body_ends(body)

    def _check_body_ends(self, body: Body) -> Iterator[Diagnostic]:
        """The last operative paragraph of the body and the last of each of its sections."""
        if not body.operative:
            return
        annex = self.document.annex if body.draft is None else [p for a in body.draft.annexes for p in a.paragraphs]
        annexed = sorted(p.span.start for p in annex)
        for paragraph in self._section_ends(body):
            # "." closes a section of its own, ";" comes before a subject line, ":" before the
            # numbered items of a lead-in ("*Resolves* that, for the biennium:" 1. Appropriations …)
            after = bisect_right(annexed, paragraph.span.end)
            items = after < len(annexed) and annexed[after] < self._next_start(body, paragraph)
            yield from self._check(paragraph, ".;:" if items else ".;")
        last = body.operative[-1]
        drafts = self.document.drafts if body.draft is None else body.draft.drafts
        if (annex or drafts) and _ends_with_colon(last):
            return  # "*Adopts* the following declaration:" introduces the annexed text or a draft
        yield from self._check(last, ".", whole="resolution" if body.draft is None else "draft")

    def _next_start(self, body: Body, paragraph: Operative) -> int:
        """Where the operative paragraph after this one starts (the end of the text if none)."""
        starts = [p.span.start for p in body.operative]
        index = bisect_right(starts, paragraph.span.start)
        return starts[index] if index < len(starts) else len(self.document.source)

    def _section_ends(self, body: Body) -> list[Operative]:
        """Operative paragraphs followed by a heading (a new section or a subject line)."""
        return [
            paragraph
            for paragraph, after in pairwise(body.operative)
            if body.heading_between(paragraph.span.end, after.span.start) is not None
        ]

    def _check(self, paragraph: Paragraph, final: str, whole: str = "resolution") -> Iterator[Diagnostic]:
        """``final``: the ending wanted (its first character) and any other the genre allows;
        ``whole``: what a paragraph ending with "." ends (the resolution, or a draft nested in it)."""
        children = getattr(paragraph, "children", ())
        if not children and _quotes_after_lead_in(paragraph, self.document.source):
            return  # "… shall read as follows:" and the quoted text: its punctuation is the text's own
        if children and not self.facts.house_style:
            return  # the Council's lists: lead-in and items end as the penholder wrote ("…,", "; and,")
        allowed = (";:" if labels_lost_before(paragraph) else ":") if children else final  # ";": labels lost
        wanted = allowed[0]
        found = ending(paragraph.text, self.document.source)
        if found is not None and found.char not in allowed:
            if children:
                role = "introduces sub-paragraphs"
            else:
                role = f"ends the {whole}" if final == "." else "is followed by more paragraphs"
            at_start = max(found.offset - (0 if found.char else 1), 0)
            yield self.diagnostic(
                self.document.lines.span(at_start, found.offset + bool(found.char)),
                f"this paragraph {role} and should end with {describe(wanted)}, not {describe(found.char)}",
                [ending_edit(found, wanted)],
                safe=found.char != ":" or bool(children),  # a colon announces text: see the docstring
            )
        if not all(_bracketed(child, self.document.source) for child in children):
            return  # bullets, dashes, "a.": the Council's lists, whose items end as the penholder wrote
        for index, child in enumerate(children):
            yield from self._check(child, ";" if index < len(children) - 1 else final, whole)


def _bracketed(item: Paragraph, source: str) -> bool:
    label_span = getattr(item, "label_span", None)
    return label_span is not None and source[label_span.start] == "("


def _quotes_after_lead_in(paragraph: Paragraph, source: str) -> bool:
    """The paragraph's first part ends with a colon and unlabelled text follows it (a quoted rule,
    a list of entries): where the paragraph ends is for the quoted text to say."""
    first = paragraph.parts[0] if len(paragraph.parts) > 1 else None
    return first is not None and source[first.start : first.end].rstrip(" *_\n").endswith(":")


def _ends_with_colon(paragraph: Paragraph) -> bool:
    return paragraph.text.plain.rstrip().endswith(":")
