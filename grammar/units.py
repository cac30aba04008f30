"""The unit, the segmentation's product: a stretch of source that makes one paragraph-like thing before
classification (``segment.py`` makes them, ``pagesegments.py`` reads a page's notes among them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from resolint.grammar.inline import InlineScan
from resolint.grammar.rawlines import Movable, RawLine


@dataclass
class Unit(Movable):
    """A stretch of source that makes one paragraph-like thing (before classification)."""

    kind: str
    start: int
    end: int
    text_start: int
    block: int
    bullet: tuple[int, int] | None = None
    label: str | None = None
    label_span: tuple[int, int] | None = None
    lines: list[tuple[int, int]] = field(default_factory=list)
    run_together: bool = False
    scan: InlineScan | None = None  # the inline scan of (text_start, end), when already made
    derived: dict = field(default_factory=dict)  # facts of the unit's text, worked out once (it never changes)

    def shift(self, delta: int) -> None:
        """Move the unit ``delta`` characters on (the incremental build reuses units of unchanged blocks)."""
        Movable.shift(self, delta)
        self.lines = [(start + delta, end + delta) for start, end in self.lines]
        self.scan = None  # its offsets are the old ones

    @classmethod
    def from_line(cls, line: RawLine, block: int) -> Unit:
        return cls(
            line.kind,
            line.start,
            line.end,
            line.text_start,
            block,
            line.bullet,
            line.label,
            line.label_span,
            [(line.start, line.end)],
        )
