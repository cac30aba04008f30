"""RS012: the text has lost all its italics (copied out of a PDF): one finding, one fix."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document
from resolint.rules._structure import italicise_edits, lost_italics
from resolint.rules.base import Rule


class ItalicsLost(Rule[Document]):
    """Italics lost in copying.

    ## What it does
    Finds a text whose italics are gone as a whole — the authoring line and most preambular
    openers and operative verbs in roman type, the usual state of text copied out of a PDF or an
    e-mail — and reports it once, with one fix that italicises the authoring line, every opener
    and every verb. While the italics are lost, RS001 (authoring line), RP101 (openers) and RO201
    (verbs) leave these to this rule: one cause, one finding.

    ## Why is this bad?
    The italic authoring line, openers and verbs are how a reader (and the UN's document systems)
    sees the structure of the sentence; a text file without them must be italicised before it
    is submitted.

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the text as repaired and `fmt`, `fix` and the exports write it so; a copy of an
    adopted resolution lints clean apart from these notes (raise it with
    `severity = { RS012 = "warning" }`).

    ## Example
    ```
    The Human Rights Council,

    Recalling its resolution 5/1 of 18 June 2007,

    1. Decides to remain seized of the matter.
    ```

    ## Use instead
    ```
    *The Human Rights Council*,

    *Recalling* its resolution 5/1 of 18 June 2007,

    1. *Decides* to remain seized of the matter.
    ```

    ## Fix safety
    Safe: the fix puts italics around the authoring line's organ and around each opening phrase
    as the phrase list reads it; the words stay the same. Where the extent of a phrase is the
    organ's habit rather than a certainty ("*Expressing concern*" or "*Expressing* concern"), the
    fix follows the organ's habit (docs/genre.md).

    ## References
    UN Editorial Manual, resolutions II.C and II.G (docs/style-sources.md sections 1–3).
    """

    code = "RS012"
    slug = "italics-lost"
    severity = Severity.INFO
    summary = "The text has lost its italics"
    fixable = "always"
    fix_title = "Italicise the authoring line, the openers and the verbs"
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        lost = lost_italics(document)
        if lost is None:
            return
        edits: list[Edit] = []
        parts: list[str] = []
        if lost.authoring is not None:
            edits.extend(italicise_edits(lost.authoring))
            parts.append("the authoring line")
        for paragraphs, what in ((lost.openers, "preambular opener"), (lost.verbs, "operative verb")):
            for paragraph in paragraphs:
                edits.extend(italicise_edits(paragraph.phrase_span))
            if paragraphs:
                parts.append(f"{len(paragraphs)} {what}{'s' if len(paragraphs) > 1 else ''}")
        first = lost.authoring or (lost.openers + lost.verbs)[0].phrase_span
        listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        yield self.diagnostic(
            first,
            f"the text has lost its italics (as text copied out of a PDF does): italicise {listed}",
            edits,
        )
