"""A comparison as a report in one of the formats of ``resolint diff --format`` and the language
server's "Compare with…": text (optionally coloured), JSON (``docs/diff.schema.json``), Markdown
or a standalone HTML page. The renderers are imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resolint.diff.changes import Comparison

FORMATS = ("text", "json", "markdown", "html")


def render(comparison: Comparison, form: str, colour: bool = False) -> str:
    if form == "json":
        import json

        return json.dumps(comparison.json(), ensure_ascii=False, indent=2) + "\n"
    if form == "markdown":
        from resolint.diff.render import render_markdown

        return render_markdown(comparison)
    if form == "html":
        from resolint.diff.render_html import render_html

        return render_html(comparison)
    from resolint.diff.render import render_text

    return render_text(comparison, colour)
