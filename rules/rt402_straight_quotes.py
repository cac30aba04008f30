"""RT402: straight quotation marks and apostrophes instead of curly ones."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.rules._common import plain_edit
from resolint.rules.base import Rule

OPENING_CONTEXT = " \t\n\u00a0([{“‘—–/-"


class StraightQuotes(Rule[Text]):
    """Straight quotation mark or apostrophe.

    ## What it does
    Flags `"` and `'` in the text and replaces each with its typographic form: “ or ” by position,
    ‘ for an opening single quote, and ’ for a closing single quote and for an apostrophe
    (States’, women’s, Côte d’Ivoire).

    ## Why is this bad?
    UN documents print curly (directional) quotation marks and the typographic apostrophe. Straight
    marks come from plain-text editors and e-mail; they look wrong in the printed document and make
    quotes harder to pair.

    ## Example
    ```
    commonly referred to as the "end-use", … complying with States' obligations
    ```

    ## Use instead
    ```
    commonly referred to as the “end-use”, … complying with States’ obligations
    ```

    ## Fix safety
    Safe: the fix replaces a straight quotation mark with the curly one its position calls for
    (opening or closing; after a space a mark always opens, also each paragraph of a quotation that runs
    over several, as the UN prints them); no word changes.

    ## References
    UN Editorial Manual, quotations (docs/style-sources.md section 6, "Quotes").
    """

    code = "RT402"
    slug = "straight-quotes"
    severity = Severity.WARNING
    summary = "Straight quotation mark or apostrophe instead of a curly one"
    fixable = "always"
    fix_title = "Use the curly quotation mark"

    node_kind = "texts"

    def check(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        if '"' not in plain and "'" not in plain:
            return
        double_open = False
        for index, char in enumerate(plain):
            if char not in "\"'":
                continue
            if char == '"':
                opens = _opens(plain, index) and (not double_open or _after_space(plain, index))
                wanted = "“" if opens else "”"
                double_open = wanted == "“"
                what = "quotation mark"
            else:
                wanted = "‘" if _opens(plain, index) else "’"
                what = "apostrophe" if _is_apostrophe(plain, index) else "quotation mark"
            edit = plain_edit(text, index, index + 1, wanted)
            yield self.diagnostic(
                self.context.text_span(text, index, index + 1),
                f"Use the curly {what} {wanted} instead of the straight {char}",
                [edit] if edit else None,
            )


def _opens(plain: str, index: int) -> bool:
    """An opening mark follows a space, a bracket or the start, and precedes a non-space."""
    before = plain[index - 1] if index else " "
    after = plain[index + 1] if index + 1 < len(plain) else " "
    return before in OPENING_CONTEXT and not after.isspace()


def _after_space(plain: str, index: int) -> bool:
    """The mark follows a space or a line's start: it opens a quotation even where one is open, for a closing
    mark never follows a space. A quotation that runs over several paragraphs opens each of them again and
    closes only at its end (a draft quoted for the General Assembly: “The General Assembly, / “Recalling …)."""
    return index == 0 or plain[index - 1] in " \t\n\u00a0"


def _is_apostrophe(plain: str, index: int) -> bool:
    before = plain[index - 1] if index else " "
    return before.isalnum()
