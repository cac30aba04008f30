"""A comparable outline of an AKN file: what resolint's model carries, element by element, in order.

Two AKN files have the same outline when they have the same cover-page items (and committee report
line), number and title,
enacting formula, preambular containers (with their ``name``), paragraphs with their numbers,
points with their labels and depth, headings, footnotes with their markers, conclusions and
annexed paragraphs, each at the same element path, with the same italics and the same
whitespace-normalised text (the no-break space counted as whitespace). Layout whitespace, ``eId``/``class`` attributes, metadata, links
(``<a>``) and other inline markup that only wraps text are not part of it (see docs/akn.md).
"""

from __future__ import annotations

import re

from resolint.aknio.reader import AknText, Block, Run
from resolint.aknio.resmd import marked

ANY_SPACE = re.compile(r"\s+")  # here the no-break space counts as whitespace too


def spaced(text: str) -> str:
    return ANY_SPACE.sub(" ", text).strip()


def runs_text(runs: list[Run]) -> str:
    return ANY_SPACE.sub(" ", marked(runs, "<i>", "</i>"))


def block_item(block: Block) -> tuple[str, ...]:
    text = " / ".join(" | ".join(runs_text(cell) for cell in row) for row in block.rows) or runs_text(block.runs)
    return (block.kind, block.path, block.num or "", block.name or "", str(block.level), text)


def outline(text: AknText) -> list[tuple[str, ...]]:
    items: list[tuple[str, ...]] = [("cover", key, spaced(value)) for key, value in sorted(text.heading.items())]
    items += [("report", spaced(text.report)), ("number", spaced(text.number)), ("title", spaced(text.title))]
    items.append(("formula", runs_text(text.formula)))
    items += [block_item(block) for block in text.blocks]
    items += [("conclusions", spaced(line)) for line in text.conclusions]
    items += [("annex", *block_item(block)) for block in text.attachments]
    items += [("note", note.marker, runs_text(note.runs)) for note in text.notes]
    return items


def first_difference(expected: list[tuple[str, ...]], got: list[tuple[str, ...]]) -> str | None:
    """One line naming the first item where two outlines differ, or None when they are equal."""
    for index, (want, have) in enumerate(zip(expected, got, strict=False)):
        if want != have:
            return f"item {index + 1}: expected {shorten(want)}, got {shorten(have)}"
    if len(expected) != len(got):
        extra = expected[len(got)] if len(expected) > len(got) else got[len(expected)]
        which = "missing" if len(expected) > len(got) else "extra"
        return f"{which} item {min(len(expected), len(got)) + 1}: {shorten(extra)}"
    return None


def shorten(item: tuple[str, ...], width: int = 160) -> str:
    text = " | ".join(value if value.isprintable() and "\u00a0" not in value else ascii(value) for value in item)
    return text if len(text) <= width else text[: width - 1] + "…"
