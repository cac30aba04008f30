"""RS001: the authoring line ("The Human Rights Council,") is missing, not in italics or without its comma."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document
from resolint.refdata_states import canonical_organ
from resolint.rules._structure import authoring_comma_due, lost_italics
from resolint.rules.base import Rule


class AuthoringLine(Rule[Document]):
    """Authoring line missing or malformed.

    ## What it does
    Checks that the body of the resolution opens with the name of the organ, on its own line, in
    italics and followed by a comma: *The Human Rights Council*, / *The General Assembly*,. When
    no preambular paragraph follows, the organ is the subject of the one operative paragraph and
    takes no comma (*The General Assembly* / *Adopts* the following declaration:). A line in capitals
    ("THE GENERAL ASSEMBLY,", as Model UN conferences print it) is written in the UN's case, and a
    copy's slip in the organ's words ("General Assembly," without its "The", as a news copy prints it;
    "The general Assembly,", as a translation does) is written as the UN words it.

    ## Why is this bad?
    The authoring line is the grammatical subject of every paragraph that follows ("*The General
    Assembly*, … *Decides* …"). Without it, or without its comma, the resolution does not read as
    one sentence, which is how the UN Editorial Manual builds it.

    ## Example
    ```
    The Human Rights Council

    *Guided* by the Charter of the United Nations,
    ```

    ## Use instead
    ```
    *The Human Rights Council*,

    *Guided* by the Charter of the United Nations,
    ```

    ## Fix safety
    Safe where offered: the fix writes the authoring line in UN form with the organ the heading
    or the line itself names (a line in capitals changes only in case, a misworded line gets the organ's
    "The" or case back); where no organ is named, no fix
    is offered. A drafter's own heading
    ("Committee: Model United Nations", a Model UN draft's) names an organ only when its committee line
    is a UN organ's name ("Security Council"); else no fix is offered.

    ## References
    UN Editorial Manual, resolutions II.C (docs/style-sources.md section 1, item 5).
    """

    code = "RS001"
    slug = "authoring-line"
    severity = Severity.WARNING
    summary = "Authoring line missing, not in italics or without its comma"
    fixable = "sometimes"
    fix_title = "Write the authoring line as *The Organ*,"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        doc = self.document
        authoring = doc.authoring
        if authoring is None:
            first = doc.paragraphs()[:1]
            if not first or not doc.preamble:
                return
            organ = doc.heading.organ
            if doc.heading.drafter:  # a drafter's "Committee: Model United Nations": only a UN organ's name is one
                organ = canonical_organ(organ) if organ else None
            edits = None
            if organ and not organ.lower().startswith(("resolution", "decision")):
                start = first[0].span.start
                edits = [Edit(start, start, f"*The {organ}*,\n\n")]
            yield self.diagnostic(
                doc.lines.span(first[0].span.start, first[0].span.start),
                "the authoring line is missing: the body opens with *The <organ>*, on its own line",
                edits,
            )
            return
        text = authoring.text
        italic = bool(text.italics)
        # no comma between subject and verb when no preamble follows ("The General Assembly / Adopts …")
        comma = authoring_comma_due(doc)
        capitals = text.plain.isupper()  # "THE GENERAL ASSEMBLY," as Model UN conferences print it
        written = " ".join(text.plain.strip().rstrip(",").split())
        # a copy's slip in the words: "General Assembly," (no "The"), "The general Assembly," (case)
        misworded = not capitals and written.lstrip("“\"").strip() != f"The {authoring.organ}"
        if comma and not capitals and not misworded and (italic or lost_italics(doc) is not None):
            return  # a text that lost all its italics: RS012 italicises the line with the rest
        wanted = f"*The {authoring.organ}*" + ("," if doc.preamble else "")
        problems = ["in the UN's case, not in capitals"] if capitals else []
        if misworded:
            problems.append(f'worded "The {authoring.organ}", not "{written}"')
        if not italic and not ((capitals or misworded) and lost_italics(doc) is not None):
            problems.append("in italics")
        if not comma:
            problems.append("followed by a comma")
        yield self.diagnostic(
            authoring.span,
            f"the authoring line should be {' and '.join(problems)}: {wanted}",
            [Edit(text.span.start, text.span.end, wanted)],
        )
