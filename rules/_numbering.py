"""Numbers and labels written outside the UN's forms, shared by RS002 and RS003: "1)", "a)", none at all."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Edit
from resolint.grammar.labels import lost_labels
from resolint.model import Document, Operative, Paragraph, Span, SubParagraph


def parenthesis_numbers(document: Document) -> list[Span]:
    """The number spans of operative paragraphs written "1)" or "1]" (the document's and its nested drafts')."""
    paragraphs = [*document.operative, *(p for draft in document.drafts for p in draft.operative)]
    return [
        p.number_span
        for p in paragraphs
        if p.number_span is not None and document.source[p.number_span.end - 1] in ")]"
    ]


def half_bracketed(source: str, paragraphs: list[Paragraph]) -> tuple[Span, str, list[Edit]] | None:
    """Sub-paragraphs labelled "a)", at every level under ``paragraphs``: where the first is, the finding's
    message and the edits that write "(a)"; None when there are none."""
    spans = [
        item.label_span
        for item in _all_items(paragraphs)
        if item.label_span is not None and source[item.label_span.start] != "(" and source[item.label_span.end - 1] == ")"
    ]
    if not spans:
        return None
    count = f" ({len(spans)} labels)" if len(spans) > 1 else ""
    return spans[0], f'sub-paragraphs are labelled "(a)", not "a)"{count}', [Edit(s.start, s.start, "(") for s in spans]


def numbering_of_unnumbered(sections: list[list[Operative]]) -> tuple[Operative, str, list[Edit]] | None:
    """Where no operative paragraph has a number and a section holds several (a copy that lost Word's
    automatic numbering; a single unnumbered paragraph, alone or one to a section, is the UN's form): the
    first of them, the finding's message, and the edits that number them 1, 2, 3 … in each such section."""
    if any(p.number is not None for group in sections for p in group):
        return None
    several = [group for group in sections if len(group) > 1]
    if not several:
        return None
    edits = [
        Edit(p.text.span.start, p.text.span.start, f"{number}. ")
        for group in several
        for number, p in enumerate(group, start=1)
    ]
    where = "" if len(sections) == 1 else " in their sections"
    count = sum(len(group) for group in several)
    message = (
        f"{count} operative paragraphs have no numbers (a copy can lose Word's automatic numbering): "
        f"number them 1, 2, 3 …{where}"
    )
    return several[0][0], message, edits


def restarts_after_heading(document: Document, paragraphs: list[Operative], index: int) -> bool:
    """Paragraph 1 again after a heading: a list of its own may start there ("Annex A – Items subject to
    a no-objection process" and its items 1, 2 … in S/RES/2662)."""
    if index == 0 or paragraphs[index].number != "1":
        return False
    before = paragraphs[index - 1]
    return document.heading_between(before.span.end, paragraphs[index].span.start) is not None


def _all_items(paragraphs: list[Paragraph]) -> Iterator[SubParagraph]:
    pending: list[SubParagraph] = [child for paragraph in paragraphs for child in getattr(paragraph, "children", ())]
    while pending:
        item = pending.pop(0)
        yield item
        pending.extend(item.children)


def labels_lost_before(paragraph: Paragraph) -> int:
    """How many of the first items of ``paragraph``'s list the copy left without their labels (``lost_labels``)."""
    children = getattr(paragraph, "children", ())
    return lost_labels(paragraph.text.plain, children[0].label) if children else 0


def labels_run_on(paragraph: Paragraph, last: dict[str, int]) -> dict[str, int]:
    """``last`` (the index of the last label of each kind seen in the operative paragraph), the letters the copy
    lost before ``paragraph``'s list counted in (RS003 reads "(c)" after two unlabelled items as in sequence)."""
    if lost := labels_lost_before(paragraph):
        last["letter"] = lost - 1
    return last
