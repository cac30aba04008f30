"""The incremental parser and the lint cache give exactly what a fresh parse and lint give.

The language server parses each new text of an open document with :class:`IncrementalParser`
(re-reading only the blocks around the change, moving unchanged nodes) and lints it with a
:class:`LintCache`. Every test here edits documents step by step and compares, after each step,
the complete model (every node, every span with line and column) and every diagnostic with
those of :func:`resolint.parse` and :func:`resolint.lint` on the same text.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolint
from resolint.config import Settings
from resolint.engine import LintCache, lint_document
from resolint.grammar.incremental import IncrementalParser
from resolint.grammar.pdfcopy import clear_copies
from resolint.rules import all_rules

from .model_dump import dump, dump_diagnostics
from .test_properties import FRAGMENTS, SOURCE_TEXTS

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS = REPO_ROOT.parent / "shared" / "corpus"
ALL_RULES = Settings(select=[rule.code for rule in all_rules()])
TYPING = ["x", "e", " ", ",", ".", ";", "\n", "\n\n", "*", "1. ", "(a) ", "[^1]", "¹", '"', "-", "Recalling also "]


class Editor:
    """One open document: the incremental side, checked against a fresh parse and lint after each edit."""

    def __init__(self, text: str, path: str = "edited.res.md") -> None:
        self.path = path
        self.parser = IncrementalParser(path)
        self.cache = LintCache()
        self.text = ""
        self.replace(0, 0, text)

    def replace(self, start: int, end: int, new: str) -> None:
        self.text = self.text[:start] + new + self.text[end:]
        incremental = self.parser.parse(self.text)
        clear_copies()  # the fresh parse segments a PDF copy again instead of taking the moved one
        fresh = resolint.parse(self.text, self.path)
        assert dump(incremental) == dump(fresh)
        assert dump_diagnostics(lint_document(incremental, ALL_RULES, self.cache)) == dump_diagnostics(
            lint_document(fresh, ALL_RULES)
        )


def random_edits(editor: Editor, rng: random.Random, count: int, alphabet: list[str]) -> None:
    for _ in range(count):
        start = rng.randrange(len(editor.text) + 1)
        if editor.text and rng.random() < 0.35:
            editor.replace(start, min(len(editor.text), start + rng.randint(1, 40)), "")
        else:
            editor.replace(start, start, rng.choice(alphabet))


@pytest.mark.parametrize("index", range(len(SOURCE_TEXTS)))
def test_typing_into_the_seeds(index):
    editor = Editor(SOURCE_TEXTS[index])
    random_edits(editor, random.Random(index), 150, TYPING)


def test_typing_comments_front_matter_and_everything_else():
    editor = Editor(SOURCE_TEXTS[0])
    random_edits(editor, random.Random(58), 150, FRAGMENTS)


def test_a_build_that_failed_half_way_leaves_nothing_wrong_behind(monkeypatch):
    """A build that raises (the parser then keeps every line as text) has made the units of only
    some blocks: the next build must not line them up with the grammar's blocks."""
    from resolint.grammar import builder

    text = SOURCE_TEXTS[0]
    editor = Editor(text)
    middle = text.index("Recognizing also")
    real_block_units = builder._Builder._block_units

    def failing_block_units(self, block, index):
        raise RuntimeError("a builder bug")

    monkeypatch.setattr(builder._Builder, "_block_units", failing_block_units)  # the blocks around the edit
    broken = editor.parser.parse(text[:middle] + "x" + text[middle:])
    assert any("could not read the structure" in problem.message for problem in broken.problems)
    monkeypatch.setattr(builder._Builder, "_block_units", real_block_units)
    editor.text = text[:middle] + "x" + text[middle:]
    early = editor.text.index("Recalling")  # an edit before the failed one, then after it
    for offset in (early, middle + 40, len(editor.text) - 500):
        editor.replace(offset, offset, "y")  # each compared with a fresh parse and lint


def test_the_parser_reads_only_the_blocks_around_a_change():
    text = SOURCE_TEXTS[0]
    editor = Editor(text)
    middle = text.index("Recognizing also")
    editor.replace(middle, middle, "x")
    assert 0 < editor.parser.rescanned < len(text) / 10
    assert editor.parser.memo.reused > 20 * editor.parser.memo.built
    assert editor.cache.reused > 20 * editor.cache.checked


