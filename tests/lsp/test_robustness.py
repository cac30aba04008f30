"""2,000 random edits on an open document: random text, deletions, binary garbage and one 5 MB paste.

Afterwards the server answers every request, its diagnostics equal the linter's on the final text,
and its memory has not grown with the number of edits.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from lsp_harness import SEED, Session, expected_diagnostics, lsp_position, rows_of, text_document
from lsprotocol import types

EDITS = 2000
BIG_PASTE_AT = 1000
BIG_PASTE_REMOVED_AT = 1050
CHECK_EVERY = 250
BIG_PASTE_BYTES = 5 * 1024 * 1024
MB = 1024 * 1024
WORDS = [
    "the",
    "The",
    "of",
    "Decides",
    "*Requests*",
    "(a)",
    "1.",
    "[^1]",
    "[^",
    "*Recalling*",
    ",",
    ";",
    ":",
    "“",
    "”",
    '"',
    "'",
    "São",
    "Türkiye",
    "😀",
    "中文",
    "—",
    "–",
]


def resident_memory(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc")


def safe_offset(text: str, offset: int) -> int:
    """Never between the halves of a CRLF: LSP positions cannot address that place."""
    if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
        return offset + 1
    return offset


def random_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        return rng.choice(WORDS) + rng.choice(["", " ", "\n", "\n\n"])
    if kind < 0.7:
        return "".join(rng.choice("abcdefghij \n*_[]^()123.,;:") for _ in range(rng.randint(1, 40)))
    if kind < 0.85:  # binary garbage as a paste: every byte value, including NUL, CR, FF and DEL
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300))).decode("latin-1")
    return "".join(chr(rng.choice([rng.randint(0x20, 0xD7FF), rng.randint(0x10000, 0x1FAFF)])) for _ in range(5))


def big_paste() -> str:
    paragraph = SEED.read_text(encoding="utf-8").split("\n\n")
    body = "\n\n".join(part for part in paragraph if len(part) > 200)
    return ("\n\n" + body) * (BIG_PASTE_BYTES // len(body.encode("utf-8")) + 1)


class Editor:
    """Sends edits and keeps the client's copy of the text."""

    def __init__(self, session: Session, uri: str, text: str) -> None:
        self.session = session
        self.uri = uri
        self.text = text

    def replace(self, start: int, end: int, new_text: str) -> int:
        start_position = lsp_position(self.text, start)
        end_position = lsp_position(self.text, end)
        self.text = self.text[:start] + new_text + self.text[end:]
        return self.session.change(self.uri, start_position, end_position, new_text)

    def random_edit(self, rng: random.Random, limit: int | None = None) -> None:
        """Insert or delete at a random place before ``limit`` (default: anywhere)."""
        limit = len(self.text) if limit is None else limit
        offset = safe_offset(self.text, rng.randint(0, limit))
        if rng.random() < 0.6 or limit < 100:
            self.replace(offset, offset, random_text(rng))
        else:
            end = safe_offset(self.text, min(limit, offset + rng.randint(1, 60)))
            self.replace(offset, max(offset, end), "")


async def every_request_answers(session: Session, uri: str, text: str) -> None:
    document = text_document(uri)
    middle = lsp_position(text, len(text) // 2)
    client = session.client
    await client.text_document_hover_async(types.HoverParams(text_document=document, position=middle))
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=document, position=middle)
    )
    assert completion is not None
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=document))
    assert symbols is not None
    assert await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=document)) is not None
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=document,
            range=types.Range(start=types.Position(line=0, character=0), end=middle),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert actions is not None
    assert (
        await client.text_document_formatting_async(
            types.DocumentFormattingParams(text_document=document, options=types.FormattingOptions(4, True))
        )
        is not None
    )
    await client.text_document_definition_async(types.DefinitionParams(text_document=document, position=middle))
    await client.text_document_references_async(
        types.ReferenceParams(
            text_document=document, position=middle, context=types.ReferenceContext(include_declaration=True)
        )
    )


@pytest.mark.slow
async def test_two_thousand_random_edits(session: Session):
    rng = random.Random(20250328)
    editor = Editor(session, session.open("seed.txt", SEED.read_text(encoding="utf-8")), SEED.read_text("utf-8"))
    await session.diagnostics(editor.uri, version=1)
    pid = session.client._server.pid
    memory: dict[int, int] = {}
    for index in range(1, EDITS + 1):
        if index == BIG_PASTE_AT:
            big_start = safe_offset(editor.text, len(editor.text) // 2)
            pasted = big_paste()
            editor.replace(big_start, big_start, pasted)
        elif BIG_PASTE_AT < index < BIG_PASTE_REMOVED_AT:
            # keep the pasted block whole so that it can be cut out again
            editor.random_edit(rng, limit=max(0, editor.text.find(pasted) - 1))
        elif index == BIG_PASTE_REMOVED_AT:
            start = editor.text.find(pasted)
            assert start != -1
            editor.replace(start, start + len(pasted), "")
        else:
            editor.random_edit(rng)
        if index % CHECK_EVERY == 0 or index == BIG_PASTE_AT + 1:
            symbols = await session.client.text_document_document_symbol_async(
                types.DocumentSymbolParams(text_document=text_document(editor.uri))
            )
            assert symbols is not None, f"no outline after edit {index}"
            memory[index] = resident_memory(pid)
            print(f"edit {index}: {len(editor.text)} chars, server RSS {memory[index] / MB:.0f} MB", file=sys.stderr)

    final = await session.diagnostics(editor.uri)
    assert rows_of(final) == expected_diagnostics(editor.text, session.workspace / "seed.txt")
    await every_request_answers(session, editor.uri, editor.text)

    print("server RSS by edit (MB):", {index: round(rss / MB) for index, rss in memory.items()})
    # after the big paste is gone, memory stays flat while edits go on (no growth per edit)
    assert memory[EDITS] - memory[1250] < 32 * MB, memory
    # and it is not far above what the small document needed before the paste
    assert memory[EDITS] - memory[750] < 256 * MB, memory
