"""Check the import contracts in ``.importlinter`` with import-linter (``lint-imports``).

The package ``resolint`` is assembled from several folders (``[tool.setuptools.package-dir]`` in
``pyproject.toml``: ``grammar/`` is ``resolint.grammar`` …). Each of them is also linked inside
``resolint/`` (``resolint/grammar -> ../grammar``), so that import-linter, which walks the package's
folder, sees the whole package as the wheel lays it out; a plain ``lint-imports`` in a checkout works
too. This script runs it on a given copy of the repository, without import-linter's cache, which is
what CI and ``tests/test_import_contracts.py`` need.

Run: ``.venv/bin/python scripts/lint_imports.py [--root DIR]`` (DIR: a copy of the repository; the
default is this one). The exit status is ``lint-imports``'s: 0 when every contract holds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="the repository to check (default: this one)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    lint_imports = Path(sys.executable).with_name("lint-imports")
    environment = {**os.environ, "PYTHONPATH": str(root)}  # this copy's resolint/, before the installed one
    command = [str(lint_imports), str(root / ".importlinter"), "--no-cache"]
    return subprocess.run(command, cwd=root, env=environment, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
