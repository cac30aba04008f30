"""Note marks in the heading: the title's note ("72/5. Protection of migrants[^1]") and the provisional
agenda's ("agenda-item: 68 (b)[^*]"), where the UN puts a note in a heading line.

The title and the heading's fields are plain strings in the model, so their marks are read here from the
source, once, for the rules that match marks with notes and for ``fmt``, which numbers notes in order.
"""

from __future__ import annotations

from resolint.grammar.inline import NOTE_REFERENCE_RE
from resolint.model import Document, FootnoteRef, Span


def heading_footnote_refs(document: Document) -> list[FootnoteRef]:
    """The note marks in the title and the heading's lines (front matter values or pasted lines), in order."""
    spans = {field.span.start: field.span.end for field in document.heading.fields if field.span is not None}
    if document.title is not None:
        spans[document.title.span.start] = document.title.span.end
    refs, read_to = [], 0
    for start, end in sorted(spans.items()):  # a line read as several fields is read once
        refs += [FootnoteRef(found.group(1), Span(found.start(), found.end(), document.lines), "markdown")
                 for found in NOTE_REFERENCE_RE.finditer(document.source, max(start, read_to), end)]
        read_to = max(read_to, end)
    return refs


def renumber_marks(value: str, numbers: dict[str, str]) -> str:
    """A heading value with its note marks given their new numbers."""
    return NOTE_REFERENCE_RE.sub(lambda mark: f"[^{numbers.get(mark.group(1), mark.group(1))}]", value)
