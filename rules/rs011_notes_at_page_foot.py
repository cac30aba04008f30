"""RS011: footnotes at the feet of the PDF's pages, marked by plain digits in the text."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Footnote
from resolint.rules.base import Rule


class NotesAtPageFoot(Rule[Document]):
    """Footnotes at the page feet of a PDF copy.

    ## What it does
    Finds the footnotes of a text copied out of a PDF: the note texts stand where each page ended,
    between the paragraphs, and the markers are plain digits after a word ("… in Cairo on
    11 April 1996, 1"). The parser pairs each marker with its note; this rule reports them once
    for the whole document, with one fix that turns every marker into a ``[^n]`` reference and
    moves every note to the end of the text as a ``[^n]:`` definition.

    ## Why is this bad?
    A plain digit is read as part of the sentence by every other tool, and a note text between two
    paragraphs is exported and counted as a paragraph of the resolution.

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the text as repaired and `fmt`, `fix` and the exports write it so; a copy of an
    adopted resolution lints clean apart from these notes (raise it with
    `severity = { RS011 = "warning" }`).

    ## Example
    ```
    Recalling also the signing of the Treaty in Cairo on 11 April 1996, 1
    1
    A/50/426, annex.
    ```

    ## Use instead
    ```
    *Recalling also* the signing of the Treaty in Cairo on 11 April 1996,[^1]

    [^1]: A/50/426, annex.
    ```

    ## Fix safety
    Unsafe: the pairing of markers and notes follows the numbering and the pages; review it.
    """

    code = "RS011"
    slug = "notes-at-page-foot"
    severity = Severity.INFO
    summary = "Footnotes at the page feet of a PDF copy"
    fixable = "always"
    fix_title = "Turn the notes into [^n] footnotes at the end"
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        starts = {a.span.start for a in self.document.layout if a.kind == "note-at-page-foot"}
        notes = [note for note in self.document.footnotes if note.text.span.start in starts]
        if not notes:
            return
        edits = [edit for note in notes for edit in self._moved(note)]
        source = self.document.source
        for ref in self.document.footnote_refs():
            if ref.style == "plain":
                start = ref.span.start - (1 if source[ref.span.start - 1 : ref.span.start] == " " else 0)
                edits.append(Edit(start, ref.span.end, f"[^{ref.label}]"))
        definitions = "".join(f"\n[^{note.label}]: {' '.join(note.text.plain.split())}\n" for note in notes)
        edits.append(Edit(len(source), len(source), "\n" + definitions))
        yield self.diagnostic(
            notes[0].span,
            f"{len(notes)} footnotes stand at the page feet with plain-digit markers: make them [^n] footnotes",
            edits,
            safe=False,
        )

    def _moved(self, note: Footnote) -> list[Edit]:
        """Deletes the note's lines where they stand (its label line too when it stands apart)."""
        source = self.document.source
        ranges = [(note.span.start, note.span.end)]
        if not note.span.start <= note.label_span.start < note.span.end:
            ranges.append((note.label_span.start, note.label_span.end))
        edits = []
        for start, end in ranges:
            line_start = source.rfind("\n", 0, start) + 1
            line_end = source.find("\n", end)
            edits.append(Edit(line_start, len(source) if line_end == -1 else line_end + 1, ""))
        return edits
