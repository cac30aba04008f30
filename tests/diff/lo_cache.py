"""LibreOffice's accept-all and reject-all of tracked-changes Word files, batched and cached.

All files a test needs go to one headless LibreOffice (``lo_revisions.py`` under Debian's
/usr/bin/python3, which has python3-uno); results are cached in the shared test cache
(``tests/pdfcache.cache_dir()``) under a key made of the package's *contents* (zip timestamps
left out) and the LibreOffice build, so a second run of the tests does not start LibreOffice.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from tests.pdfcache import cache_dir, soffice_version

SCRIPT = Path(__file__).with_name("lo_revisions.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def content_key(path: Path) -> str:
    digest = hashlib.sha256(soffice_version().encode())
    with zipfile.ZipFile(path) as package:
        for name in sorted(package.namelist()):
            digest.update(name.encode() + b"\0" + package.read(name))
    return digest.hexdigest()[:32]


def accept_and_reject(paths: list[Path]) -> list[tuple[Path, Path]]:
    """For each tracked-changes file, (accepted, rejected) .docx files made by LibreOffice."""
    folder = cache_dir() / "revisions"
    folder.mkdir(exist_ok=True)
    wanted = [
        (path, folder / f"{content_key(path)}-accept.docx", folder / f"{content_key(path)}-reject.docx")
        for path in paths
    ]
    missing = [item for item in wanted if not (item[1].exists() and item[2].exists())]
    if missing:
        with open(folder / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            _run_batch([item for item in missing if not (item[1].exists() and item[2].exists())])
    return [(accepted, rejected) for _, accepted, rejected in wanted]


def _run_batch(jobs: list[tuple[Path, Path, Path]]) -> None:
    if not jobs:
        return
    assert shutil.which("soffice"), "LibreOffice (soffice) is missing: run scripts/deps/docx.sh"
    with tempfile.TemporaryDirectory(prefix="resolint-revisions-") as work:
        arguments: list[str] = []
        produced: list[tuple[Path, Path]] = []
        for index, (source, accepted, rejected) in enumerate(jobs):
            for mode, target in (("accept", accepted), ("reject", rejected)):
                out = Path(work) / f"{index}-{mode}.docx"
                arguments += [str(source), mode, str(out)]
                produced.append((out, target))
        result = subprocess.run(
            [SYSTEM_PYTHON, str(SCRIPT), *arguments], capture_output=True, text=True, timeout=600, cwd=work
        )
        assert result.returncode == 0, f"LibreOffice accept/reject failed: {result.stderr[-2000:]}"
        for out, target in produced:
            partial = target.with_name(f".{target.name}.partial")
            shutil.copyfile(out, partial)
            os.replace(partial, target)
