"""Helpers for the sponsor rules RH602 and RH603: names, list form and list rewriting.

The sponsors themselves are the heading's (``grammar/sponsors.py`` splits a sponsor line once,
with the States' names and aliases); these helpers only read them."""

from __future__ import annotations

import itertools
import re

from resolint.model import Document, Sponsor
from resolint.refdata_states import current_state_name, official_state_name
from resolint.rules._common import fold

GROUP_SUFFIX_RE = re.compile(r"\s*\((?:on behalf of|au nom)[^)]*\)\s*$", re.IGNORECASE)


def bare_name(sponsor: Sponsor) -> str:
    """The State's name without an "(on behalf of …)" suffix or stray asterisks."""
    return GROUP_SUFFIX_RE.sub("", sponsor.name).strip().rstrip("*").strip()


def resolved_name(sponsor: Sponsor) -> str | None:
    """The UN short name the sponsor stands for, through aliases; None if not a known State."""
    name = bare_name(sponsor)
    return official_state_name(name) or current_state_name(name)


# The non-member observer States (resolint/data/un-member-states.txt, its last section). A draft may list
# them after the Member States ("… Viet Nam, Yemen and State of Palestine: draft resolution", A/C.4/80/L.16
# of 2025; "… United Arab Emirates, Yemen and Palestine", the Fourth Committee's UNRWA draft of 2005) or in
# their alphabetical place ("… Namibia, Palestine,* Saudi Arabia …", the Council's draft of 2010 on the
# economic and social repercussions of the occupation): both are the UN's.
OBSERVER_STATES = frozenset(("Holy See", "State of Palestine"))


def order_key(sponsor: Sponsor) -> str:
    """A sponsor's place in alphabetical order: its UN short name, accents and case aside."""
    return fold(resolved_name(sponsor) or bare_name(sponsor))


def trailing_observers(sponsors: list[Sponsor]) -> int:
    """How many observer States end the list, after the Member States (their place in the UN's lists)."""
    count = 0
    while count < len(sponsors) and resolved_name(sponsors[-1 - count]) in OBSERVER_STATES:
        count += 1
    return count if count < len(sponsors) else 0


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
