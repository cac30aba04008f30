"""Check the import contracts in ``.importlinter`` with import-linter (``lint-imports``).

The package ``resolint`` is assembled from several folders (``[tool.setuptools.package-dir]`` in
``pyproject.toml``: ``grammar/`` is ``resolint.grammar`` …), which import-linter cannot follow in an
editable install. This script links the folders into one ``resolint/`` tree in a temporary folder,
as the wheel lays them out, and runs ``lint-imports`` on it.

Run: ``.venv/bin/python scripts/lint_imports.py [--root DIR]`` (DIR: a copy of the repository; the
default is this one). The exit status is ``lint-imports``'s: 0 when every contract holds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def package_folders(root: Path) -> dict[str, Path]:
    """Import name -> folder, for ``resolint`` and every sub-package kept in a folder of its own."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    return {name: root / folder for name, folder in mapping.items()}


def link_tree(root: Path, into: Path) -> Path:
    """A ``resolint/`` folder in ``into`` whose entries link to the repository's files and folders."""
    folders = package_folders(root)
    package = into / "resolint"
    package.mkdir()
    for entry in folders.pop("resolint").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    for name, folder in folders.items():
        (package / name.removeprefix("resolint.")).symlink_to(folder, target_is_directory=True)
    return package


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="the repository to check (default: this one)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    lint_imports = Path(sys.executable).with_name("lint-imports")
    with tempfile.TemporaryDirectory(prefix="resolint-imports-") as folder:
        link_tree(root, Path(folder))
        environment = {**os.environ, "PYTHONPATH": folder}
        command = [str(lint_imports), str(root / ".importlinter"), "--no-cache"]
        return subprocess.run(command, cwd=folder, env=environment, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
