"""The cached LALR parser of ``resolution.lark`` and the entry point ``parse_document``.

Lark runs with an inline transformer, so no parse tree is built: each grammar line becomes a
:class:`RawLine`, each block a list of them, and the builder turns those into the model.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from resolint.grammar.builder import build_document
from resolint.grammar.inline import BOOKMARK_RE
from resolint.grammar.pdfcopy import read_pdf_copy
from resolint.grammar.rawlines import FrontMatter, FrontMatterLine, RawLine
from resolint.model import Document, LineIndex, SyntaxProblem
from resolint.newlines import to_lf

if TYPE_CHECKING:
    from resolint.grammar.buildmemo import BuildMemo

GRAMMAR_PATH = Path(__file__).with_name("resolution.lark")


INDENTATION = " \t\f\u200b\u200c\u200d\u2060\ufeff"
"""What a terminal may take before a label: spaces, tabs, a form feed (pdftotext's page break) and
the zero-width characters of a copy (grammar/characters.py)."""


def _strip_span(token: Token) -> tuple[int, int, str]:
    """Span and text of a token without the indentation the terminal may include."""
    text = str(token)
    stripped = text.strip(INDENTATION)
    lead = len(text) - len(text.lstrip(INDENTATION))
    start = token.start_pos + lead
    return start, start + len(stripped), stripped


class _LineBuilder(Transformer):
    """Turns grammar lines into RawLine records as the parser reduces them."""

    def _line(self, kind: str, children: list[Token]) -> RawLine:
        bullet = label = label_span = None
        text_start = None
        start = children[0].start_pos
        end = children[-1].end_pos
        for token in children:
            if token.type == "BULLET":
                s, e, _ = _strip_span(token)
                bullet = (s, e)
            elif token.type == "TEXT":
                bookmark = BOOKMARK_RE.match(str(token))
                text_start = token.start_pos + (bookmark.end() if bookmark and kind == "text" else 0)
            else:
                s, e, stripped = _strip_span(token)
                label, label_span = stripped, (s, e)
        if text_start is None:
            text_start = end
        return RawLine(kind, start, end, bullet, label, label_span, text_start)

    def comment_line(self, children: list[Token]) -> RawLine:
        token = children[0]
        s, e, _ = _strip_span(token)
        return RawLine("comment", s, e, text_start=s)

    def footnote_md(self, children: list[Token]) -> RawLine:
        return self._line("footnote_md", children)

    def footnote_sup(self, children: list[Token]) -> RawLine:
        return self._line("footnote_sup", children)

    def operative_line(self, children: list[Token]) -> RawLine:
        return self._line("operative", children)

    def sub_line(self, children: list[Token]) -> RawLine:
        return self._line("sub", children)

    def bullet_line(self, children: list[Token]) -> RawLine:
        return self._line("bullet", children)

    def text_line(self, children: list[Token]) -> RawLine:
        return self._line("text", children)

    def block(self, children: list[RawLine]) -> list[RawLine]:
        return [line for line in children if line is not None]

    def body(self, children: list[list[RawLine]]) -> list[list[RawLine]]:
        return [block for block in children if block]

    def fm_line(self, children: list[Token]) -> FrontMatterLine | None:
        if not children:
            return None
        token = children[0]
        return FrontMatterLine(token.start_pos, token.end_pos, str(token).rstrip("\r"))

    def front_matter(self, children: list) -> FrontMatter:
        fences = [c for c in children if isinstance(c, Token) and c.type == "FM_FENCE"]
        lines = tuple(c for c in children if isinstance(c, FrontMatterLine))
        return FrontMatter(fences[0].start_pos, fences[-1].end_pos, lines)

    def start(self, children: list) -> tuple[FrontMatter | None, list[list[RawLine]]]:
        front = next((c for c in children if isinstance(c, FrontMatter)), None)
        body = next((c for c in children if isinstance(c, list)), [])
        return front, body

    def body_only(self, children: list) -> tuple[None, list[list[RawLine]]]:
        body = next((c for c in children if isinstance(c, list)), [])
        return None, body


@cache
def _parser() -> Lark:
    return Lark(
        GRAMMAR_PATH.read_text(encoding="utf-8"),
        parser="lalr",
        lexer="contextual",
        start=["start", "body_only"],
        transformer=_LineBuilder(),
        maybe_placeholders=False,
        cache=True,  # the LALR tables are built once per grammar and kept in the temp folder
    )


def scan_lines(text: str) -> tuple[FrontMatter | None, list[list[RawLine]], list[tuple[str, int, int]]]:
    """Run the grammar. Returns the front matter, the blocks, and problems as (message, start, end)."""
    problems: list[tuple[str, int, int]] = []
    parser = _parser()
    if _opens_front_matter(text) and not _closes_front_matter(text):
        end = text.find("\n")
        problems.append(("front matter opened with '---' is never closed by a second '---' line", 0, max(end, 3)))
        return None, _parse_body(parser, text, problems), problems
    try:
        front, body = parser.parse(text, start="start")
    except LarkError as error:  # the grammar accepts every line; this guards the unforeseen
        problems.append((f"could not read the layout: {type(error).__name__}", 0, min(len(text), 1)))
        return None, _parse_body(parser, text, problems), problems
    return front, body, problems


def scan_region(piece: str, offset: int) -> list[list[RawLine]] | None:
    """The blocks of ``piece``, a run of whole blocks cut out of a longer text at ``offset``.

    Used by the incremental parser; None when the grammar cannot read the piece on its own.
    """
    try:
        blocks = _parser().parse(piece, start="body_only")[1]
    except LarkError:
        return None
    shift_blocks(blocks, offset)
    return blocks


def shift_blocks(blocks: list[list[RawLine]], delta: int) -> None:
    """Move every line of ``blocks`` ``delta`` characters on, in place."""
    if delta:
        for block in blocks:
            for line in block:
                line.shift(delta)


def _parse_body(parser: Lark, text: str, problems: list[tuple[str, int, int]]) -> list[list[RawLine]]:
    try:
        return parser.parse(text, start="body_only")[1]
    except LarkError:
        return _fallback_blocks(text)


def _fallback_blocks(text: str) -> list[list[RawLine]]:
    """Every line as running text: the last resort that still keeps every character in the model."""
    blocks: list[list[RawLine]] = []
    current: list[RawLine] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            current.append(RawLine("text", offset, offset + len(line), text_start=offset))
        elif current:
            blocks.append(current)
            current = []
        offset += len(line) + 1
    if current:
        blocks.append(current)
    return blocks


def _opens_front_matter(text: str) -> bool:
    stripped = text.lstrip("\n")
    return stripped.startswith("---") and stripped[3:].split("\n", 1)[0].strip() == ""


def _closes_front_matter(text: str) -> bool:
    lead = len(text) - len(text.lstrip("\n"))
    first_end = text.find("\n", lead)
    if first_end == -1:
        return False
    return any(line.rstrip("\r \t") == "---" for line in text[first_end + 1 :].split("\n"))


def parse_document(text: str, path: str | None = None) -> Document:
    """Parse ``text`` into a Document; never raises on any input string.

    Line breaks are read as ``\n`` (:mod:`resolint.newlines`): the document's ``source`` is ``text``
    with ``\r\n`` and lone ``\r`` made ``\n``; lines and columns are those of ``text``."""
    if not isinstance(text, str):
        raise TypeError("parse_document expects str")
    text = to_lf(text)
    copy = read_pdf_copy(text)  # a copy of a PDF is segmented by grammar/pdfcopy.py: the grammar is not needed
    if copy is not None:
        return build_parsed(text, path, LineIndex(text), None, copy.blocks, [])
    front, blocks, problems = scan_lines(text)
    return build_parsed(text, path, LineIndex(text), front, blocks, problems)


def build_parsed(
    text: str,
    path: str | None,
    lines: LineIndex,
    front: FrontMatter | None,
    blocks: list[list[RawLine]],
    problems: list[tuple[str, int, int]],
    memo: BuildMemo | None = None,
) -> Document:
    """The model from the grammar's lines; never raises (the last resort keeps every line as text)."""
    try:
        document = build_document(text, path, lines, front, blocks, memo=memo)
    except Exception as error:  # the builder is total by design; this keeps an unforeseen case from crashing
        document = build_document(text, path, lines, None, _fallback_blocks(text), plain=True)
        problems.append((f"could not read the structure ({type(error).__name__}: {error}); please report it", 0, 0))
    for message, start, end in problems:
        document.problems.append(SyntaxProblem(message, lines.span(start, end)))
    return document
