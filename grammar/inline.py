"""Inline marks inside a paragraph: italics, bold, footnote references and inline comments.

This is the one place that reads marks inside running text; the result is a :class:`Text`
with the plain text, a map from each plain character back to its source offset, and the
paragraphs its "paragraph 9 (b) above" phrases name (read by ``crossrefs.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resolint.grammar.characters import as_typed, copy_stretch, has_copy_characters, merged, unread_ranges
from resolint.grammar.crossrefs import paragraph_references
from resolint.grammar.slashnotes import slash_mark
from resolint.memo import memoised
from resolint.model import FootnoteRef, LineIndex, Text

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SUPERSCRIPT_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# A mark is one of: an inline comment (found by `comment_spans`), a markdown footnote reference, a caret reference, a run of
# superscript digits, a run of '*', an underline ("<u>…</u>" of an HTML copy, "__…__" of a Markdown-ish one:
# a Model UN draft's underlined opener, read as the opener's emphasis, that is as italics), or an '_' at a
# word boundary (not one of a run of underscores: "as of ________" is a blank to fill in, not italics).
NOTE_LABEL = r"[^\]\s]{1,20}"  # the label of a markdown note reference "[^1]", "[^*]"
MARK_RE = re.compile(
    rf"\[\^(?P<md>{NOTE_LABEL})\]"
    r"|\^\{(?P<caret>[^}\s]{1,10})\}"
    r"|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"|(?P<stars>\*+)"
    r"|(?P<underline></?[uU]>|(?<![\w_])__(?=[^\s_])|(?<=[^\s_])__(?![\w_]))"
    r"|(?P<under>(?<![\w])_(?=[^\s_])|(?<=[^\s_])_(?![\w]))",
    re.DOTALL,
)
ADDRESS_LOOKBACK = 500  # characters looked back for the start of a web address around an '_'
# Where a mark may start. One character class, which the regex engine skips to much faster than
# an alternation; positions inside a run ("**", "¹²", "[^") are dropped by `_inside_run`.
CANDIDATE_RE = re.compile(r"[<\[\^_*⁰¹²³⁴⁵⁶⁷⁸⁹/]")
WHITESPACE_CHARS = "\n\r\t\f\v\u00a0\u2028\u2029"  # (the narrow no-break space stays: refdata reads it as a space)
WHITESPACE_RE = re.compile(f"[{WHITESPACE_CHARS}]")
HYPHENS_RE = re.compile("[\u2010\u2011]")
"""Word's non-breaking hyphen (w:noBreakHyphen) and U+2010 HYPHEN (some PDF fonts map their hyphen to
it): a hyphen to every rule, kept in the source."""


@dataclass
class Emphasis:
    kind: str  # "italic" | "bold"
    open_start: int
    open_end: int
    close_start: int
    close_end: int


class InlineScan:
    """Marks found in a stretch of source text."""

    __slots__ = ("comments", "emphases", "hidden", "refs", "unclosed")

    def __init__(self) -> None:
        self.emphases: list[Emphasis] = []
        self.refs: list[FootnoteRef] = []
        self.hidden: list[tuple[int, int]] = []  # source ranges left out of plain text
        self.comments: list[tuple[int, int]] = []
        self.unclosed: list[tuple[int, int]] = []


def in_address(source: str, at: int, start: int) -> bool:
    """Whether ``source[at]`` lies inside a web address ("https://…", "www.…"): its underscores are
    characters of the address, never italics."""
    start = max(start, at - ADDRESS_LOOKBACK)  # bounded: linear however many underscores a text has
    word_start = max(max(source.rfind(space, start, at) for space in (" ", "\n", "\t")) + 1, start)
    return "://" in source[word_start:at] or source.startswith("www.", word_start)


def scan_inline(source: str, start: int, end: int, lines: LineIndex, *, refs: bool = True) -> InlineScan:
    """Find the inline marks in ``source[start:end]``."""
    scan = InlineScan()
    open_italic: tuple[int, int, str] | None = None  # (start, end, char)
    open_bold: tuple[int, int] | None = None
    open_underline: tuple[int, int] | None = None
    consumed = start  # a candidate inside a mark already read ("*" in "[^*]") is not a mark of its own
    comments = dict(comment_spans(source, start, end)) if source.find("<!--", start, end) != -1 else {}
    for candidate in CANDIDATE_RE.finditer(source, start, end):
        at = candidate.start()
        if at < consumed or (at > start and _inside_run(source, at)):
            continue
        if at in comments:
            consumed = comments[at]
            scan.hidden.append((at, consumed))
            scan.comments.append((at, consumed))
            continue
        if source[at] == "/":
            mark = slash_mark(source, at, start, end)
            if mark is not None and refs:
                scan.refs.append(FootnoteRef(source[mark:at], lines.span(mark, at + 1), "slash"))
                scan.hidden.append((mark, at + 1))
            continue
        match = MARK_RE.match(source, at, end)
        if match is None:
            continue
        m_start, m_end = match.span()
        consumed = m_end
        kind = match.lastgroup
        if kind in ("md", "caret"):
            if refs:
                style = "markdown" if kind == "md" else "caret"
                scan.refs.append(FootnoteRef(match.group(kind), lines.span(m_start, m_end), style))
                scan.hidden.append((m_start, m_end))
        elif kind == "sup":
            if refs and m_start > start and not source[m_start - 1].isspace():
                label = match.group("sup").translate(SUPERSCRIPT_DIGITS)
                scan.refs.append(FootnoteRef(label, lines.span(m_start, m_end), "superscript"))
                scan.hidden.append((m_start, m_end))
        elif kind == "underline":
            open_underline = _underline(scan, open_underline, source, m_start, m_end, end)
        else:
            run = match.group(0)
            if run[0] == "*" and source.startswith("/", m_end):
                continue  # "*/", "**/": a note mark of the UN's older documents ("…consider,**/ at …"), not italics
            before = source[m_start - 1] if m_start > start else " "
            after = source[m_end] if m_end < end else " "
            can_close = not before.isspace()
            can_open = not after.isspace()
            if run == "_":
                if in_address(source, m_start, start):
                    continue  # "…/COVID-19_-_High_Resolution.pdf": part of a web address, not italics
                if open_italic and open_italic[2] == "_" and can_close:
                    _close(scan, "italic", open_italic[:2], m_start, m_end)
                    open_italic = None
                elif open_italic is None and can_open:
                    open_italic = (m_start, m_end, "_")
                continue
            cursor = m_start
            remaining = len(run)
            if remaining >= 2 and open_bold and can_close:
                _close(scan, "bold", open_bold, cursor, cursor + 2)
                open_bold, cursor, remaining = None, cursor + 2, remaining - 2
            if remaining >= 1 and open_italic and open_italic[2] == "*" and can_close:
                _close(scan, "italic", open_italic[:2], cursor, cursor + 1)
                open_italic, cursor, remaining = None, cursor + 1, remaining - 1
            if remaining >= 2 and open_bold and can_close:
                _close(scan, "bold", open_bold, cursor, cursor + 2)
                open_bold, cursor, remaining = None, cursor + 2, remaining - 2
            if remaining and can_open:
                if remaining >= 2 and open_bold is None:
                    open_bold, cursor, remaining = (cursor, cursor + 2), cursor + 2, remaining - 2
                if remaining >= 1 and open_italic is None:
                    open_italic, cursor, remaining = (cursor, cursor + 1, "*"), cursor + 1, remaining - 1
    for pending in (open_italic, open_bold, open_underline):
        if pending:
            scan.unclosed.append((pending[0], pending[1]))
    scan.hidden.sort()
    return scan


def _underline(
    scan: InlineScan, opened: tuple[int, int] | None, source: str, m_start: int, m_end: int, end: int
) -> tuple[int, int] | None:
    """An underline's tag or "__" at ``m_start``: it closes the one open (as italics) or opens one; the
    underline open after it is returned."""
    token = source[m_start:m_end]
    closing = token.startswith("</") or (token == "__" and opened is not None)
    if closing:
        if opened is not None:
            _close(scan, "italic", opened, m_start, m_end)
        return None
    return opened if opened is not None or m_end >= end else (m_start, m_end)


def _inside_run(source: str, at: int) -> bool:
    """The character at ``at`` continues a run that starts before it: a mark starts with the run."""
    char, before = source[at], source[at - 1]
    if char == "*":
        return before == "*"
    if char == "^":
        return before == "["
    return char in SUPERSCRIPT_CHARS and before in SUPERSCRIPT_CHARS


def _close(scan: InlineScan, kind: str, opener: tuple[int, int], c_start: int, c_end: int) -> None:
    if c_start == opener[1]:  # "**" with nothing inside is not emphasis
        return
    scan.emphases.append(Emphasis(kind, opener[0], opener[1], c_start, c_end))
    scan.hidden.append(opener)
    scan.hidden.append((c_start, c_end))


def scan_parts(source: str, parts: list[tuple[int, int]], lines: LineIndex) -> InlineScan:
    """One scan over every part of a paragraph."""
    scan = InlineScan()
    for p_start, p_end in parts:
        one = scan_inline(source, p_start, p_end, lines)
        scan.emphases += one.emphases
        scan.refs += one.refs
        scan.hidden += one.hidden
        scan.comments += one.comments
        scan.unclosed += one.unclosed
    scan.hidden.sort()
    return scan


def build_text(source: str, parts: list[tuple[int, int]], lines: LineIndex, scan: InlineScan | None = None) -> Text:
    """Make a Text from one or more source ranges (several when a page break split a paragraph)."""
    if scan is None:
        scan = scan_parts(source, parts, lines)
    pieces: list[str] = []
    segments: list[tuple[int, int]] = []
    length = 0
    first, last = parts[0][0], parts[-1][1]
    hidden = scan.hidden
    characters = has_copy_characters(source, first, last)  # ligatures, soft hyphens …: grammar/characters.py
    if characters:
        hidden = merged(hidden, [r for p_start, p_end in parts for r in unread_ranges(source, p_start, p_end)])
    count = len(hidden)
    h = 0
    for index, (p_start, p_end) in enumerate(parts):
        if index and length and not pieces[-1].endswith(" "):
            segments.append((length, parts[index - 1][1] - first))
            pieces.append(" ")
            length += 1
        pos = p_start
        while pos < p_end:
            while h < count and hidden[h][1] <= pos:
                h += 1
            if h < count and hidden[h][0] <= pos:
                pos = hidden[h][1]
                continue
            stop = hidden[h][0] if h < count and hidden[h][0] < p_end else p_end
            if characters:
                length = copy_stretch(source, pos, stop, length, first, pieces, segments)
            else:
                segments.append((length, pos - first))
                pieces.append(source[pos:stop])
                length += stop - pos
            pos = stop
    plain = "".join(pieces)
    if WHITESPACE_RE.search(plain):
        plain = WHITESPACE_RE.sub(" ", plain)
    if HYPHENS_RE.search(plain):
        plain = HYPHENS_RE.sub("-", plain)
    italic = sorted((e for e in scan.emphases if e.kind == "italic"), key=_opening)
    return Text(
        raw=source[first:last],
        span=lines.span(first, last),
        plain=plain,
        segments=tuple(segments),
        italics=tuple(lines.span(e.open_end, e.close_start) for e in italic),
        italic_marks=tuple(lines.span(e.open_start, e.close_end) for e in italic),
        footnote_refs=tuple(scan.refs),
        paragraph_refs=paragraph_references(plain),
    )


def _opening(emphasis: Emphasis) -> int:
    return emphasis.open_start


UNDERSCORE_ITALICS_RE = re.compile(r"(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])")
"""An underscore that opens or closes italics in a plain-text copy ("_Recommends_ to …"), as the inline
scan reads one: at a word's edge, never one of a run ("as of ____")."""


