"""An edit inside one printed line of a PDF copy (the language server's keystrokes): the segmentation moved
by the edit's length when the edit changes none of the line's shapes (:func:`shifted_copy`)."""

from __future__ import annotations

from bisect import bisect_left

from resolint.grammar.authoring import AUTHORING_LINE_RE as AUTHORING_RE
from resolint.grammar.classify import DOT_LABEL_RE
from resolint.grammar.pdffurniture import (
    header_symbol,
    short_title,
    title_key,
    width_of,
)
from resolint.grammar.pdflines import (
    ACRONYM_END_RE,
    BARE_NUMBER_RE,
    BULLET_ITEM_RE,
    CLOSING_LINE_RE,
    COMMENT_LINE_RE,
    FUNCTION_WORDS,
    LABEL_IN_TEXT_RE,
    LABEL_RE,
    MARKER_END_RE,
    MIN_RECURRENCE,
    MIN_TITLE,
    NOT_A_MARKER_BEFORE,
    NOTE_INLINE_RE,
    NUMBER_RE,
    OWN_LABEL_RE,
    OWN_NUMBER_RE,
    PLAIN_WORD_RE,
    SUBJECT_NUMBER_RE,
    TITLE_RE,
    TRAILING_MARKER_RE,
    PdfCopy,
    end_char,
    furniture_kind,
    opens,
    participle_opens,
)
from resolint.grammar.rawlines import RawLine


# ---- an edit inside one printed line (the language server's keystrokes) ------------------------
class _Unsafe(Exception):
    """The edit may change the segmentation: segment the new text again."""


def shifted_copy(old: str, copy: PdfCopy, new: str, start: int, old_end: int) -> tuple[PdfCopy, int, int] | None:
    """The segmentation of ``new`` from ``copy`` (that of ``old``), when ``new`` replaced ``old[start:old_end]``
    by letters inside a word of one body line that changes none of the line's shapes (how it starts and
    ends, its length against the width, no number near the word, no furniture or page break near the
    line, not a word a layout hyphen was tried with): every offset after the edit moves by its length.
    Returns the copy, the index of the first block whose range holds the edit (a paragraph cut by a
    page break holds the notes between its halves) and how many blocks from there on are to be
    built again; None when that is not sure."""
    delta = len(new) - len(old)
    removed, inserted = old[start:old_end], new[start : old_end + delta]
    if not (removed or inserted) or not (removed + inserted).isalpha() or start <= copy.body_start:
        return None
    line_start = old.rfind("\n", 0, start) + 1
    line_end = old.find("\n", old_end)
    line_end = len(old) if line_end == -1 else line_end
    old_text, new_text = old[line_start:line_end].strip(), new[line_start : line_end + delta].strip()
    if "\f" in old[line_start:line_end] or "<!--" in old_text or "-->" in old_text:
        return None
    word_start = start
    while word_start > line_start and old[word_start - 1].isalpha():
        word_start -= 1
    word_end = old_end
    while word_end < line_end and old[word_end].isalpha():
        word_end += 1
    if not _word_alone(old, line_start, line_end, word_start, word_end):
        return None
    words = {old[word_start:word_end].lower(), new[word_start : word_end + delta].lower()}
    lengths = _new_lengths(old_text, new_text, copy)
    if words & copy.joins or lengths is None:
        return None
    before, after = _line_before(old, line_start), _line_after(old, line_end)
    if _fits(before, old_text, after, copy.width) != _fits(before, new_text, after, copy.width):
        return None  # the line now ends early, or no longer does, or so does the line before it
    if _may_print_the_title(old_text, copy) or _may_print_the_title(new_text, copy, added=1):
        return None
    if any(start <= line_end and line_start <= end for _, start, end in copy.furniture):
        return None  # a furniture line inside a paragraph cut by a page break
    holding = [
        index for index, block in enumerate(copy.blocks) if block[0].start <= start and block[-1].end >= word_end
    ]
    if not holding or any(_label_across(block[0], start) for block in copy.blocks):
        return None
    try:
        return _moved_copy(copy, word_start, word_end, delta, lengths), holding[0], holding[-1] - holding[0] + 1
    except _Unsafe:
        return None


def _label_across(line: RawLine, at: int) -> bool:
    """A note whose label stands before ``at`` and whose text after it (labels printed apart from their
    texts): the note's node could not be moved as one piece."""
    return line.label_span is not None and line.label_span[0] < at < line.start


def _word_alone(text: str, line_start: int, line_end: int, word_start: int, word_end: int) -> bool:
    """The word touches no hyphen, and neither the token that holds it nor the tokens on either side
    have a digit (a note marker, a reference), nor is any of them or the next but one a bracketed label (a list run
    in after a small word: "… risks, and (a) welcomes"); the first word of a line is a plain word (not a
    label) that no layout hyphen on the line before may join."""
    before, after = text[line_start:word_start], text[word_end:line_end]
    if before[-1:] == "-" or after[:1] == "-":
        return False
    head = len(before) - len(before.split()[-1]) if before[-1:].strip() else len(before)
    tail = len(after.split()[0]) if after[:1].strip() else 0
    own = before[head:] + text[word_start:word_end] + after[:tail]
    previous, following = before[:head].split()[-1:], after[tail:].split()[:1]
    if not previous and (not PLAIN_WORD_RE.match(own) or _line_before(text, line_start).endswith("-")):
        return False
    near = [*before[:head].split()[-2:], own, *after[tail:].split()[:2]]
    if any(LABEL_IN_TEXT_RE.fullmatch(token) for token in near):
        return False
    return not any(char.isdigit() for char in own + "".join(previous + following))


