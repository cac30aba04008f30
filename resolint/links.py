"""The project's public addresses, and the link to each rule's documentation page.

These are the ``[project.urls]`` of ``pyproject.toml`` (``tests/test_links.py`` checks that the two
agree). They are constants rather than read from the installed package's metadata so that
``resolint`` run from a checkout links to the same pages and no start-up time goes to reading
metadata. SARIF ``helpUri``, the language server's ``codeDescription`` and hover, and
``resolint rules --format json`` all build rule links here.
"""

from __future__ import annotations

import re

REPOSITORY = "https://github.com/resolint/resolint"
HOMEPAGE = REPOSITORY
DOCUMENTATION = f"{REPOSITORY}/tree/main/docs"
ISSUES = f"{REPOSITORY}/issues"
PROJECT_URLS = {"Homepage": HOMEPAGE, "Documentation": DOCUMENTATION, "Repository": REPOSITORY, "Issues": ISSUES}

RULES_PAGE_PATH = "docs/rules.md"
RULES_PAGE = f"{REPOSITORY}/blob/main/{RULES_PAGE_PATH}"


STYLE_SOURCES_PATH = "docs/style-sources.md"
_NOT_IN_ANCHOR_RE = re.compile(r"[^\w\- ]")


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to hyphens."""
    return _NOT_IN_ANCHOR_RE.sub("", heading.strip().lower()).replace(" ", "-")


def rule_heading(code: str, slug: str | None) -> str:
    """The heading of a rule's section in the rules page (``RS003 subparagraph-labels``)."""
    return f"{code} {slug}" if slug else code


def rule_anchor(code: str, slug: str | None) -> str:
    return github_anchor(rule_heading(code, slug))


def rule_url(code: str, slug: str | None) -> str:
    return f"{RULES_PAGE}#{rule_anchor(code, slug)}"
