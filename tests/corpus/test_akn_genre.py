"""Each form of the genre, read from a real adopted text of the corpus in its renderings.

Sections (76/240, 76/246 A and B), parts (76/84 A and B, E/RES/2021/13), subject headings in the
operative part (S/RES/2551), lead-ins with items in the preamble (76/29), text after a list
(S/RES/2612), annexes (76/7, E/RES/2021/20), nested drafts (E/RES/2021/20, E/RES/2022/12) and the
Security Council's conventions: its italics as adopted (S/RES/2507), items labelled "a." and "i."
(S/RES/2657, 2579), task groups (i)–(iii) with letters under them (S/RES/2666), titled items with
flush text (S/RES/2531, 2552), subject lines before a numbered paragraph (S/RES/2509, 2567, 2662)
and titled annexed lists (S/RES/2662). The expected facts are the UN's, read from its XML by
:mod:`akn`; the model must show them with positions inside the text.
"""

from __future__ import annotations

import pytest
from akn import CORPUS_ROOT, ground_truth, load, parse_unseen
from akn_compare import compare_document, render

import resolint
from resolint.diagnostics import Severity

FORMS = ("resmd", "pasted", "pasted-pages")


def parsed(name: str, form: str):
    path = next((CORPUS_ROOT / name.split("/")[0]).glob(name.split("/")[1]))
    text = render(path, form)
    resolution = load(path)
    return resolution, text, parse_unseen(resolution, text, f"{path.stem}.{'res.md' if form == 'resmd' else 'txt'}")


def mismatches(resolution, document, form: str) -> list[str]:
    """Where the parse differs from the XML; pasted text has no italics, so there the extent of an
    opener or verb is not compared (the .res.md form compares it)."""
    found = compare_document(document, ground_truth(resolution))
    phrases = ("opener", "verb", "draft opener", "draft verb")
    return [m.detail for m in found if form == "resmd" or m.kind not in phrases]


def serious(document) -> list[str]:
    """Warnings and errors, but not those about italics missing from pasted text (it has none)."""
    pasted = document.form != "res.md"
    italics = ("RS001", "RP101", "RO201", "RS012")
    return [
        f"{d.rule} {d.message}"
        for d in resolint.lint(document)
        if d.severity >= Severity.WARNING and not (pasted and d.rule in italics)
    ]


def assert_spans_inside(text: str, *spans) -> None:
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize("form", FORMS)
def test_sections_with_own_preamble_and_numbering_restarting(form):
    """76/241: sections I and II, each with its title, its own preamble and operative paragraphs 1, 2 …"""
    resolution, text, document = parsed("akn-ga/A_RES_76_241-*.xml", form)
    assert mismatches(resolution, document, form) == []
    numbered = [h for h in document.headings if h.number]
    assert [h.number for h in numbered] == ["I", "II"]
    assert numbered[0].title == "Activities of the Office of Internal Oversight Services"
    assert all(h.starts_section for h in numbered)
    sections = document.operative_sections()
    assert len(sections) == 2 and sections[0][0].number == sections[1][0].number == "1"
    assert_spans_inside(text, *(h.span for h in document.headings))
    assert not [f for f in serious(document) if f.startswith(("RS002", "RO203", "RS004"))]


@pytest.mark.parametrize("form", FORMS)
def test_sections_with_numbering_through_the_text(form):
    """76/71 (sustainable fisheries): sections I … XIII, operative paragraphs numbered 1 … 250 throughout."""
    resolution, _, document = parsed("akn-ga/A_RES_76_71-*.xml", form)
    assert mismatches(resolution, document, form) == []
    assert [h.number for h in document.headings if h.number][:3] == ["I", "II", "III"]
    assert [p.number for p in document.operative] == [str(i) for i in range(1, 251)]
    assert not [f for f in serious(document) if f.startswith(("RS002", "RS004"))]


@pytest.mark.parametrize("form", FORMS)
def test_sections_marked_with_section_elements(form):
    """76/246 B: the XML's <section><num>I</num> form reads the same as bare subheadings."""
    resolution, _, document = parsed("akn-ga/A_RES_76_246B_E.xml", form)
    assert mismatches(resolution, document, form) == []
    assert [h.number for h in document.headings] == ["I", "II", "III"]


@pytest.mark.parametrize("form", FORMS)
def test_subsections_lettered_under_a_titled_section(form):
    """76/240: a general part, then "Conditions of service …" with subsections A–D."""
    resolution, _, document = parsed("akn-ga/A_RES_76_240-*.xml", form)
    assert mismatches(resolution, document, form) == []
    assert [h.number for h in document.headings if h.number] == ["A", "B", "C", "D"]
    assert not [f for f in serious(document) if f.startswith("RS002")]


