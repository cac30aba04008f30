"""False findings on adopted text: the UN's own Word files should draw almost no warnings or errors."""

from __future__ import annotations

from collections import Counter

from docxtest_helpers import CORPUS

import resolint
from resolint.diagnostics import Severity
from resolint.docxio import import_docx


def test_few_warnings_or_errors_on_adopted_text():
    """Adopted, edited texts: on average at most 1.5 warnings or errors per document."""
    counts = Counter()
    total = 0
    files = sorted(CORPUS.glob("*.docx"))
    for path in files:
        diags = resolint.lint(resolint.parse(import_docx(path).text, str(path)))
        serious = [d for d in diags if d.severity >= Severity.WARNING]
        total += len(serious)
        counts.update(d.rule for d in serious)
    average = total / len(files)
    assert average <= 1.5, f"{average:.2f} warnings/errors per document: {counts.most_common(8)}"
