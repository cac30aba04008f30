"""Classification facts of single units: what a line can be by its own shape and words (an
authoring line, a closing line, an item label, a lead-in, a paragraph's opening), shared by the
builder's classification stage and the genre's forms (``forms.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# the authoring and closing lines are recognised in their own modules; named here for the builder and forms
from resolint.grammar.authoring import AUTHORING_RE as AUTHORING_RE
from resolint.grammar.authoring import looks_like_organ as _looks_like_organ  # noqa: F401
from resolint.grammar.characters import BEFORE_LABEL, PRIVATE_BULLETS
from resolint.grammar.closing import CLOSING_RE as CLOSING_RE
from resolint.grammar.labels import roman_label
from resolint.refdata import match_operative, match_preambular


class _Labelled(Protocol):
    label: str | None


class Pending(Protocol):
    """A paragraph or item being built, as far as its label's level asks (``construct.Pending``; named by
    its shape so that nothing here imports the construction stage, which imports the segmentation)."""

    @property
    def unit(self) -> _Labelled: ...

    @property
    def children(self) -> Sequence[Pending]: ...


ASTERISK_NOTE_RE = re.compile(r"^(?:States?|On behalf|Reissued|Non-member|Member States?)\b")
ITEM_BULLETS = "•–▪◦·●∙-" + PRIVATE_BULLETS  # bullets and dashes that label items in the Council's texts
DOT_LABEL_RE = re.compile(rf"[ \t{BEFORE_LABEL}]*((?:[a-z]{{1,2}}|[ivxl]{{1,6}})\.)[ \t]+(?=\S)")
# a Model UN draft's capital-letter point under a clause: "A. Comprise of a research stage …,"
CAPITAL_LABEL_RE = re.compile(rf"[ \t{BEFORE_LABEL}]*([A-Z]\.)[ \t]+(?=\S)")
HEADING_MAX = 200  # a subject line between paragraphs is one line, under this many characters
SHORT_HEADING = 80  # a longer one has no comma or colon inside
WHOLE_ITALIC = re.compile(r"\*[^*\n]+\*|_[^_\n]+_")  # a line in italics from end to end (a title in a list)


def _sub_level(label: str, parent: Pending) -> int:
    """Level of a sub-paragraph label: (a) … at level 1; (i), (ii) … at level 2 under a lettered one.

    "(i)" right after "(h)" is the letter; "(v)", "(x)", "(c)" … continue the roman numerals only
    when they follow the numeral before them. A list that opens with "(i)" is numbered in roman
    numerals at the first level, and letters go under its items. Under an item whose own items are in another style
    ("(i)" with "a.", "b." under it), a bracketed label is the next item beside it ("(ii)").
    """
    siblings = parent.children
    if not siblings:
        return 1
    last = (siblings[-1].unit.label or "").strip("()")
    nested = siblings[-1].children
    if (siblings[0].unit.label or "").strip("()") == "i":
        return _level_in_roman_list(label, last, nested)
    if nested and not _parenthesised(nested[-1].unit.label):
        return 1
    if nested:
        if label == _next_letter(last) or not _is_roman(label):
            return 1
        return 2
    return 2 if label == "i" and last != "h" else 1


def _level_in_roman_list(label: str, last: str, nested: Sequence[Pending]) -> int:
    """In a list numbered (i), (ii) … at the first level (the Council's task groups), the next
    numeral is the next item; any other label ("(a)" … "(f)", then "(g)" under "(ii)", the letters
    running on through the groups) is an item under the last numeral."""
    if nested and label == _next_letter((nested[-1].unit.label or "").strip("()")):
        return 2
    return 1 if label == _next_roman(last) else 2


def _parenthesised(label: str | None) -> bool:
    return bool(label) and label.startswith("(")


def _label_style(label: str | None) -> str:
    """ "paren" for "(a)" and "(i)", "dot" for "a." and "ii.", else the bullet or dash itself."""
    label = label or ""
    core = label.strip("().")
    if not core.isalnum():
        return core or label
    return "paren" if label.startswith("(") else "dot"


def _continues(label: str | None, previous: str | None) -> bool:
    """ "b." after "a.", "ii." after "i.", "–" after "–": the label is the next of the same sequence."""
    if _label_style(label) != _label_style(previous):
        return False
    core, before = (label or "").strip("()."), (previous or "").strip("().")
    if not core.isalnum():
        return True  # bullets and dashes repeat themselves
    return core in (_next_letter(before), _next_roman(before))


def _opens_roman_list(label: str | None) -> bool:
    """ "i." or "(i)": the first item of a list numbered in roman numerals."""
    return (label or "").strip("().") == "i"


ROMAN_PLACES = {roman_label(index): index for index in range(99)}


def _next_roman(label: str) -> str:
    place = ROMAN_PLACES.get(label)
    return roman_label(place + 1) if place is not None else ""


def _next_letter(label: str) -> str:
    if len(label) == 1 and "a" <= label < "z":
        return chr(ord(label) + 1)
    return ""


def _is_roman(label: str) -> bool:
    return bool(label) and all(ch in "ivxlc" for ch in label)


def keeps_adopted_italics(organ: str) -> bool:
    """The Security Council publishes its texts in the italics it adopted ("*Taking note of*",
    "*Urges all*"): there the italic run that opens a paragraph is its phrase, as written."""
    return organ == "Security Council"


def _lead_in(text: str) -> bool:
    return text.rstrip().endswith(":")


def _opens(head: str) -> bool:
    """The block opens like a paragraph of its own: an operative verb or a preambular opener."""
    return any(m and m.known for m in (match_operative(head), match_preambular(head)))


def _single_operative(head: str) -> bool:
    """An unnumbered paragraph that opens with an operative verb: the one operative paragraph of a short text."""
    operative = match_operative(head)
    if not operative or not operative.known:
        return False
    preambular = match_preambular(head)
    return not (preambular and preambular.known)
