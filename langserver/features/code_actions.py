"""Code actions: a quick fix per fixable diagnostic, "disable RULE for this line", and fix all.

Text sent to the editor keeps the document's line endings (``Analysis.for_editor``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lsprotocol import types

from ..documents import fix_all
from .diagnostics import to_lsp_diagnostic

if TYPE_CHECKING:
    from resolint.diagnostics import Diagnostic

    from ..documents import Analysis
    from ..positions import PositionMap
    from ..server import ResolintServer

FIX_ALL_KIND = "source.fixAll.resolint"
SUPPRESSION = "<!-- resolint-disable-next-line {rule} -->"
NEXT_LINE_COMMENT_RE = re.compile(r"[ \t]*<!--\s*resolint-disable-next-line\b(?P<codes>[^>]*?)\s*-->[ \t]*")
"""A line that holds only a ``disable-next-line`` comment: a second rule joins it instead of stacking a
comment above it (a comment silences only the line right after it, so the upper one would silence nothing)."""
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL_KIND]


def minimal_edit(positions: PositionMap, old: str, new: str) -> types.TextEdit:
    """One edit that turns ``old`` into ``new``, touching only the part that differs."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return types.TextEdit(range=positions.range(prefix, len(old) - suffix), new_text=new[prefix : len(new) - suffix])


def fix_all_edit(server: ResolintServer, uri: str) -> tuple[types.TextEdit | None, int]:
    """The edit that applies every safe fix to ``uri``, and the number of fixes (the rounds run through
    the document's incremental session: :func:`resolint.langserver.documents.fix_all`)."""
    analysis = server.analysis(uri)
    doc = server.document(uri)
    if analysis is None or doc is None:
        return None, 0
    result = fix_all(doc, analysis, server.settings.for_directory(doc.directory))
    if result.fixed == analysis.text:
        return None, 0
    edit = minimal_edit(analysis.positions, analysis.text, result.fixed)
    return types.TextEdit(range=edit.range, new_text=analysis.for_editor(edit.new_text)), result.count


def _overlaps(found: Diagnostic, start: int, end: int) -> bool:
    span = found.span
    return span.start <= end and start <= span.end


def _wanted(kind: str, only: list[str] | None) -> bool:
    return only is None or any(kind == prefix or kind.startswith(prefix + ".") for prefix in only)


def quick_fixes(uri: str, analysis: Analysis, in_range: list[Diagnostic]) -> list[types.CodeAction]:
    actions = []
    for found in in_range:
        if found.fix is None:
            continue
        edits = [
            types.TextEdit(
                range=analysis.positions.range(edit.start, edit.end), new_text=analysis.for_editor(edit.new_text)
            )
            for edit in found.fix.edits
        ]
        actions.append(
            types.CodeAction(
                title=f"{found.fix.title} ({found.rule}{', adopted text' if found.fix.withheld else ''})",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[to_lsp_diagnostic(uri, analysis, found)],
                edit=types.WorkspaceEdit(changes={uri: edits}),
                is_preferred=found.fix.safe,
            )
        )
    return actions


def front_matter_end(text: str) -> int:
    """Offset just past the YAML front matter, or 0: a comment cannot go inside YAML."""
    if not text.startswith("---"):
        return 0
    closing = text.find("\n---", 3)
    return len(text) if closing == -1 else closing + 4


def suppressions(uri: str, analysis: Analysis, in_range: list[Diagnostic]) -> list[types.CodeAction]:
    actions = []
    seen: set[tuple[str, int]] = set()
    yaml_end = front_matter_end(analysis.text)
    for found in in_range:
        line = analysis.positions.position(found.span.start).line
        if (found.rule, line) in seen or found.span.start < yaml_end:
            continue
        seen.add((found.rule, line))
        actions.append(
            types.CodeAction(
                title=f"Disable {found.rule} for this line",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[to_lsp_diagnostic(uri, analysis, found)],
                edit=types.WorkspaceEdit(changes={uri: [suppression_edit(analysis, line, found.rule)]}),
            )
        )
    return actions


def suppression_edit(analysis: Analysis, line: int, rule: str) -> types.TextEdit:
    """The edit that silences ``rule`` on 0-based ``line``: the rule joins the ``disable-next-line``
    comment on the line above when there is one, else a new comment line goes above."""
    positions = analysis.positions
    line_start = positions.line_start(line)
    if line > 0:
        above_start = positions.line_start(line - 1)
        above = NEXT_LINE_COMMENT_RE.fullmatch(analysis.text, above_start, line_start - 1)
        if above is not None:
            codes = above["codes"].split()
            comment = SUPPRESSION.format(rule=" ".join([*codes, rule]))
            return types.TextEdit(range=positions.range(above_start, line_start - 1), new_text=comment)
    insert = positions.position(line_start)
    comment = SUPPRESSION.format(rule=rule)
    return types.TextEdit(range=types.Range(insert, insert), new_text=analysis.for_editor(comment + "\n"))


def setup(server: ResolintServer) -> None:
    def code_actions(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        analysis = server.analysis(uri)
        if analysis is None:
            return None
        only = params.context.only
        actions: list[types.CodeAction] = []
        if _wanted(types.CodeActionKind.QuickFix, only):
            start, end = analysis.positions.offsets(params.range)
            in_range = [found for found in analysis.diagnostics if _overlaps(found, start, end)]
            actions.extend(quick_fixes(uri, analysis, in_range))
            actions.extend(suppressions(uri, analysis, in_range))
        if _wanted(FIX_ALL_KIND, only):
            edit, count = fix_all_edit(server, uri)
            if edit is not None:
                actions.append(
                    types.CodeAction(
                        title=f"Fix all resolint problems ({count})",
                        kind=FIX_ALL_KIND,
                        edit=types.WorkspaceEdit(changes={uri: [edit]}),
                    )
                )
        return actions

    server.provide(
        types.TEXT_DOCUMENT_CODE_ACTION,
        code_actions,
        types.CodeActionOptions(code_action_kinds=KINDS, resolve_provider=False),
    )
