"""The builder's memo for incremental parsing: units and nodes of the previous build, found by their
source text and moved on reuse (:class:`BuildMemo`), and which blocks an edit replaced
(:class:`BlockPlan`). A leaf of ``grammar/``: the segmenter and the builder use it, and
:mod:`resolint.grammar.incremental` drives it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from resolint.model import Footnote, LineIndex, Paragraph, Span, SyntaxProblem, Text


class _Entry:
    __slots__ = ("base", "node", "problems", "spans")

    def __init__(self, node: Any, spans: list[Span], base: int, problems: tuple[SyntaxProblem, ...]) -> None:
        self.node = node
        self.spans = spans
        self.base = base
        self.problems = problems


class BuildMemo:
    """Units and nodes of the previous build, found by their source text (and shape), moved on reuse."""

    def __init__(self) -> None:
        self._previous: dict[tuple, list[_Entry]] = {}
        self._current: dict[tuple, list[_Entry]] = {}
        self._previous_blocks: list[tuple[int, int, list]] = []  # (start, end, units) of each block of the last build
        self._current_blocks: list[tuple[int, int, list]] = []
        self._previous_source = ""
        self._units_by_text: dict[str, list[tuple[int, list]]] | None = None
        self.plan: BlockPlan | None = None
        self._announced: BlockPlan | None = None
        self._source = ""
        self._finished = False  # the last build ran to its end (a build that raised left its lists half made)
        self.lines: LineIndex | None = None
        self.reused = 0
        self.built = 0

    def announce(self, plan: BlockPlan | None) -> None:
        """Which blocks the edit replaced, for the next build (None: unknown)."""
        self._announced = plan

    def begin(self, lines: LineIndex) -> None:
        """Start a build: what the last build kept becomes what this one may reuse."""
        if self.lines is not None and lines is not self.lines:
            raise ValueError("a BuildMemo serves one LineIndex (one document)")
        self.lines = lines
        self._previous, self._current = self._current, {}
        if self._finished:
            self._previous_blocks, self._previous_source = self._current_blocks, self._source
        else:
            self._previous_blocks, self._previous_source = [], ""
        self._current_blocks = []
        self._finished = False
        self._source = lines.text
        self._units_by_text = None
        plan, self._announced = self._announced, None
        self.plan = plan if plan is not None and plan.fits(len(self._previous_blocks)) else None
        self.reused = self.built = 0

    def finish(self) -> None:
        """The build ran to its end: its blocks line up with the grammar's, for the next build's plan."""
        self._finished = True

    def reuse(self, key: tuple, base: int, problems: list[SyntaxProblem]) -> Any:
        entries = self._previous.get(key)
        if not entries:
            return None
        entry = entries.pop()
        self._current.setdefault(key, []).append(entry)
        return self.move(entry, base, problems)

    def move(self, entry: _Entry, base: int, problems: list[SyntaxProblem]) -> Any:
        """The entry's node, moved to ``base``; its syntax problems are added to ``problems``."""
        delta = base - entry.base
        if delta:
            for span in entry.spans:
                span.start += delta
                span.end += delta
            entry.base = base
        if entry.problems:
            problems.extend(entry.problems)
        self.reused += 1
        return entry.node

    def entry(self, node: Any, base: int, problems: list[SyntaxProblem]) -> _Entry:
        """A new node, ready to be moved by later builds (the caller keeps the entry)."""
        spans = node_spans(node)
        for problem in problems:
            spans.append(problem.span)
        self.built += 1
        return _Entry(node, _distinct(spans), base, tuple(problems))

    def keep(self, key: tuple, base: int, node: Any, problems: list[SyntaxProblem]) -> None:
        self._current.setdefault(key, []).append(self.entry(node, base, problems))

    def units_of_block(self, index: int, block_text: Callable[[], str], base: int) -> list | None:
        """The units of block ``index`` in the last build when its text is the same, moved to ``base``.

        With a plan, a block before the edit is the very block of the last build and one after it
        moved by the edit's length; only the blocks around the edit are looked up by their text."""
        plan = self.plan
        if plan is not None:
            if index < plan.first:
                return self._previous_blocks[index][2]
            if index >= plan.first + plan.new_count:
                old_start, _, units = self._previous_blocks[index - plan.new_count + plan.old_count]
                return self._moved(units, base - old_start, index)
        found = self._by_text().get(block_text())
        if not found:
            return None
        old_start, units = found.pop()
        return self._moved(units, base - old_start, index)

    def keep_block(self, start: int, end: int, units: list) -> None:
        """The units of the next block of this build (blocks come in order)."""
        self._current_blocks.append((start, end, units))

    @staticmethod
    def _moved(units: list, delta: int, index: int) -> list:
        for unit in units:
            if delta:
                unit.shift(delta)
            unit.block = index
        return units

    def _by_text(self) -> dict[str, list[tuple[int, list]]]:
        """The units of the last build's blocks by block text: of the blocks the edit replaced, or
        of every block when there is no plan (the whole text was read again)."""
        if self._units_by_text is None:
            plan = self.plan
            indices = range(plan.first, plan.first + plan.old_count) if plan else range(len(self._previous_blocks))
            table: dict[str, list[tuple[int, list]]] = {}
            for old_index in indices:
                start, end, units = self._previous_blocks[old_index]
                table.setdefault(self._previous_source[start:end], []).append((start, units))
            for entries in table.values():
                entries.reverse()  # pop() hands out the first of equal blocks first
            self._units_by_text = table
        return self._units_by_text


class BlockPlan:
    """What an edit did to the blocks: ``old_count`` blocks from ``first`` on were replaced by
    ``new_count`` blocks (the later ones moved by the length of the edit)."""

    __slots__ = ("first", "new_count", "old_count")

    def __init__(self, first: int, old_count: int, new_count: int) -> None:
        self.first = first
        self.old_count = old_count
        self.new_count = new_count

    def fits(self, previous_blocks: int) -> bool:
        return self.first + self.old_count <= previous_blocks


def node_spans(node: Any) -> list[Span]:
    """Every span inside a paragraph, footnote or text (with repeats: see :func:`_distinct`)."""
    spans: list[Span] = []
    if isinstance(node, Text):
        spans.append(node.span)
        spans.extend(node.italics)
        spans.extend(node.italic_marks)
        spans.extend(ref.span for ref in node.footnote_refs)
    elif isinstance(node, Footnote):
        spans += (node.span, node.label_span)
        spans.extend(node_spans(node.text))
    elif isinstance(node, Paragraph):
        spans.append(node.span)
        spans.extend(node_spans(node.text))
        spans.extend(node.parts)
        spans.extend(artefact.span for artefact in node.artefacts)
        for optional in (node.phrase_span, getattr(node, "number_span", None), getattr(node, "label_span", None)):
            if optional is not None:
                spans.append(optional)
        for child in getattr(node, "children", ()):
            spans.extend(node_spans(child))
        wrap_up = getattr(node, "wrap_up", None)
        if wrap_up is not None:
            spans.extend(node_spans(wrap_up))
    else:
        raise TypeError(f"no spans known for {type(node).__name__}")
    return spans


def _distinct(spans: list[Span]) -> list[Span]:
    """Each span object once (a paragraph may share its text's span): moved twice it would be wrong."""
    return list({id(span): span for span in spans}.values())
