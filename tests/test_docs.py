"""The generated rule reference is current, and the README's commands are the ones CI runs."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_rule_reference_is_current() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_rule_docs.py", "--check"], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stderr


def test_rule_reference_lists_every_rule() -> None:
    from resolint.rules import all_rules

    text = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"### {rule.code} {rule.slug}" in text


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test" in readme.split("## ", 2)[1]
    assert "exec scripts/test" in ci
