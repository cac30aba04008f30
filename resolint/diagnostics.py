"""Diagnostics, severities and fixes (text edits) shared by the CLI, the server and the exporters."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from resolint.model import Span


class Severity(IntEnum):
    """Ordered so that ``max()`` gives the worst; names are what users write in config."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace source ``[start, end)`` with ``new_text``."""

    start: int
    end: int
    new_text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A fix of a finding. ``safe`` fixes are applied by ``resolint fix`` and the editor's "fix all";
    the others only on request (``--unsafe``, a code action of its own). ``keeps_wording``: the fix
    leaves the resolution's text as adopted (it undoes what a copy did — lost italics, page furniture —
    or edits resolint's own comments), so it applies to an adopted text too. ``withheld`` says why a
    fix its rule holds safe is not applied unasked here (an adopted text, see ``Facts.adopted``)."""

    title: str
    edits: tuple[Edit, ...]
    safe: bool = True
    keeps_wording: bool = False
    withheld: str = ""


@dataclass(slots=True)
class Diagnostic:
    rule: str  # "RT401"
    slug: str  # "repeated-phrase"
    severity: Severity
    message: str
    span: Span
    fix: Fix | None = None
    related: list[tuple[Span, str]] = field(default_factory=list)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.rule)


def apply_edits(text: str, edits: list[Edit] | tuple[Edit, ...]) -> str:
    """Apply non-overlapping edits; an edit that overlaps one already taken is skipped."""
    chosen: list[Edit] = []
    last_end = -1
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < last_end or edit.start > edit.end:
            continue
        if edit.start == last_end and chosen and chosen[-1].start == chosen[-1].end == edit.start:
            continue  # two insertions at one place: keep the first
        chosen.append(edit)
        last_end = edit.end
    pieces: list[str] = []
    cursor = 0
    for edit in chosen:
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.new_text)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)
