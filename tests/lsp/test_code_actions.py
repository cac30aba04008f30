"""Code actions, fix all (action and command) and formatting, through the real server."""

from __future__ import annotations

from lsp_harness import (
    DRAFT,
    SEED,
    Session,
    apply_text_edits,
    expected_diagnostics,
    lsp_position,
    rows_of,
    text_document,
)
from lsprotocol import types

import resolint
from resolint.config import load_settings

FIX_ALL = "source.fixAll.resolint"


async def code_actions(session: Session, uri: str, diagnostic: types.Diagnostic, only=None):
    return await session.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=text_document(uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=only),
        )
    )


async def test_every_fixable_diagnostic_has_a_quick_fix_that_removes_it(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    published = await session.diagnostics(uri, version=1)
    document = resolint.parse(text, str(session.workspace / "seed.txt"))
    fixable = {(d.rule, d.span.start) for d in resolint.lint(document) if d.fix is not None}
    assert fixable, "the seed has fixable problems"
    checked = 0
    for diagnostic in published:
        actions = await code_actions(session, uri, diagnostic, only=[types.CodeActionKind.QuickFix])
        fixes = [
            a
            for a in actions
            if a.diagnostics and a.diagnostics[0].code == diagnostic.code and not a.title.startswith("Disable")
        ]
        if not fixes:
            continue
        fixed_text = apply_text_edits(text, fixes[0].edit.changes[uri])
        remaining = expected_diagnostics(fixed_text, session.workspace / "seed.txt")
        start = (diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character)
        assert start not in [row[:3] for row in remaining], fixes[0].title
        checked += 1
    assert checked >= len({rule for rule, _ in fixable}), "a fixable rule had no quick fix"


async def test_disable_for_this_line_inserts_a_suppression_that_works(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    target = next(d for d in await session.diagnostics(uri, version=1) if d.code == "RT404")
    actions = await code_actions(session, uri, target)
    disable = next(a for a in actions if a.title == "Disable RT404 for this line")
    (edit,) = disable.edit.changes[uri]
    assert edit.new_text == "<!-- resolint-disable-next-line RT404 -->\n"
    assert edit.range.start.line == target.range.start.line and edit.range.start.character == 0
    new_text = apply_text_edits(text, [edit])
    version = session.replace_all(uri, new_text)
    after = await session.diagnostics(uri, version=version)
    assert not any(d.code == "RT404" for d in after)
    assert rows_of(after) == expected_diagnostics(new_text, session.workspace / "seed.txt")


async def test_fix_all_action_equals_resolint_fix(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    first = (await session.diagnostics(uri, version=1))[0]
    actions = await code_actions(session, uri, first, only=[FIX_ALL])
    assert [a.kind for a in actions] == [FIX_ALL]
    fixed, count = resolint.fix_text(text, load_settings(session.workspace), str(session.workspace / "seed.txt"))
    assert count > 0
    assert actions[0].title == f"Fix all resolint problems ({count})"
    assert apply_text_edits(text, actions[0].edit.changes[uri]) == fixed


async def test_fix_all_command_applies_the_edit_through_the_client(session: Session):
    text = SEED.read_text(encoding="utf-8")
    uri = session.open("seed.txt", text)
    await session.diagnostics(uri, version=1)
    result = await session.client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="resolint.fixAll", arguments=[uri])
    )
    fixed, count = resolint.fix_text(text, load_settings(session.workspace), str(session.workspace / "seed.txt"))
    assert result == {"fixed": count}
    (edit,) = session.applied_edits
    assert apply_text_edits(text, edit.changes[uri]) == fixed


async def test_formatting_equals_resolint_fmt(session: Session):
    for name, source in (("seed.txt", SEED), ("draft.res.md", DRAFT)):
        text = source.read_text(encoding="utf-8")
        uri = session.open(name, text)
        edits = await session.client.text_document_formatting_async(
            types.DocumentFormattingParams(
                text_document=text_document(uri), options=types.FormattingOptions(tab_size=4, insert_spaces=True)
            )
        )
        formatted = resolint.format_text(text, str(session.workspace / name))
        assert formatted != text
        assert apply_text_edits(text, edits) == formatted
        session.replace_all(uri, formatted)
        again = await session.client.text_document_formatting_async(
            types.DocumentFormattingParams(
                text_document=text_document(uri), options=types.FormattingOptions(tab_size=4, insert_spaces=True)
            )
        )
        assert apply_text_edits(formatted, again) == resolint.format_text(formatted, str(session.workspace / name))


async def test_no_suppression_comment_is_offered_inside_the_front_matter(session: Session):
    text = DRAFT.read_text(encoding="utf-8").replace("distribution: Limited", "distribution: General")
    uri = session.open("draft.res.md", text)
    heading = next(d for d in await session.diagnostics(uri, version=1) if d.code == "RH601")
    assert heading.range.start.line < lsp_position(text, text.index("\n---\n")).line  # inside the YAML
    actions = await code_actions(session, uri, heading)
    assert actions is not None
    assert not any(action.title.startswith("Disable") for action in actions)


async def test_two_disable_actions_on_one_line_end_in_one_comment_that_silences_both(session: Session):
    text = DRAFT.read_text(encoding="utf-8")
    line_start = text.index("*Recalling*")
    text = text[:line_start] + '*Recalling* the  "Vienna Declaration",' + text[text.index("\n", line_start) :]
    uri = session.open("draft.res.md", text)
    line = lsp_position(text, line_start).line
    for rule in ("RT406", "RT402"):
        found = await session.diagnostics(uri)
        target = next(d for d in found if d.code == rule and d.range.start.line == line)
        disable = next(
            a for a in await code_actions(session, uri, target) if a.title == f"Disable {rule} for this line"
        )
        text = apply_text_edits(text, disable.edit.changes[uri])
        session.replace_all(uri, text)
        line = lsp_position(text, text.index("*Recalling* the  ")).line
    assert text.count("resolint-disable-next-line") == 1
    assert "<!-- resolint-disable-next-line RT406 RT402 -->\n*Recalling* the  " in text
    after = await session.diagnostics(uri)
    assert not [d for d in after if d.range.start.line == line and d.code in ("RT406", "RT402")]
    assert rows_of(after) == expected_diagnostics(text, session.workspace / "draft.res.md")


ADOPTED = """\
---
symbol: A/HRC/RES/54/3
organ: Human Rights Council
---

*The Human Rights Council*,

*Noting* the report of the Secretary-General,

1. *Welcomes* the report held in in Geneva;

2. *Decides* to remain seized of the matter.
"""


async def test_an_adopted_texts_wording_fix_is_offered_not_preferred_and_left_by_fix_all(session: Session):
    uri = session.open("adopted.res.md", ADOPTED)
    repeated = next(d for d in await session.diagnostics(uri, version=1) if d.code == "RT401")
    actions = await code_actions(session, uri, repeated, only=[types.CodeActionKind.QuickFix])
    (fix,) = [a for a in actions if not a.title.startswith("Disable")]
    assert fix.title.endswith("(RT401, adopted text)") and not fix.is_preferred
    assert "in in" not in apply_text_edits(ADOPTED, fix.edit.changes[uri])  # offered: it works when chosen
    result = await session.client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="resolint.fixAll", arguments=[uri])
    )
    assert result == {"fixed": 0}
    assert not session.applied_edits
