"""Hover: rule documentation on a diagnostic; meaning and use of a verb or opener; the parts of a
document symbol or resolution number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from resolint.rules import get_rule, rule_url

from .. import phrases, references

if TYPE_CHECKING:
    from resolint.model import Paragraph

    from ..documents import Analysis
    from ..server import ResolintServer


def _hover(analysis: Analysis, start: int, end: int, markdown: str) -> types.Hover:
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=markdown),
        range=analysis.positions.range(start, end),
    )


def diagnostic_hover(analysis: Analysis, offset: int) -> types.Hover | None:
    found = [d for d in analysis.diagnostics if d.span.start <= offset <= d.span.end]
    if not found:
        return None
    sections = []
    for diagnostic in found:
        rule = get_rule(diagnostic.rule)
        body = rule.documentation() if rule else diagnostic.message
        sections.append(
            f"**{diagnostic.rule}** `{diagnostic.slug}`: {diagnostic.message}\n\n{body}\n\n"
            f"[Documentation]({rule_url(diagnostic.rule)})"
        )
    first = found[0].span
    return _hover(analysis, first.start, first.end, "\n\n---\n\n".join(sections))


def _label(paragraph: Paragraph) -> str:
    number = getattr(paragraph, "number", None)
    return f"paragraph {number}" if number else f"preambular paragraph at line {paragraph.span.line}"


def phrase_hover(analysis: Analysis, offset: int) -> types.Hover | None:
    document = analysis.document
    for paragraph in [*document.preamble, *document.operative]:
        span = paragraph.phrase_span
        if span is None or not paragraph.phrase or not span.start <= offset <= span.end:
            continue
        operative = paragraph in document.operative
        kind = "Operative verb" if operative else "Preambular opener"
        key = phrases.base_phrase(paragraph.phrase)
        same = [
            p
            for p in (document.operative if operative else document.preamble)
            if p.phrase and phrases.base_phrase(p.phrase) == key
        ]
        entry, meaning = phrases.lookup(paragraph.phrase)
        lines = [f"**{paragraph.phrase}**: {kind.lower()}"]
        if meaning:
            lines.append(f"Meaning: {meaning}.")
        lines.append(f"Source: {phrases.SOURCES[entry.source]}." if entry else "Not in resolint's phrase list.")
        where = ", ".join(_label(p) for p in same)
        lines.append(f"Used {len(same)}× in this document: {where}.")
        return _hover(analysis, span.start, span.end, "\n\n".join(lines))
    return None


def _match_at(pattern, text: str, offset: int, window: int = 200):
    start = max(0, offset - window)
    for match in pattern.finditer(text, start, min(len(text), offset + window)):
        if match.start() <= offset <= match.end():
            return match
    return None


def symbol_hover(analysis: Analysis, offset: int) -> types.Hover | None:
    text = analysis.text
    match = _match_at(references.DOCUMENT_SYMBOL_RE, text, offset)
    if match:
        symbol = match.group(0).rstrip(".,;")
        parts = references.describe_document_symbol(symbol)
        body = f"**Document symbol** `{symbol}`\n\n" + "\n".join(f"- {line}" for line in parts)
        return _hover(analysis, match.start(), match.start() + len(symbol), body)
    match = _match_at(references.RESOLUTION_NUMBER_RE, text, offset)
    if match:
        parts = references.describe_resolution_number(match.group("session"), match.group("number"))
        body = f"**Resolution** `{match.group(0)}`\n\n" + "\n".join(f"- {line}" for line in parts)
        return _hover(analysis, match.start(), match.end(), body)
    return None


def setup(server: ResolintServer) -> None:
    def provider(find):
        def hover(params: types.HoverParams) -> types.Hover | None:
            analysis = server.analysis(params.text_document.uri)
            if analysis is None:
                return None
            return find(analysis, analysis.positions.offset(params.position))

        hover.__qualname__ = find.__name__
        return hover

    for find in (diagnostic_hover, phrase_hover, symbol_hover):
        server.provide(types.TEXT_DOCUMENT_HOVER, provider(find))
