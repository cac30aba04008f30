"""RT404: "UN" written for "United Nations" in resolution text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.model import Text
from resolint.rules._common import plain_edit
from resolint.rules.base import Rule

HYPHENATED_ENTITY_RE = re.compile(r" (?P<name>Women|Habitat|Water|Energy|Oceans|Nutrition)\b")
ABBREVIATION_RE = re.compile(r"(?<![\w\-/.])(?:UN|U\.N\.)(?![\w\-/])")
BRAND_RE = re.compile(r" (?:News|Chronicle|Web TV)\b")
"""Services the United Nations publishes under the name "UN …" (the UN News portal, the *UN Chronicle*)."""


class UnAbbreviation(Rule[Text]):
    """Abbreviation "UN" for "United Nations".

    ## What it does
    Flags "UN" and "U.N." standing alone in the text and replaces them with "United Nations".
    Names that are written with the prefix "UN-" (UN-Women, UN-Habitat) and acronyms that contain
    the letters (UNESCO, UNAIDS) are not flagged, nor the services the United Nations publishes under
    a "UN" name ("the UN News online portal" and "the *UN Chronicle*" in A/RES/76/84 B).

    Not on Security Council texts, which keep the wording the Council adopted (see
    ``Facts.house_style``).

    ## Why is this bad?
    "United Nations" is never shortened in UN documents: the Correspondence Manual lists it among the
    names that are always written in full. Drafts often say "UN Guiding Principles"; the adopted text
    says "Guiding Principles on Business and Human Rights" or "United Nations …".

    ## Example
    ```
    in accordance with the UN Guiding Principles on Business and Human Rights
    ```

    ## Use instead
    ```
    in accordance with the United Nations Guiding Principles on Business and Human Rights
    ```

    ## Fix safety
    Safe: the fix writes "United Nations" for "UN"; names that keep the abbreviation ("UN-
    Women", "UN-Habitat") are not reported. Not applied to Security Council texts.

    ## References
    UN Correspondence Manual ST/DCS/4/Rev.1, para. 24 (docs/style-sources.md section 6, "Abbreviation").
    """

    code = "RT404"
    slug = "un-abbreviation"
    severity = Severity.WARNING
    summary = '"UN" written instead of "United Nations"'
    fixable = "always"
    fix_title = 'Write "United Nations" in full'

    node_kind = "texts"

    def check(self, text: Text) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return
        if "UN" not in text.plain and "U.N." not in text.plain:
            return
        for match in ABBREVIATION_RE.finditer(text.plain):
            if BRAND_RE.match(text.plain, match.end()):
                continue  # "the UN News online portal", "the *UN Chronicle*": names as published
            entity = HYPHENATED_ENTITY_RE.match(text.plain, match.end())
            if entity:  # "UN Women" is the entity UN-Women, not "United Nations Women"
                name = f"UN-{entity['name']}"
                edit = plain_edit(text, match.start(), entity.end(), name)
                message = f'Write the entity\'s name "{name}", with a hyphen'
            else:
                edit = plain_edit(text, match.start(), match.end(), "United Nations")
                message = f'Write "United Nations" in full, not "{match.group(0)}"'
            span = self.context.text_span(text, match.start(), match.end())
            yield self.diagnostic(span, message, [edit] if edit else None)
