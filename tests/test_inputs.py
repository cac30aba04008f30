"""Bad input gets a clear one-line error or findings, never a traceback; nothing crashes the linter."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

import resolint
from tests.conftest import DRAFT_SEED, REPO


def lint(*paths: Path, fmt: str = "text") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resolint", "lint", "--format", fmt, *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr


def test_empty_file_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = lint(path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "RS000 [error] the file is empty" in result.stdout


def test_binary_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 64)
    assert_one_line_error(lint(path), "not a text file")


def test_pdf_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert_one_line_error(lint(path), "PDF")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    assert_one_line_error(lint(path), "too large")


def test_windows_1252_text(tmp_path: Path) -> None:
    text = DRAFT_SEED.read_text(encoding="utf-8").replace("–", "-").replace("’", "'")
    text = text.replace("São Paulo", "S\u00e3o Paulo")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    result = lint(path, fmt="json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert '"RS003"' in result.stdout


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(DRAFT_SEED.read_text(encoding="utf-8").encode(encoding))
    result = lint(path, fmt="json")
    assert result.returncode == 1 and '"RS003"' in result.stdout, result.stderr


def test_nul_in_the_middle(tmp_path: Path) -> None:
    text = DRAFT_SEED.read_text(encoding="utf-8")
    middle = len(text) // 2
    path = tmp_path / "nul.txt"
    path.write_text(text[:middle] + "\x00" + text[middle:], encoding="utf-8")
    result = lint(path, fmt="json")
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_directory_without_resolutions(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    assert_one_line_error(lint(tmp_path), "no resolution files")


def test_missing_path(tmp_path: Path) -> None:
    assert_one_line_error(lint(tmp_path / "nope.txt"), "no such file")


def test_one_bad_file_among_good_ones_still_reports_the_good(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(DRAFT_SEED.read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 100)
    result = lint(good, bad)
    assert result.returncode == 2
    assert "RS003" in result.stdout
    assert "bad.txt" in result.stderr and "Traceback" not in result.stderr


def test_decoding_api() -> None:
    from resolint.inputs import InputError, decode_bytes

    assert decode_bytes(codecs.BOM_UTF8 + "Añ".encode()) == "Añ"
    assert decode_bytes("Añ".encode("utf-16")) == "Añ"
    assert decode_bytes("Añ ’".encode("cp1252")) == "Añ ’"
    with pytest.raises(InputError):
        decode_bytes(b"PK\x03\x04rest-of-a-zip")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "---\n",
        "---\nsymbol: A/1\n",
        "1.",
        "(a)",
        "*",
        "**",
        "<!--",
        "[^1]:",
        "¹",
        "^{*}",
        "- ",
        "\x00\x01\x02",
        "\r\n\r\n1. *Decides*\r\n",
        "\ufeff*The General Assembly*,\n\n1. *Decides*",
        "(i)\n(ii)\n(c)\n(1)",
        "*The General Assembly*,\n\n9. *Calls upon*:\n(a) x;\n(b) y;\n(i) z;\n(ii) w.",
    ],
)
def test_half_typed_text_parses_and_lints(text: str) -> None:
    document = resolint.parse(text)
    found = resolint.lint(document)
    assert all(d.rule != "RS999" for d in found), [d.message for d in found if d.rule == "RS999"]
    fixed, _ = resolint.fix_text(text)
    assert resolint.fix_text(fixed)[0] == fixed
