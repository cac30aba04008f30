"""RH601: heading items agree: symbol, distribution, document type, session and title number."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document, Span
from resolint.rules._sessions import SESSION_IN_SYMBOL_RE, ordinal_value
from resolint.rules.base import Rule


class HeadingConsistency(Rule[Document]):
    """Heading items that contradict each other.

    ## What it does
    Compares the items of the heading with each other:
    - a symbol with `/L.` is a limited-distribution draft: "Distr.: Limited", and the other way round;
    - a symbol with `/Rev.` is a "revised draft resolution", and a "revised" draft has `/Rev.`;
    - an L. document is a draft ("draft resolution", "draft decision");
    - the session in the symbol (A/HRC/**58**/L.27) is the session of the heading ("Fifty-eighth
      session") and of the title number ("58/…").

    A drafter's own heading (a Model UN draft's "Resolution GA1/1.1" / "Committee: …") has no UN symbol,
    distribution or session, and its code is its conference's, not the UN's: the rule asks nothing of it.

    ## Why is this bad?
    The heading is copied from the previous draft and edited by hand; a Rev.1 still called "draft
    resolution", or last session's number, sends the document to the wrong place in the UN's
    document system and confuses delegations comparing revisions.

    ## Example
    ```
    symbol: A/HRC/58/L.27/Rev.1
    distribution: General
    session: Fifty-seventh session
    document-type: draft resolution
    number: 57/...
    ```

    ## Use instead
    ```
    symbol: A/HRC/58/L.27/Rev.1
    distribution: Limited
    session: Fifty-eighth session
    document-type: revised draft resolution
    number: 58/...
    ```

    ## Fix safety
    No fix.

    ## References
    UN Editorial Manual, mastheads; UN Documentation Research Guide, "Symbols" (docs/style-sources.md section 1).
    """

    code = "RH601"
    slug = "heading-mismatch"
    severity = Severity.ERROR
    summary = "Heading items disagree: symbol, distribution, document type, session, title number"
    fixable = "never"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        heading = self.document.heading
        symbol_field = heading.field("symbol")
        if symbol_field is None:
            return
        symbol = symbol_field.value.strip()
        yield from self._check_distribution(symbol)
        yield from self._check_document_type(symbol)
        yield from self._check_session(symbol)

    def _field(self, name: str) -> tuple[str, Span] | None:
        found = self.document.heading.field(name)
        return (found.value.strip(), found.span) if found else None

    def _check_distribution(self, symbol: str) -> Iterator[Diagnostic]:
        distribution = self._field("distribution")
        if distribution is None:
            return
        value, span = distribution
        limited = value.lower() == "limited"
        if "/L." in symbol and not limited:
            yield self.diagnostic(span, f'{symbol} is an L. document: its distribution is "Limited", not "{value}"')
        elif limited and "/L." not in symbol:
            yield self.diagnostic(span, f'Only L. documents are "Limited": {symbol} has no "/L." element')

    def _check_document_type(self, symbol: str) -> Iterator[Diagnostic]:
        found = self._field("document-type")
        if found is None:
            return
        value, span = found
        kind = value.lower()
        if "/L." in symbol and "draft" not in kind and "amendment" not in kind:
            yield self.diagnostic(span, f'{symbol} is an L. document, a draft: write "draft resolution", not "{value}"')
            return
        if "draft" not in kind or kind.startswith("amendment"):  # an amendment names the draft it amends
            return
        revised = "/Rev." in symbol
        if revised and not kind.startswith("revised"):
            yield self.diagnostic(span, f'{symbol} is a revision: write "revised {value}"')
        elif kind.startswith("revised") and not revised:
            yield self.diagnostic(span, f'"{value}" needs a revision symbol ("/Rev.1"); {symbol} has none')

    def _check_session(self, symbol: str) -> Iterator[Diagnostic]:
        in_symbol = SESSION_IN_SYMBOL_RE.match(symbol)
        if not in_symbol:
            return
        session = int(in_symbol["session"])
        found = self._field("session")
        if found is not None:
            value, span = found
            written = ordinal_value(value)
            if written is not None and written != session:
                yield self.diagnostic(span, f'{symbol} is of session {session}, but the heading says "{value}"')
        title = self.document.title
        if title is not None and title.number and title.number_span is not None:
            number = re.match(r"\s*(\d+)/", title.number)
            if number and int(number[1]) != session:
                yield self.diagnostic(
                    title.number_span, f'The title number "{title.number}" should begin with the session, {session}/'
                )
