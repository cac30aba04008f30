"""The grammar's lines as the builder receives them (:class:`RawLine`, :class:`FrontMatter`), and
moving offsets on (:func:`shifted`). A leaf of ``grammar/``: the parser makes these, the segmenter,
the PDF-copy reader, the builder and the incremental parser use them."""

from __future__ import annotations

from dataclasses import dataclass


def shifted(pair: tuple[int, int] | None, delta: int) -> tuple[int, int] | None:
    """A (start, end) pair of offsets ``delta`` characters on."""
    return None if pair is None else (pair[0] + delta, pair[1] + delta)


class Movable:
    """The offsets that a grammar line and the builder's unit share, moved in place by :meth:`shift`."""

    __slots__ = ()
    start: int
    end: int
    text_start: int
    bullet: tuple[int, int] | None
    label_span: tuple[int, int] | None

    def shift(self, delta: int) -> None:
        """Move ``delta`` characters on (an edit before changed the length of the text)."""
        self.start += delta
        self.end += delta
        self.text_start += delta
        self.bullet = shifted(self.bullet, delta)
        self.label_span = shifted(self.label_span, delta)


@dataclass(slots=True)
class RawLine(Movable):
    """One line as the grammar classified it. Offsets are source offsets; ``end`` excludes the newline.

    Not frozen: the incremental parser moves the lines after an edit in place (:meth:`shift`).
    """

    kind: str  # comment | footnote_md | footnote_sup | operative | sub | bullet | text
    start: int
    end: int
    bullet: tuple[int, int] | None = None
    label: str | None = None  # "12." / "(a)" / "[^1]:" / "¹" as written, stripped
    label_span: tuple[int, int] | None = None
    text_start: int = 0  # where the running text of the line begins


@dataclass(frozen=True, slots=True)
class FrontMatterLine:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class FrontMatter:
    start: int
    end: int
    lines: tuple[FrontMatterLine, ...]
