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

from tests.test_incremental import LETTERS, Editor


def sample() -> list[str]:
    files = docx_files()
    return [path.stem for path in files[:: max(1, len(files) // 3)]]


@pytest.mark.parametrize("mode", ["pdftotext", "pdftotext-raw"])
@pytest.mark.parametrize("stem", sample())
def test_typing_into_real_pdf_copies(stem, mode):
    path = next(path for path in docx_files() if path.stem == stem)
    editor = Editor(pdf_text(path, mode), "copy.txt")
    rng = random.Random(stem + mode)
    inside_words = [i for i in range(1, len(editor.text)) if editor.text[i - 1 : i + 1].isalpha()]
    moved = 0
    for _ in range(30):
        at = rng.choice(inside_words)
        if rng.random() < 0.3:
            editor.replace(at, at + 1, "")
        else:
            editor.replace(at, at, rng.choice(LETTERS))
        moved += editor.parser.rescanned == 0
    assert moved > 0  # the moved segmentation was exercised, not only fresh ones
