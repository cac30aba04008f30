"""The wheel installs into a clean environment and every module of the package imports from it."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from tests.conftest import REPO

MODULES_SCRIPT = """
import importlib, pkgutil, resolint, sys
names = ["resolint"] + [m.name for m in pkgutil.walk_packages(resolint.__path__, "resolint.")]
for name in names:
    if not name.endswith("__main__"):
        importlib.import_module(name)
print(len(names))
print(resolint.__file__)
"""


def test_wheel_installs_and_imports_every_module(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("resolint-*.whl"))
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)]
    subprocess.run(install, check=True, capture_output=True)
    result = subprocess.run(
        [str(python), "-c", MODULES_SCRIPT], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    count, location = result.stdout.split()
    assert int(count) > 40
    assert str(env_dir) in location  # imported from the installed wheel, not from the checkout
    for data in ("grammar/resolution.lark", "data/preambular-phrases.txt", "data/un-member-states.txt"):
        assert (Path(location).parent / data).is_file()
    lint = subprocess.run(
        [str(env_dir / "bin" / "resolint"), "lint", str(REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert lint.returncode == 1 and "RS003" in lint.stdout
