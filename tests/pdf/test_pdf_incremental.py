"""Typing into real ``pdftotext`` copies of the UN's Word files gives what a fresh parse and lint give.

The language server moves the last segmentation of a PDF copy for an edit inside one printed line
(``shifted_copy`` in ``grammar/pdfcopy.py``). Real copies have what the printed AKN layouts of
``tests/test_incremental.py`` lack: note labels grouped apart from their texts, paragraphs cut by a
page break with the notes between their halves. Letters are typed and deleted inside words; each
step is compared with a fresh parse and lint (:class:`tests.test_incremental.Editor`).
"""

from __future__ import annotations

import random

import pytest
from docx_truth import docx_files
from pdftext import pdf_text

from tests.test_incremental import Editor, type_inside_words


def sample() -> list[str]:
    files = docx_files()
    return [path.stem for path in files[:: max(1, len(files) // 3)]]


@pytest.mark.parametrize("mode", ["pdftotext", "pdftotext-raw", "pdftotext-layout"])
@pytest.mark.parametrize("stem", sample())
def test_typing_into_real_pdf_copies(stem, mode):
    path = next(path for path in docx_files() if path.stem == stem)
    editor = Editor(pdf_text(path, mode), "copy.txt")
    assert type_inside_words(editor, random.Random(stem + mode), 30) > 0  # the moved segmentation was exercised


@pytest.mark.parametrize("stem", ["S_RES_2512", "S_RES_2657"])
def test_typing_into_printed_copies_of_the_councils_items(stem):
    """The Council's dashes, bullets, dotted labels and subject lines are read from how a printed line starts
    and how the line before ends (its last word, whether the next word would have fitted): letters typed
    inside words of such copies give what a fresh parse and lint give."""
    from akn import consistent_files, load
    from pages import LAYOUTS, render_printed

    path = next(path for path in consistent_files("akn-sc") if path.stem.startswith(stem))
    editor = Editor(render_printed(load(path), LAYOUTS["printed-blank"]).text, "copy.txt")
    assert type_inside_words(editor, random.Random(stem), 40) > 0
