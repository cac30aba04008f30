"""The page furniture a flat text keeps between its paragraphs (``flat.py``): what the UN prints at the
head and foot of each page, run into the text when a copy lost its line breaks.

- the job number, with the language, the date and the bar code ("23-25974 (E) 040124 *2325974*",
  "07-25861 (E) 060307"), and the page's mark that the text goes on ("95-25640 /...");
- the running header of a later page: the symbol, the title and the job number with the page of pages
  ("A/RES/77/338 Cooperation between … Organization 23-17572 2/4"), or the job number and page first;
- the date and bar code left alone ("040124 *2325974*").

Found by these forms of the UN's layout, never by one document's words; the segmentation leaves them
out of the paragraphs (a paragraph cut by them is one piece, they are hidden from its text).
"""

from __future__ import annotations

import re

JOB = r"\d{2}-\d{5}"
PAGE = r"\d{1,3}/\d{1,3}"
SYMBOL = r"[ASE]/(?:HRC/)?RES/[\w./-]*\d[\w.-]*"  # a resolution's symbol, as a running header prints it
WORD_FIELDS_RE = re.compile(r"\S+ \\\* MERGEFORMAT\b.*\\\* MERGEFORMAT\b.*$")
"""The header and footer stories of a UN Word file after its body, as text extraction leaves them: the
template's fields ("sss1 \\* MERGEFORMAT", "FooterJN \\* MERGEFORMAT" …) with the symbol, job number and
masthead they print, to the end of the line."""
FURNITURE_RE = re.compile(
    rf"(?:{SYMBOL} [^\n;]{{1,240}}? )?{JOB} {PAGE}(?: {SYMBOL})?"  # a later page's running header or footer
    rf"|\b{JOB}(?: \(E\))?(?: \d{{6}})?(?: \*\d{{7}}\*)?(?: /\.\.\.)?"  # the job number, date, bar code, "/..."
    rf"|\b\d{{6}} \*\d{{7}}\*"  # the date and bar code
)


def furniture_spans(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of page furniture in ``source[start:end]``."""
    fields = WORD_FIELDS_RE.search(source, start, end)
    if fields is not None:
        end = fields.start()
    found = [match.span() for match in FURNITURE_RE.finditer(source, start, end)]
    return [*found, fields.span()] if fields is not None else found


def without(spans: list[tuple[int, int]], cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the ranges of ``cut`` (sorted, each inside one span) taken out."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        at = start
        for cut_start, cut_end in cut:
            if cut_end <= at or cut_start >= end:
                continue
            if cut_start > at:
                result.append((at, cut_start))
            at = max(at, cut_end)
        if at < end:
            result.append((at, end))
    return result
