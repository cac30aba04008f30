"""One install gives every command; the fast commands still load no heavy library; the README's first
command works from a fresh copy of the repository with a new virtual environment."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DRAFT_SEED, REPO

HEAVY = {"docx", "lxml", "pygls", "lsprotocol", "cattrs"}  # Word export/import and the language server
ONE_INSTALL = {"python-docx", "lxml", "pygls", "lsprotocol"}
PROBE = """
import atexit, sys
atexit.register(lambda: print("MODULES", *sorted({m.split(".")[0] for m in sys.modules}), file=sys.stderr))
from resolint.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_word_and_server_libraries_are_ordinary_exactly_pinned_dependencies() -> None:
    specs = _project()["dependencies"]
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==\S+", spec) for spec in specs), specs
    assert {spec.partition("==")[0] for spec in specs} >= ONE_INSTALL


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_constraints_pin_every_direct_dependency_at_the_pyproject_version() -> None:
    """scripts/setup installs with -c scripts/constraints.txt: it must not contradict pyproject.toml."""
    lines = (REPO / "scripts" / "constraints.txt").read_text(encoding="utf-8").splitlines()
    constraints = dict(line.split("==") for line in lines if line and not line.startswith("#"))
    constraints = {_normalized(name): version for name, version in constraints.items()}
    project = _project()
    direct = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    for spec in direct:
        name, _, version = spec.partition("==")
        assert constraints.get(_normalized(name)) == version, spec


def test_old_extras_still_install_and_add_nothing() -> None:
    extras = _project()["optional-dependencies"]
    assert extras["docx"] == extras["lsp"] == extras["all"] == []
    assert not any(spec.startswith("resolint[") for spec in extras["test"])


def _modules_loaded(args: list[str], cwd: Path, stdin: str | None = None) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=120
    )
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    return result.returncode, set(line.split()[1:])


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["lint", str(DRAFT_SEED)],
        ["lint", "--format", "sarif", str(DRAFT_SEED)],
        ["fix", "--diff", str(DRAFT_SEED)],
        ["fmt", str(DRAFT_SEED)],
        ["parse", "--format", "json", str(DRAFT_SEED)],
        ["rules", "RS003"],
    ],
    ids=lambda args: " ".join(a if not a.startswith("/") else Path(a).name for a in args),
)
def test_fast_commands_do_not_import_word_or_server_libraries(args: list[str], tmp_path: Path) -> None:
    code, modules = _modules_loaded(args, tmp_path)
    assert code in (0, 1)
    assert "resolint" in modules
    assert modules & HEAVY == set()


def test_lint_of_standard_input_does_not_import_them_either(tmp_path: Path) -> None:
    code, modules = _modules_loaded(["lint", "-"], tmp_path, stdin=DRAFT_SEED.read_text(encoding="utf-8"))
    assert code == 1
    assert modules & HEAVY == set()


def test_the_probe_sees_python_docx_where_a_command_needs_it(tmp_path: Path) -> None:
    """The other side of the test above: `export` does load python-docx, and the probe notices."""
    code, modules = _modules_loaded(["export", str(DRAFT_SEED), "-o", str(tmp_path / "draft.docx")], tmp_path)
    assert code in (0, 1)
    assert {"docx", "lxml"} <= modules


def _fresh_copy(destination: Path) -> Path:
    """The files a clone of the working tree would have (tracked and new, not ignored), without .venv."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        cwd=REPO,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (item.decode() for item in listed)):
        source = REPO / name
        if source.is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


def _venv_python_without_pip(root: Path) -> None:
    """What `python3 -m venv .venv` leaves on a Debian without python3-venv: a python, no pip."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / ".venv")], check=True)


@pytest.mark.slow
def test_readme_first_command_on_a_fresh_copy_gives_every_command(tmp_path: Path) -> None:
    root = _fresh_copy(tmp_path / "resolint")
    _venv_python_without_pip(root)  # a first try before python3-venv was there
    env = {**os.environ, "PYTHON": sys.executable}
    env.pop("VIRTUAL_ENV", None)
    setup = subprocess.run(["scripts/setup"], cwd=root, capture_output=True, text=True, env=env, timeout=900)
    assert setup.returncode == 0, setup.stderr[-2000:]
    resolint = root / ".venv" / "bin" / "resolint"

    lint = subprocess.run(
        [resolint, "lint", "examples/A_HRC_58_L27_Rev1-draft.txt"], cwd=root, capture_output=True, text=True
    )
    assert lint.returncode == 1, lint.stderr  # the example has findings
    assert "RS003 [error] sub-paragraph label (1) should be (l)" in lint.stdout
    assert re.search(r"^Found \d+ problems in 1 file", lint.stdout, re.M)

    docx = tmp_path / "draft.docx"
    export = subprocess.run([resolint, "export", DRAFT_SEED, "-o", docx], capture_output=True, text=True)
    assert export.returncode in (0, 1), export.stderr
    assert "word/document.xml" in zipfile.ZipFile(docx).namelist()
    back = subprocess.run([resolint, "import", docx, "-o", tmp_path / "back.res.md"], capture_output=True, text=True)
    assert back.returncode == 0, back.stderr
    imported = (tmp_path / "back.res.md").read_text(encoding="utf-8")
    assert "symbol: A/HRC/58/L.27/Rev.1" in imported
    assert "remain seized of the matter." in imported
    lint_docx = subprocess.run([resolint, "lint", "--format", "json", docx], capture_output=True, text=True)
    assert lint_docx.returncode in (0, 1), lint_docx.stderr
    assert all(finding["path"] == str(docx) for finding in json.loads(lint_docx.stdout))

    initialize = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    exit_ = json.dumps({"jsonrpc": "2.0", "method": "exit"})
    messages = "".join(f"Content-Length: {len(m)}\r\n\r\n{m}" for m in (initialize, exit_))
    serve = subprocess.run([resolint, "serve"], input=messages, capture_output=True, text=True, timeout=120)
    assert '"capabilities"' in serve.stdout, serve.stderr[-2000:]


def _setup_scripts_only(root: Path) -> Path:
    for name in ("scripts/setup", "scripts/lib/apt.sh"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, root / name)
    return root


@pytest.mark.skipif(not Path("/etc/debian_version").exists(), reason="the python3-venv path is Debian's")
def test_setup_without_ensurepip_installs_python3_venv_or_says_what_to_install(tmp_path: Path) -> None:
    root = _setup_scripts_only(tmp_path / "copy")
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    python = stubs / "python-without-ensurepip"
    python.write_text(f'#!/bin/sh\ncase "$*" in *ensurepip*) exit 1;; esac\nexec "{sys.executable}" "$@"\n')
    log = tmp_path / "apt.log"
    (stubs / "apt-get").write_text(f'#!/bin/sh\necho "apt-get $*" >>"{log}"\n')  # "installs", changes nothing
    (stubs / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")
    (stubs / "sudo").write_text('#!/bin/sh\nexec "$@"\n')
    for stub in stubs.iterdir():
        stub.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{stubs}{os.pathsep}{os.environ['PATH']}",
        "PYTHON": str(python),
        "APT_LISTS_MAX_AGE_MIN": "100000000",
    }
    result = subprocess.run(["scripts/setup"], cwd=root, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 1
    installs = [line for line in log.read_text().splitlines() if line.startswith("apt-get install")]
    assert len(installs) == 1 and " python3-venv=" in installs[0]
    last = result.stderr.strip().splitlines()[-1]
    assert "cannot create virtual environments" in last and "apt-get install python3-venv" in last
    assert not (root / ".venv").exists()
