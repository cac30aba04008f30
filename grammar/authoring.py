"""The authoring (organ) line that opens the text: "The General Assembly,", "*The Security Council*,",
"The Conference of the Parties,". Written once: the builder, the genre's forms (nested drafts and
parts), the reader of PDF copies and the Word import all ask here.
"""

from __future__ import annotations

import re

from resolint.grammar.characters import as_typed
from resolint.refdata import ORGANS

AUTHORING = r"The ([A-Z][\w’'-]*(?: (?:[A-Z][\w’'()-]*|and|of|on|for|the|in))*)"
""""The" and the organ's name (group 1), as a pattern to build on."""
AUTHORING_RE = re.compile(rf"^{AUTHORING},?$")
"""A line that is an organ's name after "The", with or without its comma (markup stripped)."""
AUTHORING_LINE_RE = re.compile(rf"^{AUTHORING},$")
"""The same, with the comma the UN always writes: the stricter test for text without markup (a PDF
copy), where a title line "The Situation in Afghanistan" must not be taken for an organ."""
ORGAN_WORDS = frozenset(
    ("Council", "Assembly", "Commission", "Committee", "Conference", "Board", "Forum", "Meeting", "Parties")
)
MARKS_RE = re.compile(r"[*_]")


def looks_like_organ(name: str) -> bool:
    """A known organ, or two to eight words of which one names a body ("… Commission", "… Board")."""
    if name in ORGANS:
        return True
    words = name.split()
    return 2 <= len(words) <= 8 and any(word in ORGAN_WORDS for word in words)


def authoring_organ(line: str) -> str | None:
    """The organ an authoring line names ("General Assembly" for "*The General Assembly*,"), else None.
    Italic marks (``*``/``_``), the no-break spaces of Word and AKN text and a copy's zero-width characters
    and ligatures (grammar/characters.py) are read through."""
    plain = as_typed(MARKS_RE.sub("", line)).replace("\u00a0", " ").strip()
    match = AUTHORING_RE.match(plain)
    return match.group(1) if match and looks_like_organ(match.group(1)) else None
