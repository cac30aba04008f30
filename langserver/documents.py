"""Open documents and their analysis (parsed model, diagnostics, position map), computed lazily per text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pygls.uris import to_fs_path

from resolint.newlines import newline_of, with_newline

from .positions import PositionMap

if TYPE_CHECKING:
    from resolint.config import Settings
    from resolint.diagnostics import Diagnostic
    from resolint.engine import LintCache
    from resolint.grammar.incremental import IncrementalParser
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
    published_version: int | None = field(default=None)
    session: Session | None = None  # incremental parse and lint state, made on the first analysis
    wire_forms: Any = None  # WireForms: the JSON of the diagnostics published last

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
    only the newest), and the lint cache keeps the findings of node-scoped rules on those nodes.
    """

    def __init__(self, path: str | None) -> None:
        from resolint.engine import LintCache
        from resolint.grammar.incremental import IncrementalParser

        self.parser: IncrementalParser = IncrementalParser(path)
        self.lint_cache: LintCache = LintCache()


def analyse(text: str, settings: Settings, session: Session) -> Analysis:
    """Parse and lint ``text``, re-using the work ``session`` did for the document's last text."""
    from resolint.engine import lint_document

    document = session.parser.parse(text)
    diagnostics = lint_document(document, settings, session.lint_cache)
    positions = PositionMap(document.source, document.lines.line_starts)
    return Analysis(document.source, document, diagnostics, positions, text, newline_of(text))
