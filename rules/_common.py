"""Helpers shared by the text rules (RF, RT, RR, RH): plain-text ranges, edits and patterns.

Rules find things in ``Text.plain`` (markup removed) and must report and edit the source. These
helpers map a plain range back to the source and refuse an edit when markup sits inside the range,
so that a fix never eats an italic marker or a footnote reference.
"""

from __future__ import annotations

import re
import unicodedata

from resolint.diagnostics import Edit
from resolint.grammar.headingnotes import heading_footnote_refs
from resolint.model import Document, FootnoteRef, Span, Text
from resolint.rules.base import Context

SYMBOL_ROOTS = (
    "A", "S", "E", "ST", "CCPR", "CRC", "CEDAW", "CERD", "CAT", "CMW", "CRPD", "CED", "HRI", "TD", "DP",
    "UNEP", "ICCD", "FCCC", "UNW", "ECE", "SG", "SC", "AC", "APLC", "CCW", "BWC", "NPT", "JIU", "ICSC",
)  # fmt: skip
"""First elements of UN document symbols (A/…, S/…, E/CN.4/…, treaty bodies, ST/SGB/…)."""


def plain_span(context: Context, text: Text, start: int, end: int) -> Span:
    return context.text_span(text, start, end)


def is_contiguous(text: Text, start: int, end: int) -> bool:
    """True when ``plain[start:end]`` is written in one piece in the source (no markup inside)."""
    if end <= start:
        return True
    first = text.source_offset(start)
    last = text.source_offset(end - 1)
    return last - first == end - start - 1


def plain_edit(text: Text, start: int, end: int, new_text: str) -> Edit | None:
    """Edit replacing ``plain[start:end]`` in the source, or None if markup sits inside the range."""
    if not is_contiguous(text, start, end):
        return None
    source_start = text.source_offset(start)
    return Edit(source_start, source_start + (end - start), new_text)


def source_matches(document: Document, text: Text, start: int, end: int) -> bool:
    """True when the source at the mapped place holds exactly ``plain[start:end]``."""
    edit = plain_edit(text, start, end, "")
    return edit is not None and document.source[edit.start : edit.end] == text.plain[start:end]


def fold(name: str) -> str:
    """Sort and compare key: accents removed, apostrophes unified, case folded."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def sentence_start(plain: str, index: int) -> bool:
    """True when ``index`` opens the text or follows an opening bracket/quote or a sentence end."""
    position = index - 1
    while position >= 0 and plain[position] in " \u00a0\"“‘'(":
        position -= 1
    return position < 0 or plain[position] in ".:;!?"


WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’\-][A-Za-z\u00C0-\u024F]+)*")
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def words(plain: str) -> list[re.Match[str]]:
    return list(WORD_RE.finditer(plain))


def all_footnote_refs(document: Document) -> list[FootnoteRef]:
    """Footnote markers of the body, of the heading and of the prologue lines before it ("B[^1]" under a title)."""
    refs = document.footnote_refs()
    before_body = [*heading_footnote_refs(document),
                   *(ref for paragraph in document.prologue for ref in paragraph.text.footnote_refs)]
    if not before_body:
        return refs  # already in source order
    return sorted(refs + before_body, key=lambda ref: ref.span.start)
