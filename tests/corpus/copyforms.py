"""The characters and encodings of real copies, made from the corpus's pasted text.

resolint reads the UN's texts in the renderings of ``akn.py``; a copy a person makes carries more:
ligatures from a PDF's fonts, soft hyphens, no-break and zero-width spaces, tabs after a number,
other line ends, a byte-order mark, another encoding, list glyphs, other quotation marks. Each
:data:`FORMS` entry turns the pasted rendering (a ``str``) into the bytes a file of that copy
holds, the way the software that makes it does (what it does is said on each function), so that
``copy_report.py`` and ``test_copy_characters.py`` read it through ``resolint.inputs`` as the
command line does. Every transformation is deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))
LIGATURE_RE = re.compile("|".join(letters for letters, _ in LIGATURES))
LONG_WORD_RE = re.compile(r"(?<![\w\-])([a-z]{5,})([a-z]{4,})(?![\w\-])")
WORD_HYPHEN_RE = re.compile(r"(?<=[a-z])-(?=[a-z])")
DATE_RE = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b")
NUMBERED_RE = re.compile(r"^(\d{1,3}\.|\([a-z]{1,6}\)) ", re.MULTILINE)
WRAP_AT = 90


def utf8(text: str) -> bytes:
    return text.encode("utf-8")


def ligatures(text: str) -> str:
    """A PDF font's ligatures, as Acrobat and pdf.js copy them when the font has no ToUnicode map for
    them: every "ffi", "ffl", "ff", "fi", "fl" in lower case ("signiﬁcant", "eﬀorts", "Aﬃrming")."""
    return LIGATURE_RE.sub(lambda match: dict(LIGATURES)[match.group()], text)


def soft_hyphens_inside(text: str) -> str:
    """Word's optional hyphens: an invisible U+00AD inside each word of nine letters or more."""
    return LONG_WORD_RE.sub(lambda match: f"{match.group(1)}\u00ad{match.group(2)}", text)


def soft_hyphens_at_line_ends(text: str) -> str:
    """A hyphenated line break copied with its soft hyphen: in each paragraph, the first long word that
    crosses a margin of :data:`WRAP_AT` characters is broken there with a soft hyphen and a line break
    ("signi\u00ad" / "ficant"). The rest of the paragraph stays on one line: a text wrapped at every line
    is a printed copy, whose shapes ``tests/pdf/`` reads (a soft hyphen there joins like a layout hyphen)."""
    return "\n".join(_break_first_long_word(line) for line in text.split("\n"))


def _break_first_long_word(line: str) -> str:
    for match in LONG_WORD_RE.finditer(line):
        if match.end() >= WRAP_AT:
            cut = match.start(2)
            return line[:cut] + "\u00ad\n" + line[cut:]
    return line


def non_breaking_hyphens(text: str) -> str:
    """Word's non-breaking hyphen (U+2011, the UN's own in "non-nuclear") in every compound word."""
    return WORD_HYPHEN_RE.sub("\u2011", text)


def unicode_hyphens(text: str) -> str:
    """U+2010 HYPHEN, which some PDF fonts map their hyphen to, in every compound word."""
    return WORD_HYPHEN_RE.sub("\u2010", text)


def no_break_spaces(text: str) -> str:
    """The UN's no-break spaces inside dates ("24\u00a0July\u00a02006") and narrow ones (U+202F) after
    "resolution" and before a footnote symbol's number (a French-style copy)."""
    text = DATE_RE.sub("\\1\u00a0\\2\u00a0\\3", text)
    return re.sub(r"\b(resolutions?|paragraphs?) (?=\d)", "\\1\u202f", text)


def zero_width(text: str) -> str:
    """Zero-width spaces and joiners a web page or pdf.js leaves between spans (a ZWSP after every
    tenth space, a ZWJ after the fifth of every twenty) and a U+FEFF before every paragraph number
    and label (the byte-order marks of pieces joined into one file)."""
    count = 0

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return " \u200b" if count % 10 == 0 else (" \u200d" if count % 20 == 5 else " ")

    text = re.sub(" ", mark, text)
    return NUMBERED_RE.sub(lambda match: f"\ufeff{match.group(1)} ", text)


def tabs_after_numbers(text: str) -> str:
    """Word's list numbering pasted as text: a tab between the number or label and its text."""
    return NUMBERED_RE.sub("\\1\t", text)


