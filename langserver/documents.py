"""Open documents and their analysis (parsed model, diagnostics, position map), computed lazily per text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pygls.uris import to_fs_path

from resolint.engine import LintCache, fix_rounds, lint_document
from resolint.grammar.incremental import IncrementalParser
from resolint.language import foreign_language, not_checked_notice
from resolint.memo import MemoScope
from resolint.newlines import CR, CRLF, LF, LS, PS, newline_of, with_newline

from .positions import PositionMap

if TYPE_CHECKING:
    from resolint.config import Settings
    from resolint.diagnostics import Diagnostic
    from resolint.model import Document

RESOLUTION_LANGUAGE_ID = "resolution"
RESOLUTION_SUFFIX = ".res.md"


@dataclass(slots=True)
class Analysis:
    """Everything derived from one exact text; thrown away when the text changes.

    ``text`` is the model's text: the editor's text with its line breaks as ``\n``
    (:mod:`resolint.newlines`). Lines and columns are the same in both, so ``positions`` (a map of
    ``text``) gives the editor right positions, never one between a ``\r`` and its ``\n``; text sent
    back to the editor goes through :meth:`for_editor` to keep its line endings.
    """

    text: str
    document: Document
    diagnostics: list[Diagnostic]
    positions: PositionMap
    editor_text: str  # the text exactly as the editor has it: the analysis is valid while it is unchanged
    newline: str = "\n"  # the line ending the editor's text mostly uses
    not_checked: str | None = None  # the language the text seems to be in, when not English (not linted)

    def for_editor(self, new_text: str) -> str:
        """``new_text`` (with ``\n`` line breaks) as the editor's text writes line breaks."""
        return new_text if self.newline == "\n" else with_newline(new_text, self.newline)


@dataclass(slots=True)
class OpenDocument:
    uri: str
    language_id: str
    version: int
    text: str
    analysis: Analysis | None = None
    session: Session | None = None  # incremental parse and lint state, made on the first analysis
    fixed_all: FixedAll | None = None  # the text "fix all" made of the document's text, if asked for

    @property
    def path(self) -> str | None:
        return to_fs_path(self.uri)

    @property
    def directory(self) -> Path | None:
        path = self.path
        return Path(path).parent if path else None

    @property
    def is_resolution(self) -> bool:
        """``.res.md`` files always; anything else only when the client says it is a resolution."""
        return self.language_id == RESOLUTION_LANGUAGE_ID or self.uri.endswith(RESOLUTION_SUFFIX)


class Session:
    """What one open document keeps between analyses, so that an edit costs about what it changed.

    The parser moves the nodes of unchanged paragraphs instead of building them again (so the
    document of the previous analysis is no longer valid once a new one is made: the server keeps
    only the newest), the lint cache keeps the findings of node rules on those nodes, and the
    memo keeps the facts derived from the document's paragraph texts (:mod:`resolint.memo`): those of
    the texts the last analysis read, so that it stays the size of the document over a long session.
    """

    def __init__(self, path: str | None) -> None:
        self.parser = IncrementalParser(path)
        self.lint_cache = LintCache()
        self.memo = MemoScope()


def not_checked_diagnostic(document: Document, language: str) -> Diagnostic:
    """The one diagnostic of a text in another language (on its first line): the lint's notice."""
    from resolint.diagnostics import Diagnostic, Severity

    first_line_end = document.source.find("\n")
    span = document.lines.span(0, len(document.source) if first_line_end < 0 else first_line_end)
    return Diagnostic("", "not-checked", Severity.INFO, not_checked_notice(language), span)


def analyse(text: str, settings: Settings, session: Session) -> Analysis:
    """Parse and lint ``text``, re-using the work ``session`` did for the document's last text."""
    session.memo.new_generation()
    with session.memo.active():
        document = session.parser.parse(text)
        language = foreign_language(text)
        if language:  # as ``resolint lint`` does: named, not checked
            diagnostics = [not_checked_diagnostic(document, language)]
        else:
            diagnostics = lint_document(document, settings, session.lint_cache)
    positions = position_map(text, document)
    return Analysis(document.source, document, diagnostics, positions, text, newline_of(text), language)


def position_map(text: str, document: Document) -> PositionMap:
    """The map of the model's offsets to the editor's lines. The model reads U+2028 and U+2029 as line
    breaks (:mod:`resolint.newlines`), LSP does not: the editor's lines are counted in the ``\\n``
    text with those characters put back (one character each, so every offset stays)."""
    if LS not in text and PS not in text:
        return PositionMap(document.source, document.lines.line_starts)
    return PositionMap(text.replace(CRLF, LF).replace(CR, LF))


@dataclass(frozen=True, slots=True)
class FixedAll:
    """Every safe fix applied to ``text`` (an editor text) under ``settings`` until stable: ``fixed``
    (with ``\n`` line breaks, as :attr:`Analysis.text`) after ``count`` fixes."""

    text: str
    settings: Settings
    fixed: str
    count: int


def fix_all(doc: OpenDocument, analysis: Analysis, settings: Settings) -> FixedAll:
    """Apply every safe fix to the document's text, round by round, through its incremental session.

    ``analysis`` is the one of the document's current text. Each further round is an edit of the
    last round's text, analysed as a keystroke would be. The session then holds the fixed text, which
    is what the editor sends next when it applies the fixes; the document's analysis is dropped (the
    rounds moved its model) and made again when asked for. The result is kept for the document's
    text, so that code-action requests (the editor asks on every cursor move) do not repeat the rounds.
    """
    known = doc.fixed_all
    if known is not None and known.text is analysis.editor_text and known.settings is settings:
        return known
    session = doc.session
    if session is None or not any(d.fix is not None and d.fix.safe and d.fix.edits for d in analysis.diagnostics):
        fixed, count = analysis.text, 0
    else:

        def diagnostics_of(text: str) -> list[Diagnostic]:
            if text is analysis.text:  # the first round: the analysis at hand
                return analysis.diagnostics
            doc.analysis = None
            return analyse(text, settings, session).diagnostics

        fixed, fixed_rules = fix_rounds(analysis.text, diagnostics_of)
        count = sum(fixed_rules.values())
    doc.fixed_all = FixedAll(analysis.editor_text, settings, fixed, count)
    return doc.fixed_all
