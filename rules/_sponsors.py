"""Helpers for the sponsor rules RH602 and RH603: names, list form and list rewriting.

The sponsors themselves are the heading's (``grammar/sponsors.py`` splits a sponsor line once,
with the States' names and aliases); these helpers only read them."""

from __future__ import annotations

import itertools
import re

from resolint.diagnostics import Edit
from resolint.model import Document, Sponsor
from resolint.refdata_states import current_state_name, former_short_names, name_key, official_state_name
from resolint.rules._common import fold
from resolint.rules._sessions import document_years

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


def of_its_time(name: str, document: Document) -> bool:
    """A former short name that was the UN's name when ``document`` was written ("Turkey" in 2007, "the
    former Yugoslav Republic of Macedonia" in 2015): right as written."""
    last = former_short_names().get(name_key(name))
    years = document_years(document)
    return last is not None and years is not None and years[0] <= last


def order_key(sponsor: Sponsor, document: Document) -> str:
    """A sponsor's place in alphabetical order: its UN short name, accents and case aside; a former short
    name of the document's time sorts as written (under T in 2015)."""
    name = bare_name(sponsor)
    return fold(name) if of_its_time(name, document) else fold(resolved_name(sponsor) or name)


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


def list_in_order(
    document: Document, members: list[Sponsor], keys: list[str], observers: list[Sponsor]
) -> list[Edit] | None:
    """The edit that writes the sponsor list in alphabetical order (``keys``: each member's
    :func:`order_key`), the observer States that close it after them; None where the order is not clear (two
    sponsors with one key) or the list is not one run of text."""
    if len(set(keys)) != len(keys) or not is_inline_list(document):
        return None
    ordered = [sponsor for _, sponsor in sorted(zip(keys, members, strict=True), key=lambda pair: pair[0])]
    ordered += observers
    text = render_list(document, ordered, [sponsor.asterisk for sponsor in ordered])
    start = min(sponsor.span.start for sponsor in ordered)
    end = max(sponsor_end(sponsor) for sponsor in ordered)
    return [Edit(start, end, text)]