def several_spaces(text: str) -> str:
    """Two spaces after each full stop and a justified line's double spaces between some words."""
    count = 0

    def double(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "  " if count % 7 == 0 else " "

    return re.sub(r"(?<=\.) (?=[A-Z])", "  ", re.sub(r"(?<=[a-z]) (?=[a-z])", double, text))


def form_feeds(text: str) -> str:
    """pdftotext's page break: a form feed opening each page's first line (the pages of the
    ``pasted-pages`` rendering are not known here, so every 3,000 characters at a paragraph start)."""
    out, last, mark = [], 0, 3000
    for match in re.finditer(r"\n\n(?=\S)", text):
        if match.end() >= mark:
            out.append(text[last : match.end()] + "\f")
            last, mark = match.end(), match.end() + 3000
    return "".join(out) + text[last:]


def line_separators(text: str) -> str:
    """U+2028 LINE SEPARATOR for every line break (a copy out of some Mac and web applications)."""
    return text.replace("\n", "\u2028")


def paragraph_separators(text: str) -> str:
    """U+2029 PARAGRAPH SEPARATOR for every line break."""
    return text.replace("\n", "\u2029")


PRIVATE_BULLET = "\uf0b7"
BULLETED_RE = re.compile(r"^(?=\d{1,3}\. |\([a-z]{1,6}\) )", re.MULTILINE)


def private_use_bullets(text: str) -> str:
    """Word's Symbol-font bullets copied out of a list (U+F0B7, and U+F0A7 for a sub-level) and a tab."""
    return BULLETED_RE.sub(lambda match: "\uf0b7\t", text).replace("\uf0b7\t(", "\uf0a7\t(")


def glyph_bullets(text: str) -> str:
    """A list pasted from a web page: "•" before each number, "▪" before each label."""
    text = re.sub(r"^(?=\d{1,3}\. )", "• ", text, flags=re.MULTILINE)
    return re.sub(r"^(?=\([a-z]{1,6}\) )", "▪ ", text, flags=re.MULTILINE)


def quote_mix(text: str) -> str:
    """Curly and straight quotation marks mixed (a text edited in two programs): every other pair straight."""
    count = 0

    def pair(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f'"{match.group(1)}"' if count % 2 else match.group()

    return re.sub(r"“([^”\n]*)”", pair, text)


PRIMES = str.maketrans({"’": "′", "“": "″", "”": "″"})
TEX_QUOTES = str.maketrans({"“": "``", "”": "''"})


def primes(text: str) -> str:
    """Primes for apostrophes and quotation marks (a font's glyph map): ′ for ’, ″ for “ and ”."""
    return text.translate(PRIMES)


def tex_quotes(text: str) -> str:
    """TeX's quotation marks from a converted document: ``…'' for “…”."""
    return text.translate(TEX_QUOTES)


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def lone_cr(text: str) -> bytes:
    return text.replace("\n", "\r").encode("utf-8")


def with_bom(text: str) -> bytes:
    return "\ufeff".encode() + text.encode("utf-8")


class Unencodable(ValueError):
    """The text has a character the file's encoding cannot hold (a footnote marker ⁴, a U+2011): no
    such file exists, since Notepad refuses to save it so without a warning; the file is not counted."""


def windows_1252(text: str) -> bytes:
    """Notepad's "ANSI" on a Western Windows, with CRLF."""
    return _encoded(text.replace("\n", "\r\n"), "cp1252")


LATIN_1_STRAIGHTENED = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'", "–": "-", "—": "-"})


def latin_1(text: str) -> bytes:
    """An ISO-8859-1 file: curly quotes and dashes, which it lacks, written straight by the saving tool."""
    return _encoded(text.translate(LATIN_1_STRAIGHTENED), "latin-1")


def _encoded(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as error:
        raise Unencodable(str(error)) from None


def utf16(text: str) -> bytes:
    """Notepad's "Unicode": UTF-16 LE with a byte-order mark, CRLF."""
    return "\ufeff".encode("utf-16-le") + text.replace("\n", "\r\n").encode("utf-16-le")


def composed(*steps: Callable[[str], str]) -> Callable[[str], bytes]:
    def transform(text: str) -> bytes:
        for step in steps:
            text = step(text)
        return utf8(text)

    return transform


FORMS: dict[str, Callable[[str], bytes]] = {
    "ligatures": composed(ligatures),
    "soft-hyphens": composed(soft_hyphens_inside),
    "soft-hyphen-breaks": composed(soft_hyphens_at_line_ends),
    "nb-hyphens": composed(non_breaking_hyphens),
    "u2010-hyphens": composed(unicode_hyphens),
    "no-break-spaces": composed(no_break_spaces),
    "zero-width": composed(zero_width),
    "tabs": composed(tabs_after_numbers),
    "spaces": composed(several_spaces),
    "crlf": crlf,
    "cr": lone_cr,
    "form-feeds": composed(form_feeds),
    "u2028": composed(line_separators),
    "u2029": composed(paragraph_separators),
    "bom": with_bom,
    "cp1252": windows_1252,
    "latin-1": latin_1,
    "utf-16": utf16,
    "pua-bullets": composed(private_use_bullets),
    "glyph-bullets": composed(glyph_bullets),
    "quote-mix": composed(quote_mix),
    "primes": composed(primes),
    "tex-quotes": composed(tex_quotes),
    "acrobat": composed(ligatures, soft_hyphens_at_line_ends, no_break_spaces, zero_width),
}
"""Each copy's transformation of the pasted rendering, to the bytes of its file."""
CHARACTERS_CHANGED = {"latin-1": LATIN_1_STRAIGHTENED, "primes": PRIMES, "tex-quotes": TEX_QUOTES}
"""The forms that write characters of the text as others, everywhere (labels and headings too)."""
