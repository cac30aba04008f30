"""Files written by ``fix``, ``fmt`` and ``import``: atomic, with the permissions, encoding, byte-order
mark and line endings the user had (issue 11, "Files written")."""

from __future__ import annotations

import codecs
import os
import stat

import pytest

import resolint
from resolint import cli
from resolint.inputs import decode_source, read_source
from resolint.writing import TextFormat, encode_text, write_text
from tests.conftest import DRAFT_SEED

# RT402 turns straight quotes into curly ones; RT406 makes a double space one
SLIPS = (
    '*The General Assembly*,\n\n*Recalling* its resolution 70/1 on the "Agenda" of Côte d’Ivoire,\n\n'
    "1. *Decides* to remain  seized of the matter.\n"
)
FIXED = SLIPS.replace('"Agenda"', "“Agenda”").replace("  ", " ")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    return status, capsys.readouterr().err


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", False, "\n"),
        ("utf-8", True, "\r\n"),
        ("cp1252", False, "\r\n"),
        ("utf-16-le", True, "\r\n"),
        ("utf-16-be", True, "\n"),
        ("utf-16-le", False, "\n"),
    ],
)
def test_fix_keeps_encoding_bom_and_line_endings(tmp_path, capsys, encoding, bom, newline) -> None:
    form = TextFormat(encoding, bom, newline)
    path = tmp_path / "draft.txt"
    path.write_bytes(encode_text(SLIPS, form)[0])
    assert read_source(path).form == form
    status, err = run(capsys, "fix", "--no-config", str(path))
    assert status == 0, err
    assert "fixes applied" in err and "note:" not in err
    assert path.read_bytes() == encode_text(FIXED, form)[0]
    assert read_source(path).text == FIXED.replace("\n", newline)


