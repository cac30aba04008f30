"""The server on the real UN documents of ../shared/corpus: 89 HRC resolutions (AKN XML, rendered as
``.res.md`` and as pasted text) and 107 General Assembly Word files (read with resolint.docxio).

For each document, over stdio: the diagnostics equal the linter's, the outline has one symbol per
operative paragraph (with its sub-paragraphs) and nests properly, folding ranges lie inside the
document, formatting equals ``resolint fmt``, every operative verb has a hover, and the next
paragraph number is offered after the last paragraph.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from lsp_harness import (
    CORPUS,
    REPO,
    Session,
    apply_text_edits,
    expected_diagnostics,
    lsp_position,
    rows_of,
    text_document,
)
from lsprotocol import types

import resolint

sys.path.insert(0, str(REPO / "tests" / "corpus"))  # akn.py: the corpus engineer's AKN reader and renderers
AKN_DIR = CORPUS / "akn-hrc"
DOCX_DIR = CORPUS / "docx-ga72"


def akn_documents(render: str) -> Iterator[tuple[str, str]]:
    import akn

    files = sorted(AKN_DIR.glob("*.xml"))
    assert len(files) == 89, f"expected the 89 AKN resolutions in {AKN_DIR}"
    for path in files:
        resolution = akn.load(path)
        text = akn.render_resmd(resolution) if render == "resmd" else akn.render_pasted(resolution)
        yield path.stem + (".res.md" if render == "resmd" else ".txt"), text


def docx_documents() -> Iterator[tuple[str, str]]:
    from resolint.docxio import DocxError, import_docx

    files = sorted(DOCX_DIR.glob("*.docx"))
    assert len(files) == 107, f"expected the 107 Word files in {DOCX_DIR}"
    for path in files:
        try:
            text = import_docx(path).text
        except DocxError:
            continue  # a file the importer refuses with a clear message is not the server's business
        yield path.stem + ".res.md", text


def ranges_nest(symbol: types.DocumentSymbol) -> bool:
    def inside(inner: types.Range, outer: types.Range) -> bool:
        return (inner.start.line, inner.start.character) >= (outer.start.line, outer.start.character) and (
            inner.end.line,
            inner.end.character,
        ) <= (outer.end.line, outer.end.character)

    if not inside(symbol.selection_range, symbol.range):
        return False
    return all(inside(child.range, symbol.range) and ranges_nest(child) for child in symbol.children or [])


def operative_symbols(symbols):
    """The operative paragraphs' symbols in document order, inside the sections and parts that group them (a nested
    draft's own paragraphs are the draft's, not the document's)."""
    for symbol in symbols:
        if symbol.kind == types.SymbolKind.Function:
            yield symbol
        elif symbol.kind == types.SymbolKind.Namespace and not symbol.name.startswith("Draft"):
            yield from operative_symbols(symbol.children or [])


async def check_document(session: Session, name: str, text: str) -> int:
    """Every check on one document; returns the number of diagnostics."""
    client = session.client
    uri = session.open(name, text)
    document = text_document(uri)
    published = await session.diagnostics(uri, version=1)
    assert rows_of(published) == expected_diagnostics(text, session.workspace / name), name

    model = resolint.parse(text, str(session.workspace / name))
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=document))
    operative = list(operative_symbols(symbols))
    assert len(operative) == len(model.operative), name
    for symbol, paragraph in zip(operative, model.operative, strict=True):
        assert len(symbol.children or []) == len(paragraph.children), (name, symbol.name)
    assert all(ranges_nest(symbol) for symbol in symbols), name

    line_count = text.count("\n") + 1
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=document))
    assert all(0 <= f.start_line < f.end_line < line_count for f in folds), name

    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=document, options=types.FormattingOptions(4, True))
    )
    assert apply_text_edits(text, edits) == resolint.format_text(text, str(session.workspace / name)), name

    for paragraph in model.operative:
        if paragraph.phrase_span is not None:
            hover = await client.text_document_hover_async(
                types.HoverParams(text_document=document, position=lsp_position(text, paragraph.phrase_span.start))
            )
            assert hover is not None and "operative verb" in hover.contents.value, (name, paragraph.phrase)

    last = model.operative[-1] if model.operative else None
    if last is not None and last.number and last.number.isdigit():
        extended = text + ("" if text.endswith("\n") else "\n") + "\n"
        version = session.replace_all(uri, extended)
        await session.diagnostics(uri, version=version)
        completion = await client.text_document_completion_async(
            types.CompletionParams(text_document=document, position=lsp_position(extended, len(extended)))
        )
        labels = [item.label for item in completion.items]
        assert f"{int(last.number) + 1}." in labels, (name, labels)

    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=document))
    return len(published)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["akn-resmd", "akn-pasted", "docx"])
async def test_real_documents(session: Session, kind: str):
    documents = docx_documents() if kind == "docx" else akn_documents(kind.removeprefix("akn-"))
    checked = 0
    findings = 0
    for name, text in documents:
        findings += await check_document(session, name, text)
        checked += 1
    print(f"{kind}: {checked} documents, {findings} diagnostics")
    assert checked >= (100 if kind == "docx" else 89)