def without_underscore_italics(text: str) -> str:
    """``text`` without the underscores a plain-text copy marks italics with."""
    return UNDERSCORE_ITALICS_RE.sub("", text) if "_" in text else text


@memoised
def strip_marks(text: str) -> str:
    """Plain text of a short string (a heading value): marks removed, a copy's characters read as typed
    (grammar/characters.py), spaces folded."""
    text = as_typed(text)
    if "<!--" in text:
        text = "".join(text[a:b] for a, b in _outside_comments(text))
    if "^{" in text:
        text = text.replace("^{", "").replace("}", "")
    return " ".join(_without_emphasis_stars(text).split())


BOOKMARK_RE = re.compile(r"\[bookmark: [^\]\n]*\][ \t]*")
"""A Word bookmark as Apache Tika prints it ("[bookmark: _GoBack]" before a paragraph's text): an anchor, no words
(the paragraph's text, its opener or number, starts after it)."""


NOTE_REFERENCE_RE = re.compile(rf"\[\^({NOTE_LABEL})\]")
"""A markdown note reference, its label group 1 (wherever it stands: in a paragraph, a heading line)."""


def _without_emphasis_stars(text: str) -> str:
    """``text`` without its italic and bold stars; a note reference keeps its own ("[^*]", "[^**]")."""
    if "[^" not in text:
        return text.replace("*", "")
    kept, at = [], 0
    for reference in NOTE_REFERENCE_RE.finditer(text):
        kept += [text[at : reference.start()].replace("*", ""), reference.group(0)]
        at = reference.end()
    kept.append(text[at:].replace("*", ""))
    return "".join(kept)


def comment_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where the closed comments ("<!-- … -->") of ``text[start:end]`` stand; an unclosed "<!--" is text.

    One pass over the text: a pattern ``<!--.*?-->`` tries to close every "<!--" again up to the text's
    end, quadratic in a text of unclosed openers."""
    end = len(text) if end is None else end
    found = []
    at = text.find("<!--", start, end)
    while at != -1:
        close = text.find("-->", at + 4, end)
        if close == -1:
            break
        found.append((at, close + 3))
        at = text.find("<!--", close + 3, end)
    return found


def _outside_comments(text: str) -> list[tuple[int, int]]:
    kept, at = [], 0
    for start, end in comment_spans(text):
        kept.append((at, start))
        at = end
    kept.append((at, len(text)))
    return kept
