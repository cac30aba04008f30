"""What `resolint import` reads from a UN Word file beyond the body: footers, running header, plural
headings, no-break spaces and hyphens — and that `resolint export` writes them back."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile

from docxtest_helpers import CORPUS

import resolint
from resolint.docxio import export_docx, import_docx

TWO_PAGES = CORPUS / "N1741590.docx"  # A/RES/72/22: footer "17-21689 (E)    131217"
THREE_PARTS = CORPUS / "N1747039.docx"  # A/RES/72/263 A–C: "Resolutions adopted by the General Assembly"
HYPHENS = CORPUS / "N1741617.docx"  # A/RES/72/25: non-breaking hyphens, a no-break space in the title
W_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def front_matter(text: str) -> dict[str, str]:
    head = text.split("---\n")[1]
    return dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)


def part_text(docx, part: str) -> str:
    with zipfile.ZipFile(docx) as archive:
        return "".join(W_TEXT.findall(archive.read(part).decode("utf-8")))


def parts(docx, prefix: str) -> list[str]:
    with zipfile.ZipFile(docx) as archive:
        return sorted(name for name in archive.namelist() if name.startswith(prefix))


def non_breaking_hyphens(docx) -> int:
    with zipfile.ZipFile(docx) as archive:
        return sum(archive.read(part).decode("utf-8").count("<w:noBreakHyphen/>")
                   for part in ("word/document.xml", "word/footnotes.xml"))


def test_job_number_and_date_code_come_from_the_first_page_footer():
    fields = front_matter(import_docx(TWO_PAGES).text)
    assert fields["job-number"] == "17-21689"
    assert fields["date-code"] == "131217"
    assert "short-title" not in fields  # the running header repeats the title: nothing to add


def test_every_corpus_file_has_its_footer_facts():
    for path in sorted(CORPUS.glob("*.docx")):
        fields = front_matter(import_docx(path).text)
        assert re.fullmatch(r"1[78]-\d{5}", fields.get("job-number", "")), path.name
        assert re.fullmatch(r"\d{6}(?: \d{6})?", fields.get("date-code", "")), path.name


def test_import_then_export_reproduces_the_un_footers(tmp_path):
    document = resolint.parse(import_docx(TWO_PAGES).text)
    ours = export_docx(document, tmp_path / "again.docx", "letter")
    footers = {name: part_text(ours, name) for name in parts(ours, "word/footer")}
    assert any("17-21689 (E)" in text and "131217" in text for text in footers.values()), footers
    assert sum("17-21689" in text for text in footers.values()) == 3, footers  # page 1, odd and even pages


def test_a_running_header_that_differs_from_the_title_becomes_the_short_title(tmp_path):
    path = CORPUS / "N1741617.docx"  # its running header reads "non nuclear-weapon", its title "non‑nuclear-weapon"
    fields = front_matter(import_docx(path).text)
    assert "non nuclear-weapon States" in fields["short-title"]
    ours = export_docx(resolint.parse(import_docx(path).text), tmp_path / "again.docx", "letter")
    assert any("non nuclear-weapon States" in part_text(ours, name) for name in parts(ours, "word/header"))


def test_resolutions_adopted_stays_plural(tmp_path):
    imported = import_docx(THREE_PARTS)
    assert front_matter(imported.text)["document-type"] == "resolutions adopted"
    ours = export_docx(resolint.parse(imported.text), tmp_path / "again.docx", "letter")
    assert "Resolutions adopted by the General Assembly" in part_text(ours, "word/document.xml")


def test_non_breaking_hyphens_and_spaces_are_kept(tmp_path):
    in_word = non_breaking_hyphens(HYPHENS)
    imported = import_docx(HYPHENS)
    assert in_word > 0 and imported.text.count("\u2011") == in_word
    title = front_matter(imported.text)["title"]
    assert "non\u2011nuclear" in title and "of\u00a0nuclear weapons" in title
    document = resolint.parse(imported.text)
    hyphenated = [p.text for p in [*document.preamble, *document.operative] if "\u2011" in p.text.raw]
    assert hyphenated and not any("\u2011" in text.plain for text in hyphenated)  # rules see a hyphen
    ours = export_docx(document, tmp_path / "again.docx", "letter")
    body_and_notes = part_text(ours, "word/document.xml") + part_text(ours, "word/footnotes.xml")
    assert non_breaking_hyphens(ours) == in_word  # written as Word writes them: w:noBreakHyphen
    assert "of\u00a0nuclear weapons" in body_and_notes


def test_the_canonical_import_keeps_them_too(tmp_path):
    """`resolint import` writes the formatted text: the formatter keeps no-break spaces and hyphens."""
    source = tmp_path / "hyphens.res.md"
    done = subprocess.run([sys.executable, "-m", "resolint.cli", "import", str(HYPHENS), "-o", str(source)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    imported = import_docx(HYPHENS).text
    written = source.read_text(encoding="utf-8")
    assert written.count("\u2011") == imported.count("\u2011") > 0
    assert written.count("\u00a0") == imported.count("\u00a0") > 0
    assert resolint.format_text(written) == written
