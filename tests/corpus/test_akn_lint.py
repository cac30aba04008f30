"""Adopted resolutions are edited texts: linting their .res.md renderings finds almost nothing.

The average of warnings + errors per resolution must be at most 0.3, the issue's target (infos do
not count). The findings per rule are printed (``pytest -s``) so one sees which rules fire; each remaining
finding is either a real slip in the UN text or a false finding for the rule's owner to fix.
Files with self-contradicting markup are left out: their renderings carry the markup's faults.
"""

from __future__ import annotations

from collections import Counter

from akn import consistent_files, load, render_resmd

import resolint
from resolint.diagnostics import Severity

MAX_FINDINGS_PER_RESOLUTION = 0.3
EXAMPLES_PER_RULE = 3


def test_adopted_resolutions_lint_nearly_clean():
    per_rule: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    findings = 0
    consistent = consistent_files()
    for path in consistent:
        text = render_resmd(load(path))
        for diagnostic in resolint.lint(resolint.parse(text, f"{path.stem}.res.md")):
            if diagnostic.severity < Severity.WARNING:
                continue
            findings += 1
            key = f"{diagnostic.rule} {diagnostic.slug}"
            per_rule[key] += 1
            excerpt = text[diagnostic.span.start : diagnostic.span.end][:60]
            examples.setdefault(key, [])
            if len(examples[key]) < EXAMPLES_PER_RULE:
                where = f"{path.stem}:{diagnostic.span.line}"
                examples[key].append(f"{where}: {diagnostic.message} [{excerpt!r}]")
    average = findings / len(consistent)
    lines = [f"{findings} warnings+errors on {len(consistent)} adopted resolutions: {average:.2f} each"]
    for key, count in per_rule.most_common():
        lines.append(f"  {count:5d}  {key}")
        lines.extend(f"           {example}" for example in examples[key])
    report = "\n".join(lines)
    print(report)
    assert average <= MAX_FINDINGS_PER_RESOLUTION, report