def test_a_whole_new_text_and_an_emptied_document():
    editor = Editor(SOURCE_TEXTS[0])
    editor.replace(0, len(editor.text), SOURCE_TEXTS[1])
    editor.replace(0, len(editor.text), "")
    editor.replace(0, 0, SOURCE_TEXTS[0][:3000])


def corpus_texts() -> list[tuple[Path, str]]:
    from tests.corpus.akn import corpus_files

    files = corpus_files()
    return [(path, form) for path in files[:: max(1, len(files) // 4)] for form in ("res.md", "pasted")]


@pytest.mark.parametrize(("path", "form"), corpus_texts(), ids=lambda value: getattr(value, "stem", value))
def test_typing_into_real_resolutions(path, form):
    from tests.corpus.akn import load, render_pasted_pages, render_resmd

    resolution = load(path)
    editor = Editor(render_resmd(resolution) if form == "res.md" else render_pasted_pages(resolution))
    random_edits(editor, random.Random(path.stem), 40, TYPING)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.sampled_from(SOURCE_TEXTS),
    st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1),
            st.integers(min_value=0, max_value=60),
            st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_any_sequence_of_edits(source, edits):
    editor = Editor(source[:6000])
    for place, removed, inserted in edits:
        start = int(place * len(editor.text))
        editor.replace(start, min(len(editor.text), start + removed), inserted)


def printed_copies() -> list[tuple[Path, str]]:
    from tests.corpus.akn import consistent_files

    files = consistent_files()
    return [(path, layout) for path in files[:: max(1, len(files) // 3)] for layout in ("printed", "printed-blank")]


LETTERS = [*"etaoinsrhlcdu", "the", "al", "Ab"]


def type_inside_words(editor: Editor, rng: random.Random, count: int) -> int:
    """Types or deletes ``count`` letters inside words; returns how many edits moved the last
    segmentation of a PDF copy instead of making a new one (the grammar was not run)."""
    inside_words = [i for i in range(1, len(editor.text)) if editor.text[i - 1 : i + 1].isalpha()]
    moved = 0
    for _ in range(count):
        at = rng.choice(inside_words)
        if rng.random() < 0.3:
            editor.replace(at, at + 1, "")
        else:
            editor.replace(at, at, rng.choice(LETTERS))
        moved += editor.parser.rescanned == 0
    return moved


@pytest.mark.parametrize(("path", "layout"), printed_copies(), ids=lambda value: getattr(value, "stem", value))
def test_typing_into_copies_of_pdfs(path, layout):
    """Letters typed inside the printed lines of a PDF copy (most move the last segmentation), then
    anything else (which segments the copy again), each step compared with a fresh parse and lint."""
    import sys

    for folder in (REPO_ROOT / "tests" / "pdf", REPO_ROOT / "tests" / "corpus"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    from pages import LAYOUTS, render_printed

    from tests.corpus.akn import load

    editor = Editor(render_printed(load(path), LAYOUTS[layout]).text, "copy.txt")
    rng = random.Random(path.stem + layout)
    assert type_inside_words(editor, rng, 60) > 0  # the moved segmentation was exercised
    random_edits(editor, rng, 15, TYPING)


def test_an_edit_inside_a_printed_line_rebuilds_one_paragraph():
    text = "\n".join(
        [
            "United Nations A/RES/72/1",
            "General Assembly Distr.: General",
            "72/1. Title of the resolution",
            "The General Assembly,",
            *[
                f"Recalling the work of the committee on the matter before it in many sessions over many\n"
                f"years and its reports on the question, number {n} of the series,"
                for n in range(1, 40)
            ],
            "1. Decides to remain seized of the matter.",
            "",
            "17-12345 (E)",
        ]
    )
    editor = Editor(text, "copy.txt")
    at = editor.text.index("committee", len(editor.text) // 2) + 4
    editor.replace(at, at, "x")
    assert editor.parser.rescanned == 0  # the segmentation was moved, the grammar not run
    assert editor.parser.memo.reused > 20 * editor.parser.memo.built
