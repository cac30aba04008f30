"""The rule API's promise: a node check's findings depend on its node, its options and the facts.

The engine keeps the findings of a node rule (``node_kind`` other than ``"document"``) per node while
the rule's options and the document's :class:`~resolint.rules.base.Facts` stay the same
(:class:`~resolint.engine.LintCache`). That is only right if :meth:`Rule.check` reads nothing else.
Here every node of every node rule in every sample (both seeds, every rule fixture, a sample of the
corpus) is checked twice: inside its document, and inside a different document that has the same
facts and, at the node's place, the same source, and nothing else (every character outside the node
blanked, line breaks kept, parsed afresh). The findings must be equal. A deliberately wrong rule that
reads a neighbour of its node shows that the comparison fails when a rule reads outside its key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from resolint.diagnostics import Diagnostic
from resolint.grammar.parser import parse_document
from resolint.model import Document, Footnote, Operative, Paragraph, Text
from resolint.rules import all_rules
from resolint.rules.base import NODE_KINDS, Context, Facts, Rule

ROOT = Path(__file__).resolve().parent
SHARED = ROOT.parent.parent / "shared"
FIXTURES = ROOT / "fixtures" / "rules"
CORPUS_STEP = 60  # every 60th corpus file of each folder, in both renderings
NODE_RULES = [rule for rule in all_rules() if rule.node_kind != "document"]
NOT_NEWLINE_RE = re.compile(r"[^\n]")
Node = Text | Paragraph | Footnote


def samples() -> list[tuple[str, str]]:
    found = [(path.name, path.read_text(encoding="utf-8")) for path in sorted((SHARED / "seeds").glob("*.txt"))]
    found += [
        (path.name, path.read_text(encoding="utf-8"))
        for path in sorted(FIXTURES.iterdir())
        if path.name.endswith((".res.md", ".txt"))
    ]
    return found + corpus_samples()


def corpus_samples() -> list[tuple[str, str]]:
    if not (SHARED / "corpus").is_dir():
        return []
    import sys

    sys.path.insert(0, str(ROOT / "corpus"))
    from akn import FOLDERS, corpus_files
    from akn_compare import render

    found = []
    for folder in FOLDERS:
        for path in corpus_files(folder)[::CORPUS_STEP]:
            found.append((f"{path.stem}.txt", render(path, "pasted")))
            found.append((f"{path.stem}.res.md", render(path, "resmd")))
    return found


@cache
def parsed(name: str, text: str) -> Document:
    return parse_document(text, name)


def record(diagnostic: Diagnostic) -> tuple[object, ...]:
    fix = diagnostic.fix
    return (
        diagnostic.rule,
        diagnostic.message,
        diagnostic.span.start,
        diagnostic.span.end,
        None if fix is None else (fix.title, fix.safe, fix.edits),
        tuple((at.start, at.end, note) for at, note in diagnostic.related),
    )


def extent(node: Node) -> tuple[int, int]:
    """Where a node's source lies: its span, and those of its sub-paragraphs and wrap-up text (the
    node object holds them; the parser hands out a new node when any of them changes)."""
    ends = [node.span.end]
    for child in getattr(node, "children", ()):
        ends.append(extent(child)[1])
    wrap_up = getattr(node, "wrap_up", None)
    if wrap_up is not None:
        ends.append(wrap_up.span.end)
    return node.span.start, max(ends)


@cache  # rules of one node kind look at the same nodes
def alone_in(name: str, source: str, start: int, end: int) -> Document:
    """A document with ``source`` at ``[start, end)`` and nothing else (line breaks kept)."""
    blank = NOT_NEWLINE_RE.sub(" ", source[:start]) + source[start:end] + NOT_NEWLINE_RE.sub(" ", source[end:])
    return parse_document(blank, name)


def misreadings(rule: type[Rule], name: str, document: Document) -> Iterator[str]:
    """Nodes whose findings differ between their document and a document of that node alone."""
    facts = Facts.of(document)
    inside = rule(Context(document, facts=facts))
    for node in NODE_KINDS[rule.node_kind](document):
        found = [record(d) for d in inside.check(node)]
        other = alone_in(name, document.source, *extent(node))
        alone = [record(d) for d in rule(Context(other, facts=facts)).check(node)]
        if found != alone:
            yield f"{rule.code} on {name} at {node.span.start}: {found} != {alone}"


@pytest.mark.parametrize("rule", NODE_RULES, ids=lambda rule: rule.code)
def test_node_findings_depend_on_the_node_alone(rule: type[Rule]) -> None:
    problems = [problem for name, text in samples() for problem in misreadings(rule, name, parsed(name, text))]
    assert not problems, "\n".join(problems[:10])


class _ReadsTheNextParagraph(Rule[Operative]):
    """A wrong node rule: its finding names the paragraph after its node."""

    code = "RX999"
    slug = "reads-the-next-paragraph"
    summary = "test only"
    node_kind = "operative"

    def check(self, paragraph: Operative) -> Iterator[Diagnostic]:
        later = [p for p in self.document.operative if p.span.start > paragraph.span.start]
        yield self.diagnostic(paragraph.span, f"followed by {len(later)} paragraphs")


def test_the_comparison_catches_a_rule_that_reads_outside_its_node() -> None:
    name, text = next((name, text) for name, text in samples() if parsed(name, text).operative)
    assert list(misreadings(_ReadsTheNextParagraph, name, parsed(name, text)))


def test_every_node_kind_is_known() -> None:
    assert {rule.node_kind for rule in all_rules()} <= NODE_KINDS.keys()
