"""The import contracts of ``.importlinter`` hold, and breaking one makes ``scripts/lint_imports.py`` fail.

The breaking cases run on a copy of the package folders with one bad import added, so that each
contract is shown to be able to fail: a low layer reaching up, a rule importing another rule, the
package importing the CLI, and the language server's old cycle (server <-> a feature).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPT = REPO_ROOT / "scripts" / "lint_imports.py"


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(root)], capture_output=True, text=True, check=False, timeout=300
    )


@pytest.fixture(scope="module")
def copy_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package folders, ``pyproject.toml`` and ``.importlinter``, copied once for the module."""
    root = tmp_path_factory.mktemp("repo")
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for folder in set(config["tool"]["setuptools"]["package-dir"].values()):
        # symlinks kept: resolint/grammar links to this copy's ../grammar
        shutil.copytree(REPO_ROOT / folder, root / folder, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", ".importlinter"):
        shutil.copy2(REPO_ROOT / name, root / name)
    return root


def test_every_package_folder_is_linked_inside_the_package() -> None:
    """``resolint/grammar -> ../grammar`` and the like: import-linter walks ``resolint/`` only."""
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for name, folder in config["tool"]["setuptools"]["package-dir"].items():
        if name != "resolint":
            link = REPO_ROOT / "resolint" / name.removeprefix("resolint.")
            assert link.is_symlink() and link.resolve() == (REPO_ROOT / folder).resolve(), name


def test_the_contracts_hold() -> None:
    result = lint_imports(REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "contract"),
    [
        ("resolint/model.py", "import resolint.engine", "One-way layers"),
        ("grammar/inline.py", "import resolint.rules.base", "One-way layers"),
        ("rules/rt402_straight_quotes.py", "import resolint.rules.rt403_un_spelling", "Rules are independent"),
        ("resolint/__init__.py", "import resolint.cli", "Nothing imports the CLI"),
        ("langserver/server.py", "import resolint.langserver.features.diagnostics", "No import cycles"),
    ],
)
def test_a_bad_import_breaks_its_contract(copy_root: Path, module: str, bad_import: str, contract: str) -> None:
    path = copy_root / module
    original = path.read_text(encoding="utf-8")
    path.write_text(f"{original}\n{bad_import}  # added by the test\n", encoding="utf-8")
    try:
        result = lint_imports(copy_root)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout
