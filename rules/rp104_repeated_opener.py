"""RP104: the same opener in consecutive preambular paragraphs without "also" / "further"."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Document
from resolint.rules._repeats import repeated_phrases
from resolint.rules.base import Rule, bodies


def preambular_form(phrase: str, adverb: str) -> str:
    """ "Recalling" + also → "Recalling also"; "Noting with concern" + also → "Noting also with concern"."""
    words = phrase.split()
    return (
        " ".join([words[0], adverb, *words[1:]])
        if len(words) > 1 and words[1] in ("with", "in")
        else f"{phrase} {adverb}"
    )


class RepeatedPreambularOpener(Rule[Document]):
    """Repeated preambular opener.

    ## What it does
    In consecutive preambular paragraphs that open with the same phrase, the second takes "also"
    and the third "further" after the participle: *Recalling* → *Recalling also* → *Recalling
    further*. It reports a second paragraph without "also", "also" used twice in a row, and
    "further" before any "also". (A fourth use is left alone: adopted texts go on with the bare
    phrase, *Recalling* … *Recalling also* … *Recalling further* … *Recalling*.) A draft nested
    in the resolution ("… the adoption of the following draft resolution:") has a preamble of its
    own: its first opener is never compared with the resolution's last.

    Not on Security Council texts, which keep the wording the Council adopted (see
    ``Facts.house_style``).

    ## Why is this bad?
    The UN marks repetition this way so that each consideration reads as an addition to the one
    before. "Recognizing also" twice in a row is a typical leftover of negotiation that editors
    correct to "Recognizing further".

    ## Example
    ```
    *Recognizing* the important and legitimate role …,
    *Recognizing also* that new and emerging digital technologies …,
    *Recognizing also* that digital technologies could be used …,
    ```

    ## Use instead
    ```
    *Recognizing* the important and legitimate role …,
    *Recognizing also* that new and emerging digital technologies …,
    *Recognizing further* that digital technologies could be used …,
    ```

    ## Fix safety
    Safe for a one-word opener: the fix adds "also" ("*Recalling also*") or makes a second "also"
    "further"; no other word changes. Where the adverb goes in a longer phrase varies (*Bearing in
    mind also*, *Calling also upon*), and "further" where "also" is wanted marks the repetition in
    the text's own way ("*Further noting with concern*" after *Noting with concern*, A/RES/76/265):
    those fixes are unsafe.

    ## References
    UN Editorial Manual, resolutions II.K (docs/style-sources.md section 2).
    """

    code = "RP104"
    slug = "repeated-preambular-opener"
    severity = Severity.WARNING
    summary = 'Repeated opener without "also" / "further"'
    fixable = "sometimes"
    fix_title = 'Add "also" or "further"'

    def check(self, document: Document) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return
        for body in bodies(self.document):  # within one body: a draft's preamble starts afresh
            yield from repeated_phrases(self, body, list(body.preamble), preambular_form, "opener", bare_repeat=True)
