"""Things a drafter points at in running text: "paragraph 9 (b) above", document symbols such as
``A/HRC/58/L.27/Rev.1`` and resolution numbers such as ``53/144``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from resolint.model import Document, Operative, SubParagraph

DOCUMENT_SYMBOL_RE = re.compile(r"\b(?:A|S|E|ST|TD|UNEP|CRC|CEDAW|CCPR)(?:/[A-Za-z0-9.\-]+){1,6}")
RESOLUTION_NUMBER_RE = re.compile(r"(?<![/\w])(?P<session>\d{1,3})/(?P<number>\d{1,4})(?![/\w])")

ORGANS = {
    "A": "General Assembly",
    "S": "Security Council",
    "E": "Economic and Social Council",
    "ST": "Secretariat",
    "HRC": "Human Rights Council",
    "CN.6": "Commission on the Status of Women",
    "CN.4": "Commission on Human Rights",
    "C.1": "First Committee",
    "C.2": "Second Committee",
    "C.3": "Third Committee",
    "C.4": "Fourth Committee",
    "C.5": "Fifth Committee",
    "C.6": "Sixth Committee",
}
SUFFIXES = {
    "L": "limited distribution (a draft)",
    "Rev": "revision",
    "Add": "addendum",
    "Corr": "corrigendum",
    "RES": "adopted resolution",
    "DEC": "decision",
    "PRST": "presidential statement",
    "INF": "information series",
    "WP": "working paper",
}


@dataclass(frozen=True, slots=True)
class CrossReference:
    start: int
    end: int
    number: str
    labels: tuple[str, ...]  # ("b",) or ("b", "ii")

    @property
    def title(self) -> str:
        return " ".join([self.number, *(f"({label})" for label in self.labels)])


def cross_references(document: Document) -> Iterator[CrossReference]:
    """Every paragraph a "paragraph N (x) above/below" of the paragraphs' text names, with source
    offsets: the first of a phrase from its "paragraph", the last to its "above" (to go to from
    anywhere on the phrase), the others ("4" of "paragraphs 3, 4 and 5 below") their own."""
    for paragraph in document.paragraphs():
        text = paragraph.text
        refs = text.paragraph_refs
        for index, found in enumerate(refs):
            first = index == 0 or refs[index - 1].phrase_start != found.phrase_start
            last = index == len(refs) - 1 or refs[index + 1].phrase_start != found.phrase_start
            start = found.phrase_start if first else found.start
            end = found.phrase_end if last else found.end
            yield CrossReference(text.source_offset(start), text.source_offset(end - 1) + 1, found.number, found.labels)


def find_target(document: Document, number: str, labels: tuple[str, ...]) -> Operative | SubParagraph | None:
    """The operative paragraph (or sub-paragraph) that "paragraph N (x)" names."""
    target: Operative | SubParagraph | None = None
    for operative in document.operative:
        if operative.number == number:
            target = operative
            break
    for label in labels:
        if target is None:
            return None
        target = next((child for child in target.children if child.label.strip("()") == label), None)
    return target


def describe_document_symbol(symbol: str) -> list[str]:
    """The parts of a UN document symbol, one line each (``A/HRC/58/L.27/Rev.1``)."""
    parts = symbol.split("/")
    lines = []
    for index, part in enumerate(parts):
        lines.append(f"`{part}`: {_describe_part(part, index, parts)}")
    return lines


def _describe_part(part: str, index: int, parts: list[str]) -> str:
    if index == 0:
        return ORGANS.get(part, "issuing body")
    if part in ORGANS:
        return ORGANS[part]
    head, _, tail = part.partition(".")
    if head in SUFFIXES:
        return SUFFIXES[head] + (f" {tail}" if tail else "")
    if part.isdigit():
        previous = parts[index - 1] if index else ""
        if previous in {"RES", "DEC"} or index == len(parts) - 1:
            return f"number {part}"
        return f"session {part}" if len(part) <= 3 else f"year {part}"
    return "series or document number"


def describe_resolution_number(session: str, number: str) -> list[str]:
    return [f"`{session}`: session {session}", f"`{number}`: resolution number {number} of that session"]
