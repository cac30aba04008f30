"""Round trips: import(export(x)) lints like x; export(import(...)) is stable."""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest
from docxtest_helpers import CORPUS, EXAMPLE, REPO, SEEDS, SHARED

import resolint
from resolint.docxio import export_docx, import_docx

DRAFTS = [EXAMPLE, *SEEDS]


# Marks of text pasted out of a PDF that the export repairs by writing the UN layout: italics lost
# (RS012; RS001, RP101, RO201 where a part lost them), a paragraph split by a page break (RS005),
# list bullets (RS006), two paragraphs run together on one line (RS007). The source may have them; the import never does.
PASTE_ARTEFACTS = {"RS001", "RP101", "RO201", "RS012", "RS005", "RS006", "RS007"}


def findings(text: str) -> Counter:
    """(rule, message) of every finding, with line and column numbers taken out of the messages."""
    document = resolint.parse(text)
    return Counter(
        (d.rule, re.sub(r"\b(?:line|lines|column) \d+", "line N", d.message)) for d in resolint.lint(document)
    )


def without_artefacts(found: Counter) -> Counter:
    return Counter({key: n for key, n in found.items() if key[0] not in PASTE_ARTEFACTS})


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.name)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_import_of_export_lints_like_the_source(tmp_path, draft, paper):
    source = draft.read_text(encoding="utf-8")
    document = resolint.parse(source, str(draft))
    exported = export_docx(document, tmp_path / "draft.docx", paper)
    imported = import_docx(exported)
    after = findings(imported.text)
    assert after == without_artefacts(findings(source))
    assert not [key for key in after if key[0] in PASTE_ARTEFACTS]
    again = resolint.parse(imported.text)
    assert [op.number for op in again.operative] == [op.number for op in document.operative]
    assert [op.phrase for op in again.operative] == [op.phrase for op in document.operative]
    assert len(again.preamble) == len(document.preamble)
    assert {(f.label, " ".join(f.text.plain.split())) for f in again.footnotes if f.label != "*"} == {
        (f.label, " ".join(f.text.plain.split())) for f in document.footnotes if f.label != "*"
    }
    assert again.heading.symbol == document.heading.symbol
    assert [(s.name, s.asterisk) for s in again.heading.sponsors] == [
        (s.name, s.asterisk) for s in document.heading.sponsors
    ]


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.name)
def test_export_of_import_is_stable(tmp_path, draft):
    document = resolint.parse(draft.read_text(encoding="utf-8"), str(draft))
    first = import_docx(export_docx(document, tmp_path / "one.docx")).text
    second = import_docx(export_docx(resolint.parse(first), tmp_path / "two.docx")).text
    assert second == first


def test_locations_point_at_word_paragraphs(tmp_path, seed_document):
    imported = import_docx(export_docx(seed_document, tmp_path / "seed.docx"))
    text = imported.text
    offset = text.index("\n9. ") + 1
    assert re.fullmatch(r"paragraph 9, Word paragraph \d+", imported.locate(offset))
    sub = text.index("(b) ", offset)
    assert re.fullmatch(r"paragraph 9 \(b\), Word paragraph \d+", imported.locate(sub + 5))
    first = int(imported.locate(offset).rsplit(" ", 1)[1])
    second = int(imported.locate(sub).rsplit(" ", 1)[1])
    assert second == first + 2  # (a) is the Word paragraph between them
    assert imported.locate(text.index("[^1]:")).startswith("footnote 1")


UN_SAMPLE = sorted({*sorted(CORPUS.glob("*.docx"))[::12], *(CORPUS / name for name in (
    "N1747039.docx", "N1821512.docx", "N1746973.docx", "N1730150.docx", "N1741778.docx", "N1745481.docx"))})


