"""Property tests: the parser, every rule and the formatter never raise; ``fix`` and ``fmt`` are idempotent.

Inputs are arbitrary text, resolution-like text built from the fragments that trip parsers
(numbers, labels, italics, footnotes, front matter, comments, superscripts, NUL, CR, tabs), and
real resolution text cut and spliced at random places.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolint
from resolint.config import Settings
from resolint.engine import CRASH_CODE
from resolint.rules import all_rules

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = next(iter(sorted((REPO_ROOT / "examples").glob("*.txt"))))
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
# the draft and the adopted text of the seeds: pasted text, and markdown-ish text with its own artefacts
SOURCE_TEXTS = [EXAMPLE_TEXT] + [
    path.read_text(encoding="utf-8") for path in sorted((REPO_ROOT.parent / "shared" / "seeds").glob("*.txt"))
]
WINDOW = 4000  # characters of real text per generated example: keeps 200 examples fast
ALL_RULES = Settings(select=[rule.code for rule in all_rules()])

FRAGMENTS = [
    "1.",
    "2. ",
    "10. ",
    "- 1.",
    "• 3.",
    "(a)",
    "(b) ",
    "(i) ",
    "(ii)",
    "(l)",
    "(1)",
    "a)",
    "*",
    "**",
    "_",
    "*The Human Rights Council*,",
    "*Recalling also* ",
    "Recalling ",
    "*Decides to*",
    "Requests ",
    "*Calls upon* States:",
    "[^1]",
    "[^1]: ",
    "[^",
    "]",
    "[^x]: A/HRC/58/L.27.",
    "^{*}",
    "---",
    "---\n",
    "symbol: A/HRC/58/L.27/Rev.1\n",
    "title: ",
    "<!--",
    "-->",
    "<!-- resolint-disable-next-line RT401 -->",
    "<!-- resolint-disable RT402 -->",
    "¹",
    "²",
    "³",
    "¹⁰",
    "⁰",
    "\x00",
    "\r",
    "\r\n",
    "\t",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\u00a0",
    "\u2011",
    "\ufeff",
    "\u200b",
    '"',
    "“",
    "”",
    "'",
    "’",
    "(",
    ")",
    "[",
    ";",
    ":",
    ",",
    ".",
    "United Nations A/HRC/58/L.27",
    "Distr.: Limited 28 March 2025",
    "Agenda item 3",
    "58/... Title",
    "Adds.1",
    "other and other",
    "UN ",
    "organization",
    "9 December 1998",
    "resolution 53/144 of 9 December 1998",
    "paragraph 9 (b) above",
    "Albania, Andorra,* and Chile*:",
    "[Adopted without a vote.]",
    "*58th meeting\n4 April 2025*",
    "# Heading",
    "Annex",
]

resolution_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join)


@st.composite
def spliced_real_text(draw) -> str:
    """A window of a real draft or adopted text with a few random cuts, duplications and insertions."""
    source = draw(st.sampled_from(SOURCE_TEXTS))
    begin = draw(st.integers(min_value=0, max_value=len(source)))
    text = source[begin : begin + draw(st.integers(min_value=0, max_value=WINDOW))]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=min(len(text), start + 400)))
        insert = draw(st.one_of(st.sampled_from(FRAGMENTS), st.just(text[start:end]), st.text(max_size=5)))
        text = text[:start] + insert + text[end if draw(st.booleans()) else start :]
    return text


def assert_no_internal_error(diagnostics) -> None:
    """The engine turns a rule's exception into an RS999 finding so that users keep the other findings; a test that
    only checks "nothing raised" would therefore pass with a broken rule. This makes such a rule fail the test."""
    crashes = [diagnostic.message for diagnostic in diagnostics if diagnostic.rule == CRASH_CODE]
    assert not crashes, crashes


any_text = st.one_of(st.text(), resolution_like, spliced_real_text())
PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@PROPERTY_SETTINGS
@given(any_text)
def test_parse_never_raises_and_spans_stay_in_the_text(text):
    document = resolint.parse(text, "property.txt")
    for paragraph in document.paragraphs():
        assert 0 <= paragraph.span.start <= paragraph.span.end <= len(text)


@PROPERTY_SETTINGS
@given(any_text)
def test_every_rule_runs_without_raising_and_reports_valid_ranges(text):
    document = resolint.parse(text, "property.txt")
    diagnostics = resolint.lint(document, ALL_RULES)
    assert_no_internal_error(diagnostics)
    for diagnostic in diagnostics:
        span = diagnostic.span
        assert 0 <= span.start <= span.end <= len(text), (diagnostic.rule, span)
        assert span.line >= 1 and span.column >= 1, (diagnostic.rule, span)


@PROPERTY_SETTINGS
@given(any_text)
def test_fix_is_idempotent(text):
    fixed, _ = resolint.fix_text(text, ALL_RULES, "property.txt")
    fixed_again, count = resolint.fix_text(fixed, ALL_RULES, "property.txt")
    assert fixed_again == fixed
    assert count == 0
    assert_no_internal_error(resolint.lint(resolint.parse(fixed, "property.txt"), ALL_RULES))


@PROPERTY_SETTINGS
@given(any_text)
def test_format_never_raises_and_is_stable(text):
    formatted = resolint.format_text(text, "property.txt")
    assert resolint.format_text(formatted, "property.res.md") == formatted


def test_a_rule_that_raises_fails_the_property_check(monkeypatch):
    """The guard above really catches a broken rule: make one rule raise and see it reported."""
    rule = next(rule for rule in all_rules() if rule.code == "RP103")

    def broken_check(self, node):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(rule, "check", broken_check)
    diagnostics = resolint.lint(resolint.parse(EXAMPLE_TEXT, EXAMPLE.name), ALL_RULES)
    try:
        assert_no_internal_error(diagnostics)
    except AssertionError as error:
        assert "RP103" in str(error) and "broken on purpose" in str(error)
    else:
        raise AssertionError("a raising rule went unnoticed")


def test_examples_are_resolution_like():
    """The strategies must reach the parser's real paths, not only its error handling."""
    document = resolint.parse(EXAMPLE_TEXT, EXAMPLE.name)
    assert document.preamble and document.operative


def test_a_heading_ends_the_paragraph_before_it():
    """Found by the property above: a block after a heading was joined to the paragraph before the
    heading as a page-break half, so that a second ``fmt`` moved it above the heading."""
    formatted = resolint.format_text("*\rA\nA.\nA.\nA.\nA.", "property.txt")
    assert resolint.format_text(formatted, "property.res.md") == formatted
    document = resolint.parse("*Recalling* a,\n\n### A\n\nB,\n", "x.res.md")
    assert [p.text.plain for p in document.preamble] == ["Recalling a,", "B,"]


def test_superscript_digits_are_no_note_numbers():
    """Found by the fix property: "¹" is a digit to ``str.isdigit`` but no number to ``int``; RF303 (and the
    formatter's renumbering) crashed on a text whose note marks mixed "1" and "¹"."""
    for text in (":¹/", "*Recalling* a,¹ b,1\n\n1. *Decides* c.\n\n[^¹]: N.\n"):
        fixed, _ = resolint.fix_text(text, ALL_RULES, "property.txt")
        assert_no_internal_error(resolint.lint(resolint.parse(text, "property.txt"), ALL_RULES))
        assert_no_internal_error(resolint.lint(resolint.parse(fixed, "property.txt"), ALL_RULES))
        resolint.format_text(text, "property.txt")
