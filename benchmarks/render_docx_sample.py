"""Render page 1 of the exported seed draft to PNG for the docs (LibreOffice, then pdftoppm).

    .venv/bin/python benchmarks/render_docx_sample.py    # writes docs/docx-seed-{a4,letter}-page1.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import resolint
from resolint.docxio import export_docx

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"


def render(paper: str, folder: Path) -> Path:
    document = resolint.parse(SEED.read_text(encoding="utf-8"), str(SEED))
    docx = export_docx(document, folder / f"seed-{paper}.docx", paper)
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(docx)], check=True, capture_output=True)
    stem = folder / f"page-{paper}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(docx.with_suffix(".pdf")), str(stem)], check=True)
    target = REPO / "docs" / f"docx-seed-{paper}-page1.png"
    shutil.copyfile(stem.with_suffix(".png"), target)
    return target


def main() -> int:
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        print("needs soffice and pdftoppm: run scripts/deps/docx.sh", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as temp:
        for paper in ("a4", "letter"):
            print(render(paper, Path(temp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
