"""Completion: openers and verbs (with italics and Also/Further forms), next labels, State names,
footnote labels."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from lsprotocol import types

from resolint.grammar.labels import letter_label, roman_label
from resolint.refdata_states import member_states, name_key

from .. import phrases

if TYPE_CHECKING:
    from resolint.model import Document

    from ..documents import Analysis
    from ..server import ResolintServer

TRIGGERS = ["^", "*", " ", "(", ","]
FOOTNOTE_PREFIX_RE = re.compile(r"\[\^([\w-]*)$")
OPERATIVE_PREFIX_RE = re.compile(r"^\s*(?:[-•]\s*)?(\d+)\.[ \t]+\*?([A-Za-z ]*)$")
OPENER_PREFIX_RE = re.compile(r"^\*?([A-Za-z][A-Za-z ]*)?$")
LABEL_PREFIX_RE = re.compile(r"^\s*(\([a-z]{0,4}|\d*)$")
SPONSORS_LINE_RE = re.compile(r"^sponsors\s*:", re.IGNORECASE)


class Cursor:
    """The cursor in an analysed document: offset, line text before it, and replace ranges."""

    def __init__(self, analysis: Analysis, position: types.Position) -> None:
        self.analysis = analysis
        self.offset = analysis.positions.offset(position)
        self.line_start = analysis.positions.line_start(position.line)
        self.before = analysis.text[self.line_start : self.offset]

    def range_back(self, length: int) -> types.Range:
        return self.analysis.positions.range(self.offset - length, self.offset)


def _item(
    label: str, insert: str, replace: types.Range, kind: types.CompletionItemKind, **extra
) -> types.CompletionItem:
    return types.CompletionItem(
        label=label, kind=kind, text_edit=types.TextEdit(range=replace, new_text=insert), **extra
    )


def footnote_items(cursor: Cursor) -> list[types.CompletionItem]:
    match = FOOTNOTE_PREFIX_RE.search(cursor.before)
    if not match:
        return []
    document = cursor.analysis.document
    labels = [footnote.label for footnote in document.footnotes]
    labels.extend(ref.label for ref in document.footnote_refs() if ref.label not in labels)
    numbers = [int(label) for label in labels if label.isdecimal()]
    next_label = str(max(numbers, default=0) + 1)
    replace = cursor.range_back(len(match.group(1)))
    items = [
        _item(
            label,
            label + "]",
            replace,
            types.CompletionItemKind.Reference,
            detail=_footnote_text(document, label),
        )
        for label in labels
    ]
    items.append(_item(next_label, next_label + "]", replace, types.CompletionItemKind.Value, detail="new footnote"))
    return items


def _footnote_text(document: Document, label: str) -> str | None:
    for footnote in document.footnotes:
        if footnote.label == label:
            return footnote.text.plain.strip()[:80]
    return None


def _in_sponsors(cursor: Cursor) -> bool:
    heading = cursor.analysis.document.heading
    span = heading.sponsors_span
    if span is not None and span.start <= cursor.offset <= span.end:
        return True
    return bool(SPONSORS_LINE_RE.match(cursor.before)) and _in_front_matter(cursor)


def _in_front_matter(cursor: Cursor) -> bool:
    text = cursor.analysis.text
    if not text.startswith("---"):
        return False
    closing = text.find("\n---", 3)
    return closing == -1 or cursor.offset <= closing


def sponsor_items(cursor: Cursor) -> list[types.CompletionItem]:
    if not _in_sponsors(cursor):
        return []
    partial = re.split(r"[,\[:]|\band\b", cursor.before)[-1].lstrip()
    listed = {name_key(sponsor.name) for sponsor in cursor.analysis.document.heading.sponsors}
    replace = cursor.range_back(len(partial))
    return [
        _item(
            name,
            name,
            replace,
            types.CompletionItemKind.Constant,
            detail="UN Member State (official short name)",
        )
        for name in member_states()
        if name_key(name) not in listed
    ]


def _phrase_uses(document: Document, operative: bool) -> Counter[str]:
    paragraphs = document.operative if operative else document.preamble
    return Counter(phrases.base_phrase(p.phrase) for p in paragraphs if p.phrase)


def _phrase_items(
    entries: tuple[phrases.Phrase, ...], uses: Counter[str], operative: bool, replace: types.Range
) -> list[types.CompletionItem]:
    items = []
    for entry in entries:
        if entry.source == "C":
            continue  # repeated forms are offered from the base phrase, when it repeats
        count = uses.get(entry.text.lower(), 0)
        text = phrases.repeated_form(entry.text, count, operative)
        detail = phrases.SOURCES[entry.source]
        if count:
            detail = f"used {count}× in this document; {detail}"
        items.append(
            _item(
                text,
                f"*{text}* ",
                replace,
                types.CompletionItemKind.Keyword,
                detail=detail,
                filter_text=text,
                sort_text=("0" if count else "1") + entry.source + text,
            )
        )
    return items


def operative_items(cursor: Cursor) -> list[types.CompletionItem]:
    match = OPERATIVE_PREFIX_RE.match(cursor.before)
    if not match:
        return []
    typed = cursor.before[match.start(2) :]
    star = 1 if cursor.before[: match.start(2)].endswith("*") else 0
    replace = cursor.range_back(len(typed) + star)
    uses = _phrase_uses(cursor.analysis.document, operative=True)
    return _phrase_items(phrases.operative_verbs(), uses, True, replace)


def _in_preamble(cursor: Cursor) -> bool:
    document = cursor.analysis.document
    if _in_front_matter(cursor):
        return False
    first_operative = document.operative[0].span.start if document.operative else None
    if first_operative is not None and cursor.offset > first_operative:
        return False
    after = document.authoring.span.end if document.authoring else None
    if after is None and document.preamble:
        after = document.preamble[0].span.start
    return after is not None and cursor.offset >= after


def opener_items(cursor: Cursor) -> list[types.CompletionItem]:
    match = OPENER_PREFIX_RE.match(cursor.before)
    if not match or not _in_preamble(cursor):
        return []
    replace = cursor.range_back(len(cursor.before))
    uses = _phrase_uses(cursor.analysis.document, operative=False)
    return _phrase_items(phrases.preambular_openers(), uses, False, replace)


def label_items(cursor: Cursor) -> list[types.CompletionItem]:
    match = LABEL_PREFIX_RE.match(cursor.before)
    if not match:
        return []
    document = cursor.analysis.document
    before = [op for op in document.operative if op.span.start < cursor.offset]
    replace = cursor.range_back(len(cursor.before.lstrip()))
    if not before:
        return _first_operative_item(cursor, replace)
    last = before[-1]
    items = []
    if last.number and last.number.isdecimal():
        number = f"{int(last.number) + 1}. "
        items.append(
            _item(
                number.strip(),
                number,
                replace,
                types.CompletionItemKind.EnumMember,
                detail="next operative paragraph",
                sort_text="0",
            )
        )
    sub = _next_sub_label(last, cursor.offset)
    if sub:
        items.append(
            _item(
                f"({sub})",
                f"({sub}) ",
                replace,
                types.CompletionItemKind.EnumMember,
                detail="next sub-paragraph",
                sort_text="1",
            )
        )
    return items


def _first_operative_item(cursor: Cursor, replace: types.Range) -> list[types.CompletionItem]:
    """ "1." after the last preambular paragraph, where the operative part begins."""
    preamble = cursor.analysis.document.preamble
    if not preamble or preamble[-1].span.end > cursor.offset or cursor.before.strip():
        return []
    return [_item("1.", "1. ", replace, types.CompletionItemKind.EnumMember, detail="first operative paragraph")]


def _next_sub_label(last, offset: int) -> str | None:
    children = [child for child in last.children if child.span.start < offset]
    if children:
        deepest = children[-1]
        grand = [child for child in deepest.children if child.span.start < offset]
        if grand:  # the next in sequence, as RS003 checks it
            return roman_label(len(grand))
        return letter_label(len(children))
    if last.text.raw.rstrip().endswith(":"):
        return "a"
    return None


EXCLUSIVE_PROVIDERS = (footnote_items, sponsor_items, operative_items)
"""Contexts that rule out the others; at the start of a paragraph openers and labels both fit."""


def setup(server: ResolintServer) -> None:
    def completion(params: types.CompletionParams) -> list[types.CompletionItem] | None:
        analysis = server.analysis(params.text_document.uri)
        if analysis is None:
            return None
        cursor = Cursor(analysis, params.position)
        for provider in EXCLUSIVE_PROVIDERS:
            items = provider(cursor)
            if items:
                return items
        return opener_items(cursor) + label_items(cursor)  # a new paragraph: opener or number

    server.provide(
        types.TEXT_DOCUMENT_COMPLETION,
        completion,
        types.CompletionOptions(trigger_characters=TRIGGERS, resolve_provider=False),
    )
