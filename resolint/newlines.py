"""Line endings: resolint works on ``\\n`` only; what the user had is restored on the way out.

Word and Windows editors write ``\\r\\n``. Instead of teaching every grammar terminal, rule and
fix about ``\\r``, there is one normalisation point on the way in (:func:`to_lf`, called by the
parsers, so the model's text never holds a ``\\r``) and one on the way out (:func:`with_newline`,
called by ``fix_text``, ``format_text`` and the file writer). A lone ``\\r`` (old Mac files) counts
as a line break too, as in LSP and ``str.splitlines``.

Line and column numbers are the same in the original text and in its ``\\n`` form (only the
invisible ``\\r`` before each ``\\n`` goes), so everything reported to the user and, through the
language server's position map of the ``\\n`` text, to the editor is right for the original text.
Only raw offsets differ: :attr:`Document.source <resolint.model.Document>` is the ``\\n`` text
they index, and :func:`line_shifts` maps them back (``--format json`` does, for its fix offsets).
"""

from __future__ import annotations

import re

LF, CRLF, CR = "\n", "\r\n", "\r"
NAMES = {LF: "LF", CRLF: "CRLF", CR: "CR"}
LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")


def to_lf(text: str) -> str:
    """``text`` with every ``\\r\\n`` and lone ``\\r`` made ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace(CRLF, LF).replace(CR, LF)


def newline_of(text: str) -> str:
    """The line ending most lines of ``text`` end with: ``\\n``, ``\\r\\n`` or ``\\r`` (``\\n`` without any;
    a tie goes to ``\\r\\n``, then ``\\n``)."""
    if "\r" not in text:
        return LF
    crlf = text.count(CRLF)
    counts = {CRLF: crlf, LF: text.count(LF) - crlf, CR: text.count(CR) - crlf}
    return max(counts, key=lambda ending: counts[ending])


def is_mixed(text: str) -> bool:
    """True when ``text`` ends its lines in more than one way (then writing it back makes them uniform)."""
    if "\r" not in text:
        return False
    crlf = text.count(CRLF)
    kinds = (crlf, text.count(LF) - crlf, text.count(CR) - crlf)
    return sum(1 for count in kinds if count) > 1


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
