"""Page furniture of a PDF copy: the printed rows, where the body starts, the running headers and titles, the
masthead, and the line width a hard-wrapped copy shows (the first step of :mod:`resolint.grammar.pdfcopy`)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from statistics import quantiles

from resolint.grammar.authoring import AUTHORING_LINE_RE as AUTHORING_RE
from resolint.grammar.authoring import without_italic_marks
from resolint.grammar.pdflines import (
    MAX_TITLE_LINES,
    MIN_RECURRENCE,
    MIN_TITLE,
    MIN_WRAPPED_LINES,
    NUMBER_RE,
    OWN_LABEL_RE,
    OWN_NUMBER_RE,
    PART_AFTER_SYMBOL_RE,
    SYMBOL_LINE_RE,
    SYMBOL_RE,
    TERMINAL,
    TITLE_RE,
    PrintedLine,
    end_char,
    furniture_kind,
    opens,
)

MASTHEAD_GAP_RE = re.compile(r"\S {3,}\S")
NOTE_MARKERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


MASTHEAD_COLUMN_RE = re.compile(r"\S+(?: {1,2}\S+)*")  # words apart by one or two spaces: one column


def printed_rows(source: str) -> list[PrintedLine]:
    rows: list[PrintedLine] = []
    offset = 0
    for index, raw in enumerate(source.split("\n")):
        body = raw.rstrip(" \t\r\u00a0")
        page_break = "\f" in body
        stripped = body.replace("\f", " ")
        lead = len(stripped) - len(stripped.lstrip())
        text = stripped.strip()
        rows.append(PrintedLine(index, offset + lead, offset + len(body), text, page_break))
        offset += len(raw) + 1
    return rows


def body_start_index(content: list[PrintedLine]) -> int:
    """Index of the first authoring line ("The General Assembly,", or without its comma above a paragraph: "The
    Economic and Social Council" / "Recommends …", above a nested draft's "The General Assembly,"), else of the
    first number or opener."""
    for index, row in enumerate(content):
        if AUTHORING_RE.match(without_italic_marks(row.text)) and len(row.text) < 120:
            return index  # also "*The Security Council*,": a copy italicised in part (RS012's fix)
        following = without_italic_marks(content[index + 1].text) if index + 1 < len(content) else ""
        numbered = NUMBER_RE.match(following) or OWN_NUMBER_RE.match(following)
        if following and AUTHORING_RE.match(f"{without_italic_marks(row.text)},") and (opens(following) or numbered):
            return index  # "The General Assembly" / "Adopts …" or "1. Authorizes …": no preamble
    for index, row in enumerate(content):
        if NUMBER_RE.match(row.text) or OWN_NUMBER_RE.match(row.text) or opens(row.text):
            return index
    return 0


def mark_furniture(content: list[PrintedLine], body_at: int) -> tuple[str, Counter[str]]:
    """Flag the furniture lines: strong shapes anywhere, the running header and page numbers in the body."""
    for row in content:
        row.furniture = furniture_kind(row.text)
    headers, title, near_counts = _running_headers(content, body_at)
    for index in headers:
        if not content[index].furniture:
            content[index].furniture = "running header"
    return title, near_counts


def _running_headers(content: list[PrintedLine], body_at: int) -> tuple[set[int], str, Counter[str]]:
    """Indexes of the lines that open or end with the document's symbol, and of the short title printed
    beside them (the start of the masthead's title, or a line printed beside the symbol on many pages);
    the masthead's title and how often each line near a header is printed."""
    seen: Counter[str] = Counter()
    for row in content[body_at:]:
        found = header_symbol(row.text)
        if found:
            seen[found[0]] += 1
    masthead = {symbol for row in content[:body_at] for symbol in SYMBOL_RE.findall(row.text)}
    symbols = {symbol for symbol, count in seen.items() if symbol in masthead or (count >= 3 and not masthead)}
    headers = [
        index
        for index, row in enumerate(content)
        if index >= body_at and (found := header_symbol(row.text)) and (found[0] in symbols or row.page_break)
    ]
    title = _masthead_title(content[:body_at])
    for index, row in enumerate(content[body_at:], body_at):  # a page that opens with the title, no symbol
        if _opens_page(content, index) and (len(row.text) >= MIN_TITLE or row.text == title) and _starts_title(title, row.text):
            headers.append(index)
    beside, printed = _beside_headers(content, headers, body_at)
    counts = Counter(row.text for _, near, _ in beside for row in near)
    position = {id(row): index for index, row in enumerate(content)}
    found: set[int] = set(headers)
    recurring = min(2, len(headers))  # a line of the running title is printed on more than one page
    for rest, near, below in beside:
        size = _title_size(rest, [row.text for row in near], title, counts, below=below)
        size = next((n for n in range(size, 0, -1) if all(printed[row.text] >= recurring for row in near[:n])), 0)
        found.update(position[id(row)] for row in near[:size])
    return found, title, counts


def _opens_page(content: list[PrintedLine], index: int) -> bool:
    """``content[index]`` opens a page: a form feed opens it, or (pypdf prints no form feed) the page foot before it
    ends with a job number or a page number."""
    before = content[index - 1].furniture if index else ""
    return content[index].page_break or before in ("job number", "page number")


def _beside_headers(
    content: list[PrintedLine], headers: list[int], body_at: int
) -> tuple[list[tuple[str, list[PrintedLine], bool]], Counter[str]]:
    """(the rest of each header line, the lines below or above it, below) and how many lines print each text near
    a header or beside its symbol (a line of the running title on one page only is the body's: "… to combat" /
    "illicit financial flows …", the body going on with the title's words)."""
    beside = []
    parts = _part_letters(content[:body_at])
    texts: dict[int, str] = {}  # each printed line once: a page that opens with the title is near the next header
    for index in headers:
        symbol, rest = header_symbol(content[index].text) or ("", content[index].text)
        symbol_first = content[index].text.startswith(symbol)
        head, _, tail = rest.partition(" ")
        rest = tail if symbol_first and head in parts else rest  # "A/RES/76/246 B" [Title …]
        if not rest or symbol_first:  # "A/RES/72/22 [Title …]" and the title's next lines below
            beside.append((rest, content[index + 1 : index + 1 + MAX_TITLE_LINES], True))
        if not rest or not symbol_first:  # "[… Title] A/RES/72/22" and the title's first lines above
            beside.append((rest, content[max(body_at, index - MAX_TITLE_LINES) : index][::-1], False))
        if rest:
            texts[id(content[index])] = rest
    for _, near, _ in beside:
        texts.update((id(row), texts.get(id(row), row.text)) for row in near)
    return beside, Counter(texts.values())


def _part_letters(rows: list[PrintedLine]) -> set[str]:
    """The letters of the resolution's parts the masthead prints after its symbol ("A/RES/76/246 B", "… A-B")."""
    return {match.group(1) for row in rows for match in PART_AFTER_SYMBOL_RE.finditer(row.text)}


def masthead_columns(row: PrintedLine) -> list[PrintedLine]:
    """The columns of a masthead line that ``pdftotext -layout`` prints side by side ("United Nations      A/RES/72/2",
    "General Assembly      Distr.: General"), each a line of its own as the other modes print them; the title's
    number stays with its words ("72/4.     Necessity of ending …")."""
    if TITLE_RE.match(row.text) or not MASTHEAD_GAP_RE.search(row.text):
        return [row]
    return [
        PrintedLine(row.index, row.start + found.start(), row.start + found.end(), found.group(), row.page_break)
        for found in MASTHEAD_COLUMN_RE.finditer(row.text)
    ]


def _masthead_title(rows: list[PrintedLine]) -> str:
    """The resolution's title as the masthead prints it ("72/22. African …" and its next lines)."""
    for index, row in enumerate(rows):
        if TITLE_RE.match(row.text):
            return " ".join(r.text for r in rows[index:]).split(" ", 1)[-1].strip()
    return ""


def _title_size(rest: str, lines: list[str], title: str, counts: Counter[str], *, below: bool) -> int:
    """How many of ``lines`` (below the header line, or above it read upwards) print the running title
    with the header's ``rest``: together the start of the masthead's title, or each printed beside the
    symbol on many pages."""
    for size in range(len(lines), 0, -1):
        chosen = lines[:size] if below else lines[:size][::-1]
        printed = " ".join([rest, *chosen] if below else [*chosen, rest]).strip()
        if (len(printed) >= MIN_TITLE or printed == title) and _starts_title(title, printed):
            return size
        # a running title never prints a line twice: the same line again is the body's (an annex titled as the
        # document, under the running title that repeats it)
        if len(set(chosen)) == len(chosen) and all(
            short_title(text) and counts[text] >= MIN_RECURRENCE for text in chosen
        ):
            return size
    return 0


def _starts_title(title: str, printed: str) -> bool:
    """``printed`` is the start of the masthead's ``title``, spaces and hyphens aside: the running title
    may differ in a hyphen or a space ("non-nuclear-weapon States" / "non nuclear-weapon States") and pdftotext
    drops the hyphens it reads as layout hyphens."""
    key = title_key(printed)
    return bool(key) and title_key(title).startswith(key)


def title_key(text: str) -> str:
    return re.sub(r"[\s\-\u2010\u2011]+", "", text)  # (a comma stays: "… minorities in" / "Myanmar," is text)


def header_symbol(text: str) -> tuple[str, str] | None:
    """(symbol, the rest) of a running header: the symbol opens or ends the line, which no note marker opens
    ("² See A/HRC/56/24." is a note: a page break before it in a copy saved as text by Word)."""
    match = SYMBOL_LINE_RE.match(text) if len(text) < 300 and text[:1] not in NOTE_MARKERS else None
    if match is None or not any(char.isdigit() for char in match.group(1) or match.group("after")):
        return None  # a UN document symbol has a number: "HIV/AIDS within countries, …" is text
    if (match.group(1) or match.group("after")).endswith("."):
        return None  # nor a full stop: "a See A/76/411." ends a sentence
    if match.group("after"):
        return match.group("after"), match.group("before")
    return match.group(1), match.group(2) or ""


def symbol_alone(text: str) -> bool:
    """A document symbol alone on its printed line ("A/HRC/RES/25/5" over a page of the text): a line of its own,
    which the tail of a paragraph begun on the page before ("or ethnic, religious and …") does not run on."""
    found = header_symbol(text.strip())
    return found is not None and not found[1].strip()


def short_title(text: str) -> bool:
    """A line that may print the running title: not a paragraph's number or opening, and no sentence's end (a
    title has no closing mark; "We commit to taking the following actions:" opens many pages of A/RES/76/258)."""
    if len(text) < MIN_TITLE or end_char(text) in TERMINAL:
        return False
    return not (NUMBER_RE.match(text) or OWN_NUMBER_RE.match(text) or opens(text))


def by_furniture(content: list[PrintedLine], index: int) -> bool:
    """A bare number next to other furniture or a page break is a page number."""
    row = content[index]
    if row.page_break or (index + 1 < len(content) and content[index + 1].page_break) or index == len(content) - 1:
        return True
    neighbours = [content[i] for i in (index - 1, index + 1) if 0 <= i < len(content)]
    return any(n.furniture in ("job number", "running header", "date code", "barcode") for n in neighbours)


def width_lengths(content: list[PrintedLine]) -> list[int]:
    return [len(row.text) for row in content if not row.furniture and len(row.text) > 1]


def line_width(content: list[PrintedLine]) -> int:
    return width_of(width_lengths(content))


def width_of(lengths: list[int]) -> int:
    if len(lengths) < 4:
        return max(lengths, default=80)
    return int(quantiles(lengths, n=10)[8])


def own_line_numbers(content: list[PrintedLine]) -> int:
    return sum(
        1
        for a, b in itertools.pairwise(content)
        if (OWN_NUMBER_RE.match(a.text) or OWN_LABEL_RE.match(a.text)) and b.text[:1].isupper()
    )


def hard_wrapped(content: list[PrintedLine], width: int) -> bool:
    """Most long lines end in the middle of a sentence at about the same width: printed lines."""
    if width > 140:
        return False
    long_lines = [row for row in content if len(row.text) >= 0.6 * width]
    wrapped = [row for row in long_lines if end_char(row.text) not in TERMINAL]
    return len(wrapped) >= MIN_WRAPPED_LINES and len(wrapped) >= 0.3 * len(long_lines)
