"""The harness itself: the renderings and the ground truth say what the XML says.

These checks use a second, simpler reading of the XML (element counts) so that a bug in the
renderer cannot make the structure tests pass or fail for the wrong reason.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest
from akn import (
    AKN,
    CORPUS_DIR,
    corpus_files,
    ground_truth,
    load,
    render_pasted,
    render_pasted_lists,
    render_pasted_pages,
    render_resmd,
    superscript,
)

FILES = corpus_files()


def xml_counts(path) -> tuple[int, int, int]:
    statement = ElementTree.parse(path).getroot()[0]
    containers = len(statement.find(AKN + "preamble").findall(AKN + "container"))
    paragraphs = [
        p
        for p in statement.find(AKN + "mainBody").findall(AKN + "paragraph")
        if p.find(AKN + "num") is not None or not p.get("class", "").startswith("H")
    ]
    notes = sum(len(statement.find(AKN + part).findall(f".//{AKN}authorialNote")) for part in ("preamble", "mainBody"))
    return containers, len(paragraphs), notes


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_ground_truth_counts_match_xml(path):
    truth = ground_truth(load(path))
    containers, paragraphs, notes = xml_counts(path)
    assert (len(truth.openers), len(truth.operative), truth.footnotes) == (containers, paragraphs, notes)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_pasted_rendering_is_plain_with_superscript_markers(path):
    resolution = load(path)
    text = render_pasted(resolution)
    assert "*" not in text, "italic markers leaked into the pasted text"
    assert "[^" not in text
    assert text.startswith(f"United Nations  {resolution.heading['symbol']}\n")
    body_lines = text.splitlines()
    for block in resolution.operative:
        if block.number:
            assert any(re.match(rf"{re.escape(block.number)}( |$)", line) for line in body_lines), block.number
    for note in resolution.footnotes:
        assert f"\n{superscript(note.marker)} " in text, f"footnote {note.marker} text missing"
        assert text.count(superscript(note.marker)) >= 2, f"footnote marker {note.marker} missing in the body"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_paged_rendering_puts_each_footnote_once_after_its_marker(path):
    resolution = load(path)
    text = render_pasted_pages(resolution)
    for note in resolution.footnotes:
        definition = f"\n{superscript(note.marker)} "
        assert text.count(definition) == 1, f"footnote {note.marker} text not exactly once"
        assert text.index(superscript(note.marker)) < text.index(definition), f"footnote {note.marker} before marker"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_list_rendering_bullets_every_number_and_label(path):
    resolution = load(path)
    lines = render_pasted_lists(resolution).splitlines()
    for block in resolution.operative:
        if block.number:
            assert any(line.startswith(f"- {block.number}") for line in lines), block.number
        for point in block.points:
            assert any(line.startswith(f"- ({point.label}) ") for line in lines), point.label


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_resmd_rendering_has_front_matter_italics_and_notes(path):
    resolution = load(path)
    text = render_resmd(resolution)
    front, _, body = text.partition("\n---\n")
    assert front.startswith("---\n")
    keys = dict(line.split(": ", 1) for line in front.splitlines()[1:])
    assert keys["symbol"] == resolution.heading["symbol"]
    assert keys["number"] == resolution.number and keys["title"] == resolution.title
    truth = ground_truth(resolution)
    for opener in truth.openers:
        if opener:
            assert re.search(rf"^\*{re.escape(opener)}\*", body, re.MULTILINE), opener
    definitions = re.findall(r"^\[\^([^\]]+)\]: ", body, re.MULTILINE)
    assert definitions == [note.marker for note in resolution.footnotes]
    assert len(re.findall(r"\[\^[^\]]+\](?!:)", body)) == len(definitions)


def test_nested_subparagraphs_are_read_from_sublists():
    truth = ground_truth(load(CORPUS_DIR / "A_HRC_RES_56_5E.xml"))
    first = truth.operative[0]
    assert [tree.label for tree in first.labels] == ["a", "b", "c", "d"]
    assert [child.label for child in first.labels[1].children] == ["i", "ii"]


def test_section_headings_are_not_operative_paragraphs():
    resolution = load(CORPUS_DIR / "A_HRC_RES_55_29E.xml")
    headings = [b for b in resolution.body if b.kind == "heading"]
    assert len(headings) == 3
    numbers = [b.number for b in resolution.operative]
    assert numbers == [f"{i}." for i in range(1, len(numbers) + 1)]


def test_italic_phrase_split_by_markup_is_one_opener():
    # <i>Guided</i> <i>also</i> and <i>S</i><i>trongly condemning also</i> in the UN's markup
    openers_18 = ground_truth(load(CORPUS_DIR / "A_HRC_RES_55_18E.xml")).openers
    openers_13 = ground_truth(load(CORPUS_DIR / "A_HRC_RES_55_13E.xml")).openers
    assert "Guided also" in openers_18 and "Guided" not in openers_18[1:2]
    assert "Strongly condemning also" in openers_13


def test_points_without_a_label_are_text_of_the_item_above():
    # S/RES/2531 (2020) 29: "(a) *Quick impact projects*" and "(b) *Cooperation with Sanctions
    # Committees*", each followed by flush paragraphs that the XML marks as <point>s without <num>
    path = next(p for p in corpus_files("akn-sc") if p.name.startswith("S_RES_2531"))
    paragraph = next(
        p for p in ElementTree.parse(path).getroot().iter(AKN + "paragraph") if p.findtext(AKN + "num") == "29."
    )
    points = list(paragraph.iter(AKN + "point"))
    assert [p.findtext(AKN + "num") for p in points] == ["(a)", None, "(b)", None, None]
    operative = next(o for o in ground_truth(load(path)).operative if o.number == "29")
    assert [tree.show() for tree in operative.labels] == ["a", "b"]


def test_annex_without_its_title_in_the_xml_is_rendered_under_annex():
    # S/RES/2564 (2021): the <attachment> (doc name="annex") starts with the listed person's name;
    # the printed annex opens with "Annex", and so do the renderings; the name line is plain text, as
    # the UN marks it (class SingleTxt, no bold): in annexes every heading is marked by class or bold
    path = next(p for p in corpus_files("akn-sc") if p.name.startswith("SC_2564"))
    names = [doc.get("name") for doc in ElementTree.parse(path).getroot().iter(AKN + "doc")]
    assert names == ["annex"]
    resolution = load(path)
    assert resolution.annex[0].kind == "heading" and resolution.annex[0].runs[0].value == "Annex"
    assert "\n### Annex\n\nSultan Saleh Aida Aida Zabin\n" in render_resmd(resolution)
    assert "\nAnnex\n\nSultan Saleh Aida Aida Zabin\n" in render_pasted(resolution)


def test_subject_lines_inside_a_list_are_headings_of_the_truth():
    # S/RES/2552 (2020) 32 (e): "Urgent temporary measures:", "Special Criminal Court (SCC):" and
    # "Rule of law:" are <point>s without <num> between the items (ii) … (vii)
    path = next(p for p in corpus_files("akn-sc") if p.name.startswith("S_RES_2552"))
    paragraph = next(
        p for p in ElementTree.parse(path).getroot().iter(AKN + "paragraph") if p.findtext(AKN + "num") == "32."
    )
    unlabelled = [p for p in paragraph.iter(AKN + "point") if p.find(AKN + "num") is None]
    texts = [" ".join("".join(p.find(AKN + "content").itertext()).split()) for p in unlabelled]
    assert texts == ["Urgent temporary measures:", "Special Criminal Court (SCC):", "Rule of law:"]
    headings = ground_truth(load(path)).headings
    assert headings[headings.index("Other tasks") + 1 : headings.index("Other tasks") + 4] == tuple(texts)


def test_authoring_formula_left_out_of_the_xml_is_rendered_from_the_author():
    # S/RES/2573 (2021): the XML opens with the preamble; the printed text opens with "The Security Council,"
    path = next(p for p in corpus_files("akn-sc") if p.name.startswith("S_RES_2573"))
    root = ElementTree.parse(path).getroot()
    assert root.find(f".//{AKN}formula") is None
    assert root.find(f".//{AKN}FRBRWork/{AKN}FRBRauthor").get("href") == "sc"
    assert "\n*The Security Council*,\n\n*Reiterating* its primary" in render_resmd(load(path))


def resolution_of(folder: str, prefix: str):
    return load(next(p for p in corpus_files(folder) if p.name.startswith(prefix)))


def test_headings_of_class_h23_and_h4_are_headings():
    # the UN classes headings with and without the final G: "Table 1" (H23, E/RES/2021/6) and the
    # italic H4 headings of 76/181's annexed declaration are "### " lines, italics kept
    ecosoc = render_resmd(resolution_of("akn-ecosoc", "E_RES_2021_6-"))
    assert "\n### Table 1\n" in ecosoc and "\nTable 1\n" not in ecosoc
    ga = render_resmd(resolution_of("akn-ga", "A_RES_76_181"))
    assert "\n### *Addressing the causes, including the root causes, of crime*\n" in ga


def test_tables_are_rendered_in_the_resmd_table_form():
    # docs/format.md: a comment block "<!-- Word table:", one row a line, cells between bars, empty rows
    # and italics kept; pasted, the rows with text, their cells run together
    resolution = resolution_of("akn-ga", "A_RES_76_238")
    table = "<!-- Word table:\n| *Member State* | *Percentage* |\n|  |  |\n| Afghanistan | 0.006 |\n"
    text = render_resmd(resolution)
    assert table in text and "\n-->\n" in text.split(table)[1]
    assert "\nMember State Percentage\nAfghanistan 0.006\n" in render_pasted(resolution)


def test_titles_of_sub_lists_are_unlabelled_points():
    # S/RES/2556 29 (ii): "*Stabilisation*" (a sub-list's <intro>) and "*Root causes of conflict*" (a
    # point with only an <intro>) title the items after them; the items (a) … (k) are (ii)'s
    resolution = resolution_of("akn-sc", "S_RES_2556")
    operative = next(o for o in ground_truth(resolution).operative if o.number == "29")
    assert [tree.show() for tree in operative.labels] == ["i[a b c d e f g h]", "ii[a b c d e f[– – –] g h i j k]"]
    titles = ("Stabilisation", "Root causes of conflict", "Security Sector Reform (SSR)")
    assert ground_truth(resolution).headings[4:7] == titles
    assert re.search(r"\n +\*Stabilisation\*\n\n +\(a\) Provide coordination", render_resmd(resolution))
