"""Text copied out of the UN's Word files the way users get it: LibreOffice PDF, then ``pdftotext`` or pypdf.

The PDFs come from :func:`tests.pdfcache.cached_pdf` (cached by content and LibreOffice version);
``pdftotext`` runs in its default (reading order), ``-raw`` (content stream order) and ``-layout``
(the page's look kept: indentation, columns on one line, runs of spaces) modes: the shapes a copy from a
PDF viewer takes, and the mode many users pick to keep the look of the page. ``pypdf`` is the pure-Python
library many converters and scripts use: ``PdfReader(pdf).pages[i].extract_text()`` for each page, the pages
joined by a line break (its copies are cached beside the PDFs, by PDF and pypdf version: it takes seconds a file).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.pdfcache import cached_pdf

MODES = {"pdftotext": [], "pdftotext-raw": ["-raw"], "pdftotext-layout": ["-layout"], "pypdf": None}


def pdf_text(docx: Path, mode: str) -> str:
    """The text ``pdftotext`` (or pypdf) gives of the PDF of ``docx`` in ``mode`` (a key of :data:`MODES`)."""
    if mode == "pypdf":
        return pypdf_text(cached_pdf(docx))
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


def pypdf_text(pdf: Path) -> str:
    """What a script gets from pypdf: each page's ``extract_text()``, the pages joined by a line break."""
    import pypdf

    target = pdf.parent.parent / "pypdf" / f"{pdf.stem}-{pypdf.__version__}.txt"
    if target.exists():
        return target.read_text(encoding="utf-8")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    target.parent.mkdir(exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, target)
    return text
