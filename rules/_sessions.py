"""The session and year a document belongs to, read off its heading (RH601, RH602).

A General Assembly session n opens in September of 1945 + n and closes in September of the year after:
"Sixty-first session" and A/C.6/61/L.20 are of 2006 or 2007. A date in the heading gives the year itself.
"""

from __future__ import annotations

import re

from resolint.model import Document

UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
TENS_ORDINAL = {name[:-1] + "ieth": value for name, value in TENS.items()}
SESSION_IN_SYMBOL_RE = re.compile(r"^(?:A/(?:HRC/|C\.\d/|RES/)?|A/HRC/RES/)(?P<session>\d+)/")
ASSEMBLY_SESSION_RE = re.compile(r"^A/(?:C\.\d/|RES/)?(?P<session>\d+)/")  # the Assembly's, not the Council's
YEAR_RE = re.compile(r"\b(19[4-9]\d|20\d\d)\b")
FIRST_SESSION_YEAR = 1945


def ordinal_value(text: str) -> int | None:
    """58 for "Fifty-eighth session", 19 for "Nineteenth session"; None when not spelt out."""
    words = text.lower().replace("session", "").strip().replace(" ", "-").split("-")
    words = [word for word in words if word]
    if len(words) == 1:
        return UNITS.get(words[0]) or TENS_ORDINAL.get(words[0])
    if len(words) == 2 and words[0] in TENS and words[1] in UNITS and UNITS[words[1]] < 10:
        return TENS[words[0]] + UNITS[words[1]]
    return None


def document_years(document: Document) -> tuple[int, int] | None:
    """The first and last year the document can be of: a year its heading's dates name, else the two
    years of its General Assembly session (from the symbol or the session line); None when unknown."""
    heading = document.heading
    for name in ("adopted", "date", "session-dates"):
        found = YEAR_RE.findall(heading.get(name) or "")
        if found:
            return int(found[-1]), int(found[-1])
    in_symbol = ASSEMBLY_SESSION_RE.match(heading.symbol or "")
    session = int(in_symbol["session"]) if in_symbol else None
    if session is None and heading.get("session") and not (heading.symbol or "").startswith(("A/HRC/", "S/", "E/")):
        session = ordinal_value(heading.get("session") or "")
    if session is None:
        return None
    return FIRST_SESSION_YEAR + session, FIRST_SESSION_YEAR + session + 1
