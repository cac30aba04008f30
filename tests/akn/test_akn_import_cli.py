"""Reading AKN4UN safely, and the command line: ``export --to akn``, ``import FILE.xml``, ``lint FILE.xml``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_roundtrip import CORPUS, MARKUP_DATE, labels_running_on_deeper, schema_errors

import resolint
from resolint.aknio import AknError, akn_bytes, import_akn, import_akn_bytes
from resolint.aknio import reader as akn_reader
from resolint.aknio.resmd import marked

REPO = Path(__file__).resolve().parents[2]
DRAFT_SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
HRC_FILE = CORPUS / "akn-hrc" / "A_HRC_RES_54_10E.xml"
AKN_ROOT = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">{}</akomaNtoso>'


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resolint", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


# ---- safe XML ------------------------------------------------------------------------------------
def test_external_entities_are_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    data = f'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY s SYSTEM "file://{secret}">]>' + AKN_ROOT.format("&s;")
    with pytest.raises(AknError) as error:
        import_akn_bytes(data.encode(), "evil.xml")
    assert "DTD" in str(error.value) and "TOP SECRET" not in str(error.value)


def test_entity_expansion_bomb_is_refused():
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)]
    data = f"<!DOCTYPE a [{''.join(entities)}]>" + AKN_ROOT.format("&l9;")
    with pytest.raises(AknError, match=r"DTD|well-formed"):
        import_akn_bytes(data.encode(), "bomb.xml")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7 binary", "not well-formed XML"),
        (b"<akomaNtoso><unclosed></akomaNtoso>", "not well-formed XML"),
        (b"<html><body/></html>", "not an Akoma Ntoso document (root element <html>)"),
        (AKN_ROOT.format("").encode(), "the akomaNtoso element is empty"),
    ],
)
def test_bad_input_gives_one_line(data, message):
    with pytest.raises(AknError) as error:
        import_akn_bytes(data, "bad.xml")
    assert message in str(error.value) and "\n" not in str(error.value)


def test_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(akn_reader, "MAX_BYTES", 1000)
    big = tmp_path / "big.xml"
    big.write_bytes(HRC_FILE.read_bytes())
    with pytest.raises(AknError, match="file too large"):
        import_akn(big)


def test_missing_file():
    with pytest.raises(AknError, match="no such file"):
        import_akn(REPO / "nowhere.xml")


# ---- what the import keeps -------------------------------------------------------------------------
def test_import_keeps_no_break_spaces_and_footnotes():
    imported = import_akn(HRC_FILE)
    assert "11\u00a0October 2023" in imported.text
    document = resolint.parse(imported.text, "54_10.res.md")
    assert [note.label for note in document.footnotes] == [str(n) for n in range(2, 9)]
    exported = akn_bytes(document, MARKUP_DATE)
    assert "11\u00a0October 2023".encode() in exported


def test_draft_export_imports_back_to_the_same_model():
    draft = resolint.parse(DRAFT_SEED.read_text(encoding="utf-8"), DRAFT_SEED.name)
    back = resolint.parse(import_akn_bytes(akn_bytes(draft, MARKUP_DATE), "draft.xml").text, "draft.res.md")
    assert [(s.name, s.asterisk) for s in back.heading.sponsors] == [
        (s.name, s.asterisk) for s in draft.heading.sponsors
    ]
    assert back.title.number == "58/..." and back.title.text == draft.title.text
    assert [p.phrase for p in back.preamble] == [p.phrase for p in draft.preamble]
    assert [(op.number, len(op.children)) for op in back.operative] == [
        (op.number, len(op.children)) for op in draft.operative
    ]
    assert {n.label: n.text.plain for n in back.footnotes} == {n.label: n.text.plain for n in draft.footnotes}


# ---- command line ----------------------------------------------------------------------------------
def test_cli_export_to_akn_next_to_the_input(tmp_path):
    draft = tmp_path / "draft.res.md"
    draft.write_text(import_akn(HRC_FILE).text, encoding="utf-8")
    result = run("export", str(draft), "--to", "akn")
    assert result.returncode == 0, result.stderr
    written = tmp_path / "draft.xml"
    assert written.exists() and not schema_errors(written.read_bytes())


def test_cli_import_and_lint_xml(tmp_path):
    out = tmp_path / "54_10.res.md"
    result = run("import", str(HRC_FILE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("---\nsymbol: A/HRC/RES/54/10\n")
    lint = run("lint", "--format", "json", str(HRC_FILE))
    assert lint.returncode == 0, lint.stdout + lint.stderr  # an adopted HRC text: no finding


def test_cli_bad_xml_is_one_line(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<akomaNtoso")
    result = run("lint", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "not well-formed XML" in result.stderr


def test_folder_lint_takes_akn_xml_only(tmp_path):
    (tmp_path / "pom.xml").write_text("<project/>", encoding="utf-8")
    (tmp_path / "54_10.xml").write_bytes(HRC_FILE.read_bytes())
    result = run("lint", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(1 file)" in result.stdout and "pom.xml" not in result.stdout + result.stderr


def test_tables_come_back_as_tables():
    """A table is kept as a comment block in the text (as the Word import keeps them) and written back."""
    from corpus_roundtrip import import_export

    trip = import_export(CORPUS / "akn-ga" / "A_RES_76_239-2119694E.xml")
    tables = [item for item in trip.expected if item[0] == "table"]
    assert tables and [item for item in trip.got if item[0] == "table"] == tables
    assert "| A | Permanent members of the Security Council | Not applicable | Premium |" in import_akn(trip.path).text


CONTINUED = """---
symbol: S/RES/9999 (2026)
organ: Security Council
---

*The Security Council*,

*Recalling* its previous resolutions,

1. *Decides* that the measures shall not apply:

   (a) Where the Committee so determines;

   (b) Where entry is necessary for a judicial process;

and requests the Committee to report on their use;

2. *Decides* to remain seized of the matter.
"""


def exported_and_imported(text: str, name: str):
    """``text`` exported to AKN (checked against the schema), then that export imported: both returned."""
    data = akn_bytes(resolint.parse(text, f"{name}.res.md"), MARKUP_DATE)
    assert not schema_errors(data)
    return data, import_akn_bytes(data, f"{name}.xml")


def test_text_continuing_a_paragraph_after_its_points_is_its_wrap_up():
    _, imported = exported_and_imported(CONTINUED, "continued")
    blocks = [
        (block.kind, block.path, block.num, "".join(run.value for run in block.runs))
        for block in imported.structure.blocks
    ]
    assert blocks[-3:] == [
        ("point", "mainBody/paragraph/list/point", "(b)", "Where entry is necessary for a judicial process;"),
        ("wrapUp", "mainBody/paragraph/list/wrapUp", None, "and requests the Committee to report on their use;"),
        ("paragraph", "mainBody/paragraph", "2.", "Decides to remain seized of the matter."),
    ]
    assert "\n\nand requests the Committee to report on their use;\n" in imported.text


def test_fix_never_overwrites_an_xml_file(tmp_path):
    copy = tmp_path / "54_10.xml"
    copy.write_bytes(HRC_FILE.read_bytes())
    result = run("fix", str(copy))
    assert result.returncode == 2 and "run 'resolint import' first" in result.stderr
    assert copy.read_bytes() == HRC_FILE.read_bytes()


def test_resumed_meeting_line_is_the_conclusions():
    """ "54th (resumed) plenary meeting" closes 24 resolutions of the General Assembly (76/226–249)."""
    path = CORPUS / "akn-ga" / "A_RES_76_227-2119656E.xml"
    document = resolint.parse(import_akn(path).text, "76_227.res.md")
    assert [closing.text for closing in document.closing][:1] == ["54th (resumed) plenary meeting 24 December 2021"]
    exported = akn_bytes(document, MARKUP_DATE)
    assert b'<inline name="adoptionMeeting" title="54th">54th (resumed) plenary meeting</inline>' in exported


def test_export_to_a_folder_that_does_not_exist_is_one_line(tmp_path):
    draft = tmp_path / "draft.res.md"
    draft.write_text(import_akn(HRC_FILE).text, encoding="utf-8")
    result = run("export", str(draft), "--to", "akn", "-o", str(tmp_path / "missing" / "out.xml"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr


def test_folder_import_takes_akn_xml_and_word_files_alike(tmp_path):
    (tmp_path / "pom.xml").write_text("<project/>", encoding="utf-8")
    (tmp_path / "54_10.xml").write_bytes(HRC_FILE.read_bytes())
    (tmp_path / "other.xml").write_bytes(HRC_FILE.read_bytes())
    result = run("import", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = sorted(path.name for path in tmp_path.glob("*.res.md"))
    assert written == ["54_10.res.md", "other.res.md"]
    assert (tmp_path / "54_10.res.md").read_text(encoding="utf-8") == import_akn(HRC_FILE).text


def test_import_keeps_the_un_note_numbers_and_fmt_keeps_them_too():
    """54/10's notes run 2–8 (note 1 is on its cover page): the import and fmt both keep them."""
    text = import_akn(HRC_FILE).text
    labels = [note.label for note in resolint.parse(text, "54_10.res.md").footnotes]
    assert labels == [str(number) for number in range(2, 9)]
    formatted = resolint.parse(resolint.format_text(text, "54_10.res.md"), "54_10.res.md")
    assert [note.label for note in formatted.footnotes] == labels


def test_fmt_still_renumbers_notes_out_of_order():
    text = "*The General Assembly*,\n\n*Recalling* the report,[^3] and the Declaration,[^2]\n\n[^2]: A.\n[^3]: B.\n"
    formatted = resolint.format_text(text, "draft.res.md")
    assert "report,[^1] and the Declaration,[^2]" in formatted and "[^1]: B." in formatted


def test_nested_draft_is_its_own_statement_in_the_components():
    path = next((CORPUS / "akn-ecosoc").glob("E_RES_2021_20-*.xml"))
    exported = akn_bytes(resolint.parse(import_akn(path).text, "2021_20.res.md"), MARKUP_DATE)
    assert not schema_errors(exported)
    root = akn_reader.parse_bytes(exported)
    ns = {"a": akn_reader.NS}
    nested = root.findall("a:statement/a:components/a:component/a:statement", ns)
    assert [statement.get("name") for statement in nested] == ["draft resolution"]
    formulas = [akn_reader.plain(f) for f in nested[0].findall("a:preamble/a:formula", ns)]
    assert formulas == ["The General Assembly,"]
    assert nested[0].findall("a:attachments/a:attachment", ns)  # the Kyoto Declaration, annexed to the draft
    recommending = root.findall("a:statement/a:mainBody/a:paragraph", ns)
    assert len(recommending) == 1 and "following draft resolution:" in akn_reader.plain(recommending[0])


def through_word(path: Path, tmp_path: Path) -> str:
    """The ``.res.md`` that ``import`` makes of the Word export of an AKN file."""
    out = tmp_path / "exported.docx"
    assert run("export", str(path), "-o", str(out)).returncode == 0
    result = run("import", str(out))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_security_council_symbol_comes_back_from_word(tmp_path):
    """S/RES/2632 (2022) exported to Word and imported again is the symbol, not a short title."""
    front = through_word(next((CORPUS / "akn-sc").glob("S_RES_2632 *.xml")), tmp_path).split("\n---\n", 1)[0]
    assert "symbol: S/RES/2632 (2022)" in front and "short-title" not in front


def test_resolution_in_parts_is_a_document_collection():
    """76/84 A and B: each part's letter and title, organ line and meeting lines come through the
    text, and the export writes each part as its own statement of a ``documentCollection``."""
    path = next((CORPUS / "akn-ga").glob("A_RES_76_84 A-B-*.xml"))
    text = import_akn(path).text
    part_b = "*49th plenary meeting\n9 December 2021*\n\n### B\n\n### United Nations global communications"
    assert "### A\n\n### Information in the service of humanity\n\n*The General Assembly*," in text
    assert part_b in text
    exported = akn_bytes(resolint.parse(text, "76_84.res.md"), MARKUP_DATE)
    assert not schema_errors(exported)
    root = akn_reader.parse_bytes(exported)
    ns = {"a": akn_reader.NS}
    parts = root.findall("a:documentCollection/a:components/a:component/a:statement", ns)
    assert [akn_reader.plain(s.find("a:preface//a:docNumber", ns)) for s in parts] == ["A", "B"]
    assert all(s.find("a:preamble/a:formula", ns) is not None for s in parts)
    assert all(s.find("a:conclusions", ns) is not None for s in parts)
    refs = root.findall("a:documentCollection/a:collectionBody/a:component/a:documentRef", ns)
    assert [ref.get("showAs") for ref in refs] == ["Resolution A", "Resolution B"]


def test_ecosoc_number_and_session_come_back_from_word(tmp_path):
    """E/RES/2021/3 exported to Word and imported again: "2021 session" and "2021/3." are heading fields."""
    front, _, body = through_word(next((CORPUS / "akn-ecosoc").glob("E_RES_2021_3-*.xml")), tmp_path).partition(
        "\n---\n"
    )
    assert "session: 2021 session" in front and "number: 2021/3" in front
    assert "title: New strategic vision of the Economic and Social Commission for Western Asia" in front
    assert "2021 session" not in body and "2021/3." not in body


SUBJECT_LINES = """---
symbol: S/RES/9998 (2026)
organ: Security Council
---

*The Security Council*,

*Recalling* its previous resolutions,

1. *Decides* that the mandate of the Mission shall include the following tasks:

   (a) To support justice, as follows:

      (i) To help reinforce the independence of the judiciary;

      Urgent temporary measures:

         (ii) To adopt urgent temporary measures on an exceptional basis;

         (iii) To assist the national authorities in their efforts;

      Rule of law:

         (iv) To provide support to the national police;

2. *Decides* to remain seized of the matter.
"""


def list_points(imported, width: int) -> list[tuple[str, str | None, str]]:
    """Each point of the import: its path inside the paragraph's list, its label, its opening (italics marked)."""
    blocks = imported.structure.blocks
    prefix = "mainBody/paragraph/list/"
    return [(b.path.removeprefix(prefix), b.num, marked(b.runs)[:width]) for b in blocks if b.kind == "point"]


def test_subject_lines_between_points_are_unnumbered_points_heading_a_sub_list():
    data, imported = exported_and_imported(SUBJECT_LINES, "subjects")
    assert list_points(imported, 12) == [
        ("point", "(a)", "To support j"),
        ("sublist/point", "(i)", "To help rein"),
        ("sublist/point", "", "Urgent tempo"),
        ("sublist/sublist/point", "(ii)", "To adopt urg"),
        ("sublist/sublist/point", "(iii)", "To assist th"),
        ("sublist/point", "", "Rule of law:"),
        ("sublist/sublist/point", "(iv)", "To provide s"),
    ]
    assert not any(block.kind == "heading" for block in imported.structure.blocks)
    again = akn_bytes(resolint.parse(imported.text, "subjects.res.md"), MARKUP_DATE)
    assert again == data  # imported back the same way: the subject lines are headings of the model again


TITLED_SUB_LISTS = """---
symbol: S/RES/9997 (2026)
organ: Security Council
---

*The Security Council*,

*Recalling* its previous resolutions,

1. *Decides* that the mandate shall include the following priority tasks:

   (i) Protection of civilians

      (a) To take all necessary measures to protect civilians;

   (ii) Support to stabilisation and the strengthening of State institutions

      *Stabilisation*

         (a) To provide coordination between the Government and its partners;

         (b) To provide technical advice to the Government;

      *Disarmament, demobilisation, reintegration (DDR)*

         (c) To provide good offices in support of reintegration;

2. *Decides* to remain seized of the matter.
"""


def test_titles_of_a_points_sub_list_are_written_in_the_list_in_italics():
    """A title between a point and its first sub-point ("*Stabilisation*", S/RES/2556) is a subject line
    of the list, written there (not after the paragraph), in italics; one in italics may hold a comma."""
    data, imported = exported_and_imported(TITLED_SUB_LISTS, "titles")
    assert list_points(imported, 18) == [
        ("point", "(i)", "Protection of civi"),
        ("sublist/point", "(a)", "To take all necess"),
        ("point", "(ii)", "Support to stabili"),
        ("sublist/point", "", "*Stabilisation*"),
        ("sublist/sublist/point", "(a)", "To provide coordin"),
        ("sublist/sublist/point", "(b)", "To provide technic"),
        ("sublist/point", "", "*Disarmament, demo"),
        ("sublist/sublist/point", "(c)", "To provide good of"),
    ]
    assert not any(block.kind == "heading" for block in imported.structure.blocks)
    assert not labels_running_on_deeper(imported.structure.blocks)  # the Council's form: one level down
    assert akn_bytes(resolint.parse(imported.text, "titles.res.md"), MARKUP_DATE) == data


def test_a_points_text_in_an_intro_is_read():
    """S/RES/2556 puts the titles "*Root causes of conflict*", "*Security Sector Reform (SSR)*" in a
    point's ``intro`` (no ``content``): their text is kept."""
    text = import_akn(CORPUS / "akn-sc" / "S_RES_2556 (2020)-2017440E.xml").text
    assert "\n      *Stabilisation*\n" in text
    assert "*Root causes of conflict*" in text and "*Security Sector Reform (SSR)*" in text
    assert not re.search(r"\n[ \t]+\n", text)  # no point left as an empty indented line


def test_an_annex_without_its_title_gets_it_from_the_doc_name():
    """S/RES/2564's annex opens with a name line, its title only in ``doc name="annex"``: imported, the
    annex opens with "### Annex" and the name stays a plain line of its text, as the UN marks it."""
    text = import_akn(CORPUS / "akn-sc" / "SC_2564_2021-E.xml").text
    assert "\n### Annex\n\nSultan Saleh Aida Aida Zabin\n\nSultan Saleh Aida Aida Zabin has engaged" in text
    model = resolint.parse(text, "2564.res.md")
    assert [paragraph.text.plain[:28] for paragraph in model.annex][:1] == ["Sultan Saleh Aida Aida Zabin"]
