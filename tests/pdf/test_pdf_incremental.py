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


@pytest.mark.parametrize("mode", ["pdftotext", "pdftotext-raw"])
@pytest.mark.parametrize("stem", sample())
def test_typing_into_real_pdf_copies(stem, mode):
    path = next(path for path in docx_files() if path.stem == stem)
    editor = Editor(pdf_text(path, mode), "copy.txt")
    assert type_inside_words(editor, random.Random(stem + mode), 30) > 0  # the moved segmentation was exercised
