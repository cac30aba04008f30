"""Open documents and their analysis (parsed model, diagnostics, position map), computed lazily per text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pygls.uris import to_fs_path

from .positions import PositionMap

if TYPE_CHECKING:
    from resolint.config import Settings
    from resolint.diagnostics import Diagnostic
    from resolint.model import Document

RESOLUTION_LANGUAGE_ID = "resolution"
RESOLUTION_SUFFIX = ".res.md"


@dataclass(slots=True)
class Analysis:
    """Everything derived from one exact text; thrown away when the text changes."""

    text: str
    document: Document
    diagnostics: list[Diagnostic]
    positions: PositionMap


@dataclass(slots=True)
class OpenDocument:
    uri: str
    language_id: str
    version: int
    text: str
    analysis: Analysis | None = None
    published_version: int | None = field(default=None)

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


def analyse(text: str, path: str | None, settings: Settings) -> Analysis:
    import resolint

    document = resolint.parse(text, path)
    diagnostics = resolint.lint(document, settings)
    return Analysis(text=text, document=document, diagnostics=diagnostics, positions=PositionMap(text))
