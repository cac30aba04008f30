"""RR503: resolution citations in UN form ("resolution 53/144 of 9 December 1998").

Longer than 150 lines, for a reason: a citation is read as a list ("resolutions 53/144, 60/1 and
60/251 of …") and the organ whose resolutions they are is found around it ("its resolution" after
or before an organ's name); both readings serve this rule only. The organs' session years are
arithmetic, not reference data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Severity
from resolint.grammar.dates import MONTH_PATTERN
from resolint.model import Text
from resolint.refdata_states import canonical_organ
from resolint.rules.base import Rule

ANCHOR_RE = re.compile(
    r"(?:\b(?P<organ>General Assembly|Human Rights Council|Security Council|Economic and Social Council|its) )?"
    r"\bresolutions? (?=(?:S-|ES-)?\d)"
)
ORGAN_REACH = len("Economic and Social Council ")  # how far before "resolution" an anchor may start
ANCHOR_REACH = len("resolutions ES-1")  # how far after the start of "resolution" the pattern reads
ORGAN_MENTION_RE = re.compile(
    r"General Assembly|Human Rights Council|Security Council|Economic and Social Council|(?<=the )(?:Assembly|Council)"
)
AFTER_CITATION_RE = re.compile(
    rf"[^,;]*?(?:{MONTH_PATTERN}) \d{{4}}, the (?P<organ>General Assembly|Human Rights Council|Security Council)"
)
SEPARATOR_RE = re.compile(r",? and |, ")
ITEM_RE = re.compile(
    r"(?P<number>(?:(?P<special>S-|ES-))?(?P<session>\d+)/\d+|(?P<sc>\d{3,4}))"
    rf"(?P<letters>(?: [A-Z](?: and [A-Z])?)?)(?P<tail> \((?P<paren>[^)]*)\)| of (?P<date>\d{{1,2}} (?:{MONTH_PATTERN}) (?P<year>\d{{4}}))| dated \d)?"
)
SYMBOL_CITATION_RE = re.compile(r"\bresolutions? (?P<symbol>(?:A|S|E)/RES/[\w/.\-]+)")
ABBREVIATION_RE = re.compile(r"(?<![\w/.])(?P<abbr>[Rr]es\.|[Rr]eso\.) ?(?=\d)")  # not "CM/Res.1153"
ROMAN_RE = re.compile(r"^[IVXLC]+$|^ES-[IVXLC]+$|^S-[IVXLC]+$")


class ResolutionCitation(Rule[Text]):
    """Resolution citation not in UN form.

    ## What it does
    Checks citations of resolutions in the text:
    - a resolution is cited by its number, not its symbol ("resolution 53/144", not "A/RES/53/144");
    - "resolution", never "res.";
    - the date follows with "of": "resolution 53/144 of 9 December 1998" ("dated" is not used);
    - a Security Council resolution carries its year in brackets: "resolution 1325 (2000)";
    - the date fits the number: General Assembly resolution 53/x is of 1998 or 1999 (session 53),
      Human Rights Council resolution 52/x of 2023, Economic and Social Council resolution 2013/x
      of 2013 (from the 2014 session on, which opens in July of the year before, 2021/x of 2020 or
      2021).

    Security Council resolutions are published as the Council adopted them, citations included
    ("resolutions 1325 and 2250", "resolution S/RES/2282 (2016)" in S/RES/2548 and 2594): the rule
    stays silent on them (see ``Facts.house_style``).

    ## Why is this bad?
    The form lets readers find the text and is what the editors will print. A date that does not fit
    the session of the number means that the number or the date is wrong.

    ## Example
    ```
    *Recalling* General Assembly res. 53/144 dated 9 December 1999 and Security Council resolution 1325,
    ```

    ## Use instead
    ```
    *Recalling* General Assembly resolution 53/144 of 9 December 1998 and Security Council resolution
    1325 (2000),
    ```

    ## Fix safety
    No fix.

    ## References
    UN Editorial Manual, resolutions: system of identification; drafting and editing II.J
    (docs/style-sources.md section 5).
    """

    code = "RR503"
    slug = "resolution-citation"
    severity = Severity.WARNING
    summary = 'Resolution citation not in UN form ("resolution 53/144 of 9 December 1998")'
    fixable = "never"

    node_kind = "body_texts"

    def check(self, text: Text) -> Iterator[Diagnostic]:
        if not self.facts.house_style:
            return  # the Council's citations are published as adopted ("resolutions 1325 and 2250")
        plain = text.plain
        if "esolution" not in plain and "es." not in plain:
            return  # cheap test: no citation in this paragraph
        yield from self._check_forms(text)
        if "resolution" in plain:  # each pattern below needs the word: cheaper than the patterns
            yield from self._check_lists(text, self.facts.organ)

    def _check_forms(self, text: Text) -> Iterator[Diagnostic]:
        plain = text.plain
        symbols = SYMBOL_CITATION_RE.finditer(plain) if "/RES/" in plain else ()  # substring tests: cheaper
        for match in symbols:
            start, end = match.span("symbol")
            yield self.diagnostic(
                self.context.text_span(text, start, end),
                f'Cite the resolution by its number, not its symbol "{match["symbol"]}"',
            )
        abbreviations = ABBREVIATION_RE.finditer(plain) if "es." in plain or "eso." in plain else ()
        for match in abbreviations:
            start, end = match.span("abbr")
            yield self.diagnostic(
                self.context.text_span(text, start, end), f'Write "resolution" in full, not "{match["abbr"]}"'
            )

    def _check_lists(self, text: Text, own_organ: str | None) -> Iterator[Diagnostic]:
        plain = text.plain
        for anchor in _anchors(plain):
            organ = canonical_organ(anchor["organ"])
            if anchor["organ"] == "its":
                near = _organ_named_near(plain, anchor.start(), anchor.end())
                organ = own_organ if near is None else near or None
            position = anchor.end()
            while item := ITEM_RE.match(plain, position):
                problem = _item_problem(item, organ)
                if problem:
                    start, end = item.span("number")
                    yield self.diagnostic(self.context.text_span(text, start, end), problem)
                separator = SEPARATOR_RE.match(plain, item.end())
                if separator is None:
                    break
                position = separator.end()


def _anchors(plain: str) -> Iterator[re.Match[str]]:
    """``ANCHOR_RE.finditer(plain)``, the pattern run only around each "resolution" (cheaper than
    through the whole text): a match holds one, at most ``ORGAN_REACH`` after its start, and reads
    at most ``ANCHOR_REACH`` from it."""
    position = 0
    word = plain.find("resolution")
    while word != -1:
        anchor = ANCHOR_RE.search(plain, max(position, word - ORGAN_REACH), word + ANCHOR_REACH)
        if anchor:
            yield anchor
            position = anchor.end()
        word = plain.find("resolution", max(word + 1, position))


def _organ_named_near(plain: str, start: int, end: int) -> str | None:
    """The organ that "its" refers to, or "" when that is unclear.

    "adopted by the General Assembly in its resolution 79/1": the organ named before, in the same
    sentence; "in its resolution 48/141 of …, the General Assembly decided": the one named just after;
    several organs named before ("reports to the General Assembly and the Council … its resolution"):
    unclear, so the date is not checked. None when no organ is named: the document's own organ.
    """
    before = re.split(r"[.;]\s", plain[:start])[-1]
    named = {canonical_organ(match.group(0)) or "" for match in ORGAN_MENTION_RE.finditer(before)}
    if len(named) == 1:
        return named.pop()
    if named:
        return ""
    after = AFTER_CITATION_RE.match(plain, end)
    return canonical_organ(after["organ"]) if after else None


def _item_problem(item: re.Match[str], organ: str | None) -> str | None:
    number = item["number"]
    if item["tail"] and item["tail"].startswith(" dated"):
        return f'Write "resolution {number} of <date>", not "dated"'
    if item["sc"]:
        paren = item["paren"]
        if paren and (re.fullmatch(r"\d{4}", paren) or ROMAN_RE.match(paren)):
            return None
        if organ == "Security Council":
            return f'Give the year of Security Council resolution {number} in brackets: "resolution {number} (YYYY)"'
        return None
    year = item["year"]
    if not year or item["special"]:
        return None
    expected = _years_of(organ, int(item["session"]))
    if expected and int(year) not in expected:
        years = " or ".join(str(y) for y in sorted(expected))
        return f"{organ} resolution {number} is from {years}, not {year}: check the number and the date"
    return None


def _years_of(organ: str | None, session: int) -> set[int]:
    if organ == "General Assembly" and session >= 31:
        return {1945 + session, 1946 + session}
    if organ == "Human Rights Council" and session >= 1:
        year = 2006 if session <= 3 else 2007 + (session - 4) // 3
        return {year}
    if organ == "Economic and Social Council" and session >= 1946:
        # since General Assembly resolution 68/1 the session of a year opens in July of the year
        # before (resolution 2021/2 A of 14 September 2020, cited in E/RES/2021/2 B)
        return {session - 1, session} if session >= 2014 else {session}
    return set()
