"""RS008: a suppression comment that silences nothing."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document
from resolint.rules.base import Rule


class UnusedSuppression(Rule[Document]):
    """Suppression comment that silences nothing.

    ## What it does
    Reports a `<!-- resolint-disable-next-line … -->`, `<!-- resolint-disable-line … -->` or
    `<!-- resolint-disable … -->` comment that did not silence any finding, so that stale
    suppressions do not pile up after the text they were written for has been corrected. As with
    ruff's unused-`noqa` check, a comment that names only rules not selected in this run is
    reported too, and the message says so.

    ## Why is this bad?
    A suppression left behind hides the next real finding on that line: a repeated word typed
    later under a stale `RT401` suppression would never be reported.

    ## Example
    ```
    <!-- resolint-disable-next-line RT401 -->
    *Recalling* its resolution 5/1,
    ```

    ## Use instead
    ```
    *Recalling* its resolution 5/1,
    ```

    ## Fix safety
    The fix removes the comment (and its line when the comment stands alone on it).
    """

    code = "RS008"
    slug = "unused-suppression"
    severity = Severity.WARNING
    summary = "Suppression comment that silences nothing"
    fixable = "always"
    fix_title = "Remove the suppression comment"
    keeps_wording = True  # it edits a suppression comment, not the resolution (see Facts.adopted)
    stage = "suppressions"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        context = self.context
        enabled = context.enabled or (lambda code: True)
        source = self.document.source
        for index, item in enumerate(context.suppressions):
            if item.action == "enable" or index in context.used_suppressions:
                continue
            off = sorted(code for code in item.codes if not enabled(code))
            start, end = item.span_start, item.span_end
            line_start = source.rfind("\n", 0, start) + 1
            line_end = source.find("\n", end)
            line_end = len(source) if line_end == -1 else line_end
            if not source[line_start:start].strip() and not source[end:line_end].strip():
                start, end = line_start, min(line_end + 1, len(source))
            names = ", ".join(sorted(item.codes)) or "every rule"
            why = f"; not selected in this run: {', '.join(off)}" if off else ""
            yield self.diagnostic(
                self.document.lines.span(item.span_start, item.span_end),
                f"this suppression ({names}) silences nothing: remove it{why}",
                [Edit(start, end, "")],
            )
