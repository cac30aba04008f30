"""The rule registry: every module ``rNNNN_<slug>.py`` in this package defines one rule.

Rules are found by module name (``rs002_operative_numbering.py`` → rule ``RS002``) so that adding a
rule is adding one file; ``tests/test_registry.py`` checks that each module defines exactly one
:class:`Rule` whose code matches its file name, with the documented sections.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

from resolint import links
from resolint.rules.base import Context, Rule

__all__ = ["GROUPS", "Context", "Rule", "all_rules", "get_rule", "rule_url"]

MODULE_RE = re.compile(r"^(r[a-z]\d{3})_[a-z0-9_]+$")

GROUPS = {
    "RS": "Structure",
    "RP": "Preambular paragraphs",
    "RO": "Operative paragraphs",
    "RF": "Footnotes",
    "RT": "Text and typography",
    "RR": "References, symbols and dates",
    "RH": "Heading and sponsors",
}


@cache
def all_rules() -> tuple[type[Rule], ...]:
    found: list[type[Rule]] = []
    for info in pkgutil.iter_modules(__path__):
        if not MODULE_RE.match(info.name):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value is not Rule
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return tuple(sorted(found, key=lambda rule: rule.code))


def get_rule(code_or_slug: str) -> type[Rule] | None:
    wanted = code_or_slug.strip()
    for rule in all_rules():
        if rule.code.lower() == wanted.lower() or rule.slug == wanted.lower():
            return rule
    return None


def rule_url(code: str) -> str:
    """The rule's page in the rule reference (built by :mod:`resolint.links`)."""
    rule = get_rule(code)
    return links.rule_url(code, rule.slug if rule else None)
