"""Helpers for the sponsor rules RH602 and RH603: names, list form and list rewriting."""

from __future__ import annotations

import itertools
import re

from resolint.model import Document, Sponsor
from resolint.refdata_states import current_state_name, official_state_name

GROUP_SUFFIX_RE = re.compile(r"\s*\((?:on behalf of|au nom)[^)]*\)\s*$", re.IGNORECASE)


def bare_name(sponsor: Sponsor) -> str:
    """The State's name without an "(on behalf of …)" suffix or stray asterisks."""
    return GROUP_SUFFIX_RE.sub("", sponsor.name).strip().rstrip("*").strip()


def resolved_name(sponsor: Sponsor) -> str | None:
    """The UN short name the sponsor stands for, through aliases; None if not a known State."""
    name = bare_name(sponsor)
    return official_state_name(name) or current_state_name(name)


def sponsor_end(sponsor: Sponsor) -> int:
    """Source offset after the sponsor's name and its asterisk (if any)."""
    end = sponsor.span.end
    if sponsor.asterisk_span is not None:
        end = max(end, sponsor.asterisk_span.end)
    return end


def is_inline_list(document: Document) -> bool:
    """True when the sponsors are one run of text ("A, B and C" or "[A, B, C]"), so it can be rewritten."""
    sponsors = document.heading.sponsors
    source = document.source
    for first, second in itertools.pairwise(sponsors):
        between = source[sponsor_end(first) : second.span.start]
        if "\n" in between or not re.fullmatch(r",?\*?,? ?(?:and )?", between):
            return False
    return True


def render_list(document: Document, sponsors: list[Sponsor], stars: list[bool]) -> str:
    """The sponsors as the list is written in this document's form, with the given asterisks."""
    names = [sponsor.name for sponsor in sponsors]
    if document.heading.front_matter:
        return ", ".join(name + ("*" if star else "") for name, star in zip(names, stars, strict=True))
    pieces: list[str] = []
    last = len(names) - 1
    for index, (name, star) in enumerate(zip(names, stars, strict=True)):
        mark = "*" if star else ""
        if index < last - 1:
            pieces.append(f"{name},{mark} ")
        elif index == last - 1:
            pieces.append(f"{name}{mark} and ")
        else:
            pieces.append(f"{name}{mark}")
    return "".join(pieces)


def sponsors_of(document: Document) -> list[Sponsor]:
    """The heading's sponsors, with a last pair split at the wrong "and" put right.

    The sponsor parser splits "Ukraine and United Kingdom of Great Britain and Northern Ireland" at
    its last " and "; when neither piece is a State but the two pieces joined split into two known
    States at another " and ", the two sponsors are rebuilt from that split.
    """
    sponsors = list(document.heading.sponsors)
    if len(sponsors) >= 2 and resolved_name(sponsors[-1]) is None:
        repaired = _resplit(document, sponsors[-2], sponsors[-1])
        if repaired:
            sponsors[-2:] = repaired
    return sponsors


def _resplit(document: Document, first: Sponsor, second: Sponsor) -> list[Sponsor] | None:
    start, end = first.span.start, second.span.end
    written = document.source[start:end]
    for cut in (match.start() for match in re.finditer(" and ", written)):
        left, right = written[:cut], written[cut + len(" and ") :]
        left_name = left.rstrip("*").rstrip(",").strip()
        if not (_is_state(left_name) and _is_state(right)):
            continue
        lines = document.lines
        star = start + len(left_name) if left.rstrip().endswith("*") else None
        star_span = lines.span(star, star + 1) if star is not None else None
        right_start = start + cut + len(" and ")
        return [
            Sponsor(left_name, star is not None, lines.span(start, start + len(left_name)), star_span),
            Sponsor(right, second.asterisk, lines.span(right_start, end), second.asterisk_span),
        ]
    return None


def _is_state(name: str) -> bool:
    return bool(official_state_name(name) or current_state_name(name))
