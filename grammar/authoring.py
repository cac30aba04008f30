"""The authoring (organ) line that opens the text: "The General Assembly,", "*The Security Council*,",
"The Conference of the Parties,". Written once: the builder, the genre's forms (nested drafts and
parts), the reader of PDF copies and the Word import all ask here.
"""

from __future__ import annotations

import re

from resolint.grammar.characters import as_typed
from resolint.model import OPENING_QUOTES
from resolint.refdata import ORGANS

AUTHORING = r"The ([A-Z][\w’'-]*(?: (?:[A-Z][\w’'()-]*|and|of|on|for|the|in))*(?: \d{1,2}(?=,))?)"
""""The" and the organ's name (group 1), as a pattern to build on. A Model UN committee may end with its
number ("The General Assembly Committee 1,", MEDIMUN's form of "The General Assembly First Committee,")."""
AUTHORING_RE = re.compile(rf"^{AUTHORING},?$")
"""A line that is an organ's name after "The", with or without its comma (markup stripped)."""
AUTHORING_LINE_RE = re.compile(rf"^{AUTHORING},$")
"""The same, with the comma the UN always writes: the stricter test for text without markup (a PDF
copy), where a title line "The Situation in Afghanistan" must not be taken for an organ."""
ORGAN_WORDS = frozenset(
    ("Council", "Assembly", "Commission", "Committee", "Conference", "Board", "Forum", "Meeting", "Parties")
)
MARKS_RE = re.compile(r"[*_]")
NAME_SMALL_WORDS = frozenset(("and", "of", "on", "for", "the", "in"))  # the lower-case words of AUTHORING


def without_italic_marks(text: str) -> str:
    """A printed line without italic marks: a copy italicised in part (RS012's fix) reads as its print,
    "*The Security Council*," as the authoring line and "*Noting* …" as an opener."""
    return MARKS_RE.sub("", text)


def quote_lead(text: str) -> int:
    """1 where ``text`` opens with a quotation mark, else 0: in a press release's copy of a resolution
    (UN press releases print the text under "The full text of resolution … reads as follows:") every
    paragraph opens with one and only the last closes it."""
    return 1 if text[:1] in OPENING_QUOTES else 0


def looks_like_organ(name: str) -> bool:
    """A known organ, or two to eight words of which one names a body ("… Commission", "… Board")."""
    if name in ORGANS:
        return True
    words = name.split()
    return 2 <= len(words) <= 8 and any(word in ORGAN_WORDS for word in words)


def organ_named(plain: str, pattern: re.Pattern[str] = AUTHORING_RE) -> str | None:
    """The organ that ``plain`` (a line with its markup stripped) names as an authoring line, else None.
    A line in capitals ("THE GENERAL ASSEMBLY,", as Model UN conferences print it) is read in the UN's
    case; the underscores a plain-text copy marks italics with are read through ("_The Security Council_,")."""
    if "_" in plain:
        plain = without_italic_marks(plain)
    if plain.isupper():
        plain = in_title_case(plain)
    match = pattern.match(plain)
    if match and looks_like_organ(match.group(1)):
        return match.group(1)
    return slipped_organ(plain, comma_due=pattern is AUTHORING_LINE_RE)


# The organs that adopt resolutions by their own authoring line (a Main Committee's draft opens with the
# Assembly's), keyed in lower case for a copy's slips of case.
_AUTHORS = {organ.casefold(): organ for organ in ORGANS if "Committee" not in organ}
SLIPPED_RE = re.compile(r"(the )?([a-z][a-z ]+[a-z])(,?)", re.IGNORECASE)


def slipped_organ(plain: str, comma_due: bool = False) -> str | None:
    """The organ of an authoring line a copy wrote with a slip, else None: a word in the wrong case
    ("The general Assembly,", as a translation prints it) or without its "The" ("General Assembly,", as a
    news copy prints it). Only a known organ's name is read so; a line without "The" needs its comma (the
    masthead's "General Assembly" line has none), and ``comma_due`` asks the comma of every line."""
    match = SLIPPED_RE.fullmatch(plain)
    if match is None:
        return None
    organ = _AUTHORS.get(" ".join(match.group(2).split()).casefold())
    has_the, comma = match.group(1) is not None, bool(match.group(3))
    if organ is None or ((comma_due or not has_the) and not comma):
        return None
    return organ



def in_title_case(capitals: str) -> str:
    """ "THE GENERAL ASSEMBLY FIRST COMMITTEE," as "The General Assembly First Committee,"."""
    words = capitals.lower().split(" ")
    return " ".join(
        word if index and word in NAME_SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def quoted_organ_named(plain: str) -> str | None:
    """:func:`organ_named`, a press copy's opening quotation mark read through (:func:`quote_lead`)."""
    return organ_named(plain[quote_lead(plain) :])


def authoring_organ(line: str) -> str | None:
    """The organ an authoring line names ("General Assembly" for "*The General Assembly*,"), else None.
    Italic marks (``*``/``_``), the no-break spaces of Word and AKN text and a copy's zero-width characters
    and ligatures (grammar/characters.py) are read through."""
    return organ_named(as_typed(MARKS_RE.sub("", line)).replace("\u00a0", " ").strip())


def is_authoring_line(line: str) -> bool:
    """A line that is nothing but an organ's authoring line with its comma ("The Security Council,"):
    always a paragraph of its own, also where a copy runs the heading lines on without blank lines."""
    return organ_named(MARKS_RE.sub("", line).replace("\u00a0", " ").strip(), AUTHORING_LINE_RE) is not None


AUTHORING_THEN_TEXT_RE = re.compile(rf"{AUTHORING},(?= )")


def strict_authoring_end(source: str, start: int, end: int) -> int | None:
    """Where a plain authoring line that opens ``source[start:end]`` and has more text after it on the
    same line ends (after its comma), else None."""
    match = AUTHORING_THEN_TEXT_RE.match(source, start, end)
    if match is None or not looks_like_organ(match.group(1)) or " The " in match.group(1):
        return None
    return match.end()