@pytest.mark.parametrize("path", UN_SAMPLE, ids=lambda p: p.name)
def test_un_word_files_survive_export_and_import(tmp_path, path):
    """A UN file read, written in our Letter layout and read again keeps its structure; then it is stable."""
    first = import_docx(path).text
    original = resolint.parse(first, str(path))
    second = import_docx(export_docx(original, tmp_path / "one.docx", "letter")).text
    again = resolint.parse(second)
    assert [(op.number, op.phrase) for op in again.operative] == [(op.number, op.phrase) for op in original.operative]
    assert [pp.phrase for pp in again.preamble] == [pp.phrase for pp in original.preamble]
    assert [note.label for note in again.footnotes] == [note.label for note in original.footnotes]
    assert len(again.comments) == len(original.comments)  # tables
    assert words(second) == words(first)  # nothing lost: every word comes back, however the model files it
    third = import_docx(export_docx(again, tmp_path / "two.docx", "letter")).text
    assert third == second


def test_akn_corpus_survives_export_and_import(tmp_path):
    """All 89 adopted HRC resolutions (the UN's AKN markup rendered to .res.md) through Word and back."""
    sys.path.insert(0, str(REPO / "tests" / "corpus"))
    from akn import corpus_files, load, render_resmd

    files = corpus_files()
    assert len(files) == 89
    for path in files:
        source = render_resmd(load(path))
        document = resolint.parse(source, path.name)
        imported = import_docx(export_docx(document, tmp_path / "akn.docx", "a4"))
        again = resolint.parse(imported.text)
        assert structure(again) == structure(document), path.name
        assert words(imported.text) == words(source), path.name  # heading included: nothing lost
        after = findings(imported.text)
        assert after == without_artefacts(findings(source)), path.name
        assert not [key for key in after if key[0] in PASTE_ARTEFACTS], path.name


def words(text: str) -> Counter:
    """The words of a source text without its markup (italics, note marks, headings, table bars)."""
    return Counter(plain(text).split())


def plain(text: str) -> str:
    """A source text without its markup, no-break spaces as spaces."""
    text = re.sub(r"\[\^[^\]\s]+\]:?|<!-- Word table:|-->|[#|]", " ", text).replace("*", "")
    return text.replace("\u00a0", " ")


FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def front_matter(text: str) -> tuple[list[str], str]:
    """The non-empty values of a text's front matter (its keys left out) and the text after it."""
    found = FRONT_MATTER.match(text)
    if not found:
        return [], text
    values = [line.partition(":")[2].strip() for line in found.group(1).splitlines()]
    return [value for value in values if value], text[found.end():]


def words_lost(source: str, imported: str) -> list[str]:
    """What a round trip lost, compared fairly: every word of the source's text (markup aside) must come
    back, in the text or in the front matter (a heading line may be read back as a field); every value
    of its front matter must come back somewhere, under any key or as a line of the text."""
    values, body = front_matter(source)
    imported_values, imported_body = front_matter(imported)
    lost = words(body) - words(imported_body) - words(" ".join(imported_values))
    flat = " ".join(plain(imported).split())
    missing = [value for value in values
               if not re.search(r"(?<!\S)" + re.escape(" ".join(plain(value).split())), flat)]
    return sorted(lost.elements()) + missing


def words_doubled(source: str, imported: str) -> list[str]:
    """Words of the imported text that the source's text and front matter do not hold as often (a part
    written twice); a front-matter value come back as a heading line ("2022/2.") is not doubled."""
    values, body = front_matter(source)
    _, imported_body = front_matter(imported)
    held = words(" ".join(values))
    extra = words(imported_body) - words(body) - held
    return sorted(word for word in extra.elements() if word.rstrip(".") not in held)