def test_windows_1252_holds_curly_quotes(tmp_path, capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(SLIPS.encode("cp1252"))
    run(capsys, "fix", "--no-config", str(path))
    assert b"\x93Agenda\x94" in path.read_bytes()  # “ and ” in Windows-1252


def test_a_character_the_encoding_cannot_hold_converts_to_utf8_and_says_so(tmp_path, capsys) -> None:
    path = tmp_path / "draft.txt"
    form = TextFormat("cp1252", False, "\r\n")
    loaded = cli.LoadedFile(str(path), "x", form=form)
    assert cli._write_back(loaded, "Note⁴ “quoted”\n")
    err = capsys.readouterr().err
    assert "written as UTF-8, not Windows-1252, CRLF" in err and "⁴ U+2074" in err
    assert path.read_bytes() == "Note⁴ “quoted”\r\n".encode()


def test_undecodable_windows_1252_bytes_are_not_rewritten(tmp_path, capsys) -> None:
    path = tmp_path / "draft.txt"
    original = SLIPS.encode("cp1252") + b"\x81\n"  # 0x81 means nothing in Windows-1252
    path.write_bytes(original)
    assert decode_source(original).form.lossy
    status, err = run(capsys, "fix", "--no-config", str(path))
    assert status == 2 and "not rewritten" in err
    assert path.read_bytes() == original


def test_fix_keeps_permissions_and_leaves_no_temporary_file(tmp_path, capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(SLIPS, encoding="utf-8")
    path.chmod(0o640)
    run(capsys, "fix", "--no-config", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8") == FIXED
    assert [p.name for p in tmp_path.iterdir()] == ["draft.txt"]


def test_fix_through_a_symbolic_link_keeps_the_link(tmp_path, capsys) -> None:
    real = tmp_path / "real.txt"
    real.write_text(SLIPS, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    run(capsys, "fix", "--no-config", str(link))
    assert link.is_symlink() and real.read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_new_files_follow_the_umask(tmp_path, capsys, umask) -> None:
    source = tmp_path / "draft.txt"
    source.write_text(SLIPS, encoding="utf-8")
    previous = os.umask(umask)
    try:
        status, err = run(capsys, "fmt", "--write", str(source))
        write_text(tmp_path / "report.txt", "x")
    finally:
        os.umask(previous)
    assert status == 0, err
    assert stat.S_IMODE((tmp_path / "draft.res.md").stat().st_mode) == 0o666 & ~umask
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o666 & ~umask


def test_fmt_write_does_not_overwrite_a_res_md_made_from_something_else(tmp_path, capsys) -> None:
    source = tmp_path / "draft.txt"
    source.write_text(SLIPS, encoding="utf-8")
    target = tmp_path / "draft.res.md"
    target.write_text("my own careful edits\n", encoding="utf-8")
    status, err = run(capsys, "fmt", "--write", str(source))
    assert status == 2 and "not overwritten" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "my own careful edits\n"
    status, err = run(capsys, "fmt", "--write", "--force", str(source))
    assert status == 0, err
    canonical = resolint.format_text(SLIPS)
    assert target.read_text(encoding="utf-8") == canonical
    status, err = run(capsys, "fmt", "--write", str(source))  # the same output again: nothing to lose
    assert status == 0, err


def test_fmt_write_formats_a_res_md_in_place_keeping_crlf(tmp_path, capsys) -> None:
    path = tmp_path / "draft.res.md"
    path.write_bytes(DRAFT_SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode())
    status, err = run(capsys, "fmt", "--write", str(path))
    assert status == 0, err
    written = path.read_bytes().decode()
    assert written.count("\r\n") == written.count("\n") > 100
    assert written == resolint.format_text(DRAFT_SEED.read_text(encoding="utf-8")).replace("\n", "\r\n")
    status, err = run(capsys, "fmt", "--check", str(path))
    assert status == 0, err


def test_fix_of_mixed_line_endings_says_they_were_made_uniform(tmp_path, capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(SLIPS.replace("\n", "\r\n", 3).encode())
    status, err = run(capsys, "fix", "--no-config", str(path))
    assert status == 0 and "line endings made uniform (CRLF)" in err
    assert path.read_bytes() == FIXED.replace("\n", "\r\n").encode()


def test_bom_and_encoding_are_reported_by_the_reader() -> None:
    assert decode_source(codecs.BOM_UTF8 + b"a\r\nb\r\n").form == TextFormat("utf-8", True, "\r\n")
    assert decode_source("añ\n".encode("utf-16")).form.encoding.startswith("utf-16")
    assert decode_source("añ ’\n".encode("cp1252")).form == TextFormat("cp1252", False, "\n")
    assert TextFormat("utf-16-le", True, "\r\n").label == "UTF-16 LE with BOM, CRLF"


def test_a_place_that_cannot_be_written_is_one_line_and_nothing_is_left(tmp_path, capsys) -> None:
    source = tmp_path / "draft.txt"
    source.write_text(SLIPS, encoding="utf-8")
    status, err = run(capsys, "fmt", str(source), "-o", str(tmp_path / "missing" / "draft.res.md"))
    assert status == 2 and err.count("\n") == 1 and "cannot write" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt"]


def test_a_new_res_md_is_utf8_with_the_inputs_line_endings(tmp_path, capsys) -> None:
    source = tmp_path / "draft.txt"
    source.write_bytes(SLIPS.replace("\n", "\r\n").encode("cp1252"))
    status, err = run(capsys, "fmt", "--write", str(source))
    assert status == 0, err
    written = (tmp_path / "draft.res.md").read_bytes()
    assert written == resolint.format_text(SLIPS).replace("\n", "\r\n").encode("utf-8")
    assert "“Agenda”".encode() in written and "Côte".encode() in written


def test_fix_keeps_the_owner_where_the_system_allows(tmp_path, capsys) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(SLIPS, encoding="utf-8")
    owner = (4321, 4321) if os.geteuid() == 0 else (os.getuid(), os.getgid())  # only root can give a file away
    os.chown(path, *owner)
    run(capsys, "fix", "--no-config", str(path))
    assert (path.stat().st_uid, path.stat().st_gid) == owner
    assert path.read_text(encoding="utf-8") == FIXED
