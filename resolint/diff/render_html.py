"""A standalone HTML page of a comparison: summary at the top, then every paragraph of both
versions side by side (OLD's number and NEW's number on each row) or inline (one column with
deletions and insertions marked), switched by two radio buttons with CSS only, no script.
Editorial changes are marked in blue, substantive ones in red (deleted) and green (inserted);
hovering a mark shows the rule that explains it."""

from __future__ import annotations

from html import escape

from resolint.diff.changes import Comparison, Row
from resolint.diff.render import artefact_lines, edges, pieces, verdict

STYLE = """
body{font:15px/1.45 "Times New Roman",serif;margin:1.5em auto;max-width:78em;color:#111}
h1{font-size:1.3em}.summary{font-size:1.1em;font-weight:bold}
table{border-collapse:collapse;width:100%}td,th{vertical-align:top;padding:.35em .5em;border-top:1px solid #ddd}
th{text-align:left;font-family:sans-serif;font-size:.8em;color:#555}
td.n{white-space:nowrap;font-family:sans-serif;font-size:.8em;color:#555;width:4.5em}
td.kind{font-family:sans-serif;font-size:.75em;color:#555;width:9em}
del.substantive{background:#fdd;color:#900}ins.substantive{background:#dfd;color:#060;text-decoration:none}
del.editorial{background:#e6eeff;color:#124}ins.editorial{background:#e6eeff;color:#124;text-decoration:none}
tr.inserted td.t{background:#f2fbf2}tr.deleted td.t{background:#fdf2f2}tr.same{color:#666}
.italics{font-family:sans-serif;font-size:.8em;color:#124}
#inline:checked~.side,#side:checked~.inline{display:none}
label{font-family:sans-serif;font-size:.9em;margin-right:1em}
"""


def render_html(comparison: Comparison) -> str:
    title = f"{comparison.old_name} → {comparison.new_name}"
    head = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{escape(comparison.summary())}</p>',
        _notes(comparison),
        '<input type="radio" name="view" id="side" checked><label for="side">side by side</label>',
        '<input type="radio" name="view" id="inline"><label for="inline">inline</label>',
    ]
    side = [
        '<table class="side"><tr><th>OLD</th><th>',
        escape(comparison.old_name),
        "</th><th>NEW</th><th>",
        escape(comparison.new_name),
        "</th><th>change</th></tr>",
    ]
    side.extend(_side_row(row) for row in comparison.rows)
    side.append("</table>")
    inline = ['<table class="inline"><tr><th>OLD</th><th>NEW</th><th></th><th>change</th></tr>']
    inline.extend(_inline_row(row) for row in comparison.rows)
    inline.append("</table>")
    return "\n".join([*head, "".join(side), "".join(inline), "</body></html>"]) + "\n"


def _notes(comparison: Comparison) -> str:
    items = [f"renumbered: {r.description}" for r in comparison.renumberings]
    items.extend(f"heading: {line}" for line in comparison.heading.lines())
    items.extend(artefact_lines(comparison))
    items.extend(comparison.notes)
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def _label(ref) -> str:
    return escape(ref.label) if ref is not None else ""


def _kind(row: Row) -> str:
    change = row.change
    if change is None:
        return "same"
    return f"{escape(change.kind)}<br>{escape(verdict(change))}"


def _row_class(row: Row) -> str:
    return row.change.kind if row.change else "same"


def _side_row(row: Row) -> str:
    old_html, new_html = _marked(row)
    return (
        f'<tr class="{_row_class(row)}"><td class="n">{_label(row.old)}</td><td class="t">{old_html}</td>'
        f'<td class="n">{_label(row.new)}</td><td class="t">{new_html}</td><td class="kind">{_kind(row)}</td></tr>'
    )


def _inline_row(row: Row) -> str:
    return (
        f'<tr class="{_row_class(row)}"><td class="n">{_label(row.old)}</td><td class="n">{_label(row.new)}</td>'
        f'<td class="t">{_inline(row)}</td><td class="kind">{_kind(row)}</td></tr>'
    )


def _mark(tag: str, text: str, word) -> str:
    if not text:
        return ""
    title = escape(verdict(word) + (f" ({word.reason})" if word.reason else ""))
    return f'<{tag} class="{word.classification}" title="{title}">{escape(text)}</{tag}>'


def _marked(row: Row) -> tuple[str, str]:
    change = row.change
    if change is None or change.kind in ("inserted", "deleted"):
        cls = "substantive"
        old = f'<del class="{cls}">{escape(row.old_text)}</del>' if change and change.kind == "deleted" else ""
        new = f'<ins class="{cls}">{escape(row.new_text)}</ins>' if change and change.kind == "inserted" else ""
        return (old or escape(row.old_text), new or escape(row.new_text))
    old_parts, new_parts = [], []
    for piece in pieces(change):
        if piece.word is None:
            old_parts.append(escape(piece.old))
            new_parts.append(escape(piece.new))
        else:
            lead, old, new, trail = edges(piece.old, piece.new)
            old_parts.append(escape(lead) + _mark("del", old, piece.word) + escape(trail) if old else escape(piece.old))
            new_parts.append(escape(lead) + _mark("ins", new, piece.word) + escape(trail) if new else escape(piece.new))
    return "".join(old_parts), "".join(new_parts) + _italics(change)


def _inline(row: Row) -> str:
    change = row.change
    if change is None or change.kind in ("inserted", "deleted"):
        return _marked(row)[1] if change is None or change.kind == "inserted" else _marked(row)[0]
    parts = []
    for piece in pieces(change):
        if piece.word is None:
            parts.append(escape(piece.new))
        else:
            lead, old, new, trail = edges(piece.old, piece.new)
            parts.append(escape(lead) + _mark("del", old, piece.word) + _mark("ins", new, piece.word) + escape(trail))
    return "".join(parts) + _italics(change)


def _italics(change) -> str:
    found = [w for w in change.words if w.kind == "italics"]
    if not found:
        return ""
    items = "; ".join(f"{escape(w.old)} → {escape(w.new)} ({escape(w.rule or '')})" for w in found)
    return f'<div class="italics">italics: {items}</div>'
