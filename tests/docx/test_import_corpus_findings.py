"""False findings on adopted text: the UN's own Word files should draw almost no warnings or errors."""

from __future__ import annotations

from collections import Counter

from docxtest_helpers import CORPUS

from resolint.diagnostics import Severity


def test_few_warnings_or_errors_on_adopted_text(corpus_results):
    """Adopted, edited texts: on average at most 1.5 warnings or errors per document."""
    counts = Counter()
    total = 0
    for _, _, diags in corpus_results.values():
        serious = [d for d in diags if d.severity >= Severity.WARNING]
        total += len(serious)
        counts.update(d.rule for d in serious)
    average = total / len(corpus_results)
    assert len(corpus_results) == len(list(CORPUS.glob("*.docx"))) == 107
    assert average <= 1.5, f"{average:.2f} warnings/errors per document: {counts.most_common(8)}"
