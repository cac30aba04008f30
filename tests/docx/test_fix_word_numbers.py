"""``resolint fix`` on drafts whose numbers and letters Word's lists draw: a fix of such a label becomes a
tracked change (the paragraph leaves its list, the label is typed), checked in our reading and by
LibreOffice accepting and rejecting every change."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docxtest_helpers import soffice_convert_all
from lxml import etree
from wordbuild import ORGAN, RECALLING, draft_package, level, numbering, para, run

import resolint
from resolint.cli import main
from resolint.diff.units import document_units
from resolint.docxio import import_docx
from tests.diff.lo_cache import accept_and_reject

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TRACKS = ("preamble", "operative", "subparagraph")


def google_docs_letters() -> tuple[str, dict]:
    """Sub-paragraphs lettered "a)", "b)" by the list (Google Docs' default): RS003 wants "(a)", "(b)"."""
    lists = numbering({0: [level(0, "decimal", "%1."), level(1, "lowerLetter", "%2)")]}, {1: 0})
    body = (ORGAN + RECALLING + para(run("Requests", "i"), " the Secretary-General to report:", num=(1, 0))
            + para("soon;", num=(1, 1)) + para("fully.", num=(1, 1)))
    return body, {"numbering": lists}


def list_set_to_five() -> tuple[str, dict]:
    """A second list whose numbering was set to start at 5 ("Set numbering value"): RS002 numbers its
    paragraphs 3 and 4, and RO203 wants a semicolon in the first of them, where the label changes too."""
    five = ('<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl></w:lvlOverride>')  # as Word writes "Set numbering value"
    lists = numbering({0: [level(0, "decimal", "%1.")], 1: [level(0, "decimal", "%1.")]}, {1: 0, 2: (1, five)})
    body = (ORGAN + RECALLING + para(run("Decides", "i"), " to act;", num=(1, 0))
            + para(run("Requests", "i"), " a report;", num=(1, 0))
            + para(run("Decides", "i"), " to meet again.", num=(2, 0))
            + para(run("Decides", "i"), " to remain seized of the matter.", num=(2, 0)))
    return body, {"numbering": lists}


# draft: (builder, what fix says, paragraphs taken out of their list)
DRAFTS = {"letters": (google_docs_letters, "1 fix applied as 2 tracked changes", 2),
          "five": (list_set_to_five, "2 fixes applied as 3 tracked changes", 2)}


def units(text: str) -> dict[str, list[tuple[str, str]]]:
    found = document_units(resolint.parse(text))
    return {track: [(unit.number, unit.text) for unit in found[track]] for track in TRACKS}


def fix_copy(before: Path, after: Path) -> tuple[Path, Path, str]:
    shutil.copyfile(before, after)
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        assert main(["fix", str(after), "--author", "Editor", "--date", "2026-12-03"]) == 0
    return before, after, said.getvalue()


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, dict[str, tuple[Path, Path, str]]]:
    """Each draft (as written, and as LibreOffice saves it) before, the same file after ``resolint fix``,
    and what the command said."""
    folder = tmp_path_factory.mktemp("numbers")
    written = {}
    for name, (build, _, _) in DRAFTS.items():
        body, parts = build()
        written[name] = draft_package(folder / f"{name}-before.docx", body, **parts)
    converted = soffice_convert_all(list(written.values()), "docx:MS Word 2007 XML", folder / "libreoffice")
    return {
        "written": {name: fix_copy(path, folder / f"{name}.docx") for name, path in written.items()},
        "libreoffice": {name: fix_copy(converted[path.stem], folder / f"{name}-lo.docx") for name, path in written.items()},
    }


@pytest.fixture(scope="module")
def fixed(drafts) -> dict[str, tuple[Path, Path, str]]:
    return drafts["written"]


@pytest.mark.parametrize("producer", ["written", "libreoffice"])
@pytest.mark.parametrize("name", DRAFTS)
def test_a_fixed_label_lands_as_a_tracked_change(drafts, producer, name):
    before, after, said = drafts[producer][name]
    assert DRAFTS[name][1] in said and "could not be placed" not in said
    original = import_docx(before).text
    assert units(import_docx(after).text) == units(resolint.fix_text(original)[0])
    old, new = zipfile.ZipFile(before), zipfile.ZipFile(after)
    assert sorted(part for part in old.namelist() if old.read(part) != new.read(part)) == [
        "word/document.xml", "word/numbering.xml"]  # the list that draws no number is added
    document = new.read("word/document.xml").decode()
    assert document.count("<w:pPrChange ") == DRAFTS[name][2] and 'w:author="Editor"' in document


def test_the_labels_are_typed_as_the_un_types_them(fixed):
    text = import_docx(fixed["letters"][1]).text
    assert text.endswith("1. *Requests* the Secretary-General to report:\n\n   (a) soon;\n\n   (b) fully.\n")
    assert "3. *Decides* to meet again;\n\n4. *Decides* to remain seized" in import_docx(fixed["five"][1]).text


def list_of(path: Path, words: str) -> tuple[str | None, str | None]:
    """(numId, ilvl) of the paragraph holding ``words`` in a Word file."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    for p in root.iter(f"{W}p"):
        if "".join(t.text or "" for t in p.iter(f"{W}t")).strip() == words:
            numpr = p.find(f"{W}pPr/{W}numPr")
            values = [numpr.find(f"{W}{tag}") if numpr is not None else None for tag in ("numId", "ilvl")]
            return tuple(v.get(f"{W}val") if v is not None else None for v in values)
    raise AssertionError(f"no paragraph {words!r}")


def test_libreoffice_accepts_the_fix_and_rejects_it_back(fixed):
    results = dict(zip(DRAFTS, accept_and_reject([fixed[name][1] for name in DRAFTS]), strict=True))
    for name, (accepted, _) in results.items():
        before = fixed[name][0]
        assert units(import_docx(accepted).text) == units(resolint.fix_text(import_docx(before).text)[0]), name
    assert units(import_docx(results["five"][1]).text) == units(import_docx(fixed["five"][0]).text)
    # LibreOffice's rejection of a property change gives the paragraph its list back but at the list's
    # first level (Word restores the level too): the letters are drawn by the draft's own list again
    rejected = results["letters"][1]
    assert list_of(rejected, "soon;")[0] == list_of(fixed["letters"][0], "soon;")[0] == "1"
    assert not re.search(r"\(a\)|\(b\)", import_docx(rejected).text)
