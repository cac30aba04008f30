"""RF304: document-symbol suffixes in footnotes written the UN way ("Add.1", not "Adds.1")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Footnote
from resolint.rules._common import plain_edit
from resolint.rules.base import Rule

SUFFIX_RE = re.compile(
    r"\b(?P<word>Adds?|Corrs?|Revs?|Amends?|add|adds|corr|corrs|rev|revs)(?P<dot>\.?)(?P<space>[ \u00a0]?)(?=\d)"
)
CANONICAL = {"add": "Add", "corr": "Corr", "rev": "Rev", "amend": "Amend"}


class FootnoteSymbolForm(Rule[Footnote]):
    """Document-symbol suffix in a footnote not written the UN way.

    ## What it does
    Checks the suffixes of document symbols in footnote text — addendum, corrigendum, revision and
    amendment — and rewrites them as the UN writes them: `Add.1`, `Corr.1`, `Rev.1`, `Amend.1`
    (singular, capital, full stop, no space), also in "A/HRC/58/53 and Add.1 and 2".

    ## Why is this bad?
    A symbol is an identifier: "Adds.1" or "Add. 1" is not a symbol the Official Document System
    knows, and readers cannot find the document.

    ## Example
    ```
    [^1]: A/HRC/58/53 and Adds.1 and 2.
    ```

    ## Use instead
    ```
    [^1]: A/HRC/58/53 and Add.1 and 2.
    ```

    ## Fix safety
    Safe: the fix rewrites the symbol's suffix in UN form ("Add.1", "Corr.1"); the document
    cited stays the same. No fix is offered where the suffix is interrupted by markup.

    ## References
    UN Editorial Manual, footnotes (symbols "A/HRC/58/53 and Add.1 and 2"); UN Documentation Research
    Guide, "Symbols" (docs/style-sources.md section 5).
    """

    code = "RF304"
    slug = "footnote-symbol-suffix"
    severity = Severity.WARNING
    summary = 'Document symbol suffix in a footnote not in UN form ("Add.1", not "Adds.1")'
    fixable = "always"
    fix_title = "Write the symbol suffix in UN form"

    node_kind = "footnotes"

    def check(self, footnote: Footnote) -> Iterator[Diagnostic]:
        text = footnote.text
        for match in SUFFIX_RE.finditer(text.plain):
            word = match["word"]
            base = CANONICAL[word.lower().removesuffix("s")]
            wanted = f"{base}."
            if match.group(0) == wanted:
                continue
            edit = plain_edit(text, match.start(), match.end(), wanted)
            yield self.diagnostic(
                self.context.text_span(text, match.start(), match.end()),
                f'Write "{wanted}" followed directly by the number, not "{match.group(0).strip()}"',
                [edit] if edit else None,
            )
