"""Write :class:`~resolint.aknio.reader.AknText` as the canonical ``.res.md`` that resolint parses."""

from __future__ import annotations

from resolint.aknio.reader import AknText, Block, Run
from resolint.model import HEADING_FIELDS

INDENT = "   "


def marked(runs: list[Run], opening: str = "*", closing: str = "*") -> str:
    """Runs as text with footnote marks ``[^n]`` and italics between ``opening`` and ``closing``."""
    parts: list[str] = []
    for run in runs:
        if run.kind == "note":
            parts.append(f"[^{run.value}]")
        elif run.kind == "italic":
            parts.append(f"{opening}{run.value}{closing}")
        else:
            parts.append(run.value)
    return "".join(parts)


def yaml_value(value: str) -> str:
    if value[:1] in "[{\"'&*!|>%@`#" or ": " in value or value.endswith(":") or " #" in value:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def front_matter(text: AknText) -> list[str]:
    lines = ["---"]
    lines += [f"{key}: {yaml_value(text.heading[key])}" for key in HEADING_FIELDS if text.heading.get(key)]
    if text.sponsors:
        lines.append(f"sponsors: [{text.sponsors.replace(' and ', ', ')}]")
    lines.append(f"document-type: {yaml_value(text.document_type)}")
    if text.number:
        lines.append(f"number: {yaml_value(text.number)}")
    if text.title:
        lines.append(f"title: {yaml_value(text.title)}")
    return [*lines, "---", ""]


REPORT_COMMENT = "<!-- report:"  # the committee report line of the cover page
TABLE_COMMENT = "<!-- Word table:"  # the form the Word importer keeps tables in, and the exporters write back


def table_comment(block: Block) -> str:
    """A table as a comment block, one row a line, cells between bars (not linted as prose)."""
    lines = ["| " + " | ".join(marked(cell) for cell in row) + " |" for row in block.rows]
    body = "\n".join(lines).replace("--", "–").replace("<!", "< !")
    return f"{TABLE_COMMENT}\n{body}\n-->"


def block_line(block: Block) -> str:
    if block.kind == "table":
        return table_comment(block)
    body = marked(block.runs)
    if block.kind == "heading":
        return f"{'#' * max(2, min(block.level, 4))} {body}"
    if block.kind == "point":
        label = block.num or ""
        return f"{INDENT * block.level}{label} {body}".rstrip() if label else f"{INDENT * block.level}{body}"
    if block.kind == "wrapUp":  # flush left: it continues the paragraph, not its last point
        return body
    return f"{block.num} {body}".strip() if block.num else body


def body_lines(blocks: list[Block]) -> list[str]:
    """Each block and a blank line; a part's meeting lines together, in italics, as the closing lines are."""
    lines: list[str] = []
    for index, block in enumerate(blocks):
        if block.kind != "meeting":
            lines += [block_line(block), ""]
            continue
        opens = index == 0 or blocks[index - 1].kind != "meeting"
        closes = index + 1 == len(blocks) or blocks[index + 1].kind != "meeting"
        line = ("*" if opens else "") + marked(block.runs) + ("*" if closes else "")
        lines += [line, ""] if closes else [line]
    return lines


def to_resmd(text: AknText) -> str:
    """The ``.res.md`` source of ``text``: front matter, body, meeting lines in italics, footnotes."""
    lines = front_matter(text)
    if text.report:  # no heading field holds it; a comment keeps it, unlinted, for the exports
        lines += [f"{REPORT_COMMENT} {text.report.replace('--', '–')} -->", ""]
    lead = next((i for i, block in enumerate(text.blocks) if not block.path.startswith("preface/")), len(text.blocks))
    lines += body_lines(text.blocks[:lead])  # the first part's letter and title, before its organ line
    if text.formula:
        lines += [marked(text.formula), ""]
    lines += body_lines(text.blocks[lead:])
    if not text.conclusions_last:
        lines += conclusion_lines(text)
    lines += [line for block in text.attachments for line in (block_line(block), "")]
    if text.conclusions_last:
        lines += conclusion_lines(text)
    lines += [f"[^{note.marker}]: {marked(note.runs)}" for note in text.notes]
    return "\n".join(lines).rstrip("\n") + "\n"


def conclusion_lines(text: AknText) -> list[str]:
    """The meeting and date lines in italics, then the vote lines, each group a paragraph."""
    lines: list[str] = []
    if text.conclusions:
        meeting = [line for line in text.conclusions if not line.startswith("[")]
        vote_at = (
            len(meeting)
            if len(meeting) == len(text.conclusions)
            else text.conclusions.index(next(line for line in text.conclusions if line.startswith("[")))
        )
        head, tail = text.conclusions[:vote_at], text.conclusions[vote_at:]
        if head:
            lines += [f"*{head[0]}", *head[1:]]
            lines[-1] += "*"
            lines.append("")
        if tail:
            lines += [*tail, ""]
    return lines