@pytest.mark.parametrize("form", FORMS)
def test_parts_each_with_own_authoring_line(form):
    """76/84 A and B: part B has its own title, authoring line and meeting line."""
    resolution, _, document = parsed("akn-ga/A_RES_76_84 A-B-*.xml", form)
    assert [h.text for h in document.headings[:2]] == ["A Information in the service of humanity"] or [
        line.text for line in document.headings[0].lines
    ] == ["A", "Information in the service of humanity"]
    assert [a.organ for a in document.part_authorings] == ["General Assembly"]
    assert len(document.preamble) == len(resolution.preamble)


@pytest.mark.parametrize("form", FORMS)
def test_ecosoc_parts_with_their_own_preamble(form):
    """E/RES/2021/13: parts A, B, C, each with a title, preamble and operative paragraphs from 1."""
    resolution, _, document = parsed("akn-ecosoc/E_RES_2021_13-*.xml", form)
    assert mismatches(resolution, document, form) == []
    assert [h.number for h in document.headings] == ["A", "B", "C"]
    assert len(document.operative_sections()) == 3
    assert not [f for f in serious(document) if f.startswith(("RS002", "RS004", "RO203"))]


@pytest.mark.parametrize("form", FORMS)
def test_subject_headings_inside_continuous_operative_numbering(form):
    """S/RES/2551: "Arms Embargo" between paragraphs 5 and 6; the numbering runs on."""
    _, _, document = parsed("akn-sc/S_RES_2551 (2020)-*.xml", form)
    titles = [h.title for h in document.headings]
    assert "Arms Embargo" in titles
    assert not any(h.starts_section for h in document.headings if h.title == "Arms Embargo")
    assert [p.number for p in document.operative] == [str(i) for i in range(1, len(document.operative) + 1)]
    assert not [f for f in serious(document) if f.startswith(("RS002", "RO203"))]


@pytest.mark.parametrize("form", FORMS)
def test_preambular_lead_in_with_items(form):
    """76/29: "… a major contribution to:" with items (a)–(e) in the preamble."""
    resolution, _, document = parsed("akn-ga/A_RES_76_29-*.xml", form)
    lead_in = next(p for p in document.preamble if p.phrase == "Convinced" and p.children)
    assert [child.label for child in lead_in.children][:3] == ["a", "b", "c"]
    assert len(document.preamble) == len(resolution.preamble)
    assert not [f for f in serious(document) if f.startswith("RP103")]


def test_text_after_a_list_continues_the_paragraph():
    """S/RES/2612: the list of reports ends and "and further requests …" carries the paragraph on."""
    _, _, document = parsed("akn-sc/S_RES_2612 (2021)_E.xml", "resmd")
    carried = [p for p in document.operative if p.wrap_up is not None]
    assert carried and carried[0].wrap_up.plain.lstrip().startswith("and")
    assert carried[0].children


@pytest.mark.parametrize("form", FORMS)
def test_annexed_declaration_is_not_the_operative_part(form):
    """76/7: one operative paragraph adopts the declaration; its numbered paragraphs are annex text."""
    _, _, document = parsed("akn-ga/A_RES_76_7-*.xml", form)
    assert len(document.operative) == 1 and document.operative[0].phrase == "Adopts"
    assert document.annexes and document.annexes[0].title == "Annex"
    assert len(document.annexes[0].paragraphs) > 20
    assert not [f for f in serious(document) if f.startswith(("RO203", "RS002"))]


@pytest.mark.parametrize("form", FORMS)
def test_nested_draft_with_its_own_preamble_and_annex(form):
    """E/RES/2021/20: the Council recommends a draft resolution, whose annex is the Kyoto Declaration."""
    resolution, _, document = parsed("akn-ecosoc/E_RES_2021_20-*.xml", form)
    assert mismatches(resolution, document, form) == []
    (draft,) = document.drafts
    assert draft.authoring is not None and draft.authoring.organ == "General Assembly"
    assert draft.preamble[0].phrase == "Emphasizing"
    assert [p.number for p in draft.operative] == [str(i) for i in range(1, 14)]
    assert [p.phrase for p in document.operative] == ["Recommends"]
    assert not serious(document)


@pytest.mark.parametrize("form", FORMS)
def test_draft_nested_in_the_operative_part(form):
    """E/RES/2022/12: the draft comes inside the recommending paragraph (AKN <embeddedStructure>)."""
    resolution, _, document = parsed("akn-ecosoc/E_RES_2022_12-*.xml", form)
    assert mismatches(resolution, document, form) == []
    assert len(document.drafts) == 1 and document.drafts[0].operative