def _line_before(text: str, line_start: int) -> str:
    """The last printed line before the line at ``line_start`` (blank lines skipped)."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end].strip()
        end = start - 1
    return ""


def _shape(text: str, width: int) -> tuple:
    """Everything the segmentation asks of one line, besides its numbers and its first and last words."""
    number = NUMBER_RE.match(text)
    return (
        furniture_kind(text),
        header_symbol(text),
        *(bool(p.match(text)) for p in (OWN_NUMBER_RE, NUMBER_RE, OWN_LABEL_RE, LABEL_RE, TITLE_RE, AUTHORING_RE)),
        *(bool(p.match(text)) for p in (CLOSING_LINE_RE, BARE_NUMBER_RE, COMMENT_LINE_RE, NOTE_INLINE_RE)),
        opens(text),
        participle_opens(text),
        bool(number) and opens(text.split(" ", 1)[1]),
        text[:1],
        end_char(text),
        text[-2:],
        bool(MARKER_END_RE.search(text)),
        end_char(TRAILING_MARKER_RE.sub("", text)),
        len(text) >= 0.6 * width,
        len(text) < 0.75 * width,
        len(text) < 120,
        len(text) < 300,
        len(text) >= MIN_TITLE,
        short_title(text),
        *_item_shape(text),
    )


def _item_shape(text: str) -> tuple:
    """What the reading of the Council's items and subject lines asks of a line's first and last words."""
    dotted = DOT_LABEL_RE.match(text)
    first, last = text.split(" ", 1)[0], text.rsplit(" ", 1)[-1]
    core = last.removeprefix("(").removesuffix(")")
    return (
        dotted.group(1) if dotted else "",
        bool(BULLET_ITEM_RE.match(text)),
        first.lower() in FUNCTION_WORDS,
        last.lower() in FUNCTION_WORDS,
        core.lower() in NOT_A_MARKER_BEFORE,
        len(core) >= 2 and core.isalpha(),
        last.isalpha(),
        bool(ACRONYM_END_RE.search(text)),
        bool(SUBJECT_NUMBER_RE.match(text)),
        text.endswith((" and", " or")),
        text.endswith(("; and", "; or")),
    )


def _fits(before: str, text: str, after: str, width: int) -> tuple[bool, ...]:
    """Whether the first word of ``text`` fits on the line ``before`` it and the first word of the line ``after`` on
    ``text``, at both margins the segmentation uses (:meth:`~resolint.grammar.pdfitems.ItemReader._ends_early`)."""
    pairs = ((before, text), (text, after))
    return tuple(len(a) + 1 + len(b.split(" ", 1)[0]) < m * width for a, b in pairs for m in (0.7, 0.85))


def _line_after(text: str, line_end: int) -> str:
    """The first printed line after the line that ends at ``line_end`` (blank lines skipped)."""
    start = line_end + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            return text[start:end].strip()
        start = end + 1
    return ""


def _new_lengths(old_text: str, new_text: str, copy: PdfCopy) -> list[int] | None:
    """The line lengths after the edit, when the line keeps its shape and the width stays."""
    if _shape(old_text, copy.width) != _shape(new_text, copy.width):
        return None
    lengths = list(copy.lengths)
    at = bisect_left(lengths, len(old_text))
    if at == len(lengths) or lengths[at] != len(old_text):
        return None
    del lengths[at]
    lengths.insert(bisect_left(lengths, len(new_text)), len(new_text))
    return lengths if width_of(lengths) == copy.width else None


def _may_print_the_title(text: str, copy: PdfCopy, added: int = 0) -> bool:
    """``text`` is, or with the edit may become, part of a running title: a piece of the masthead's
    title, or a line printed near the running headers as often as a running title is."""
    return title_key(text) in title_key(copy.title) or copy.near_counts[text] + added >= MIN_RECURRENCE


def _moved_copy(copy: PdfCopy, word_start: int, word_end: int, delta: int, lengths: list[int]) -> PdfCopy:
    def at(offset: int) -> int:
        if offset <= word_start:
            return offset
        if offset < word_end:
            raise _Unsafe
        return offset + delta

    def pair(span: tuple[int, int]) -> tuple[int, int]:
        return at(span[0]), at(span[1])

    blocks = [
        [
            RawLine(
                line.kind,
                at(line.start),
                at(line.end),
                None if line.bullet is None else pair(line.bullet),
                line.label,
                None if line.label_span is None else pair(line.label_span),
                at(line.text_start),
            )
            for line in block
        ]
        for block in copy.blocks
    ]
    moved = PdfCopy(blocks, body_start=copy.body_start, width=copy.width, joins=copy.joins, title=copy.title)
    moved.near_counts = copy.near_counts
    moved.lengths = lengths
    moved.furniture = [(kind, at(start), at(end)) for kind, start, end in copy.furniture]
    moved.refs = [(label, at(start), at(end)) for label, start, end in copy.refs]
    for name in ("hidden", "page_breaks", "wraps", "own_line_labels", "notes_at_feet", "breaks", "spaces", "indents"):
        setattr(moved, name, [pair(span) for span in getattr(copy, name)])
    moved.facts = dict(copy.facts)
    return moved
