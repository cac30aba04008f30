"""LibreOffice renderings of Word files, cached across test runs and shared by every test that needs them.

Rendering the UN's Word files to PDF takes LibreOffice a few seconds each; the PDFs depend only on the file's bytes
and on the LibreOffice build, so both go into the cache key. The cache lives in ``$RESOLINT_TEST_CACHE`` or
``~/.cache/resolint-tests`` (outside the checkout, so a fresh clone on the same machine reuses it). Files are
written atomically and a lock file serialises LibreOffice runs (one profile per process, never shared).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path


def cache_dir() -> Path:
    root = Path(os.environ.get("RESOLINT_TEST_CACHE") or Path.home() / ".cache" / "resolint-tests")
    root.mkdir(parents=True, exist_ok=True)
    return root


@cache
def soffice_version() -> str:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is missing: run scripts/deps/docx.sh"
    return subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=120).stdout.strip()


def cached_pdf(source: Path) -> Path:
    """The PDF LibreOffice makes of ``source`` (any format it opens), from the cache when it has it."""
    digest = hashlib.sha256(source.read_bytes() + soffice_version().encode()).hexdigest()[:32]
    folder = cache_dir() / "pdf"
    folder.mkdir(exist_ok=True)
    target = folder / f"{digest}.pdf"
    if target.exists():
        return target
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists():
            return target
        with tempfile.TemporaryDirectory(prefix="resolint-lo-") as work:
            work_dir = Path(work)
            copy = work_dir / f"in{source.suffix.lower() or '.docx'}"
            shutil.copyfile(source, copy)
            profile = work_dir / "profile"
            result = subprocess.run(
                [shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                 "--norestore", "--convert-to", "pdf", "--outdir", str(work_dir), str(copy)],
                capture_output=True, text=True, timeout=300,
            )
            produced = work_dir / "in.pdf"
            assert result.returncode == 0 and produced.exists(), f"soffice failed on {source}: {result.stderr}"
            partial = folder / f".{digest}.partial"
            shutil.copyfile(produced, partial)
            os.replace(partial, target)
    return target
