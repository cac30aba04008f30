"""The rule registry: one rule per module, codes and slugs unique, documentation complete."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import resolint.grammar as grammar_package
import resolint.rules as rules_package
from resolint.diagnostics import Severity
from resolint.rules import GROUPS, MODULE_RE, all_rules, get_rule, rule_url
from resolint.rules.base import DOC_SECTIONS, Rule

HELPER_MODULES = {"base"}  # plus private helpers named _*.py
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CODE_RE = re.compile(r"^R[A-Z]\d{3}$")


def rule_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(rules_package.__path__) if MODULE_RE.match(info.name))


def rules_defined_in(module_name: str) -> list[type[Rule]]:
    module = importlib.import_module(f"resolint.rules.{module_name}")
    return [
        value
        for value in vars(module).values()
        if inspect.isclass(value)
        and issubclass(value, Rule)
        and value is not Rule
        and value.__module__ == module.__name__
    ]


def test_every_module_in_the_package_is_a_rule_or_a_named_helper() -> None:
    names = [info.name for info in pkgutil.iter_modules(rules_package.__path__)]
    strays = [n for n in names if not MODULE_RE.match(n) and n not in HELPER_MODULES and not n.startswith("_")]
    assert not strays, f"modules neither named rXNNN_slug nor private helpers: {strays}"


@pytest.mark.parametrize("module_name", rule_modules())
def test_module_defines_exactly_one_rule_named_after_the_file(module_name: str) -> None:
    found = rules_defined_in(module_name)
    assert len(found) == 1, f"{module_name} defines {len(found)} rules"
    assert found[0].code == MODULE_RE.match(module_name).group(1).upper()


def test_registry_holds_every_rule_module_once() -> None:
    registered = [rule.code for rule in all_rules()]
    assert sorted(registered) == sorted(m.split("_", 1)[0].upper() for m in rule_modules())
    assert len(set(registered)) == len(registered), "duplicate codes"
    slugs = [rule.slug for rule in all_rules()]
    assert len(set(slugs)) == len(slugs), f"duplicate slugs: {[s for s in slugs if slugs.count(s) > 1]}"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_rule_metadata(rule: type[Rule]) -> None:
    assert CODE_RE.match(rule.code) and rule.code[:2] in GROUPS
    assert SLUG_RE.match(rule.slug), f"{rule.code}: slug {rule.slug!r} is not kebab-case"
    assert isinstance(rule.severity, Severity)
    assert rule.summary and "\n" not in rule.summary
    assert rule.fixable in ("always", "sometimes", "never")
    if rule.fixable != "never":
        assert rule.fix_title, f"{rule.code} is fixable but has no fix_title"
    assert get_rule(rule.code) is rule and get_rule(rule.slug) is rule
    assert rule_url(rule.code).endswith(f"#{rule.code.lower()}-{rule.slug}")


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_rule_documentation_has_the_sections(rule: type[Rule]) -> None:
    markdown = rule.documentation()
    headings = re.findall(r"^## (.+)$", markdown, flags=re.MULTILINE)
    missing = [section for section in DOC_SECTIONS if section not in headings]
    assert not missing, f"{rule.code} documentation lacks sections {missing}"
    first_line = markdown.splitlines()[0] if markdown else ""
    assert first_line and not first_line.startswith("#"), f"{rule.code}: the docstring opens with a title line"
    if rule.options:
        assert "Options" in headings, f"{rule.code} has options but no '## Options' section"
        for name in rule.options:
            assert f"`{name}`" in markdown, f"{rule.code}: option {name!r} is not documented"


LONG_MODULE_REASON = "Longer than 150 lines, for a reason:"


@pytest.mark.parametrize("name", rule_modules())
def test_a_rule_module_is_small_or_says_why(name):
    """One rule, one small module: over 150 lines only with the reason in the module's docstring."""
    module = importlib.import_module(f"resolint.rules.{name}")
    lines = inspect.getsource(module).count("\n")
    assert lines <= 150 or LONG_MODULE_REASON in (module.__doc__ or ""), f"{name}: {lines} lines and no reason given"


def _grammar_modules() -> list[str]:
    """Every module of ``resolint.grammar``: the builder's stages and the PDF copy's segmentation included."""
    return sorted(f"resolint.grammar.{info.name}" for info in pkgutil.iter_modules(grammar_package.__path__))


SPLIT_MODULES = (
    *_grammar_modules(),
    "resolint.docxio.export",
    "resolint.docxio.importer",
    "resolint.aknio.export",
    "resolint.aknio.reader",
)
SPLIT_MODULE_LIMIT = 500  # issue 12: split by responsibility, each well under this


def test_the_grammar_modules_are_all_measured():
    """The size test below reads ``grammar/`` itself, so a new module (or the PDF copy's stages) is held too."""
    assert {"resolint.grammar.builder", "resolint.grammar.pdfcopy", "resolint.grammar.pdfnotes"} <= set(SPLIT_MODULES)


@pytest.mark.parametrize("name", SPLIT_MODULES)
def test_a_split_module_stays_under_its_limit(name):
    """Every module of the grammar (the builder's stages, the PDF copy's segmentation), the Word and the AKN
    exporters and readers stay split by responsibility instead of growing back into one long module each."""
    lines = inspect.getsource(importlib.import_module(name)).count("\n")
    assert lines < SPLIT_MODULE_LIMIT, f"{name}: {lines} lines, split it by responsibility"
