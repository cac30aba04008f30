"""Line endings: resolint works on ``\\n`` only; what the user had is restored on the way out.

Word and Windows editors write ``\\r\\n``. Instead of teaching every grammar terminal, rule and
fix about ``\\r``, there is one normalisation point on the way in (:func:`to_lf`, called by the
parsers, so the model's text never holds a ``\\r``) and one on the way out (:func:`with_newline`,
called by ``fix_text``, ``format_text`` and the file writer). A lone ``\\r`` (old Mac files) counts
as a line break too, as in LSP and ``str.splitlines``, and so do U+2028 LINE SEPARATOR and U+2029
PARAGRAPH SEPARATOR, which some Mac and web applications copy instead of ``\\n`` (as in
``str.splitlines``; one character each, so the ``\\n`` text has the same offsets; a file that ends
its lines so is written back so).

Line and column numbers are the same in the original text and in its ``\\n`` form (only the
invisible ``\\r`` before each ``\\n`` goes), so everything reported to the user and, through the
language server's position map of the ``\\n`` text, to the editor is right for the original text.
Only raw offsets differ: :attr:`Document.source <resolint.model.Document>` is the ``\\n`` text
they index, and :func:`line_shifts` maps them back (``--format json`` does, for its fix offsets).
"""

from __future__ import annotations

import re

LF, CRLF, CR, LS, PS = "\n", "\r\n", "\r", "\u2028", "\u2029"
NAMES = {LF: "LF", CRLF: "CRLF", CR: "CR", LS: "U+2028", PS: "U+2029"}
LINE_BREAK_RE = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
SEPARATORS = str.maketrans({LS: LF, PS: LF})


def to_lf(text: str) -> str:
    """``text`` with every ``\\r\\n``, lone ``\\r``, U+2028 and U+2029 made ``\\n``."""
    if "\r" in text:
        text = text.replace(CRLF, LF).replace(CR, LF)
    if LS in text or PS in text:
        text = text.translate(SEPARATORS)
    return text


def _counts(text: str) -> dict[str, int]:
    crlf = text.count(CRLF)
    return {CRLF: crlf, LF: text.count(LF) - crlf, CR: text.count(CR) - crlf, LS: text.count(LS), PS: text.count(PS)}


def _plain_lf(text: str) -> bool:
    return "\r" not in text and LS not in text and PS not in text


def newline_of(text: str) -> str:
    """The line ending most lines of ``text`` end with: ``\\n``, ``\\r\\n``, ``\\r``, U+2028 or U+2029
    (``\\n`` without any; a tie goes to ``\\r\\n``, then ``\\n``)."""
    if _plain_lf(text):
        return LF
    counts = _counts(text)
    return max(counts, key=lambda ending: counts[ending])


def is_mixed(text: str) -> bool:
    """True when ``text`` ends its lines in more than one way (then writing it back makes them uniform)."""
    if _plain_lf(text):
        return False
    return sum(1 for count in _counts(text).values() if count) > 1


def with_newline(text: str, newline: str) -> str:
    """``text`` with every line ending made ``newline``."""
    text = to_lf(text)
    return text if newline == LF else text.replace(LF, newline)


def line_shifts(text: str) -> list[int]:
    """For each 0-based line, how many characters more ``text`` has before it than its ``\n`` form:
    the offset ``o`` of the ``\n`` form, on line ``n``, is ``o + line_shifts(text)[n]`` in ``text``."""
    shifts = [0]
    extra = 0
    for match in LINE_BREAK_RE.finditer(text):
        extra += len(match.group()) - 1
        shifts.append(extra)
    return shifts
