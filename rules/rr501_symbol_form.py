"""RR501: UN document symbols well formed (A/HRC/58/L.27/Rev.1, A/79/123)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import HeadingField, Span, Text
from resolint.rules._common import SYMBOL_ROOTS
from resolint.rules.base import Rule

ROOTS = "|".join(sorted(SYMBOL_ROOTS, key=len, reverse=True))
CANDIDATE_RE = re.compile(rf"(?<![\w/])(?:{ROOTS})(?: ?/ ?[A-Za-z0-9]+(?:(?:\.|\. (?=\d)|-)[A-Za-z0-9]+)*)+", re.ASCII)
SEGMENT_PROBLEMS = (
    (re.compile(r"^(L|Rev|Add|Corr|Amend|C|CN|PV|SR|WP|Sub|CRP|INF)(\d+)$"), r"\1.\2", "needs a full stop"),
    (re.compile(r"^(L|Rev|Add|Corr|Amend|C|CN|PV|SR|WP|Sub|CRP|INF)\. (\d+)$"), r"\1.\2", "has a space"),
    (re.compile(r"^(l|rev|add|corr|amend)\.(\d+)$"), None, "needs a capital"),
    (re.compile(r"^(Adds|Corrs|Revs)\.(\d+)$"), None, "is singular (Add., Corr., Rev.)"),
)


class SymbolForm(Rule[Text]):
    """Malformed UN document symbol.

    ## What it does
    Finds UN document symbols (A/…, S/…, E/CN.6/…, A/HRC/…, treaty-body symbols such as CCPR/C/…)
    in the heading and the text and flags forms the UN does not use: spaces inside the symbol
    ("A/HRC/58/ 53"), a missing full stop ("A/HRC/58/L27", "Rev1"), a space after it ("Rev. 1"),
    lower-case elements ("rev.1") and plural suffixes ("Adds.1"). Symbol suffixes after "and" in
    footnotes ("and Adds.1") are RF304's job.

    ## Why is this bad?
    A symbol is an identifier: one character out of place and the Official Document System, the
    UN Digital Library and every reader's search fail to find it.

    ## Example
    ```
    symbol: A/HRC/58/L27/Rev 1
    ```

    ## Use instead
    ```
    symbol: A/HRC/58/L.27/Rev.1
    ```

    ## Fix safety
    No fix.

    ## References
    UN Documentation Research Guide, "Symbols"; UN Editorial Manual, footnotes (docs/style-sources.md section 5).
    """

    code = "RR501"
    slug = "malformed-symbol"
    severity = Severity.WARNING
    summary = "UN document symbol not well formed (A/HRC/58/L.27/Rev.1)"
    fixable = "never"

    node_kind = "texts"

    def check_document(self) -> Iterator[Diagnostic]:
        symbol_field = self.document.heading.field("symbol")
        if symbol_field is not None:
            yield from self._check_candidates(symbol_field.value, lambda s, e: self._field_span(symbol_field, s, e))

    def check(self, text: Text) -> Iterator[Diagnostic]:
        if "/" in text.plain:
            yield from self._check_candidates(text.plain, lambda s, e, text=text: self.context.text_span(text, s, e))

    def _field_span(self, field: HeadingField, start: int, end: int) -> Span:
        written = self.document.source[field.span.start : field.span.end]
        at = written.find(field.value)
        base = field.span.start + max(at, 0)
        return self.context.span(base + start, base + end)

    def _check_candidates(self, plain: str, span_of: Callable[[int, int], Span]) -> Iterator[Diagnostic]:
        for match in CANDIDATE_RE.finditer(plain):
            symbol = match.group(0).rstrip(".")
            if "/" not in symbol:
                continue
            problem = _problem(symbol)
            if problem:
                yield self.diagnostic(span_of(match.start(), match.start() + len(symbol)), problem)


def _problem(symbol: str) -> str | None:
    if re.search(r" /|/ ", symbol):
        return f'Remove the spaces inside the document symbol "{symbol}": write "{re.sub(r" ?/ ?", "/", symbol)}"'
    for segment in symbol.split("/")[1:]:
        for pattern, replacement, what in SEGMENT_PROBLEMS:
            if pattern.match(segment):
                fixed = pattern.sub(replacement, segment) if replacement else segment
                hint = f': write "{fixed}"' if replacement else ""
                return f'"{segment}" in the document symbol "{symbol}" {what}{hint}'
    return None