def test_security_council_text_keeps_the_councils_wording():
    """S/RES/2506 writes "recognising" and repeats "Recalling": the Council's adopted wording."""
    _, _, document = parsed("akn-sc/S_RES_2506 (2020)-*.xml", "resmd")
    assert document.authoring is not None and document.authoring.organ == "Security Council"
    assert not [f for f in serious(document) if f.startswith(("RT403", "RP104", "RP102"))]


def labels(items) -> list[str]:
    return [f"{item.label}[{' '.join(labels(item.children))}]" if item.children else item.label for item in items]


def test_security_council_italics_are_the_phrase_as_adopted():
    """S/RES/2507 "*Taking note of*", S/RES/2549 "*Urges all*": the Council's italics, not the list's phrase."""
    _, _, document = parsed("akn-sc/S_RES_2507 (2020)-*.xml", "resmd")
    assert [p.phrase for p in document.preamble][4:6] == ["Taking note of", "Further taking note of"]
    _, _, document = parsed("akn-sc/S_RES_2549 (2020)-*.xml", "resmd")
    assert document.operative[7].phrase == "Urges all"
    assert not serious(document)


def test_items_labelled_with_letters_and_full_stops():
    """S/RES/2657: "a.", "b." … items ("b. accelerate …" is an item, not text after the list), and
    "i.", "ii." under "a."."""
    resolution, _, document = parsed("akn-sc/S_RES_2657-*.xml", "resmd")
    assert mismatches(resolution, document, "resmd") == []
    by_number = {p.number: p for p in document.operative}
    assert labels(by_number["7"].children) == ["a.", "b.", "c.", "d.", "e."]
    assert labels(by_number["10"].children) == ["a.[i. ii. iii. iv.]", "b."]
    assert by_number["7"].wrap_up is None


@pytest.mark.parametrize("form", FORMS)
def test_items_of_other_styles_under_bracketed_numerals(form):
    """S/RES/2579: tasks (i) … (iv), each with "a.", "b." … under it; then a list "i." … "vi."."""
    resolution, _, document = parsed("akn-sc/SC_2579_2021-E.xml", form)
    assert mismatches(resolution, document, form) == []
    by_number = {p.number: p for p in document.operative}
    assert labels(by_number["3"].children) == ["i[a. b. c.]", "ii[a. b.]", "iii[a. b. c. d.]", "iv[a. b. c. d.]"]
    assert labels(by_number["4"].children) == ["i.", "ii.", "iii.", "iv.", "v.", "vi."]


@pytest.mark.parametrize("form", FORMS)
def test_task_groups_numbered_in_roman_with_letters_running_on(form):
    """S/RES/2666 24: groups (i) … (iii), items (a) … (f) under (i), (g) … (k) under (ii), (l) under (iii)."""
    resolution, _, document = parsed("akn-sc/S_RES_2666-*.xml", form)
    assert mismatches(resolution, document, form) == []
    paragraph = next(p for p in document.operative if p.number == "24")
    assert labels(paragraph.children) == ["i[a b c d e f]", "ii[g h i j k]", "iii[l[– – –]]"]


@pytest.mark.parametrize("form", FORMS)
def test_titled_items_with_flush_text_under_them(form):
    """S/RES/2531 29: "(b) *Cooperation with Sanctions Committees*" and two flush paragraphs under it,
    text of item (b), not operative paragraphs; S/RES/2552 32 (e): "Rule of law:" before items (vi),
    (vii) is a subject line inside the list."""
    resolution, _, document = parsed("akn-sc/S_RES_2531 (2020)-*.xml", form)
    assert mismatches(resolution, document, form) == []
    paragraph = next(p for p in document.operative if p.number == "29")
    assert labels(paragraph.children) == ["a", "b"]
    assert "To assist the 1267/1989/2253" in paragraph.children[1].text.plain
    assert [p.number for p in document.operative] == [str(i) for i in range(1, len(document.operative) + 1)]
    resolution, _, document = parsed("akn-sc/S_RES_2552 (2020)-*.xml", form)
    assert mismatches(resolution, document, form) == []
    paragraph = next(p for p in document.operative if p.number == "32")
    assert labels(paragraph.children)[-1] == "e[i ii iii iv v vi vii]"
    assert {"Urgent temporary measures:", "Rule of law:"} <= {h.title for h in document.headings}
    assert not [f for f in serious(document) if f.startswith(("RO203", "RS002", "RS003"))]


