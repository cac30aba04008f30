"""RO204: the same verb in consecutive operative paragraphs without "Also" / "Further"."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document
from resolint.rules._repeats import repeated_phrases
from resolint.rules.base import Rule, bodies


def operative_form(phrase: str, adverb: str) -> str:
    """ "Requests" + also → "Also requests" (the adverb comes first in operative paragraphs)."""
    return f"{adverb.capitalize()} {phrase[:1].lower()}{phrase[1:]}"


class RepeatedOperativeVerb(Rule[Document]):
    """Repeated operative verb.

    ## What it does
    In consecutive operative paragraphs that open with the same verb, "Also" and "Further" come
    in that order before the verb: *Requests* → *Also requests* → *Further requests*. It reports
    "Also" used twice in a row (the second is "Further") and "Further" before any "Also". A bare
    repeat (*Requests* … *Requests*) is accepted: adopted operative parts use it often. The
    operative part of a nested draft ("… the following draft resolution:") is read on its own.

    Not on Security Council texts, which keep the wording the Council adopted (see
    ``Facts.house_style``).

    ## Why is this bad?
    It is the UN's way of chaining related decisions; editors add the adverb when drafters forget.

    ## Example
    ```
    15. *Requests* the Office of the High Commissioner to convene three regional workshops …;
    16. *Also requests* the Office of the High Commissioner to prepare a report …;
    17. *Also requests* the Secretary-General to provide the resources …;
    ```

    ## Use instead
    ```
    15. *Requests* the Office of the High Commissioner to convene three regional workshops …;
    16. *Also requests* the Office of the High Commissioner to prepare a report …;
    17. *Further requests* the Secretary-General to provide the resources …;
    ```

    ## Fix safety
    Safe for a one-word verb: the fix writes "Also" or "Further" before it, the adverbs the UN uses
    to chain decisions; no other word changes. Where the adverb goes in a longer phrase varies, and
    "Further" where "Also" is wanted marks the repetition in the text's own way ("*Further urges*"
    after *Urges* in A/RES/76/132): those fixes are unsafe.

    ## References
    docs/style-sources.md section 3 ("Repeated verb").
    """

    code = "RO204"
    slug = "repeated-operative-verb"
    severity = Severity.WARNING
    summary = 'Repeated operative verb without "Also" / "Further"'
    fixable = "sometimes"
    fix_title = 'Add "Also" or "Further"'

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return
        for body in bodies(self.document):  # within one body: a draft's operative part starts afresh
            yield from repeated_phrases(self, body, list(body.operative), operative_form, "verb", bare_repeat=False)
