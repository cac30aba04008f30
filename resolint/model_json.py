"""The model as JSON (``resolint parse --format json``): the contract downstream tools read.

An ordinary resolution gives the fields it always gave. The genre's larger forms add keys only
where the document has them (schema in ``docs/model-json.md``): ``headings`` (sections, parts,
subject lines), ``annexes``, ``drafts`` (nested drafts, each shaped like a resolution's body),
``part_authorings``, and on a paragraph ``subparagraphs`` of a preambular lead-in or ``wrap_up``
text after a list.
"""

from __future__ import annotations

from typing import Any

from resolint.model import (
    DRAFTER_FIELDS,
    HEADING_FIELDS,
    Annex,
    Document,
    NestedDraft,
    Operative,
    Preambular,
    SectionHeading,
    Span,
    SubParagraph,
)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _where(span: Span) -> dict[str, int]:
    return {"line": span.line, "start": span.start, "end": span.end}


def _sub_json(sub: SubParagraph) -> dict[str, Any]:
    return {
        "line": sub.span.line,
        "label": sub.label,
        "text": _clean(sub.text.plain),
        "subparagraphs": [_sub_json(child) for child in sub.children],
    }


def _preambular_json(paragraph: Preambular) -> dict[str, Any]:
    found: dict[str, Any] = {
        "line": paragraph.span.line,
        "opener": paragraph.phrase,
        "text": _clean(paragraph.text.plain),
    }
    if paragraph.children:
        found["subparagraphs"] = [_sub_json(s) for s in paragraph.children]
    if paragraph.wrap_up is not None:
        found["wrap_up"] = _clean(paragraph.wrap_up.plain)
    return found


def _operative_json(paragraph: Operative) -> dict[str, Any]:
    found: dict[str, Any] = {
        "line": paragraph.span.line,
        "number": paragraph.number,
        "verb": paragraph.phrase,
        "text": _clean(paragraph.text.plain),
        "subparagraphs": [_sub_json(s) for s in paragraph.children],
    }
    if paragraph.wrap_up is not None:
        found["wrap_up"] = _clean(paragraph.wrap_up.plain)
    return found


def _heading_json(heading: SectionHeading) -> dict[str, Any]:
    return {
        **_where(heading.span),
        "number": heading.number,
        "title": heading.title,
        "lines": [line.text for line in heading.lines],
        "starts_section": heading.starts_section,
    }


def _annex_json(annex: Annex) -> dict[str, Any]:
    return {
        **_where(annex.span),
        "title": annex.title,
        "paragraphs": [{"line": p.span.line, "text": _clean(p.text.plain)} for p in annex.paragraphs],
    }


def _draft_json(draft: NestedDraft) -> dict[str, Any]:
    found: dict[str, Any] = {
        **_where(draft.span),
        "authoring": _clean(draft.authoring.text.plain) if draft.authoring else None,
        "preamble": [_preambular_json(p) for p in draft.preamble],
        "operative": [_operative_json(p) for p in draft.operative],
    }
    _add_structure(found, draft.headings, draft.annexes, draft.drafts)
    return found


def _add_structure(found: dict[str, Any], headings, annexes, drafts) -> None:
    if headings:
        found["headings"] = [_heading_json(h) for h in headings]
    if annexes:
        found["annexes"] = [_annex_json(a) for a in annexes]
    if drafts:
        found["drafts"] = [_draft_json(d) for d in drafts]


def document_json(document: Document) -> dict[str, Any]:
    heading = document.heading
    heading_json: dict[str, Any] = {key.replace("-", "_"): heading.get(key) for key in HEADING_FIELDS}
    heading_json["sponsors"] = [{"name": s.name, "asterisk": s.asterisk} for s in heading.sponsors]
    if heading.drafter:  # a drafter's own heading (Model UN): its code and signatories, as written
        heading_json["drafter"] = True
        heading_json.update({key: heading.get(key) for key in DRAFTER_FIELDS})
    title = document.title
    found: dict[str, Any] = {
        "path": document.path,
        "form": document.form,
        "heading": heading_json,
        "title": _clean(title.text) if title else None,
        "number": title.number if title else None,
        "authoring": _clean(document.authoring.text.plain) if document.authoring else None,
        "preamble": [_preambular_json(p) for p in document.preamble],
        "operative": [_operative_json(p) for p in document.operative],
        "footnotes": [
            {"label": f.label, "line": f.span.line, "text": _clean(f.text.plain)} for f in document.footnotes
        ],
        "closing": [c.text for c in document.closing],
        "diagnostics": [
            {"rule": "RS000", "line": p.span.line, "column": p.span.column, "message": p.message}
            for p in document.problems
        ],
    }
    _add_structure(found, document.headings, document.annexes, document.drafts)
    if document.prologue:
        found["prologue"] = [{"line": p.span.line, "text": _clean(p.text.plain)} for p in document.prologue]
    if document.part_authorings:
        found["part_authorings"] = [_clean(a.text.plain) for a in document.part_authorings]
    return found