def bullets_removed(document) -> str:
    """The text after RS006's fix: what is left of the copy's list hyphens in the operative part."""
    fixed, _ = resolint.fix_text(document.source, path="copy.txt")
    return fixed


def test_copied_list_hyphen_before_the_councils_own_item_marks():
    """A PDF copy that puts "- " before every line of the operative list ("- 2. Commends …") also
    puts it before the Council's own dashes, bullets and dotted labels: "- – UNIOGBIS will …"
    (S/RES/2512 2), "- • …" (S/RES/2567 7), "- a. …" (S/RES/2657 7). The item's label is the mark
    after the hyphen, and the hyphen is an artefact RS006 removes."""
    for name, number, expected in (
        ("akn-sc/S_RES_2512 (2020)-*.xml", "2", ["a[– –]", "b[–]"]),
        ("akn-sc/SC_2567_2021-E.xml", "7", ["•"] * 5),
        ("akn-sc/S_RES_2657-*.xml", "10", ["a.[i. ii. iii. iv.]", "b."]),
    ):
        resolution, text, document = parsed(name, "pasted-lists")
        assert "\n- – " in text or "\n- • " in text or "\n- a. " in text, name
        assert mismatches(resolution, document, "pasted-lists") == [], name
        paragraph = next(p for p in document.operative if p.number == number)
        assert labels(paragraph.children) == expected, name
        item = paragraph.children[0].children[0] if paragraph.children[0].children else paragraph.children[0]
        assert [a.kind for a in item.artefacts] == ["bullet"], name
        assert not [line for line in bullets_removed(document).splitlines() if line.startswith("- ")], name


def test_copied_list_hyphen_before_flush_text_of_an_item():
    """S/RES/2531 29: "- (a) Quick impact projects" and "-  To contribute to the creation …" on the
    next line — the hyphen stands before every line of the list, also the item's flush text with
    no label of its own: text of item (a), not an item labelled "-"; S/RES/2666 43: "- and further
    requests …" after the dashes carries paragraph 43 on."""
    resolution, text, document = parsed("akn-sc/S_RES_2531 (2020)-*.xml", "pasted-lists")
    assert "\n-  To contribute to the creation" in text
    assert mismatches(resolution, document, "pasted-lists") == []
    paragraph = next(p for p in document.operative if p.number == "29")
    assert labels(paragraph.children) == ["a", "b"]
    assert "To contribute to the creation" in paragraph.children[0].text.plain
    assert [a.kind for a in paragraph.children[0].artefacts] == ["bullet", "bullet"]
    resolution, _, document = parsed("akn-sc/S_RES_2666-*.xml", "pasted-lists")
    assert mismatches(resolution, document, "pasted-lists") == []
    paragraph = next(p for p in document.operative if p.number == "43")
    assert paragraph.wrap_up is not None and paragraph.wrap_up.plain.startswith("and further requests")
    assert "\n- and further requests" not in bullets_removed(document)


def test_single_operative_paragraph_after_the_page_footnotes():
    """E/RES/2021/30: the preamble's last paragraph ends with a comma at a page's end, the page's
    footnotes follow, then "Decides to invite the Secretary-General …" — the one unnumbered
    operative paragraph, not the rest of the preambular paragraph cut by the page break."""
    resolution, text, document = parsed("akn-ecosoc/E_RES_2021_30-*.xml", "pasted-pages")
    assert "impediments,\n\n\n\n\n¹ General Assembly resolution 69/313" in text
    assert mismatches(resolution, document, "pasted-pages") == []
    assert [p.text.plain[:28] for p in document.operative] == ["Decides to invite the Secret"]
    assert document.preamble[-1].text.plain.endswith("legal or financial impediments,")


def test_paragraph_cut_after_a_comma_at_a_page_without_footnotes():
    """A/RES/76/204 49: "… also expresses its appreciation to the Governments of Jamaica," ends a
    page that has no footnotes, and "Kenya, Morocco and Portugal for hosting, …" begins the next:
    the page's empty lines are the break, the capital a name, the paragraph one."""
    resolution, text, document = parsed("akn-ga/A_RES_76_204-*.xml", "pasted-pages")
    assert "Governments of Jamaica,\n\n\n\n\nKenya, Morocco" in text
    assert mismatches(resolution, document, "pasted-pages") == []
    paragraph = next(p for p in document.operative if p.number == "49")
    assert "Governments of Jamaica, Kenya, Morocco and Portugal" in paragraph.text.plain
    assert [p.number for p in document.operative] == [str(i) for i in range(1, 54)]


