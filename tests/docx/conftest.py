"""Fixtures of the docxio tests: the seed draft parsed, exported in both layouts, and rendered to PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docxtest_helpers import CORPUS, EXAMPLE, soffice_convert


@pytest.fixture(scope="session")
def seed_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(seed_text):
    import resolint

    return resolint.parse(seed_text, str(EXAMPLE))


@pytest.fixture(scope="session")
def exported(tmp_path_factory, seed_document) -> dict[str, Path]:
    """The seed exported in both layouts."""
    from resolint.docxio import export_docx

    folder = tmp_path_factory.mktemp("export")
    return {paper: export_docx(seed_document, folder / f"seed-{paper}.docx", paper) for paper in ("a4", "letter")}


@pytest.fixture(scope="session")
def exported_pdf(tmp_path_factory, exported) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    return {paper: soffice_convert(path, "pdf", folder) for paper, path in exported.items()}


@pytest.fixture(scope="session")
def corpus_results():
    """Each of the 107 UN Word files imported, parsed and linted once for every test that needs it."""
    import resolint
    from resolint.docxio import import_docx

    results = {}
    for path in sorted(CORPUS.glob("*.docx")):
        imported = import_docx(path)
        document = resolint.parse(imported.text, str(path))
        results[path.name] = (imported, document, resolint.lint(document))
    return results
