"""The model as JSON (``resolint parse --format json``): the contract downstream tools read."""

from __future__ import annotations

from typing import Any

from resolint.model import HEADING_FIELDS, Document, SubParagraph


def _clean(text: str) -> str:
    return " ".join(text.split())


def _sub_json(sub: SubParagraph) -> dict[str, Any]:
    return {
        "line": sub.span.line,
        "label": sub.label,
        "text": _clean(sub.text.plain),
        "subparagraphs": [_sub_json(child) for child in sub.children],
    }


def document_json(document: Document) -> dict[str, Any]:
    heading = document.heading
    heading_json: dict[str, Any] = {key.replace("-", "_"): heading.get(key) for key in HEADING_FIELDS}
    heading_json["sponsors"] = [{"name": s.name, "asterisk": s.asterisk} for s in heading.sponsors]
    title = document.title
    return {
        "path": document.path,
        "form": document.form,
        "heading": heading_json,
        "title": _clean(title.text) if title else None,
        "number": title.number if title else None,
        "authoring": _clean(document.authoring.text.plain) if document.authoring else None,
        "preamble": [
            {"line": p.span.line, "opener": p.phrase, "text": _clean(p.text.plain)} for p in document.preamble
        ],
        "operative": [
            {
                "line": p.span.line,
                "number": p.number,
                "verb": p.phrase,
                "text": _clean(p.text.plain),
                "subparagraphs": [_sub_json(s) for s in p.children],
            }
            for p in document.operative
        ],
        "footnotes": [
            {"label": f.label, "line": f.span.line, "text": _clean(f.text.plain)} for f in document.footnotes
        ],
        "closing": [c.text for c in document.closing],
        "diagnostics": [
            {"rule": "RS000", "line": p.span.line, "column": p.span.column, "message": p.message}
            for p in document.problems
        ],
    }
