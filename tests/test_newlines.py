"""Windows line endings: a CRLF file reads, lints, fixes and formats as its LF twin, and keeps CRLF."""

from __future__ import annotations

import pytest

import resolint
from resolint.newlines import CR, CRLF, LF, LS, PS, is_mixed, line_shifts, newline_of, to_lf, with_newline

TWO_PARAGRAPHS = (
    "*The General Assembly*,\n\n*Recalling* its resolution 70/1 of\n25 September 2015,\n\n"
    "1. *Requests* a  report;\n\n2. *Decides* to remain seized\nof the matter.\n"
)
WRAPPED = (
    "*The General Assembly*,\n\n*Recalling* its resolution 70/1 of\n25 September 2015,\n\n"
    "1. *Decides* to remain seized\nof the matter.\n"
)


def test_newline_of_counts_the_line_endings() -> None:
    assert newline_of("a\nb\n") == LF
    assert newline_of("a\r\nb\r\n") == CRLF
    assert newline_of("a\rb\r") == CR
    assert newline_of("a\r\nb\r\nc\n") == CRLF
    assert newline_of("a\r\nb\nc\n") == LF
    assert newline_of("no break") == LF
    assert is_mixed("a\r\nb\n") and not is_mixed("a\r\nb\r\n") and not is_mixed("a\nb")


@pytest.mark.parametrize("ending", [LS, PS], ids=["U+2028", "U+2029"])
def test_line_and_paragraph_separators_are_line_breaks(ending: str) -> None:
    """Some Mac and web applications copy U+2028 or U+2029 for each line break: the text reads as its
    ``\\n`` twin at the same offsets, and a fix keeps the separators."""
    text = with_newline(TWO_PARAGRAPHS, ending)
    assert newline_of(text) == ending and not is_mixed(text) and is_mixed(text + LF + "x")
    document = resolint.parse(text)
    assert document.source == TWO_PARAGRAPHS == to_lf(text)
    assert [(d.rule, d.span.start, d.span.line) for d in resolint.lint(document)] == [
        (d.rule, d.span.start, d.span.line) for d in resolint.lint(resolint.parse(TWO_PARAGRAPHS))
    ]
    assert resolint.fix_text(text) == (with_newline(TWO_PARAGRAPHS.replace("  ", " "), ending), 1)
    assert line_shifts(text) == [0] * (TWO_PARAGRAPHS.count(LF) + 1)


def test_the_language_server_counts_lines_as_lsp_does() -> None:
    """LSP has no line break at U+2028: the editor's positions are counted without it."""
    from resolint.langserver.documents import position_map

    text = "*The General Assembly*,\u2028\u2028*Recalling* its resolution,\r\n\r\n1. *Decides* to act.\n"
    document = resolint.parse(text)
    positions = position_map(text, document)
    at = document.source.index("1.")
    assert positions.position(at).line == 2 and positions.offset(positions.position(at)) == at


def test_to_lf_and_back() -> None:
    text = with_newline(WRAPPED, CRLF)
    assert text.count(CRLF) == WRAPPED.count(LF) and to_lf(text) == WRAPPED
    assert to_lf("a\rb\r\nc") == "a\nb\nc"
    assert with_newline("a\r\nb\nc\r", CRLF) == "a\r\nb\r\nc\r\n"


@pytest.mark.parametrize("ending", [CRLF, CR], ids=["CRLF", "CR"])
def test_a_soft_line_break_is_not_a_double_space(ending: str) -> None:
    """RT406 saw ``of\\r\\n25`` as two spaces and its fix left a lone ``\\r`` (issue 11)."""
    text = with_newline(WRAPPED, ending)
    assert resolint.lint(resolint.parse(text)) == resolint.lint(resolint.parse(WRAPPED)) == []
    assert resolint.fix_text(text) == (text, 0)
    assert resolint.format_text(text) == with_newline(resolint.format_text(WRAPPED), ending)


def test_positions_are_those_of_the_original_text() -> None:
    text = with_newline(TWO_PARAGRAPHS, CRLF)
    document = resolint.parse(text)
    assert document.source == to_lf(text)
    (found,) = resolint.lint(document)
    original_line = text.split(CRLF)[found.span.line - 1]
    assert found.rule == "RT406"
    assert original_line[found.span.column - 1 : found.span.end_column - 1] == "  "


def test_fix_of_a_crlf_text_keeps_crlf_everywhere() -> None:
    text = with_newline(TWO_PARAGRAPHS, CRLF)
    fixed, count = resolint.fix_text(text)
    assert count == 1
    assert fixed == with_newline(TWO_PARAGRAPHS.replace("  ", " "), CRLF)


@pytest.mark.parametrize("ending", [LF, CRLF], ids=["LF", "CRLF"])
def test_json_fix_offsets_index_the_file_as_read(tmp_path, capsys, ending: str) -> None:
    import json

    from resolint import cli

    path = tmp_path / "draft.txt"
    text = with_newline(TWO_PARAGRAPHS, ending)
    path.write_bytes(text.encode())
    assert cli.main(["lint", "--no-config", "--format", "json", str(path)]) == 1
    (found,) = json.loads(capsys.readouterr().out)
    edits = sorted(found["fix"], key=lambda edit: edit["start_offset"], reverse=True)
    for edit in edits:
        text = text[: edit["start_offset"]] + edit["new_text"] + text[edit["end_offset"] :]
    assert text == resolint.fix_text(with_newline(TWO_PARAGRAPHS, ending))[0]
    assert text == with_newline(TWO_PARAGRAPHS.replace("a  report", "a report"), ending)
