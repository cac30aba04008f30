"""French and Spanish drafts are named and not checked; no English resolution of the corpus is taken for one."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolint.language import foreign_language
from tests.conftest import DRAFT_SEED, SHARED
from tests.test_cli_ruff import FRENCH, SPANISH
from tests.test_rules_corpus import akn_module

CORPUS = SHARED / "corpus"
AKN_FOLDERS = ("akn-hrc", "akn-ga", "akn-sc", "akn-ecosoc")


def akn_files() -> list[Path]:
    files = [path for folder in AKN_FOLDERS for path in sorted((CORPUS / folder).glob("*.xml"))]
    assert len(files) >= 600, "the AKN corpus is missing beside the checkout"
    return files


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRENCH, "French"),
        (SPANISH, "Spanish"),
        # the authoring line alone, with a few words: the genre's marker decides
        ("*Le Conseil de sécurité*,\n\n1. *Décide* de demeurer saisi de la question.\n", "French"),
        ("*El Consejo de Seguridad*,\n\n1. *Decide* seguir ocupándose de la cuestión.\n", "Spanish"),
        # operative verbs of the language at the start of numbered paragraphs
        ("1. *Prie* le Secrétaire général de faire rapport;\n\n2. *Décide* de rester saisi.\n", "French"),
    ],
)
def test_french_and_spanish_texts_are_recognised(text: str, language: str) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        DRAFT_SEED.read_text(encoding="utf-8"),
        "",
        "1. *Decides* to remain seized of the matter.\n",
        # a text being typed: one French-looking "l" among four words says nothing
        "---\nsymbol: A/HRC/58/L.",
        # English text quoting French titles and names stays English
        "*The General Assembly*,\n\n*Recalling* the Déclaration des droits de l'homme et du citoyen and the work of"
        " the Conseil d'État of Côte d'Ivoire,\n\n1. *Decides* to remain seized of the matter.\n",
    ],
)
def test_english_texts_are_not_taken_for_another_language(text: str) -> None:
    assert foreign_language(text) is None


@pytest.mark.slow
def test_no_english_resolution_of_the_corpus_is_taken_for_french_or_spanish() -> None:
    akn = akn_module()
    taken = []
    for path in akn_files():
        resolution = akn.load(path)
        for render in (akn.render_resmd, akn.render_pasted):
            if foreign_language(render(resolution)):
                taken.append(f"{path.name} ({render.__name__})")
    assert not taken


@pytest.mark.slow
def test_no_english_word_file_of_the_corpus_is_taken_for_french_or_spanish() -> None:
    from resolint.docxio import import_docx

    files = sorted((CORPUS / "docx-ga72").glob("*.docx"))
    assert len(files) == 107, "the GA Word corpus is missing beside the checkout"
    assert not [path.name for path in files if foreign_language(import_docx(path).text)]
