"""RS010: paragraphs as the PDF printed them: one line per printed line, numbers on their own line."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Artefact, Document
from resolint.rules.base import Rule

JOINS = {
    "hard-wrap": " ",
    "layout-hyphen": "",
    "own-line-label": " ",
    "unmarked-paragraph-break": "\n\n",
    "layout-spaces": "",  # the spaces after the first of a justified line's or a table's run (pdftotext -layout)
    "dropped-hyphen": "-",  # put back where pdftotext joined printed lines at a hyphen ("capacitybuilding")
}


class PrintedLines(Rule[Document]):
    """Paragraphs broken into printed lines.

    ## What it does
    Finds text copied out of a PDF line by line: each printed line ends in a line break, a new
    paragraph starts on the next line without a blank line, numbers and labels ("1.", "(a)") stand
    on a line of their own, and a word broken at the end of a line keeps the layout's hyphen. The
    parser already rebuilds the paragraphs; this rule reports it once for the whole document, with
    one fix that joins every paragraph's lines, puts a blank line between paragraphs and removes
    the layout hyphens (a hyphen that belongs to the word, as in "counter-terrorism", stays). A copy
    that keeps the page's look (`pdftotext -layout`) also has the indentation of the printed lines and
    runs of spaces inside them (a justified line, a table's columns): they are the layout's, read as
    one space (no "two spaces" finding of RT406), and the fix makes them one space. In its default
    mode `pdftotext` joins a printed line that ends in a hyphen with the next one and drops the
    hyphen ("… through capacitybuilding, financial support …", one copy line about twice the page's
    width): where such a line has, at the place a printed line ends, a word whose hyphenated form
    the text writes elsewhere or the lexicon knows, the hyphen is the copy's loss and the fix puts it
    back (RT405 does not count the closed-up form as the author's).

    ## Why is this bad?
    Editors, diff tools, the Word export and other tools read a paragraph per block of text; a
    line break inside a sentence also breaks searching for a phrase.

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the text as repaired and `fmt`, `fix` and the exports write it so; a copy of an
    adopted resolution lints clean apart from these notes (raise it with
    `severity = { RS010 = "warning" }`).

    ## Example
    ```
    1.
    Recalls the convening of the first Conference of States Parties to the
    African Nuclear-Weapon-Free Zone Treaty, all held in Addis
    Ababa;
    ```

    ## Use instead
    ```
    1. Recalls the convening of the first Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty, all held in Addis Ababa;
    ```

    ## Fix safety
    Safe: only line breaks, the indentation after them, runs of spaces inside printed lines and
    hyphens the segmentation judged the layout's are changed (a line that ends inside a compound, "gender-" /
    "balanced", is joined without a space); a hyphen is removed only where the joined word is a word of the text or
    of resolint's lexicon, and put back only where the text or the lexicon writes the word with it.
    """

    code = "RS010"
    slug = "printed-lines"
    severity = Severity.INFO
    summary = "Paragraphs broken into the PDF's printed lines"
    fixable = "always"
    fix_title = "Join the printed lines into paragraphs"
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        found = [artefact for artefact in self.document.layout if artefact.kind in JOINS]
        if not found:
            return
        edits = [_edit(artefact, document.source) for artefact in found]
        inside = [artefact for artefact in found if artefact.kind not in ("unmarked-paragraph-break", "layout-spaces")]
        if not inside:
            return
        dropped = sum(artefact.kind == "dropped-hyphen" for artefact in inside)
        hyphens = f", {dropped} hyphens the copy dropped at a line end" if dropped else ""
        yield self.diagnostic(
            inside[0].span,
            f"the paragraphs are the PDF's printed lines ({len(inside) - dropped} line breaks inside paragraphs"
            f"{hyphens}): join each paragraph's lines",
            edits,
        )


def _edit(artefact: Artefact, source: str) -> Edit:
    """The artefact's repair: a hyphen the copy dropped is put back before the word's second half; a compound
    the printed line ends inside ("the most gender-" / "balanced") is joined with no space, its hyphen kept."""
    if artefact.kind == "dropped-hyphen":
        return Edit(artefact.span.start, artefact.span.start, JOINS[artefact.kind])
    start, end = artefact.span.start, artefact.span.end
    if artefact.kind == "hard-wrap" and _inside_compound(source, start, end):
        return Edit(start, end, "")
    return Edit(start, end, JOINS[artefact.kind])


def _inside_compound(source: str, start: int, end: int) -> bool:
    """The line break at ``source[start:end]`` follows a word's own hyphen and comes before a letter."""
    return start >= 2 and source[start - 1] == "-" and source[start - 2].isalpha() and source[end : end + 1].isalpha()
