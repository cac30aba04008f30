"""The CLI on Word files, run as a user runs it: a separate process, exit codes, stdout and stderr."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from docxtest_helpers import CORPUS, EXAMPLE

import resolint
from resolint.docxio import import_docx


def resolint_cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "resolint.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def test_export_then_import_from_the_command_line(tmp_path):
    out = tmp_path / "draft.docx"
    done = resolint_cli("export", str(EXAMPLE), "-o", str(out), "--paper", "letter")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as archive:
        assert "word/footnotes.xml" in archive.namelist()
    source = tmp_path / "draft.res.md"
    done = resolint_cli("import", str(out), "-o", str(source))
    assert done.returncode == 0, done.stderr
    assert source.read_text(encoding="utf-8") == resolint.format_text(import_docx(out).text)  # canonical form
    assert source.read_text(encoding="utf-8").startswith("---\nsymbol: A/HRC/58/L.27/Rev.1\n")


def test_lint_of_word_files_reports_word_locations(tmp_path):
    done = resolint_cli("lint", "--format", "json", str(CORPUS / "N1740638.docx"))
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    out = tmp_path / "draft.docx"
    assert resolint_cli("export", str(EXAMPLE), "-o", str(out)).returncode == 0
    done = resolint_cli("lint", "--select", "RO202", str(out))
    assert done.returncode == 1, done.stdout + done.stderr
    # the seed italicises "*Decides to*" in its last operative paragraph: the export keeps it
    last = import_docx(out).paragraph_map
    word_index = next(entry.word_index for entry in last if entry.place == "paragraph 17")
    assert f"(paragraph 17, Word paragraph {word_index})" in done.stdout


def test_bad_word_files_give_one_line_and_exit_2(tmp_path):
    cases = {
        "empty.docx": b"",
        "text.docx": b"The Human Rights Council,\n",
        "locked.docx": bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 512,
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        for command in ("lint", "import"):
            done = resolint_cli(command, str(path))
            assert done.returncode == 2, (name, command, done.stdout, done.stderr)
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and name in lines[0] and "Traceback" not in done.stderr


def test_tracked_changes_notice_goes_to_stderr(tmp_path):
    from docxtest_helpers import soffice_convert
    from test_import_foreign import BODY, CHANGES, NAMESPACES, STYLES  # the same LibreOffice-made draft

    source = tmp_path / "tracked.fodt"
    source.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} office:version="1.3" '
                      f'office:mimetype="application/vnd.oasis.opendocument.text">{STYLES}'
                      f"<office:body><office:text>{CHANGES}{BODY}</office:text></office:body></office:document>",
                      encoding="utf-8")
    docx = soffice_convert(source, "docx:MS Word 2007 XML", tmp_path)
    done = resolint_cli("import", str(docx))
    assert done.returncode == 0
    assert "tracked change" in done.stderr and "accepting" in done.stderr
    assert "1. *Decides* to consider the question at its next session;" in done.stdout


def test_lint_of_the_whole_un_corpus_folder():
    done = resolint_cli("lint", str(CORPUS))
    assert done.returncode in (0, 1), done.stderr
    assert done.stderr == ""
    assert "107 files" in done.stdout.splitlines()[-1]