AKN = SHARED / "corpus"
# every 10th file, and files that hold the rarer shapes: nested drafts (ECOSOC recommending a draft to the
# General Assembly; E/RES/2021/20's draft has an annex), "•" items, annexes, many sections, an agenda title that begins "United Nations"
AKN_SAMPLE = sorted({
    *(path for folder in ("akn-ga", "akn-sc", "akn-ecosoc") for path in sorted((AKN / folder).glob("*.xml"))[::10]),
    AKN / "akn-ecosoc" / "E_RES_2021_23-2110318E.xml", AKN / "akn-ecosoc" / "E_RES_2022_13-2211662E.xml",
    AKN / "akn-sc" / "S_RES_2609 (2021)-2119016E.xml", AKN / "akn-sc" / "S_RES_2551 (2020)-2015095E.xml",
    AKN / "akn-ga" / "A_RES_76_245-2119712E.xml", AKN / "akn-ga" / "A_RES_76_79-2118629E.xml",
    AKN / "akn-ecosoc" / "E_RES_2021_20-2110314E.xml",
})


def akn_source(path) -> str:
    """An AKN file rendered to .res.md by the corpus tests' reader."""
    sys.path.insert(0, str(REPO / "tests" / "corpus"))
    from akn import load, render_resmd

    return render_resmd(load(path))


@pytest.mark.parametrize("path", AKN_SAMPLE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_akn_resolutions_lose_no_words_in_word(tmp_path, path):
    """Every 10th adopted GA, SC and ECOSOC resolution through Word and back: no word is lost, in nested
    drafts, annexes, sections and lists with "–" or "•" items too."""
    source = akn_source(path)
    imported = import_docx(export_docx(resolint.parse(source, path.name), tmp_path / "akn.docx", "a4"))
    assert words_lost(source, imported.text) == []
    assert words_doubled(source, imported.text) == []


def test_akn_sample_holds_the_genre():
    """The sample above holds nested drafts, annexes, sections and dash or bullet items, so that the
    test exercises them."""
    documents = [resolint.parse(akn_source(path), path.name) for path in AKN_SAMPLE]
    assert any(document.drafts for document in documents)
    assert any(document.annexes for document in documents)
    assert any(document.headings for document in documents)
    labels = {child.label for document in documents for op in document.operative for child in op.children}
    assert labels & {"–", "•"}


def test_words_lost_is_fair_to_front_matter_and_strict_on_text():
    source = "---\nsymbol: S/RES/1 (2020)\nnumber: \n---\n\n*The Security Council*,\n\n1. *Decides* to act;\n"
    moved = "---\nshort-title: S/RES/1 (2020)\n---\n\nThe Security Council,\n\n1. Decides to act;\n"
    assert words_lost(source, moved) == []
    assert words_lost(source, moved.replace("to act", "act")) == ["to"]
    assert words_lost(source, moved.replace("S/RES/1 (2020)", "S/RES/2 (2020)")) == ["S/RES/1 (2020)"]
    assert words_doubled(source, moved) == []
    assert words_doubled(source, moved.replace("to act;", "to act; to act;")) == ["act;", "to"]


def structure(document) -> tuple:
    return (
        [(op.number, op.phrase, [(c.label, [g.label for g in c.children]) for c in op.children])
         for op in document.operative],
        [pp.phrase for pp in document.preamble],
        [(note.label, " ".join(note.text.plain.split())) for note in document.footnotes],
        document.authoring.organ if document.authoring else None,
        (document.title.number, document.title.text) if document.title else None,
    )


def test_unusual_footnotes_keep_their_labels_and_findings(tmp_path):
    """A note numbered out of order gets a custom mark; a note nothing cites stays as a visible line."""
    source = (
        "*The General Assembly*,\n\n*Recalling* its resolution 70/1,[^2]\n\n1. *Decides* to act.\n\n"
        "[^1]: Nothing cites this *Treaty*.\n\n[^2]: Resolution 70/1.\n"
    )
    document = resolint.parse(source)
    imported = import_docx(export_docx(document, tmp_path / "notes.docx"))
    again = resolint.parse(imported.text)
    assert {(n.label, n.text.plain.strip()) for n in again.footnotes} == {
        ("1", "Nothing cites this Treaty."), ("2", "Resolution 70/1.")
    }
    assert "[^1]: Nothing cites this *Treaty*." in imported.text
    assert findings(imported.text) == findings(source)
    assert {rule for rule, _ in findings(source)} >= {"RF302"}
