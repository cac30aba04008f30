"""Document symbols (the outline) and folding ranges."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from resolint.output import plural

if TYPE_CHECKING:
    from resolint.model import Annex, LineIndex, NestedDraft, Operative, Span, SubParagraph

    from ..documents import Analysis
    from ..server import ResolintServer

SNIPPET_LENGTH = 60


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_LENGTH else text[: SNIPPET_LENGTH - 1] + "…"


def _symbol(
    analysis: Analysis,
    name: str,
    kind: types.SymbolKind,
    span: Span,
    selection: Span | None = None,
    detail: str | None = None,
    children: list[types.DocumentSymbol] | None = None,
) -> types.DocumentSymbol:
    whole = analysis.positions.range(span.start, span.end)
    chosen = selection if selection is not None and span.start <= selection.start <= selection.end <= span.end else span
    return types.DocumentSymbol(
        name=name or "(empty)",
        kind=kind,
        range=whole,
        selection_range=analysis.positions.range(chosen.start, chosen.end),
        detail=detail,
        children=children or None,
    )


def extent(paragraph: Operative | SubParagraph, lines: LineIndex) -> Span:
    """The paragraph with all its sub-paragraphs (the model's span is the paragraph's own text)."""
    end = paragraph.span.end
    stack = list(paragraph.children)
    while stack:
        child = stack.pop()
        end = max(end, child.span.end)
        stack.extend(child.children)
    return paragraph.span if end == paragraph.span.end else lines.span(paragraph.span.start, end)


def _sub_symbol(analysis: Analysis, sub: SubParagraph) -> types.DocumentSymbol:
    children = [_sub_symbol(analysis, child) for child in sub.children]
    label = sub.label if sub.label.startswith("(") else f"({sub.label})"
    return _symbol(
        analysis,
        label,
        types.SymbolKind.EnumMember,
        extent(sub, analysis.document.lines),
        sub.label_span,
        _snippet(sub.text.plain),
        children,
    )


def _operative_symbol(analysis: Analysis, paragraph: Operative) -> types.DocumentSymbol:
    name = " ".join(
        part for part in (f"{paragraph.number}." if paragraph.number else "", paragraph.phrase or "") if part
    )
    children = [_sub_symbol(analysis, child) for child in paragraph.children]
    return _symbol(
        analysis,
        name or _snippet(paragraph.text.plain),
        types.SymbolKind.Function,
        extent(paragraph, analysis.document.lines),
        paragraph.phrase_span or paragraph.number_span,
        _snippet(paragraph.text.plain),
        children,
    )


def _preamble_symbol(analysis: Analysis, preamble) -> types.DocumentSymbol:
    children = [
        _symbol(analysis, p.phrase or _snippet(p.text.plain), types.SymbolKind.String, p.span, p.phrase_span,
                _snippet(p.text.plain))
        for p in preamble
    ]  # fmt: skip
    span = analysis.document.lines.span(preamble[0].span.start, preamble[-1].span.end)
    return _symbol(
        analysis, "Preamble", types.SymbolKind.Namespace, span, detail=plural(len(children), "paragraph"), children=children
    )


def _body_symbols(analysis: Analysis, preamble, operative) -> list[types.DocumentSymbol]:
    """The preamble (one symbol per run of preambular paragraphs: each section has its own) and
    the operative paragraphs, in source order."""
    symbols: list[types.DocumentSymbol] = []
    run: list = []
    preambular = {id(p) for p in preamble}
    items = sorted([*preamble, *operative], key=lambda p: p.span.start)
    for paragraph in items:
        if id(paragraph) in preambular:
            run.append(paragraph)
            continue
        if run:
            symbols.append(_preamble_symbol(analysis, run))
            run = []
        symbols.append(_operative_symbol(analysis, paragraph))
    if run:
        symbols.append(_preamble_symbol(analysis, run))
    return symbols


def _annex_symbol(analysis: Analysis, annex: Annex) -> types.DocumentSymbol:
    return _symbol(
        analysis, annex.title, types.SymbolKind.Namespace, annex.span, detail=plural(len(annex.paragraphs), "paragraph")
    )


def _draft_symbol(analysis: Analysis, draft: NestedDraft) -> types.DocumentSymbol:
    children = _body_symbols(analysis, draft.preamble, draft.operative)
    children += [_annex_symbol(analysis, annex) for annex in draft.annexes]
    name = f"Draft: The {draft.authoring.organ}" if draft.authoring else "Draft"
    end = len(analysis.document.source)
    return _symbol(
        analysis,
        name,
        types.SymbolKind.Namespace,
        draft.span,
        children=_in_sections(analysis, children, draft.headings, end),
    )


def _in_sections(
    analysis: Analysis, symbols: list[types.DocumentSymbol], headings, end: int
) -> list[types.DocumentSymbol]:
    """Symbols grouped under the headings that open sections (I, II … / A, B …); a subject line
    inside the operative part stays a leaf between paragraphs."""
    positions = analysis.positions
    starts = [h for h in headings if h.starts_section]
    subject_lines = [
        _symbol(analysis, h.text, types.SymbolKind.Constant, h.span) for h in headings if not h.starts_section
    ]
    ordered = sorted([*symbols, *subject_lines], key=lambda s: (s.range.start.line, s.range.start.character))
    if not starts:
        return ordered
    offsets = [positions.offset(s.range.start) for s in ordered]
    out = [s for s, at in zip(ordered, offsets, strict=True) if at < starts[0].span.start]
    for index, heading in enumerate(starts):
        until = starts[index + 1].span.start if index + 1 < len(starts) else end
        inside = [s for s, at in zip(ordered, offsets, strict=True) if heading.span.start <= at < until]
        last = max([heading.span.end, *(positions.offset(s.range.end) for s in inside)])
        name = f"{heading.number}. {heading.title}".strip(". ") if heading.number else heading.title
        span = analysis.document.lines.span(heading.span.start, last)
        out.append(_symbol(analysis, name, types.SymbolKind.Namespace, span, heading.span, children=inside))
    return out


def document_symbols(analysis: Analysis) -> list[types.DocumentSymbol]:
    document = analysis.document
    symbols: list[types.DocumentSymbol] = []
    heading = document.heading
    if heading.span is not None:
        title = document.title.text if document.title else None
        symbols.append(
            _symbol(
                analysis,
                heading.symbol or "Heading",
                types.SymbolKind.Module,
                heading.span,
                detail=_snippet(title) if title else None,
            )
        )
    if document.authoring is not None:
        symbols.append(
            _symbol(
                analysis,
                document.authoring.organ or "Authoring",
                types.SymbolKind.Class,
                document.authoring.span,
            )
        )
    body = _body_symbols(analysis, document.preamble, document.operative)
    body += [_annex_symbol(analysis, annex) for annex in document.annexes]
    body += [_draft_symbol(analysis, draft) for draft in document.drafts]
    symbols.extend(_in_sections(analysis, body, document.headings, len(document.source)))
    if document.footnotes:
        children = [
            _symbol(
                analysis,
                f"[^{f.label}]",
                types.SymbolKind.Field,
                f.span,
                f.label_span,
                _snippet(f.text.plain),
            )
            for f in document.footnotes
        ]
        first = min(f.span.start for f in document.footnotes)
        last = max(f.span.end for f in document.footnotes)
        symbols.append(
            _symbol(
                analysis,
                "Footnotes",
                types.SymbolKind.Namespace,
                document.lines.span(first, last),
                children=children,
            )
        )
    return symbols


def _fold(analysis: Analysis, start: int, end: int, kind: str | None = None) -> types.FoldingRange | None:
    first = analysis.positions.position(start).line
    last = analysis.positions.position(max(start, end - 1)).line
    if last <= first:
        return None
    return types.FoldingRange(start_line=first, end_line=last, kind=kind)


def folding_ranges(analysis: Analysis) -> list[types.FoldingRange]:
    document = analysis.document
    spans: list[tuple[int, int, str | None]] = []
    if document.heading.span is not None:
        spans.append((document.heading.span.start, document.heading.span.end, types.FoldingRangeKind.Imports))
    if document.preamble:
        spans.append((document.preamble[0].span.start, document.preamble[-1].span.end, types.FoldingRangeKind.Region))
    for paragraph in document.operative:
        whole = extent(paragraph, document.lines)
        spans.append((whole.start, whole.end, types.FoldingRangeKind.Region))
        spans.extend((sub.span.start, sub.span.end, types.FoldingRangeKind.Region) for sub in paragraph.children)
    for comment in document.comments:
        spans.append((comment.span.start, comment.span.end, types.FoldingRangeKind.Comment))
    for symbol in document_symbols(analysis):  # sections, annexes and nested drafts fold as a whole
        if symbol.kind == types.SymbolKind.Namespace and symbol.name not in ("Preamble", "Footnotes"):
            start, end = analysis.positions.offset(symbol.range.start), analysis.positions.offset(symbol.range.end)
            spans.append((start, end, types.FoldingRangeKind.Region))
    found = [_fold(analysis, start, end, kind) for start, end, kind in spans]
    return [item for item in found if item is not None]


def setup(server: ResolintServer) -> None:
    def symbols(params: types.DocumentSymbolParams) -> list[types.DocumentSymbol] | None:
        analysis = server.analysis(params.text_document.uri)
        return document_symbols(analysis) if analysis else None

    def folding(params: types.FoldingRangeParams) -> list[types.FoldingRange] | None:
        analysis = server.analysis(params.text_document.uri)
        return folding_ranges(analysis) if analysis else None

    server.provide(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL, symbols)
    server.provide(types.TEXT_DOCUMENT_FOLDING_RANGE, folding)
