"""``import`` writes the canonical form (``fmt --check`` passes on it, over the whole Word corpus), and
``export`` of a draft with errors names them and every placeholder it had to write (issue 11)."""

from __future__ import annotations

import stat
import zipfile

import pytest
from docxtest_helpers import CORPUS, EXAMPLE

import resolint
from resolint import cli

WORD_FILES = sorted(CORPUS.glob("*.docx"))


@pytest.mark.slow
@pytest.mark.parametrize("path", WORD_FILES, ids=lambda path: path.name)
def test_import_output_passes_fmt_check(path, tmp_path, capsys) -> None:
    out = tmp_path / (path.stem + ".res.md")
    assert cli.main(["import", str(path), "-o", str(out)]) == 0
    assert cli.main(["fmt", "--check", str(out)]) == 0, capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) != 0o600  # a new file follows the umask


def test_the_corpus_is_there() -> None:
    assert len(WORD_FILES) == 107


DRAFT_WITH_ERRORS = """*The Human Rights Council*,

*Recalling* its resolution 53/144,[^1]

1. *Decides* to act on the matter;[^7]

3. *Decides* to remain seized of the matter.

[^1]: A/RES/53/144.
"""


def test_export_of_a_draft_with_errors_names_them_and_the_placeholder(tmp_path, capsys) -> None:
    source = tmp_path / "draft.res.md"
    source.write_text(DRAFT_WITH_ERRORS, encoding="utf-8")
    out = tmp_path / "draft.docx"
    assert cli.main(["export", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{source}:5:" in err and "RF301" in err  # footnote 7 is never defined
    assert f"{source}:7:" in err and "RS002" in err  # 3 follows 1
    assert "exported a draft with 2 errors" in err
    assert 'footnote 7 has no text; the Word file shows "[footnote 7 has no text]"' in err
    with zipfile.ZipFile(out) as archive:
        assert "[footnote 7 has no text]" in archive.read("word/footnotes.xml").decode()


def test_export_of_a_clean_draft_warns_of_nothing(tmp_path, capsys) -> None:
    source = tmp_path / "draft.res.md"
    source.write_text(resolint.format_text(EXAMPLE.read_text(encoding="utf-8")), encoding="utf-8")  # (1) → (l)
    out = tmp_path / "draft.docx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    assert cli.main(["export", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning" not in err and err.strip() == f"wrote {out}"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the replaced file's permissions are kept
