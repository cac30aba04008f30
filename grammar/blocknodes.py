"""Nodes of the blocks that are no paragraph of the preamble or the operative part, mixed into the builder.

Footnote definitions (in each of the forms a copy gives them), comments, prologue text, annexed text
and the closing lines: each block becomes its node here, taken over from the previous build when the
parse is incremental and the block is unchanged. The builder (``builder.py``) decides which block is
which; ``forms.py`` and ``items.py`` answer its questions about the larger forms and the items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from resolint.grammar.classify import ASTERISK_NOTE_RE, CLOSING_RE
from resolint.grammar.construct import build_footnote
from resolint.grammar.genre import Target, written_heading
from resolint.grammar.inline import InlineScan, build_text, scan_parts, strip_marks
from resolint.grammar.pdfcopy import PdfCopy
from resolint.grammar.rawlines import shifted
from resolint.grammar.segment import Unit
from resolint.grammar.slashnotes import NOTE_RE as SLASH_NOTE_RE
from resolint.model import (
    AnnexText,
    Closing,
    Comment,
    Document,
    Footnote,
    LineIndex,
    NodeKind,
    Paragraph,
    SyntaxProblem,
    Text,
)


class BlockNodes:
    """The builder's state these methods share (set up by the builder)."""

    doc: Document
    source: str
    lines: LineIndex
    copy: PdfCopy | None
    annex_target: Target | None

    def _reused(self, key: tuple, base: int, build: Callable[[], Any]) -> Any:
        raise NotImplementedError

    def _plain_head(self, unit: Unit, limit: int = 200) -> str:
        raise NotImplementedError

    def _annex_section_title(self, unit: Unit, head: str) -> bool:
        raise NotImplementedError

    def _without_own_line_label_breaks(
        self, scan: InlineScan | None, parts: list[tuple[int, int]], gaps: tuple[tuple[int, int], ...] = ()
    ) -> InlineScan | None:
        raise NotImplementedError

    def _annex(self, unit: Unit) -> None:
        """Text annexed by an operative paragraph (a declaration, a programme of action): kept and
        linted as text, not as operative paragraphs of the resolution."""
        if unit.kind == "text" and CLOSING_RE.match(self._plain_head(unit, 160).lstrip()):
            self._closing(unit)
            return
        if self._annex_section_title(unit, self._plain_head(unit)):
            return
        paragraph = self._reused(
            ("annex", self.source[unit.start : unit.end]),
            unit.start,
            lambda: self._plain_paragraph(unit, NodeKind.ANNEX),
        )
        self.doc.annex.append(paragraph)
        if self.annex_target is not None and self.annex_target.annexes:
            self.annex_target.annexes[-1][1].append(paragraph)

    def _plain_paragraph(self, unit: Unit, kind: NodeKind) -> Paragraph:
        parts = [(unit.start, unit.end)]
        scan = self.copy.marked(scan_parts(self.source, parts, self.lines), parts, self.lines) if self.copy else None
        if kind == NodeKind.ANNEX:
            scan = self._without_own_line_label_breaks(scan, parts)
        text = build_text(self.source, parts, self.lines, scan)  # (a PDF copy's furniture and hyphens left out)
        if kind == NodeKind.ANNEX:
            return AnnexText(kind, text, text.span, **written_heading(text.raw, text.plain))
        return Paragraph(kind, text, text.span)

    def _closing(self, unit: Unit) -> None:
        """The meeting line, the date, the voting record and anything after them (annexes)."""
        parts = [(unit.text_start, unit.end)]
        scan = self.copy.marked(scan_parts(self.source, parts, self.lines), parts, self.lines) if self.copy else None
        content = build_text(self.source, parts, self.lines, scan)  # (a copy's plain-digit note marker read)
        text = strip_marks(self.source[unit.text_start : unit.end])
        span, lead = self.lines.span(unit.start, unit.end), self.source[unit.start : unit.text_start]
        written = written_heading(self.source[unit.start : unit.end], text)
        self.doc.closing.append(Closing(text, span, content, **written, lead=lead))

    def _is_asterisk_note(self, unit: Unit) -> bool:
        if unit.kind != "bullet" or unit.bullet is None or self.source[unit.bullet[0]] != "*":
            return False
        return bool(ASTERISK_NOTE_RE.match(self.source[unit.text_start : unit.end].lstrip()))

    def _is_slash_note(self, unit: Unit) -> bool:
        return unit.kind in ("text", "bullet") and SLASH_NOTE_RE.match(self.source, unit.start, unit.end) is not None

    def _footnote(self, unit: Unit) -> None:
        base = unit.start
        key = (
            "footnote",
            unit.kind,
            shifted(unit.bullet, -base),
            unit.label,
            shifted(unit.label_span, -base),
            unit.text_start - base,
            self.source[base : unit.end],
        )
        self.doc.footnotes.append(self._reused(key, base, lambda: self._build_footnote(unit)))

    def _build_footnote(self, unit: Unit) -> Footnote:
        slash = SLASH_NOTE_RE.match(self.source, unit.start, unit.end) if unit.kind in ("text", "bullet") else None
        parts = [(slash.end() if slash else unit.text_start, unit.end)]
        scan = self.copy.marked(scan_parts(self.source, parts, self.lines), parts, self.lines) if self.copy else None
        text = build_text(self.source, parts, self.lines, scan)
        if slash is not None:  # "16/ Official Records …": the label and its slash
            label_span = self.lines.span(slash.start(1), slash.end(1) + 1)
            return Footnote(slash.group(1), text, self.lines.span(unit.start, unit.end), label_span, "slash")
        return build_footnote(self.source, self.lines, unit, text)

    def _comment(self, unit: Unit) -> None:
        self.doc.comments.append(Comment(self.source[unit.start : unit.end], self.lines.span(unit.start, unit.end)))

    def _footnote_or_prologue(self, unit: Unit) -> None:
        if unit.kind == "comment":
            self._comment(unit)
        elif unit.kind.startswith("footnote") or self._is_asterisk_note(unit) or self._is_slash_note(unit):
            self._footnote(unit)
        else:
            key = ("prologue", self.source[unit.start : unit.end])
            self.doc.prologue.append(
                self._reused(key, unit.start, lambda: self._plain_paragraph(unit, NodeKind.PROLOGUE))
            )

    def _inline_problems(self, text: Text) -> None:
        raw = text.raw
        index = raw.find("<!--")
        while index != -1:
            close = raw.find("-->", index)
            if close == -1:
                start = text.span.start + index
                self.doc.problems.append(
                    SyntaxProblem(
                        "comment opened with '<!--' is never closed with '-->'", self.lines.span(start, start + 4)
                    )
                )
                return
            index = raw.find("<!--", close)
