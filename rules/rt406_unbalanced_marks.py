"""RT406: unbalanced brackets or quotation marks, and double spaces.

Longer than 150 lines, for a reason: the pairing of marks and its exceptions (apostrophes, run-in item
numbers, a press release's quotation marks) are one algorithm, best read in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.memo import memoised
from resolint.model import Document, Text
from resolint.rules._common import is_contiguous
from resolint.rules._structure import CopyArtefact, report_artefacts
from resolint.rules.base import Rule

PAIRS = {")": "(", "]": "[", "”": "“"}
OPENERS = {"(": ")", "[": "]", "“": "”", "‘": "’"}
MARKS_RE = re.compile(r"[()\[\]“”‘’]")
NOT_MARK_BYTES = bytes(byte for byte in range(256) if byte not in "()[]“”‘’".encode())
"""The bytes that no mark has in UTF-8: deleting them from a text without marks leaves nothing."""
DOUBLE_SPACE_RE = re.compile(r"(?<=[^\s|]) {2,}(?=[^\s|])")  # not the padding of a table's empty cell
QUOTED_PARAGRAPH_RE = re.compile(r"[,;:] “[A-Z0-9]")  # "…Assembly, “Taking note …": a quoted paragraph opens
ENUMERATOR_RE = re.compile(r"(?:^|(?<=[\s:;,]))(?:\d{1,2}|[a-z]|[ivx]{2,4})\)(?= )")
"""An item number of a list run into the text ("on the basis of: 1) Information …; 2) …", S/RES/2520)."""


class UnbalancedMarks(Rule[Document]):
    """Unbalanced brackets or quotation marks; double spaces.

    ## What it does
    Within each paragraph and footnote, pairs round and square brackets, double quotation marks
    “ ” and opening single quotes ‘ with their closing marks, nested or not, and flags a mark left
    without its partner. A ’ that closes no ‘ is an apostrophe (States’, women’s) and is fine.
    A quotation over several paragraphs (a draft quoted for the Assembly) opens each with “ and
    closes the last: a “ and a capital after the end of a paragraph it quotes opens the next one.
    Also flags two or more spaces between words and offers to make them one (more than three in a text,
    a copy's or a program's, are reported once, with one fix for all). The item numbers of a
    list run into a sentence ("on the basis of: 1) Information shared …; 2) Implementation …" in
    S/RES/2520) close no bracket and are fine, and so are the empty cells of a table ("|  |").
    In a press release's copy of a resolution ("The full text of resolution … reads as follows:"),
    whose authoring line and every paragraph open with “ and whose last paragraph alone closes it,
    the “ that opens a paragraph is the release's quotation, not an unclosed mark.

    ## Why is this bad?
    An unclosed bracket or quotation usually means a negotiation edit went half-way: a deleted
    bracketed alternative, a quotation whose end was lost. Double spaces are typing slips that
    show as gaps in justified print.

    ## Example
    ```
    *Recalling* the Vienna Declaration and Programme of Action (A/CONF.157/23,  and its follow-up,
    ```

    ## Use instead
    ```
    *Recalling* the Vienna Declaration and Programme of Action (A/CONF.157/23) and its follow-up,
    ```

    ## Fix safety
    Safe where offered: only double spaces are fixed (replaced by one space). Unbalanced
    brackets and quotation marks have no fix: where the missing mark belongs is for the author
    to decide.

    ## References
    UN Editorial Manual, quotations: double marks with single ones inside (docs/style-sources.md section 6).
    """

    code = "RT406"
    slug = "unbalanced-marks"
    severity = Severity.WARNING
    summary = "Unbalanced brackets or quotation marks; double spaces"
    fixable = "sometimes"
    fix_title = "Replace the double space with one space"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        spaces: list[CopyArtefact] = []
        open_square: list[tuple[Text | None, int]] = []  # "[" left open: a vote record over several lines
        closings = sorted(self.document.closing, key=lambda item: item.span.start)
        quoted = self.document.authoring is not None and self.document.authoring.quoted
        for text in sorted(self.document.texts(), key=lambda item: item.span.start):
            while closings and closings[0].span.start < text.span.start:
                written = closings.pop(0).text
                open_square += [(None, 0)] * (written.count("[") - written.count("]"))
            unclosed, strays = self.context.cached(_unmatched_marks, text.plain)
            for index in strays:
                if text.plain[index] == "]" and open_square:
                    open_square.pop()
                    continue
                opener = PAIRS[text.plain[index]]
                yield self.diagnostic(
                    self.context.text_span(text, index, index + 1),
                    f"{text.plain[index]} closes nothing: add the opening {opener} or remove it",
                )
            for index in unclosed:
                if quoted and index == len(text.plain) - len(text.plain.lstrip()):
                    continue  # a press release opens every quoted paragraph with “ and closes only the last
                if text.plain[index] == "[":
                    open_square.append((text, index))
                else:
                    yield self._unclosed(text, index)
            if "  " in text.plain:
                spaces += self._double_spaces(text)
        for text, index in open_square:
            if text is not None:
                yield self._unclosed(text, index)
        many = f"{len(spaces)} double spaces between words (a copy's or a program's): use one space"
        yield from report_artefacts(self, spaces, many, f"Replace all {len(spaces)} double spaces with one space")

    def _unclosed(self, text: Text, index: int) -> Diagnostic:
        char = text.plain[index]
        return self.diagnostic(
            self.context.text_span(text, index, index + 1),
            f"{char} is never closed: add the closing {OPENERS[char]} or remove it",
        )

    def _double_spaces(self, text: Text) -> list[CopyArtefact]:
        """Each double space (not markup between the spaces: "policy, [^12] and"; not a line break and the next
        line's indentation: "… Weapons in" / "    All Its Aspects", a markdown note's or paragraph's continuation)."""
        at, message = text.source_offset, "Two or more spaces between words: use one space"
        source = self.document.source
        matches = [
            m for m in DOUBLE_SPACE_RE.finditer(text.plain)
            if is_contiguous(text, m.start() - 1, m.end() + 1) and "\n" not in source[at(m.start()) : at(m.end() - 1) + 1]
        ]
        edits = [[Edit(at(i), at(i) + 1, "") for i in range(m.start() + 1, m.end())] for m in matches]
        return [CopyArtefact(self.context.text_span(text, m.start(), m.end()), message, e) for m, e in zip(matches, edits, strict=True)]


@memoised  # the server asks again for every unchanged paragraph on every keystroke
def _unmatched_marks(plain: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Indexes in ``plain`` of opening marks never closed and of closing marks that close nothing."""
    if not plain.encode("utf-8", "surrogatepass").translate(None, NOT_MARK_BYTES):
        return (), ()  # no mark at all (most texts): found in C
    open_marks, unclosed, strays = list[int](), list[int](), list[int]()  # (strays: closing nothing)
    for mark in MARKS_RE.finditer(plain):
        index, char = mark.start(), mark.group(0)
        if char == "“" and open_marks and plain[open_marks[-1]] == "“" and QUOTED_PARAGRAPH_RE.match(plain, index - 2):
            open_marks.pop()  # the next paragraph of a quotation over several: only the last closes
        if char in OPENERS and not (char == "‘" and _inside_word(plain, index)):
            open_marks.append(index)
            continue
        closes_single = char == "’" and open_marks and plain[open_marks[-1]] == "‘"
        if not (char in PAIRS or closes_single) or (char == "’" and _inside_word(plain, index)):
            continue
        opener = "‘" if closes_single else PAIRS[char]
        if opener not in (plain[i] for i in open_marks):
            if index not in _run_in_item_numbers(plain):
                strays.append(index)
            continue
        while plain[open_marks[-1]] != opener:
            unclosed.append(open_marks.pop())
        open_marks.pop()
    return tuple(sorted(unclosed + open_marks)), tuple(strays)


def _run_in_item_numbers(plain: str) -> set[int]:
    """Indexes of the ")" of item numbers run into the text, where there are at least two ("1)", "2)")."""
    found = {match.end() - 1 for match in ENUMERATOR_RE.finditer(plain)}
    return found if len(found) >= 2 else set()


def _inside_word(plain: str, index: int) -> bool:
    return 0 < index < len(plain) - 1 and plain[index - 1].isalnum() and plain[index + 1].isalnum()
