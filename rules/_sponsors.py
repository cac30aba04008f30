"""Helpers for the sponsor rules RH602 and RH603: names, list form and list rewriting.

The sponsors themselves are the heading's (``grammar/sponsors.py`` splits a sponsor line once,
with the States' names and aliases); these helpers only read them."""

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
