"""Completion, hover, outline, folding, definition, references and rename over stdio."""

from __future__ import annotations

import pytest
from lsp_harness import DRAFT, SEED, Session, apply_text_edits, lsp_position, text_document
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from resolint.rules import get_rule


def draft_text() -> str:
    return DRAFT.read_text(encoding="utf-8")


async def complete_at(session: Session, uri: str, text: str, offset: int) -> list[types.CompletionItem]:
    result = await session.client.text_document_completion_async(
        types.CompletionParams(text_document=text_document(uri), position=lsp_position(text, offset))
    )
    return result.items if isinstance(result, types.CompletionList) else list(result or [])


async def open_edited(session: Session, text: str, insert_at: int, typed: str) -> tuple[str, str, int]:
    """Open the draft with ``typed`` inserted at ``insert_at``; returns (uri, text, cursor offset)."""
    new_text = text[:insert_at] + typed + text[insert_at:]
    uri = session.open("draft.res.md", new_text)
    return uri, new_text, insert_at + len(typed)


async def test_operative_verbs_after_a_number_offer_italics_and_repeat_forms(session: Session):
    text = draft_text()
    at = text.index("5. *Decides*")
    uri, new_text, cursor = await open_edited(session, text, at, "5. Req")
    items = {item.label: item for item in await complete_at(session, uri, new_text, cursor)}
    # "Requests" is used twice already: the third use is "Further requests"; "Condemns" once: "Also condemns"
    assert "Further requests" in items and "Requests" not in items
    assert "Also condemns" in items and "Urges" in items
    chosen = items["Further requests"]
    assert chosen.text_edit.new_text == "*Further requests* "
    assert apply_text_edits(new_text, [chosen.text_edit]).count("5. *Further requests* 5. *Decides*") == 1


async def test_preambular_openers_at_the_start_of_a_preambular_paragraph(session: Session):
    text = draft_text()
    at = text.index("1. *Condemns*")
    uri, new_text, cursor = await open_edited(session, text, at, "Re\n\n")
    items = {item.label: item for item in await complete_at(session, uri, new_text, cursor - 2)}
    assert "Recalling further" in items  # "Recalling" twice already
    assert "Reaffirming" in items and "Requests" not in items
    assert items["Reaffirming"].text_edit.new_text == "*Reaffirming* "


async def test_next_paragraph_and_sub_paragraph_labels(session: Session):
    text = draft_text()
    at = text.index("3. *Requests*")
    uri, new_text, cursor = await open_edited(session, text, at, "   \n\n")
    labels = [item.label for item in await complete_at(session, uri, new_text, cursor - 2)]
    assert labels[:2] == ["3.", "(c)"]


async def test_the_next_sub_paragraph_label_is_the_next_in_sequence(session: Session):
    """After (u), (v) comes (w), not the roman (vi); after (z), (aa) (the labels RS003 expects)."""
    for count, expected in ((22, "(w)"), (26, "(aa)")):
        letters = [chr(ord("a") + index) for index in range(count)]
        subs = "".join(f"    ({letter}) To act;\n\n" for letter in letters)
        text = f"*The Human Rights Council*,\n\n*Recalling* its resolutions,\n\n1. *Decides*:\n\n{subs}    \n"
        uri = session.open(f"labels-{count}.res.md", text)
        labels = [item.label for item in await complete_at(session, uri, text, len(text) - 1)]
        assert expected in labels, labels


async def test_state_names_in_the_sponsors_field(session: Session):
    text = draft_text()
    at = text.index("Chile]") + len("Chile")
    uri, new_text, cursor = await open_edited(session, text, at, ", Neth")
    items = {item.label: item for item in await complete_at(session, uri, new_text, cursor)}
    assert "Netherlands (Kingdom of the)" in items
    assert "Türkiye" in items and "Turkey" not in items  # official short names only
    assert "Albania" not in items  # already a sponsor
    assert items["Netherlands (Kingdom of the)"].text_edit.range.start == lsp_position(new_text, cursor - 4)


