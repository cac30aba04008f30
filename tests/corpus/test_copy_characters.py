"""The characters and encodings of real copies (``copyforms.py``) on the corpus, and written back.

Each form is applied to the pasted rendering of a deterministic sample: every fifth consistent AKN
file of each organ (the whole corpus in every form takes 20 minutes; ``copy_report.py`` prints the
figures of any share). The file's bytes are read as the command line reads them. A document whose
pasted rendering has the XML's structure keeps it exactly in every form, warnings and errors per
document stay within the corpus target, and nothing raises.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from akn import FOLDERS, LabelTree, Truth, consistent_files, ground_truth, italics_unknowable, load, parse_unseen
from akn_compare import compare_document, heading_texts
from copy_report import read_copy
from copyforms import CHARACTERS_CHANGED, FORMS, Unencodable

import resolint
from resolint import cli
from resolint.diagnostics import Severity
from resolint.grammar.characters import LIGATURES, SOFT_HYPHEN

EVERY = 5
TARGET = 0.3  # warnings + errors per document: the corpus target (docs/corpus.md)
STRUCTURE_KEPT = (
    "ligatures",
    "soft-hyphens",
    "soft-hyphen-breaks",
    "nb-hyphens",
    "u2010-hyphens",
    "no-break-spaces",
    "zero-width",
    "tabs",
    "spaces",
    "crlf",
    "cr",
    "form-feeds",
    "u2028",
    "u2029",
    "bom",
    "cp1252",
    "latin-1",
    "utf-16",
    "pua-bullets",
    "glyph-bullets",
    "quote-mix",
    "primes",
    "tex-quotes",
)
HYPHEN_FORMS = ("nb-hyphens", "u2010-hyphens")
"""A heading line's text is kept as written (the copy's U+2011 where the XML has "-"): its headings
are compared with their hyphens read as hyphens, as every paragraph's text is."""
WITHIN_TARGET = tuple(f for f in STRUCTURE_KEPT if f not in ("spaces", "latin-1", "quote-mix", "tex-quotes"))
"""The forms whose every warning would be a false one. Straight quotation marks (a Latin-1 file has
no others, "quote-mix", TeX's ``…'') are RT402's real slips, one per mark; double spaces RT406's, once
per document (``test_double_spaces_of_a_copy_are_one_finding``)."""
SAMPLE = [path for folder in FOLDERS for path in consistent_files(folder)[::EVERY]]
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _read(path: Path, form: str) -> str | None:
    try:
        return read_copy(path, form)
    except Unencodable:
        return None  # the encoding cannot hold the text: no such file


def _mismatches(text: str, path: Path, form: str) -> list[str]:
    resolution = load(path)
    document = parse_unseen(resolution, text, f"{path.stem}.txt")
    truth = ground_truth(resolution)
    if form in CHARACTERS_CHANGED:  # "– …" items written "- …", "MONUSCO’s mandate" "MONUSCO′s mandate"
        truth = _written_with(truth, CHARACTERS_CHANGED[form])
    found = compare_document(document, truth, italics_unknowable(resolution))
    if form in HYPHEN_FORMS and [t.translate(HYPHENS) for t in heading_texts(document)] == list(truth.headings):
        found = [m for m in found if m.kind != "headings"]
    return [m.detail for m in found]


def _written_with(truth: Truth, table: dict[int, str]) -> Truth:
    """The truth with the characters of its labels and headings changed as the copy changed them."""

    def tree(label: LabelTree) -> LabelTree:
        return LabelTree(label.label.translate(table), tuple(tree(child) for child in label.children))

    return replace(
        truth,
        operative=tuple(replace(p, labels=tuple(tree(t) for t in p.labels)) for p in truth.operative),
        headings=tuple(heading.translate(table) for heading in truth.headings),
        drafts=tuple(_written_with(draft, table) for draft in truth.drafts),
    )


@cache
def exact_in_pasted() -> list[Path]:
    """The sample's documents whose pasted rendering has the XML's structure."""
    return [path for path in SAMPLE if not _mismatches(read_copy(path, "none"), path, "none")]


def _warnings(text: str, path: Path) -> list[str]:
    document = parse_unseen(load(path), text, f"{path.stem}.txt")
    return [d.rule for d in resolint.lint(document) if d.severity >= Severity.WARNING]


@pytest.mark.parametrize("form", STRUCTURE_KEPT)
def test_the_structure_stays_exact(form: str) -> None:
    changed = {}
    for path in exact_in_pasted():
        text = _read(path, form)
        if text is not None and (found := _mismatches(text, path, form)):
            changed[path.name] = found[:3]
    assert not changed, f"{len(changed)} of {len(exact_in_pasted())} exact documents changed: {changed}"


@pytest.mark.parametrize("form", WITHIN_TARGET)
def test_warnings_stay_within_the_corpus_target(form: str) -> None:
    texts = [(path, text) for path in SAMPLE if (text := _read(path, form)) is not None]
    found = [rule for path, text in texts for rule in _warnings(text, path)]
    assert len(found) / len(texts) <= TARGET, sorted(found)


def test_double_spaces_of_a_copy_are_one_finding() -> None:
    """A copy with double spaces all over: one RT406 per document, nothing else added."""
    for path in SAMPLE:
        before = Counter(_warnings(read_copy(path, "none"), path))
        after = Counter(_warnings(read_copy(path, "spaces"), path))
        assert set(after - before) <= {"RT406"} and after["RT406"] <= before["RT406"] + 1, (path.name, after - before)


