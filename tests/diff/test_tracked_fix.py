"""``resolint fix draft.docx``: fixes as tracked changes in the author's own file, nothing else changed."""

from __future__ import annotations

import contextlib
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import resolint
from resolint.cli import main
from resolint.diff.units import document_units
from resolint.docxio import export_docx, import_docx
from tests.conftest import DRAFT_SEED, SHARED
from tests.diff.lo_cache import accept_and_reject

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY_TRACKS = ("preamble", "operative", "subparagraph", "footnote")
REWRITTEN = ("word/document.xml", "word/footnotes.xml")
ADOPTED_WORD = SHARED / "corpus" / "docx-ga72" / "N1730150.docx"


def body_units(text: str) -> dict[str, list[tuple[str, str]]]:
    found = document_units(resolint.parse(text))
    return {track: [(u.number, u.text) for u in found[track]] for track in BODY_TRACKS}


def paragraphs_c14n(path: Path, part: str) -> list[bytes]:
    root = etree.fromstring(zipfile.ZipFile(path).read(part))
    return [etree.tostring(p, method="c14n") for p in root.iter(f"{W}p")]


@pytest.fixture(scope="module")
def word_draft(tmp_path_factory) -> tuple[Path, Path, str]:
    """The seed draft as a Word file (before), the same file fixed in place by ``resolint fix`` (after),
    and what the command said."""
    folder = tmp_path_factory.mktemp("fix")
    before = folder / "draft-before.docx"
    export_docx(resolint.parse(DRAFT_SEED.read_text(encoding="utf-8"), str(DRAFT_SEED)), before)
    after = folder / "draft.docx"
    shutil.copyfile(before, after)
    after.chmod(0o640)
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        assert main(["fix", str(after), "--author", "Editor", "--date", "2025-03-30"]) == 0
    return before, after, said.getvalue()


def test_fixes_become_tracked_changes_and_nothing_else_changes(word_draft) -> None:
    before, after, message = word_draft
    assert "16 fixes applied as 16 tracked changes" in message and "could not be placed" not in message
    assert oct(after.stat().st_mode & 0o777) == "0o640"
    old_zip, new_zip = zipfile.ZipFile(before), zipfile.ZipFile(after)
    assert old_zip.namelist() == new_zip.namelist()
    for name in old_zip.namelist():
        if name not in REWRITTEN:
            assert old_zip.read(name) == new_zip.read(name), name
    changed_count = 0
    for part in REWRITTEN:
        old_paragraphs, new_paragraphs = paragraphs_c14n(before, part), paragraphs_c14n(after, part)
        assert len(old_paragraphs) == len(new_paragraphs)
        changed = [i for i, (a, b) in enumerate(zip(old_paragraphs, new_paragraphs, strict=True)) if a != b]
        for index in changed:
            assert b'w:author="Editor"' in new_paragraphs[index] and b"2025-03-30T00:00:00Z" in new_paragraphs[index]
        changed_count += len(changed)
    assert 8 <= changed_count <= 20


def test_the_fixed_file_reads_as_the_fixed_text(word_draft) -> None:
    before, after, _ = word_draft
    original = import_docx(before).text
    fixed, _ = resolint.fix_text(original)
    imported = import_docx(after)
    assert body_units(imported.text) == body_units(fixed)
    assert any("tracked change" in notice for notice in imported.notices)
    findings = {d.rule for d in resolint.lint(resolint.parse(imported.text))}
    assert not findings & {"RP103", "RP104", "RS003", "RT401", "RT402", "RT404", "RO202"}


def test_libreoffice_accept_gives_the_fix_and_reject_the_original(word_draft) -> None:
    before, after, _ = word_draft
    ((accepted, rejected),) = accept_and_reject([after])
    original = import_docx(before).text
    assert body_units(import_docx(accepted).text) == body_units(resolint.fix_text(original)[0])
    assert body_units(import_docx(rejected).text) == body_units(original)
    assert "*Decides to* remain" in import_docx(rejected).text


def test_a_file_with_nothing_to_fix_is_not_rewritten(tmp_path: Path, capsys) -> None:
    copy = tmp_path / "adopted.docx"
    shutil.copyfile(ADOPTED_WORD, copy)
    assert main(["fix", str(copy)]) == 0
    assert copy.read_bytes() == ADOPTED_WORD.read_bytes()
    assert "0 fixes" in capsys.readouterr().err


def with_slips(source: Path, target: Path) -> None:
    """A UN Word file with two slips typed in, as an author would: straight quotation marks, and "UN"."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                quoted = "“Transforming our world: the 2030 Agenda for Sustainable Development”"
                assert quoted in text
                text = text.replace(quoted, '"Transforming our world: the 2030 Agenda for Sustainable Development"', 1)
                at = text.index("United Nations", text.index("<w:body>") + 5000)
                data = (text[:at] + "UN" + text[at + len("United Nations") :]).encode("utf-8")
            copy.writestr(info, data, compress_type=info.compress_type)


def test_one_fix_is_one_tracked_change_in_the_singular(tmp_path: Path) -> None:
    text = "*The Human Rights Council*,\n\n*Recalling* its resolution 52/4,\n\n1. *Decides* to inform the UN.\n"
    draft = export_docx(resolint.parse(text), tmp_path / "one.docx")
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        assert main(["fix", str(draft)]) == 0
    assert "one.docx: 1 fix applied as 1 tracked change" in said.getvalue()
    assert "tracked changes" not in said.getvalue()


def test_fixes_in_the_uns_own_word_file(tmp_path: Path) -> None:
    """A real UN Word file (headers, images, styles, numbering, comments, runs of mixed content such as
    a non-breaking hyphen before the text): the fixes land in its own runs and nothing else moves."""
    author = tmp_path / "author.docx"
    with_slips(SHARED / "corpus" / "docx-ga72" / "N1745411.docx", author)
    fixed = tmp_path / "fixed.docx"
    shutil.copyfile(author, fixed)
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        assert main(["fix", str(fixed)]) == 0
    assert "3 fixes applied as 3 tracked changes" in said.getvalue()
    old_zip, new_zip = zipfile.ZipFile(author), zipfile.ZipFile(fixed)
    assert [n for n in old_zip.namelist() if old_zip.read(n) != new_zip.read(n)] == ["word/document.xml"]
    old_paragraphs = paragraphs_c14n(author, "word/document.xml")
    new_paragraphs = paragraphs_c14n(fixed, "word/document.xml")
    assert sum(a != b for a, b in zip(old_paragraphs, new_paragraphs, strict=True)) == 2
    original = import_docx(author).text
    # tracked changes propose the fixes held back on an adopted text too (Fix.withheld)
    assert body_units(import_docx(fixed).text) == body_units(resolint.fix_text(original, withheld=True)[0])
    assert body_units(import_docx(fixed).text) == body_units(import_docx(ADOPTED_WORD.with_name("N1745411.docx")).text)
