"""RP103: a preambular paragraph does not end with a comma."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Preambular
from resolint.rules._structure import describe, ending, ending_edit
from resolint.rules.base import Rule


class PreambularEnding(Rule[Preambular]):
    """Preambular paragraph not ending with a comma.

    ## What it does
    Checks that every preambular paragraph ends with a comma — the last one too, since the
    operative part continues the same sentence. A lead-in with items ("… a major contribution
    to:" followed by (a), (b) …) ends with a colon, and its items with a comma or a semicolon.

    ## Why is this bad?
    The preamble and the operative part form one sentence whose subject is the authoring line. A
    full stop or semicolon after a preambular paragraph breaks it; editors replace it with a comma.

    ## Example
    ```
    *Recognizing* the important and legitimate role played by human rights defenders.
    ```

    ## Use instead
    ```
    *Recognizing* the important and legitimate role played by human rights defenders,
    ```

    ## Fix safety
    Safe: the fix replaces or inserts only the paragraph's final punctuation mark (a comma); no
    word changes.

    ## References
    UN Editorial Manual, resolutions II.H (docs/style-sources.md section 2).
    """

    code = "RP103"
    slug = "preambular-ending"
    severity = Severity.WARNING
    summary = "Preambular paragraph does not end with a comma"
    fixable = "always"
    fix_title = "End the paragraph with a comma"

    node_kind = "preamble"

    def check(self, paragraph: Preambular) -> Iterator[Diagnostic]:
        if paragraph.children:  # a lead-in ("… a major contribution to:") and its items
            yield from self._lead_in(paragraph)
            return
        found = ending(paragraph.text, self.document.source)
        if found is None or found.char == ",":
            return
        if not found.char and paragraph.parts and len(paragraph.parts) == 1 and _unfinished(paragraph.text.plain):
            return  # ends mid-sentence: a page-break split or half-typed text, not a wrong mark
        at = self.document.lines.span(max(found.offset - (0 if found.char else 1), 0), found.offset + bool(found.char))
        yield self.diagnostic(
            at,
            f"preambular paragraph ends with {describe(found.char)}: end it with a comma",
            [ending_edit(found, ",")],
        )

    def _lead_in(self, paragraph: Preambular) -> Iterator[Diagnostic]:
        """The lead-in ends with a colon; its items, and the text after them, end with a comma or a
        semicolon (the preamble goes on)."""
        for text, allowed in [(paragraph.text, ":"), *((child.text, ",;") for child in paragraph.children)]:
            found = ending(text, self.document.source)
            if found is None or found.char in allowed:
                continue
            at = self.document.lines.span(max(found.offset - (0 if found.char else 1), 0), found.offset + 1)
            role = "introduces items" if allowed == ":" else "is an item of a preambular paragraph"
            yield self.diagnostic(
                at,
                f"this text {role} and should end with {describe(allowed[0])}, not {describe(found.char)}",
                [ending_edit(found, allowed[0])],
            )


def _unfinished(plain: str) -> bool:
    last_word = plain.rstrip().rsplit(" ", 1)[-1].lower()
    return last_word in {"and", "or", "the", "of", "to", "in", "a", "an", "for", "with", "by", "on"}