async def test_footnote_labels_after_caret(session: Session):
    text = draft_text()
    at = text.index("of 3 April 2023,") + len("of 3 April 2023,")
    uri, new_text, cursor = await open_edited(session, text, at, "[^")
    items = {item.label: item for item in await complete_at(session, uri, new_text, cursor)}
    assert set(items) == {"1", "2", "3"}
    assert items["1"].detail.startswith("See A/HRC/58/53")
    assert items["3"].text_edit.new_text == "3]"


async def hover_at(session: Session, uri: str, text: str, offset: int) -> str:
    hover = await session.client.text_document_hover_async(
        types.HoverParams(text_document=text_document(uri), position=lsp_position(text, offset))
    )
    assert hover is not None
    return hover.contents.value


async def test_hover_on_a_verb_says_what_it_means_and_how_often_it_is_used(session: Session):
    text = draft_text()
    uri = session.open("draft.res.md", text)
    shown = await hover_at(session, uri, text, text.index("Requests* the High") + 2)
    assert "operative verb" in shown and "Used 2× in this document: paragraph 3, paragraph 4" in shown
    assert "Meaning: asks for an action" in shown
    opener = await hover_at(session, uri, text, text.index("Recalling* General") + 2)
    assert "preambular opener" in opener and "Used 2×" in opener


async def test_hover_on_a_diagnostic_shows_the_rule_documentation(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    diagnostic = next(d for d in await session.diagnostics(uri, version=1) if d.code == "RT404")
    hover = await session.client.text_document_hover_async(
        types.HoverParams(text_document=text_document(uri), position=diagnostic.range.start)
    )
    documentation = get_rule("RT404").documentation()
    assert documentation.splitlines()[0] in hover.contents.value
    assert "**RT404**" in hover.contents.value


async def test_hover_on_symbols_shows_their_parts(session: Session):
    text = draft_text()
    uri = session.open("draft.res.md", text)
    shown = await hover_at(session, uri, text, text.index("A/HRC/58/53") + 3)
    assert "`HRC`: Human Rights Council" in shown and "`58`: session 58" in shown
    resolution = await hover_at(session, uri, text, text.index("53/144") + 1)
    assert "`53`: session 53" in resolution and "`144`: resolution number 144" in resolution


async def test_outline_lists_heading_preamble_and_numbered_operative_paragraphs(session: Session):
    text = draft_text()
    uri = session.open("draft.res.md", text)
    symbols = await session.client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=text_document(uri))
    )
    names = [symbol.name for symbol in symbols]
    assert names[0] == "A/HRC/58/L.99"
    assert "Preamble" in names and "Footnotes" in names
    assert [n for n in names if n[0].isdigit()] == [
        "1. Condemns",
        "2. Calls upon",
        "3. Requests",
        "4. Requests",
        "5. Decides",
    ]
    calls_upon = symbols[names.index("2. Calls upon")]
    assert [child.name for child in calls_upon.children] == ["(a)", "(b)"]
    preamble = symbols[names.index("Preamble")]
    assert [child.name for child in preamble.children] == ["Guided", "Recalling", "Recalling also"]
    assert preamble.detail == "3 paragraphs"


async def test_outline_counts_one_paragraph_in_the_singular(session: Session):
    text = "*The Human Rights Council*,\n\n*Recalling* its resolution 52/4,\n\n1. *Decides* to remain seized of the matter.\n"
    uri = session.open("one.res.md", text)
    symbols = await session.client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=text_document(uri))
    )
    preamble = next(symbol for symbol in symbols if symbol.name == "Preamble")
    assert preamble.detail == "1 paragraph"


