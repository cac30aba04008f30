"""Helpers of the docxio tests: paths, LibreOffice conversion and poppler runs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "docx-ga72"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
EXAMPLE = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"


def soffice_convert(source: Path, target_format: str, out_dir: Path) -> Path:
    """Convert with LibreOffice headless, in a profile of its own; returns the converted file."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is missing: run scripts/deps/docx.sh"
    profile = out_dir / f".lo-profile-{source.stem}-{target_format.split(':')[0]}"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    suffix = "." + target_format.split(":")[0]
    converted = out_dir / (source.stem + suffix)
    assert result.returncode == 0 and converted.exists(), f"soffice failed: {result.stdout} {result.stderr}"
    return converted


def soffice_convert_all(sources: list[Path], target_format: str, out_dir: Path) -> dict[str, Path]:
    """Several files converted by one LibreOffice run (each start costs seconds); name -> converted file."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is missing: run scripts/deps/docx.sh"
    profile = out_dir / ".lo-profile-all"
    out_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", target_format, "--outdir", str(out_dir), *map(str, sources)],
        capture_output=True, text=True, timeout=300,
    )
    suffix = "." + target_format.split(":")[0]
    converted = {source.stem: out_dir / (source.stem + suffix) for source in sources}
    missing = [name for name, path in converted.items() if not path.exists()]
    assert result.returncode == 0 and not missing, f"soffice failed on {missing}: {result.stdout} {result.stderr}"
    return converted


def run_tool(*args: str) -> str:
    tool = shutil.which(args[0])
    assert tool, f"{args[0]} is missing: run scripts/deps/docx.sh"
    result = subprocess.run([tool, *args[1:]], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_pages(pdf: Path) -> list[str]:
    """Text of each page (pdftotext -layout), in order."""
    return run_tool("pdftotext", "-layout", str(pdf), "-").split("\f")[:-1] or [""]