@pytest.mark.parametrize("form", FORMS)
def test_numbered_paragraph_opening_with_a_participle(form):
    """The Council numbers paragraphs that open with a participle: S/RES/2564 "4. *Emphasising* …,
    *reaffirms* …", S/RES/2650 "23. *Acting* in support of …". Pasted text takes the participle as
    the paragraph's phrase, and nothing is reported on the annexed name "Sultan Saleh Aida Aida
    Zabin" (a name may repeat a word)."""
    resolution, _, document = parsed("akn-sc/SC_2564_2021-E.xml", form)
    assert mismatches(resolution, document, form) == []
    assert next(p for p in document.operative if p.number == "4").phrase == "Emphasising"
    assert not serious(document)
    resolution, _, document = parsed("akn-sc/S_RES_2650_*.xml", form)
    assert mismatches(resolution, document, form) == []
    assert next(p for p in document.operative if p.number == "23").phrase == "Acting"


def test_letters_restarting_under_each_roman_numbered_task():
    """S/RES/2612 29: tasks (i) and (ii), each with items (a) … of its own: in sequence, no RS003."""
    resolution, _, document = parsed("akn-sc/S_RES_2612 (2021)_E.xml", "resmd")
    assert mismatches(resolution, document, "resmd") == []
    paragraph = next(p for p in document.operative if p.number == "29")
    assert labels(paragraph.children) == ["i[a b c d e f g h]", "ii[a b c d e f[– – – –] g h i j k]"]
    assert not [f for f in serious(document) if f.startswith("RS003")]


@pytest.mark.parametrize("form", FORMS)
def test_subject_lines_right_before_a_numbered_paragraph(form):
    """S/RES/2509 "Prevention of Illicit Exports of Petroleum, including …, from Libya" before 1.,
    S/RES/2567 "Reports:", S/RES/2662 "2a: Targeted sanctions": headings, not paragraphs."""
    for name, title in (
        ("akn-sc/S_RES_2509 (2020)-*.xml", "Prevention of Illicit Exports of Petroleum"),
        ("akn-sc/SC_2567_2021-E.xml", "Reports:"),
        ("akn-sc/S_RES_2662-*.xml", "2a: Targeted sanctions"),
    ):
        resolution, _, document = parsed(name, form)
        assert mismatches(resolution, document, form) == [], name
        assert any(h.title.startswith(title) for h in document.headings), name


@pytest.mark.parametrize("form", FORMS)
def test_annexed_lists_with_titles(form):
    """S/RES/2662: "Annex A – Items subject to a no-objection process" and its numbered list are annex
    text, not operative paragraphs 51 …; the resolution ends with "*Decides* to remain actively seized"."""
    resolution, _, document = parsed("akn-sc/S_RES_2662-*.xml", form)
    assert mismatches(resolution, document, form) == []
    assert [a.title for a in document.annexes][:2] == [
        "Annex A – Items subject to a no-objection process",
        "Annex B – items requiring advance notification",
    ]
    assert document.operative[-1].number == "50"
    assert document.operative[-1].text.plain.strip().endswith("remain actively seized of the matter.")


def outline(name: str):
    from langserver.documents import Analysis
    from langserver.features.outline import document_symbols, folding_ranges
    from langserver.positions import PositionMap

    _, text, document = parsed(name, "resmd")
    analysis = Analysis(text=text, document=document, diagnostics=[], positions=PositionMap(text), editor_text=text)
    return text, document_symbols(analysis), folding_ranges(analysis)


def test_outline_and_folding_show_sections():
    """76/241 in the editor: each section is a symbol holding its preamble and its paragraphs, and folds."""
    _, symbols, folds = outline("akn-ga/A_RES_76_241-*.xml")
    sections = [s for s in symbols if s.name.startswith(("I.", "II."))]
    assert [s.name for s in sections] == [
        "I. Activities of the Office of Internal Oversight Services",
        "II. Activities of the Independent Audit Advisory Committee",
    ]
    assert sections[0].children[0].name == "Preamble"
    assert sections[1].children[-1].name.startswith("1. ") or any(
        c.name.startswith("1. ") for c in sections[1].children
    )
    assert (sections[0].range.start.line, sections[0].range.end.line) in {(f.start_line, f.end_line) for f in folds}


def test_outline_shows_annex_and_nested_draft():
    _, symbols, _ = outline("akn-ecosoc/E_RES_2021_20-*.xml")
    (draft,) = [s for s in symbols if s.name.startswith("Draft")]
    assert draft.name == "Draft: The General Assembly"
    assert [c.name for c in draft.children if c.name == "Annex"] == ["Annex"]
    assert any(c.name == "1. Expresses its satisfaction" for c in draft.children)
