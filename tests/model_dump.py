"""A complete, comparable dump of a parsed document: every node, every span with its line and column."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from resolint.diagnostics import Diagnostic
from resolint.model import Document, LineIndex, Span


def dump(value: Any) -> Any:
    if isinstance(value, Span):
        return ("span", value.start, value.end, value.line, value.column, value.end_line, value.end_column)
    if isinstance(value, LineIndex):
        return ("lines", value.line_count)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Document):
        return {f.name: dump(getattr(value, f.name)) for f in dataclasses.fields(value) if not f.name.startswith("_") and f.name != "source"}
    if dataclasses.is_dataclass(value):
        return (type(value).__name__, *(dump(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if isinstance(value, list | tuple):
        return [dump(item) for item in value]
    if isinstance(value, dict):
        return {key: dump(item) for key, item in value.items()}
    return value


def dump_diagnostics(diagnostics: list[Diagnostic]) -> list[Any]:
    return [dump(diagnostic) for diagnostic in diagnostics]
