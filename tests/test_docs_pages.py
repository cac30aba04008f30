"""docs/format.md stays true to the parser: its key table is the keys the front matter knows, and its
example is a clean resolution."""

from __future__ import annotations

import re

import resolint
from resolint.grammar.frontmatter import KNOWN_KEYS
from tests.conftest import REPO

FORMAT = (REPO / "docs" / "format.md").read_text(encoding="utf-8")


def test_the_key_table_lists_exactly_the_keys_the_front_matter_knows() -> None:
    table = FORMAT.split("## Front matter", 1)[1].split("\n## ", 1)[0]
    first_cells = re.findall(r"^\| ([^|]+) \|", table, re.M)
    documented = {key for cell in first_cells for key in re.findall(r"`([a-z-]+)`", cell)}
    assert documented == KNOWN_KEYS


def test_the_example_is_read_as_documented_and_is_clean() -> None:
    example = re.search(r"## Example\n\n```markdown\n(.*?)```", FORMAT, re.S).group(1)
    document = resolint.parse(example, "example.res.md")
    assert [field.name for field in document.heading.fields][:3] == ["symbol", "distribution", "date"]
    assert document.heading.get("document-type") == "revised draft resolution"
    assert [s.name.rstrip("*") for s in document.heading.sponsors][:2] == ["Albania", "Andorra"]
    assert [p.phrase for p in document.preamble] == ["Guided", "Recalling", "Recalling also"]
    assert [(p.number, p.phrase, [c.label for c in p.children]) for p in document.operative] == [
        ("1", "Stresses", []),
        ("2", "Calls upon", ["a", "b"]),
        ("3", "Decides", []),
    ]
    assert [footnote.label for footnote in document.footnotes] == ["1"]
    assert resolint.lint(document) == []
