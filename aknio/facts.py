"""What the metadata needs from a parsed resolution: organ, symbol, number, draft or not, meeting and dates."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from resolint.aknio.xmlbuild import squash
from resolint.model import Closing, Document

MEETING = re.compile(
    r"^(?P<meeting>(?P<ordinal>\d+(?:st|nd|rd|th))\b[^\d]*?meeting)\s*(?P<date>\d{1,2}[ \u00a0][A-Za-z]+[ \u00a0]\d{4})?\.?$"
)
DATE_ONLY = re.compile(r"^\d{1,2}[ \u00a0][A-Za-z]+[ \u00a0]\d{4}\.?$")
DRAFT_TYPE = re.compile(r"\bdraft\b", re.I)


@cache
def organs() -> dict[str, dict[str, str]]:
    data = json.loads(resources.files("resolint.aknio").joinpath("organs.json").read_text(encoding="utf-8"))
    return {name: value for name, value in data.items() if not name.startswith("_")}


def organ_of_symbol(symbol: str) -> str:
    """The organ a document symbol names by its prefix ("S/RES/2573 (2021)": the Security Council),
    the longest prefix first (A/HRC/ before A/); empty when none matches."""
    by_length = sorted(organs().items(), key=lambda item: -len(item[1].get("symbol", "")))
    return next((name for name, info in by_length if info.get("symbol") and symbol.startswith(info["symbol"])), "")


def closing_line(closing: Closing) -> str:
    """A closing line's text from the model, no-break spaces kept (``Text.written``), without layout space."""
    return squash(closing.content.written if closing.content is not None else closing.text)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the metadata needs, worked out once from the heading, title and closing lines."""

    organ: str
    organ_info: dict[str, str]
    symbol: str
    number: str
    draft: bool
    document_type: str
    adoption: str | None  # the adoption date in words
    meeting: str | None  # "46th meeting"
    issued: str | None  # the masthead date in words


def facts_of(document: Document) -> Facts:
    heading = document.heading
    organ = squash(heading.organ or "")
    if not organ and document.authoring:
        organ = re.sub(r"^the\s+", "", document.authoring.organ.strip(" ,*_"), flags=re.I)
    organ = organ or organ_of_symbol(heading.symbol or "")
    info = organs().get(organ) or organs()["General Assembly"]
    document_type = squash(heading.get("document-type") or "resolution")
    number = squash((document.title.number if document.title else None) or heading.get("number") or "")
    meeting = adoption = None
    for closing in document.closing:
        line = closing_line(closing)
        found = MEETING.match(line)
        if found:
            meeting, adoption = found.group("meeting"), found.group("date") or adoption
        elif DATE_ONLY.match(line) and adoption is None:
            adoption = line.rstrip(".")
    return Facts(
        organ=organ,
        organ_info=info,
        symbol=squash(heading.symbol or ""),
        number=number,
        draft=bool(DRAFT_TYPE.search(document_type)),
        document_type=document_type,
        adoption=adoption or heading.get("adopted"),
        meeting=meeting,
        issued=heading.get("date"),
    )
