"""RF302: a footnote definition that no marker refers to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Footnote
from resolint.rules._common import all_footnote_refs
from resolint.rules.base import Rule

SPONSOR_MARK = "*"
COMMENT_REF_RE = re.compile(r"\[\^([^\]\s]+)\]")
TITLE_NOTE_RE = re.compile(r"(?<=[^\s\d/*])(\d{1,3}|\*{1,3})/(?=\s|$)")
"""A note mark on the title line of the UN's older documents ("…Narcotic Drugs*/", "…Drugs54/")."""


class UnreferencedFootnote(Rule[Document]):
    """Footnote definition that no marker in the text refers to.

    ## What it does
    Flags a footnote definition (`[^2]: …`) whose label is never used by a marker in the text.
    The sponsors' footnote `*` counts as used when a sponsor carries an asterisk.

    ## Why is this bad?
    An orphan footnote is printed at the foot of a page with nothing pointing at it, or silently
    dropped by Word. It is usually left over after a paragraph was deleted.

    ## Example
    ```
    *Recalling* its resolution 52/4 of 3 April 2023,

    [^1]: A/HRC/58/53.
    ```

    ## Use instead
    Remove the definition, or put the marker `[^1]` where the footnote belongs.

    ## Fix safety
    The fix deletes the definition's text, so it is unsafe: `resolint fix` leaves it to the author.

    ## References
    UN Editorial Manual, footnotes (docs/style-sources.md section 4).
    """

    code = "RF302"
    slug = "unreferenced-footnote"
    severity = Severity.WARNING
    summary = "Footnote definition never referenced in the text"
    fixable = "sometimes"
    fix_title = "Remove the unused footnote definition"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        used = {ref.label for ref in all_footnote_refs(self.document)}
        # markers in comments (a kept Word heading) and in closing lines (text after the meeting line,
        # e.g. a budget table) have no model node of their own but still use their footnote
        for item in [*self.document.comments, *self.document.closing]:
            used.update(COMMENT_REF_RE.findall(item.text))
        # a copy's plain-digit marker on a closing line ("… by 14 votes to none.27", a yearly volume's note)
        used.update(ref.label for line in self.document.closing if line.content for ref in line.content.footnote_refs)
        title = self.document.title
        if title is not None:
            used.update(TITLE_NOTE_RE.findall(self.document.source[title.span.start : title.span.end]))
        if any(sponsor.asterisk for sponsor in self.document.heading.sponsors):
            used.add(SPONSOR_MARK)
        for footnote in self.document.footnotes:
            if footnote.label not in used:
                yield self.diagnostic(
                    footnote.label_span,
                    f"Footnote {footnote.label} is never referenced: add its marker in the text or remove it",
                    [self._removal(footnote)],
                    safe=False,
                )

    def _removal(self, footnote: Footnote) -> Edit:
        source = self.document.source
        end = footnote.span.end
        while end < len(source) and source[end] in " \t":
            end += 1
        if end < len(source) and source[end] == "\n":
            end += 1
        start = footnote.span.start
        if source[max(0, start - 2) : start] == "\n\n" and end < len(source) and source[end] == "\n":
            end += 1
        return Edit(start, end, "")
