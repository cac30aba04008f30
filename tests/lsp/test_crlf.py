"""A document with Windows line endings in the server: the same diagnostics as its LF twin, no position
between a ``\\r`` and its ``\\n``, and every edit the server sends keeps ``\\r\\n``."""

from __future__ import annotations

import re

from lsp_harness import DRAFT, SEED, Session, apply_text_edits, expected_diagnostics, rows_of, text_document
from lsprotocol import types

import resolint
from resolint.newlines import CRLF, with_newline

FIX_ALL = "source.fixAll.resolint"


def line_lengths(text: str) -> list[int]:
    return [len(line.encode("utf-16-le")) // 2 for line in re.split(r"\r\n|\r|\n", text)]


def assert_addressable(text: str, *ranges: types.Range) -> None:
    """Every position is on a line of ``text`` and at most at the end of its content (not past the ``\\r``)."""
    lengths = line_lengths(text)
    for where in ranges:
        for position in (where.start, where.end):
            assert position.line < len(lengths), where
            assert position.character <= lengths[position.line], (where, lengths[position.line])


def symbol_ranges(symbols: list[types.DocumentSymbol]) -> list[types.Range]:
    found = []
    for symbol in symbols:
        found.extend([symbol.range, symbol.selection_range, *symbol_ranges(symbol.children or [])])
    return found


async def test_crlf_document_has_the_diagnostics_of_its_lf_twin(session: Session):
    lf = SEED.read_text(encoding="utf-8")
    crlf = with_newline(lf, CRLF)
    uri = session.open("seed.txt", crlf)
    published = await session.diagnostics(uri, version=1)
    assert rows_of(published) == expected_diagnostics(lf, session.workspace / "seed.txt")
    assert_addressable(crlf, *(d.range for d in published))


async def test_crlf_symbols_and_formatting_edits_stay_on_lines_and_keep_crlf(session: Session):
    for name, source in (("seed.txt", SEED), ("draft.res.md", DRAFT)):
        crlf = with_newline(source.read_text(encoding="utf-8"), CRLF)
        uri = session.open(name, crlf)
        symbols = await session.client.text_document_document_symbol_async(
            types.DocumentSymbolParams(text_document=text_document(uri))
        )
        assert symbols
        assert_addressable(crlf, *symbol_ranges(symbols))
        edits = await session.client.text_document_formatting_async(
            types.DocumentFormattingParams(
                text_document=text_document(uri), options=types.FormattingOptions(tab_size=4, insert_spaces=True)
            )
        )
        assert_addressable(crlf, *(edit.range for edit in edits))
        formatted = apply_text_edits(crlf, edits)
        assert formatted == resolint.format_text(crlf, str(session.workspace / name))
        assert "\n" not in formatted.replace(CRLF, "") and "\r" not in formatted.replace(CRLF, "")


async def test_crlf_quick_fixes_and_fix_all_keep_crlf(session: Session):
    lf = SEED.read_text(encoding="utf-8")
    crlf = with_newline(lf, CRLF)
    uri = session.open("seed.txt", crlf)
    published = await session.diagnostics(uri, version=1)
    actions = await session.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=text_document(uri),
            range=published[0].range,
            context=types.CodeActionContext(diagnostics=[published[0]], only=[FIX_ALL]),
        )
    )
    (fix_all,) = actions
    fixed = apply_text_edits(crlf, fix_all.edit.changes[uri])
    assert fixed == resolint.fix_text(crlf, None, str(session.workspace / "seed.txt"))[0]
    assert fixed == with_newline(resolint.fix_text(lf)[0], CRLF)
    for diagnostic in published:
        actions = await session.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=text_document(uri),
                range=diagnostic.range,
                context=types.CodeActionContext(diagnostics=[diagnostic], only=[types.CodeActionKind.QuickFix]),
            )
        )
        for action in actions:
            edits = action.edit.changes[uri]
            assert_addressable(crlf, *(edit.range for edit in edits))
            changed = apply_text_edits(crlf, edits)
            assert "\n" not in changed.replace(CRLF, ""), action.title


def test_position_map_never_lands_between_cr_and_lf():
    from resolint.langserver.positions import PositionMap

    positions = PositionMap("ab\r\ncd\rx")
    assert [positions.line_column(offset) for offset in range(9)] == [
        (0, 0), (0, 1), (0, 2), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1)
    ]  # fmt: skip
