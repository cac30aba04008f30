"""RP102: the italics of a preambular paragraph cover more or less than its opening phrase."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Preambular
from resolint.refdata import match_preambular
from resolint.rules._italics import misplaced_italics
from resolint.rules.base import Rule


class PreambularItalicsExtent(Rule[Preambular]):
    """Italics do not match the preambular opener.

    ## What it does
    Checks that the italics at the start of a preambular paragraph cover exactly the opening
    phrase: not the preposition or conjunction after it ("*Guided by*"), and not only part of a
    compound opener ("*Recalling* also", "*Noting* with deep concern").

    Italics that run on over a particle alone ("for", "upon", "on") are not reported: the UN
    italicises it with some phrases and not with others ("*Reiterates its call for*" in 8 of the 13
    adopted texts of the corpus that use the phrase, A/RES/76/46 among them; "*Reiterates its call*
    for" in 5).

    Not on Security Council texts, which keep the wording the Council adopted (see
    ``Facts.house_style``).

    ## Why is this bad?
    Only the opener is italic in UN texts; "at", "by", "that" are roman. Half-italic compound
    openers and "also"/"further" left roman are among the most frequent editorial corrections.

    ## Example
    ```
    *Guided by* the Charter of the United Nations,
    *Recalling* also its resolution 5/1,
    ```

    ## Use instead
    ```
    *Guided* by the Charter of the United Nations,
    *Recalling also* its resolution 5/1,
    ```

    ## Fix safety
    Safe: the fix moves the closing italics mark to the end of the listed opening phrase; the
    words stay the same.

    ## References
    UN Editorial Manual, resolutions II.G and II.K (docs/style-sources.md section 2).
    """

    code = "RP102"
    slug = "preambular-italics-extent"
    severity = Severity.WARNING
    summary = "Italics cover more or less than the preambular opener"
    fixable = "always"
    fix_title = "Italicise exactly the opening phrase"

    node_kind = "preamble"

    def check(self, paragraph: Preambular) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return
        yield from misplaced_italics(self, paragraph, match_preambular, "opening phrase")
