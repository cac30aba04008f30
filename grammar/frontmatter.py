"""The YAML front matter of a ``.res.md`` file: the small subset the heading needs, with positions.

Accepted forms: ``key: value``, quoted values, inline lists ``[a, b*, c]`` (may continue over
lines) and block lists (``- item`` lines under ``key:``). Anything else is kept as a field and
reported, never dropped.
"""

from __future__ import annotations

import re

from resolint.grammar.rawlines import FrontMatter
from resolint.grammar.sponsors import sponsor_from_item
from resolint.model import (
    DRAFTER_FIELDS,
    HEADING_FIELDS,
    Heading,
    HeadingField,
    LineIndex,
    Sponsor,
    SyntaxProblem,
    Title,
)

KEY_RE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)$")
ITEM_RE = re.compile(r"^[ \t]+-[ \t]+(.*)$|^-[ \t]+(.*)$")
EXPORT_KEYS = ("job-number", "date-code", "short-title", "emblem", "link-target")  # read by the Word export only
KNOWN_KEYS = {*HEADING_FIELDS, *DRAFTER_FIELDS, *EXPORT_KEYS, "sponsors", "number", "title", "year", "language", "meeting"}


def _unquote(value: str, start: int) -> tuple[str, int]:
    stripped = value.strip()
    lead = len(value) - len(value.lstrip())
    if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "\"'":
        inner = stripped[1:-1]
        if stripped[0] == '"':
            inner = re.sub(r"\\(.)", r"\1", inner)  # "\"" and "\\" as YAML writes them
        return inner, start + lead + 1
    return stripped, start + lead


def read_front_matter(
    source: str, front: FrontMatter, lines: LineIndex
) -> tuple[Heading, Title | None, list[SyntaxProblem]]:
    fields: list[HeadingField] = []
    sponsors: list[Sponsor] = []
    problems: list[SyntaxProblem] = []
    sponsors_span = None
    list_key: str | None = None
    inline_list: list[tuple[str, int]] | None = None
    for line in front.lines:
        text = line.text
        if inline_list is not None:
            inline_list.append((text, line.start))
            if "]" in text:
                sponsors_span = _close_inline_list(inline_list, sponsors, lines, sponsors_span)
                inline_list = None
            continue
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        item = ITEM_RE.match(text)
        if item and list_key:
            value = item.group(1) if item.group(1) is not None else item.group(2)
            value_start = line.start + text.index(value) if value else line.end
            if list_key == "sponsors":
                name, v_start = _unquote(value, value_start)
                _append(sponsors, sponsor_from_item(name, v_start, lines))
                sponsors_span = _extend(sponsors_span, lines, value_start, line.end)
            continue
        match = KEY_RE.match(text)
        if not match:
            problems.append(
                SyntaxProblem(
                    f"front matter line is not 'key: value': {text.strip()[:40]!r}", lines.span(line.start, line.end)
                )
            )
            list_key = None
            continue
        key, value = match.group(1).lower().replace("_", "-"), match.group(2)
        value_start = line.start + match.start(2)
        list_key = key if not value.strip() else None
        if key == "sponsors" and value.strip().startswith("["):
            inline_list = [(value, value_start)]
            if "]" in value:
                sponsors_span = _close_inline_list(inline_list, sponsors, lines, sponsors_span)
                inline_list = None
            continue
        if key not in KNOWN_KEYS:
            problems.append(SyntaxProblem(f"unknown front matter key {key!r}", lines.span(line.start, line.end)))
        clean, clean_start = _unquote(value, value_start)
        if clean:
            fields.append(HeadingField(key, clean, lines.span(clean_start, clean_start + len(clean))))
    if inline_list is not None:
        problems.append(
            SyntaxProblem(
                "sponsors list opened with '[' is never closed with ']'",
                lines.span(inline_list[0][1], inline_list[0][1] + 1),
            )
        )
        sponsors_span = _close_inline_list(inline_list, sponsors, lines, sponsors_span)
    drafter = any(item.name in DRAFTER_FIELDS for item in fields)  # the keys `fmt` writes for a drafter's heading
    heading = Heading(tuple(fields), tuple(sponsors), sponsors_span, True, lines.span(front.start, front.end), drafter)
    title = None
    title_field = heading.field("title")
    if title_field:
        number = heading.field("number")
        title = Title(
            number.value if number else None, title_field.value, title_field.span, number.span if number else None
        )
    return heading, title, problems


def _close_inline_list(pieces: list[tuple[str, int]], sponsors: list[Sponsor], lines: LineIndex, span):
    for text, start in pieces:
        cursor = 0
        for match in re.finditer(r"[^,\[\]]+", text):
            cursor = match.end()
            name, n_start = _unquote(match.group(0), start + match.start())
            if name:
                _append(sponsors, sponsor_from_item(name, n_start, lines))
                span = _extend(span, lines, n_start, n_start + len(name))
        del cursor
    return span


def _extend(span, lines: LineIndex, start: int, end: int):
    if span is None:
        return lines.span(start, end)
    return lines.span(span.start, max(span.end, end))


def _append(sponsors: list[Sponsor], sponsor: Sponsor | None) -> None:
    if sponsor is not None:
        sponsors.append(sponsor)
