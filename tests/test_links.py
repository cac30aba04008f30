"""Links: the project's URLs are declared once, rule links point at real headings, and the
documentation links only to files of the repository (no design.md or un-style.md left behind)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from resolint import links
from resolint.rules import all_rules, rule_url
from tests.conftest import REPO

USER_DOCS = sorted([REPO / "README.md", *(REPO / "docs").glob("*.md"), REPO / "resolint" / "data" / "SOURCES.md"])
MD_LINK_RE = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE_RE = re.compile(r"^```.*?^```", re.S | re.M)
INLINE_CODE_RE = re.compile(r"`[^`\n]*`")
HEADING_RE = re.compile(r"^#{1,6} +(.+?) *$", re.M)
STYLE_CITATION_RE = re.compile(r"docs/style-sources\.md sections? (\d+)(?:–(\d+))?")


def _headings_anchors(path: Path) -> set[str]:
    text = FENCE_RE.sub("", path.read_text(encoding="utf-8"))
    anchors: set[str] = set()
    for heading in HEADING_RE.findall(text):
        anchor = links.github_anchor(heading)
        numbered, n = anchor, 0
        while numbered in anchors:  # GitHub numbers repeated headings: x, x-1, x-2
            n += 1
            numbered = f"{anchor}-{n}"
        anchors.add(numbered)
    return anchors


def _relative_links(path: Path) -> list[str]:
    text = INLINE_CODE_RE.sub("", FENCE_RE.sub("", path.read_text(encoding="utf-8")))
    return [t for t in MD_LINK_RE.findall(text) if not re.match(r"^[a-z]+:", t)]


def test_project_urls_are_the_ones_in_pyproject() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["urls"] == links.PROJECT_URLS


def test_declared_urls_name_paths_of_this_repository() -> None:
    assert f"{links.REPOSITORY}/blob/main/{links.RULES_PAGE_PATH}" == links.RULES_PAGE
    assert (REPO / links.RULES_PAGE_PATH).is_file()
    assert links.DOCUMENTATION.startswith(f"{links.REPOSITORY}/tree/main/")
    assert (REPO / links.DOCUMENTATION.removeprefix(f"{links.REPOSITORY}/tree/main/")).is_dir()


def test_every_rule_link_points_at_its_heading_in_the_rules_page() -> None:
    anchors = _headings_anchors(REPO / links.RULES_PAGE_PATH)
    for rule in all_rules():
        url = rule_url(rule.code)
        page, _, anchor = url.partition("#")
        assert page == links.RULES_PAGE
        assert anchor in anchors, f"{rule.code}: no heading with anchor #{anchor} in {links.RULES_PAGE_PATH}"
        assert anchor == links.github_anchor(f"{rule.code} {rule.slug}")


def test_github_anchor_follows_githubs_rules() -> None:
    assert links.github_anchor("7. Printed layout (for the .docx exporter)") == "7-printed-layout-for-the-docx-exporter"
    assert links.github_anchor("RS003 subparagraph-labels") == "rs003-subparagraph-labels"
    assert links.github_anchor("5. Citations, symbols and dates") == "5-citations-symbols-and-dates"


def test_sarif_links_come_from_the_links_module() -> None:
    from resolint.output import render_sarif

    driver = json.loads(render_sarif([]))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == links.HOMEPAGE
    assert {r["id"]: r["helpUri"] for r in driver["rules"]} == {r.code: rule_url(r.code) for r in all_rules()}


@pytest.mark.parametrize("doc", USER_DOCS, ids=lambda p: str(p.relative_to(REPO)))
def test_relative_links_reach_files_and_headings_of_the_repository(doc: Path) -> None:
    broken = []
    for target in _relative_links(doc):
        file_part, _, anchor = target.partition("#")
        resolved = (doc.parent / file_part).resolve() if file_part else doc
        heading_missing = anchor and resolved.suffix == ".md" and anchor not in _headings_anchors(resolved)
        if not resolved.exists() or heading_missing:
            broken.append(target)
    assert broken == []


@pytest.mark.parametrize("doc", USER_DOCS, ids=lambda p: str(p.relative_to(REPO)))
def test_documentation_does_not_send_users_to_files_outside_the_repository(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    for gone in ("design.md", "un-style.md", "/work/shared"):
        assert gone not in text


def test_rule_documentation_cites_style_sources_not_un_style() -> None:
    for rule in all_rules():
        assert "un-style" not in rule.documentation(), rule.code
        assert "design.md" not in rule.documentation(), rule.code


def test_style_sources_table_lists_the_rules_that_cite_each_section() -> None:
    cited: dict[str, set[str]] = {}
    for rule in all_rules():
        for first, last in STYLE_CITATION_RE.findall(rule.documentation()):
            for number in range(int(first), int(last or first) + 1):
                cited.setdefault(str(number), set()).add(rule.code)
    page = (REPO / links.STYLE_SOURCES_PATH).read_text(encoding="utf-8")
    listed = {
        match.group(1): set(re.findall(r"\b(R[A-Z]\d{3})\b", match.group(2)))
        for match in re.finditer(r"^\| \[(\d+)\. [^|]*\| ([^|]*) \|$", page, re.M)
    }
    assert cited  # the rules do cite the page
    assert {number: codes for number, codes in listed.items() if codes} == cited
    sections = set(re.findall(r"^## (\d+)\. ", page, re.M))
    assert set(cited) <= sections