async def test_folding_ranges_cover_preamble_and_paragraphs_with_sub_paragraphs(session: Session):
    text = draft_text()
    uri = session.open("draft.res.md", text)
    ranges = await session.client.text_document_folding_range_async(
        types.FoldingRangeParams(text_document=text_document(uri))
    )
    spans = {(r.start_line, r.end_line) for r in ranges}
    preamble_start = lsp_position(text, text.index("*Guided*")).line
    preamble_end = lsp_position(text, text.index("*Recalling also*")).line
    assert (preamble_start, preamble_end) in spans
    para_2 = lsp_position(text, text.index("2. *Calls")).line
    sub_b = lsp_position(text, text.index("(b) To refrain")).line
    assert (para_2, sub_b) in spans
    assert (0, lsp_position(text, text.index("---\n\n*The")).line) in spans  # the front matter


async def test_definition_of_footnote_and_cross_reference(session: Session):
    text = draft_text()
    uri = session.open("draft.res.md", text)
    locations = await session.client.text_document_definition_async(
        types.DefinitionParams(text_document=text_document(uri), position=lsp_position(text, text.index("[^1]") + 2))
    )
    assert [loc.range.start for loc in locations] == [lsp_position(text, text.index("[^1]:"))]
    locations = await session.client.text_document_definition_async(
        types.DefinitionParams(
            text_document=text_document(uri), position=lsp_position(text, text.index("paragraph 2 (b)") + 4)
        )
    )
    assert [loc.range.start.line for loc in locations] == [lsp_position(text, text.index("(b) To refrain")).line]


async def test_references_of_a_paragraph_and_of_a_footnote(session: Session):
    text = draft_text()
    uri = session.open("draft.res.md", text)
    found = await session.client.text_document_references_async(
        types.ReferenceParams(
            text_document=text_document(uri),
            position=lsp_position(text, text.index("3. *Requests*")),
            context=types.ReferenceContext(include_declaration=False),
        )
    )
    assert [loc.range.start for loc in found] == [lsp_position(text, text.index("paragraph 3 above"))]
    found = await session.client.text_document_references_async(
        types.ReferenceParams(
            text_document=text_document(uri),
            position=lsp_position(text, text.index("[^2]:") + 2),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert sorted(loc.range.start.line for loc in found) == [
        lsp_position(text, text.index("[^2]")).line,
        lsp_position(text, text.index("[^2]:")).line,
    ]


async def test_rename_a_footnote_label(session: Session):
    text = draft_text()
    uri = session.open("draft.res.md", text)
    position = lsp_position(text, text.index("[^1]") + 2)
    prepared = await session.client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=text_document(uri), position=position)
    )
    assert prepared.placeholder == "1"
    edit = await session.client.text_document_rename_async(
        types.RenameParams(text_document=text_document(uri), position=position, new_name="declaration")
    )
    renamed = apply_text_edits(text, edit.changes[uri])
    assert "1998,[^declaration]" in renamed and "[^declaration]: See A/HRC/58/53" in renamed
    assert "[^1]" not in renamed
    with pytest.raises(JsonRpcException, match="footnote label"):
        await session.client.text_document_rename_async(
            types.RenameParams(text_document=text_document(uri), position=position, new_name="two words")
        )


async def test_superscript_footnotes_of_pasted_text_are_not_renamed(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    position = lsp_position(text, text.index("¹"))
    prepared = await session.client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=text_document(uri), position=position)
    )
    assert prepared is None
    locations = await session.client.text_document_definition_async(
        types.DefinitionParams(text_document=text_document(uri), position=position)
    )
    assert [loc.range.start.line for loc in locations] == [lsp_position(text, text.rindex("¹")).line]


async def test_after_the_last_preambular_paragraph_both_openers_and_the_first_number(session: Session):
    text = draft_text()
    cut = text.index("1. *Condemns*")
    preamble_only = text[:cut] + "\n"
    uri = session.open("draft.res.md", preamble_only)
    items = {item.label: item for item in await complete_at(session, uri, preamble_only, len(preamble_only))}
    assert "1." in items and items["1."].text_edit.new_text == "1. "
    assert "Recalling further" in items
