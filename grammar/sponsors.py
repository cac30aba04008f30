"""Sponsor lists: "Albania, Andorra,* Armenia* and Ukraine*: revised draft resolution"."""

from __future__ import annotations

import re
from functools import cache

from resolint.model import LineIndex, Sponsor
from resolint.refdata_states import current_state_name, member_states, name_key, official_state_name, state_aliases

DRAFT_KIND = r"(?:(?:further\s+)?revised\s+)?draft\s+(?:resolution|decision)"
# "…: amendments to draft resolution A/C.3/76/L.31", "…: amendment to revised draft resolution A/HRC/53/L.1/Rev.1"
AMENDMENT = rf"amendments?(?:\s+to\s+(?:the\s+)?{DRAFT_KIND}(?:\s+[A-Z][A-Z./\d-]*/[\w./-]*\w)?)?"
DOC_TYPE_RE = re.compile(
    rf":\*?\s*({DRAFT_KIND}(?:\s+[IVX]+)?|draft\s+resolutions?|{AMENDMENT})\s*\.?\s*$",
    re.IGNORECASE,
)
AND_RE = re.compile(r"\sand\s")
LOWER_WORD_RE = re.compile(r"(?<![\w'’])[a-z][\w'’]*")  # "d’Ivoire" is one word
NAME_WORDS = {"and", "of", "the"}  # the only words in lower case in a State's name ("Kingdom of the")
PARENTHESES_RE = re.compile(r"\([^()]*\)")  # "(Bolivarian Republic of)", "(on behalf of the Group of 77 and China)"  # five characters, like " and "
PIECE_RE = re.compile(r"^(\s*)(.*?)[\s,]*(\*?)[\s,]*$", re.DOTALL)


def is_state(name: str) -> bool:
    """A State's UN short name or a known alias of one ("Turkey", "St. Kitts and Nevis")."""
    return bool(official_state_name(name) or current_state_name(name))


@cache
def _state_keys() -> tuple[str, ...]:
    return tuple(name_key(name) for name in member_states()) + tuple(state_aliases())


def starts_state_name(words: str) -> bool:
    """``words`` open a State's name that holds words in lower case, cut short by the end of a printed
    line: "the former" of "the former Yugoslav Republic of Macedonia" (the UN's name until 2019)."""
    key = name_key(words)
    return bool(key) and any(name.startswith(key + " ") for name in _state_keys())


def _bare(name: str) -> str:
    return " ".join(re.sub(r"[\s,*]+$", "", name).split())


def split_last(piece: str) -> int | None:
    """Where the last piece "Ukraine and United Kingdom of Great Britain and Northern Ireland*" splits.

    Each " and " is tried from the left; the first whose both sides are State names (or aliases:
    "St. Kitts and Nevis and UK") wins, then the first whose right side is one; a piece that is
    itself a State name ("Trinidad and Tobago") is not split; otherwise the last " and " is taken.
    """
    if is_state(_bare(piece)):
        return None
    places = [m.start() for m in AND_RE.finditer(piece)]  # " and ", or "and" ending a printed line
    if not places:
        return None
    for test in (lambda left, right: is_state(left) and is_state(right), lambda left, right: is_state(right)):
        for at in places:
            if test(_bare(piece[:at]), _bare(piece[at + 5 :])):
                return at
    return places[-1]


def sponsor_from_item(item: str, start: int, lines: LineIndex) -> Sponsor | None:
    """One sponsor from "Andorra", "Andorra*" or "Andorra,*"; None for an empty piece."""
    match = PIECE_RE.match(item)
    if not match or not match.group(2):
        return None
    name_start = start + len(match.group(1))
    name = " ".join(match.group(2).split())  # a name wrapped over two lines is one name
    star = None
    if match.group(3):
        star_at = start + match.start(3)
        star = lines.span(star_at, star_at + 1)
    return Sponsor(name, star is not None, lines.span(name_start, name_start + len(match.group(2))), star)


def parse_sponsor_line(text: str, start: int, lines: LineIndex) -> tuple[list[Sponsor], str] | None:
    """Sponsors and document type of a pasted sponsor line, or None when the line is not one."""
    doc_type = DOC_TYPE_RE.search(text)
    if not doc_type:
        return None
    names_part = text[: doc_type.start()]
    if not _names_only(names_part):
        return None
    if doc_type.group(0).startswith(":*") or re.match(r":\s*\*", doc_type.group(0)):
        names_part += "*"
    pieces = [(m.group(0), m.start()) for m in re.finditer(r"[^,]+(?:,[ \t]*\*)?", names_part)]
    found: list[Sponsor | None] = []
    for index, (piece, offset) in enumerate(pieces):
        if index == len(pieces) - 1:
            and_at = split_last(piece)
            if and_at is not None:
                found.append(sponsor_from_item(piece[:and_at], start + offset, lines))
                piece, offset = piece[and_at + 5 :], offset + and_at + 5
        found.append(sponsor_from_item(piece, start + offset, lines))
    return [s for s in found if s is not None], _document_type(doc_type.group(1))


def _names_only(names_part: str) -> bool:
    """Sponsors are names: capitals, "and", "of", "the", "d’…", anything in brackets. A sentence that ends
    in a document type ("28. The Third Committee recommends to the General Assembly the adoption of the
    following draft resolutions:" / "Draft resolution I") lists no sponsors."""
    bare = PARENTHESES_RE.sub("", names_part).lstrip()
    if bare[:1].isdigit():
        return False
    bare = _without_state_names(bare)
    return all(word in NAME_WORDS or "'" in word or "’" in word for word in LOWER_WORD_RE.findall(bare))


def _without_state_names(names_part: str) -> str:
    """The list without the States' names it holds whole, which may have words in lower case of their own
    ("the former Yugoslav Republic of Macedonia", also before the last "and")."""
    kept = []
    for piece in names_part.split(","):
        name = _bare(piece.lstrip("* \t\n"))
        if is_state(name):
            continue
        at = split_last(name)
        kept.append(name[at + 5 :] if at is not None and is_state(_bare(name[:at])) else piece)
    return ",".join(kept)


def _document_type(written: str) -> str:
    """ "Draft Resolution" → "draft resolution"; the symbol an amendment names keeps its case."""
    words = written.split()
    return " ".join(word if "/" in word else word.lower() for word in words)
