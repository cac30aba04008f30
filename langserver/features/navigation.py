"""Go to definition, find references and rename, for footnotes and "paragraph 9 (b) above"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lsprotocol import types

from .. import references
from ..server import RequestFailed

if TYPE_CHECKING:
    from resolint.model import Operative, Span, SubParagraph

    from ..documents import Analysis
    from ..server import ResolintServer

LABEL_RE = re.compile(r"^[\w-]+$")


def _label_offsets(analysis: Analysis, span: Span, label: str) -> tuple[int, int] | None:
    """Where ``label`` itself is written inside ``span`` (``[^12]`` -> the ``12``)."""
    index = analysis.text.find(label, span.start, span.end)
    return (index, index + len(label)) if index != -1 else None


def footnote_label_at(analysis: Analysis, offset: int) -> str | None:
    document = analysis.document
    for ref in document.footnote_refs():
        if ref.span.start <= offset <= ref.span.end:
            return ref.label
    for footnote in document.footnotes:
        if footnote.label_span.start <= offset <= footnote.label_span.end:
            return footnote.label
    return None


def footnote_places(
    analysis: Analysis, label: str, declaration: bool = True, markdown_only: bool = False
) -> list[Span]:
    """Markers (and definitions) of footnote ``label``; ``markdown_only``: only ``[^label]`` forms."""
    document = analysis.document
    places = [
        ref.span
        for ref in document.footnote_refs()
        if ref.label == label and (ref.style == "markdown" or not markdown_only)
    ]
    if declaration:
        places.extend(
            f.label_span
            for f in document.footnotes
            if f.label == label and (f.style == "markdown" or not markdown_only)
        )
    return places


def paragraph_at(analysis: Analysis, offset: int) -> Operative | SubParagraph | None:
    """The paragraph whose number or label is under the cursor."""
    for operative in analysis.document.operative:
        if operative.number_span and operative.number_span.start <= offset <= operative.number_span.end:
            return operative
        for sub in _walk(operative.children):
            if sub.label_span and sub.label_span.start <= offset <= sub.label_span.end:
                return sub
    return None


def _walk(children: tuple[SubParagraph, ...]):
    for child in children:
        yield child
        yield from _walk(child.children)


def cross_reference_at(analysis: Analysis, offset: int) -> references.CrossReference | None:
    for found in references.cross_references(analysis.document):
        if found.start <= offset <= found.end:
            return found
    return None


def _target_span(target: Operative | SubParagraph) -> Span:
    return getattr(target, "number_span", None) or getattr(target, "label_span", None) or target.span


def _referrers(analysis: Analysis, target: Operative | SubParagraph) -> list[tuple[int, int]]:
    document = analysis.document
    return [
        (found.start, found.end)
        for found in references.cross_references(document)
        if references.find_target(document, found.number, found.labels) is target
    ]


def setup(server: ResolintServer) -> None:
    def location(analysis: Analysis, uri: str, start: int, end: int) -> types.Location:
        return types.Location(uri=uri, range=analysis.positions.range(start, end))

    def definition(params: types.DefinitionParams) -> list[types.Location] | None:
        uri = params.text_document.uri
        analysis = server.analysis(uri)
        if analysis is None:
            return None
        offset = analysis.positions.offset(params.position)
        label = footnote_label_at(analysis, offset)
        if label is not None:
            return [
                location(analysis, uri, f.span.start, f.span.end)
                for f in analysis.document.footnotes
                if f.label == label
            ]
        found = cross_reference_at(analysis, offset)
        if found is not None:
            target = references.find_target(analysis.document, found.number, found.labels)
            if target is not None:
                return [location(analysis, uri, target.span.start, target.span.end)]
        return None

    def find_references(params: types.ReferenceParams) -> list[types.Location] | None:
        uri = params.text_document.uri
        analysis = server.analysis(uri)
        if analysis is None:
            return None
        offset = analysis.positions.offset(params.position)
        declaration = params.context.include_declaration
        label = footnote_label_at(analysis, offset)
        if label is not None:
            return [location(analysis, uri, s.start, s.end) for s in footnote_places(analysis, label, declaration)]
        target = paragraph_at(analysis, offset)
        if target is None and (found := cross_reference_at(analysis, offset)) is not None:
            target = references.find_target(analysis.document, found.number, found.labels)
        if target is None:
            return None
        places = _referrers(analysis, target)
        if declaration:
            span = _target_span(target)
            places.insert(0, (span.start, span.end))
        return [location(analysis, uri, start, end) for start, end in places]

    def prepare_rename(params: types.PrepareRenameParams) -> types.PrepareRenamePlaceholder | None:
        analysis = server.analysis(params.text_document.uri)
        if analysis is None:
            return None
        offset = analysis.positions.offset(params.position)
        label = footnote_label_at(analysis, offset)
        if label is None:
            return None
        for span in footnote_places(analysis, label, markdown_only=True):
            if span.start <= offset <= span.end and (where := _label_offsets(analysis, span, label)):
                return types.PrepareRenamePlaceholder(range=analysis.positions.range(*where), placeholder=label)
        return None

    def rename(params: types.RenameParams) -> types.WorkspaceEdit | None:
        uri = params.text_document.uri
        analysis = server.analysis(uri)
        if analysis is None:
            return None
        label = footnote_label_at(analysis, analysis.positions.offset(params.position))
        if label is None:
            return None
        new_label = params.new_name.strip().lstrip("[^").rstrip("]")
        if not LABEL_RE.match(new_label):
            raise RequestFailed(f"a footnote label is letters, digits, '-' or '_', not {params.new_name!r}")
        edits = []
        for span in footnote_places(analysis, label, markdown_only=True):
            where = _label_offsets(analysis, span, label)
            if where is not None:
                edits.append(types.TextEdit(range=analysis.positions.range(*where), new_text=new_label))
        return types.WorkspaceEdit(changes={uri: edits})

    server.provide(types.TEXT_DOCUMENT_DEFINITION, definition)
    server.provide(types.TEXT_DOCUMENT_REFERENCES, find_references)
    server.provide(types.TEXT_DOCUMENT_PREPARE_RENAME, prepare_rename)
    server.provide(types.TEXT_DOCUMENT_RENAME, rename, types.RenameOptions(prepare_provider=True))