@pytest.mark.parametrize("form", ["ligatures", "soft-hyphens", "soft-hyphen-breaks", "zero-width"])
def test_phrases_are_placed_on_the_copy_s_own_characters(form: str) -> None:
    """Every opener and verb span covers exactly the copy's characters of that phrase."""
    unread = re.compile(f"{SOFT_HYPHEN}[ \t]*\n[ \t]*|[{SOFT_HYPHEN}\u200b-\u200d\ufeff]")
    for path in SAMPLE[::3]:
        document = resolint.parse(read_copy(path, form), "x.txt")
        for paragraph in [*document.preamble, *document.operative]:
            if paragraph.phrase_span is None:
                continue
            written = document.source[paragraph.phrase_span.start : paragraph.phrase_span.end]
            read = unread.sub("", written).translate(str.maketrans(LIGATURES))
            assert " ".join(read.split()) == " ".join(paragraph.phrase.split()), (path.name, written)


def test_every_form_reads_without_a_traceback() -> None:
    for form in FORMS:
        for path in SAMPLE[::4]:
            text = _read(path, form)
            if text is not None:
                resolint.fix_text(text, path=f"{path.stem}.txt")


def test_the_copy_characters_are_reported_once_per_kind_and_fixed() -> None:
    path = SAMPLE[0]
    text = read_copy(path, "acrobat")
    document = resolint.parse(text, "x.txt")
    kinds = [d for d in resolint.lint(document) if d.rule == "RS013"]
    assert 1 <= len(kinds) <= 3 + 3 * 3  # each kind: one summary, or at most three on their own
    fixed, _ = resolint.fix_text(text)
    assert not re.search(f"[{SOFT_HYPHEN}\u200b\u200d{''.join(LIGATURES)}]", fixed)


# ---------------------------------------------------------------------------------------------
# Bytes in, bytes out: fix and fmt keep the file's encoding, byte-order mark and line ends

DRAFT = (
    "The General Assembly,\n\nAﬃrming its resolution 70/1 on the “Agenda” of Côte d’Ivoire,\n\n"
    "1. Decides to remain seized of the matter.\n"
)
FIXED = (
    "*The General Assembly*,\n\n*Affirming* its resolution 70/1 on the “Agenda” of Côte d’Ivoire,\n\n"
    "1. *Decides* to remain seized of the matter.\n"
)
ENCODINGS = [
    ("utf-8", b"", "\n"),
    ("utf-8", b"\xef\xbb\xbf", "\r\n"),
    ("utf-16-le", b"\xff\xfe", "\r\n"),
    ("utf-16-be", b"\xfe\xff", "\n"),
    ("utf-8", b"", "\r"),
    ("utf-8", b"", "\u2028"),
]


def _bytes(text: str, encoding: str, bom: bytes, newline: str) -> bytes:
    return bom + text.replace("\n", newline).encode(encoding)


@pytest.mark.parametrize(("encoding", "bom", "newline"), ENCODINGS)
def test_fix_writes_the_file_back_as_it_was_stored(tmp_path, capsys, encoding, bom, newline) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(_bytes(DRAFT, encoding, bom, newline))
    assert cli.main(["fix", str(path)]) in (0, 1)
    assert path.read_bytes() == _bytes(FIXED, encoding, bom, newline)


def test_fix_of_a_windows_1252_file_keeps_windows_1252(tmp_path, capsys) -> None:
    draft = DRAFT.replace("ﬃ", "ffi")  # Windows-1252 has no ligature
    path = tmp_path / "draft.txt"
    path.write_bytes(_bytes(draft, "cp1252", b"", "\r\n"))
    assert cli.main(["fix", str(path)]) in (0, 1)
    assert path.read_bytes() == _bytes(FIXED, "cp1252", b"", "\r\n")


@pytest.mark.parametrize(("encoding", "bom", "newline"), [*ENCODINGS, ("cp1252", b"", "\r\n")])
def test_fmt_write_keeps_a_res_md_as_it_was_stored(tmp_path, capsys, encoding, bom, newline) -> None:
    canonical = resolint.format_text(DRAFT.replace("ﬃ", "ffi"), "draft.res.md")
    path = tmp_path / "draft.res.md"
    path.write_bytes(_bytes(DRAFT.replace("ﬃ", "ffi"), encoding, bom, newline))
    assert cli.main(["fmt", "--write", "--force", str(path)]) == 0
    assert path.read_bytes() == _bytes(canonical, encoding, bom, newline)


@pytest.mark.parametrize(("encoding", "bom", "newline"), [*ENCODINGS, ("cp1252", b"", "\r\n")])
def test_lint_reads_every_encoding_alike(tmp_path, encoding, bom, newline) -> None:
    """``resolint lint`` (a process, no language server) finds the same, where the UTF-8 file has it."""
    draft = DRAFT.replace("ﬃ", "ffi") if encoding == "cp1252" else DRAFT
    findings = {}
    for name, data in (("plain", draft.encode()), ("encoded", _bytes(draft, encoding, bom, newline))):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        result = subprocess.run(
            [sys.executable, "-m", "resolint", "lint", "--no-config", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        findings[name] = [line.split(":", 1)[1] for line in result.stdout.splitlines() if ": RS" in line or ": R" in line]
        if name == "encoded" and encoding == "cp1252":
            assert "read as Windows-1252" in result.stdout
    assert findings["encoded"] == findings["plain"]
