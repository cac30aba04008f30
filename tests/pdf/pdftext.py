"""Text copied out of the UN's Word files the way users get it: LibreOffice PDF, then ``pdftotext``.

The PDFs come from :func:`tests.pdfcache.cached_pdf` (cached by content and LibreOffice version);
``pdftotext`` runs in its default (reading order), ``-raw`` (content stream order) and ``-layout``
(the page's look kept: indentation, columns on one line, runs of spaces) modes: the shapes a copy from a
PDF viewer takes, and the mode many users pick to keep the look of the page.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.pdfcache import cached_pdf

MODES = {"pdftotext": [], "pdftotext-raw": ["-raw"], "pdftotext-layout": ["-layout"]}


def pdf_text(docx: Path, mode: str) -> str:
    """The text ``pdftotext`` gives of the PDF of ``docx`` in ``mode`` (a key of :data:`MODES`)."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is missing: run scripts/deps/docx.sh"
    result = subprocess.run(
        [tool, "-enc", "UTF-8", *MODES[mode], str(cached_pdf(docx)), "-"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout
