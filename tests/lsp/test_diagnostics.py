"""Diagnostics over stdio: on open, on change (incremental, debounced, never stale), with rule links."""

from __future__ import annotations

import asyncio

from lsp_harness import DRAFT, SEED, Session, expected_diagnostics, lsp_position, rows_of
from lsprotocol import types

from resolint.rules import rule_url


async def test_seed_diagnostics_equal_the_linter_and_carry_rule_links(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    published = await session.diagnostics(uri, version=1)
    assert rows_of(published) == expected_diagnostics(text, session.workspace / "seed.txt")
    assert published, "the seed draft has known problems (straight quotes, 'UN', repeated words)"
    for diagnostic in published:
        assert diagnostic.source == "resolint"
        assert diagnostic.code_description is not None
        assert diagnostic.code_description.href == rule_url(str(diagnostic.code))
        assert diagnostic.severity in (
            types.DiagnosticSeverity.Error,
            types.DiagnosticSeverity.Warning,
            types.DiagnosticSeverity.Information,
        )


async def test_plain_text_is_linted_only_with_the_resolution_language_id(session: Session):
    text = SEED.read_text(encoding="utf-8")
    ignored = session.open("notes.txt", text, language_id="plaintext")
    linted = session.open("draft.res.md", text, language_id="markdown")
    assert await session.diagnostics(linted, version=1)
    assert all(item.uri != ignored for item in session.published)


async def test_typing_updates_diagnostics_at_utf16_positions(session: Session):
    text = "*The Human Rights Council*,\n\n*Recalling* its resolution 52/4 of 3 April 2023,\n\n1. *Decides* to remain seized of the matter.\n"
    uri = session.open("small.res.md", text)
    before = await session.diagnostics(uri, version=1)
    assert not any(d.code == "RT401" for d in before)
    # insert an emoji (two UTF-16 units) and a repeated word on the last line
    insert_at = text.index("to remain")
    position = lsp_position(text, insert_at)
    version = session.change(uri, position, position, "😀 the the ")
    new_text = text[:insert_at] + "😀 the the " + text[insert_at:]
    after = await session.diagnostics(uri, version=version)
    repeated = [d for d in after if d.code == "RT401"]
    assert repeated, rows_of(after)
    assert rows_of(after) == expected_diagnostics(new_text, session.workspace / "small.res.md")
    # the column counts the emoji as two units
    assert repeated[0].range.start.character == lsp_position(new_text, new_text.index("the the")).character + 4
    # delete the insertion again
    end = types.Position(line=position.line, character=position.character + len("😀 the the ".encode("utf-16-le")) // 2)
    version = session.change(uri, position, end, "")
    assert not any(d.code == "RT401" for d in await session.diagnostics(uri, version=version))


async def test_a_burst_of_keystrokes_is_debounced_and_never_published_stale(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    await session.diagnostics(uri, version=1)
    start = len(session.published)
    anchor = text.index("Guided by")
    position = lsp_position(text, anchor)
    typed = "the the "
    for index, char in enumerate(typed):
        at = types.Position(line=position.line, character=position.character + index)
        session.change(uri, at, at, char)
    final = await session.diagnostics(uri)
    final_text = text[:anchor] + typed + text[anchor:]
    assert rows_of(final) == expected_diagnostics(final_text, session.workspace / "seed.txt")
    await asyncio.sleep(0.3)  # let anything still queued arrive
    versions = [item.version for item in session.published[start:] if item.uri == uri]
    assert versions == sorted(versions), "an older result was published after a newer one"
    assert versions[-1] == session.versions[uri]
    assert len(versions) < len(typed), f"{len(typed)} keystrokes gave {len(versions)} publications"


async def test_half_typed_text_gives_diagnostics_not_a_crash(session: Session):
    fragments = [
        "---\nsymbol: A/HRC/58/L.",
        "*The Human Rights",
        "1. *Decides",
        "(a) To ",
        "[^",
        "[^1]: ",
        "*",
        "\x00\x1c\x0c",
    ]
    uri = session.open("draft.res.md", "")
    await session.diagnostics(uri, version=1)
    text = ""
    for fragment in fragments:
        end = lsp_position(text, len(text))
        version = session.change(uri, end, end, fragment)
        text += fragment
        got = await session.diagnostics(uri, version=version)
        assert rows_of(got) == expected_diagnostics(text, session.workspace / "draft.res.md")
    hover = await session.client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=1)
        )
    )
    assert hover is None or hover.contents


async def test_closing_a_document_clears_its_diagnostics(session: Session):
    uri = session.open("seed.txt", SEED.read_text(encoding="utf-8"))
    assert await session.diagnostics(uri, version=1)
    start = len(session.published)
    session.client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    cleared = await session.published_where(lambda item: item.uri == uri and not item.diagnostics, after=start)
    await asyncio.sleep(0.5)
    assert session.published[-1] is cleared, "diagnostics were published for a closed document"


async def test_duplicate_number_points_at_the_first_use(session: Session):
    text = DRAFT.read_text(encoding="utf-8").replace("4. *Requests* the Secretary", "3. *Requests* the Secretary")
    uri = session.open("draft.res.md", text)
    duplicate = next(d for d in await session.diagnostics(uri, version=1) if d.code == "RS002")
    (related,) = duplicate.related_information
    assert related.location.uri == uri
    assert related.location.range.start == lsp_position(text, text.index("3. *Requests* the High"))
    assert duplicate.range.start.line == lsp_position(text, text.index("3. *Requests* the Secretary")).line
