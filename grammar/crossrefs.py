"""References to a resolution's own paragraphs in running text, read once for every consumer.

"paragraph 9 (b) above", "paragraphs 3 and 4 below", "paragraphs 1 (a) and 1 (b) above",
"paragraph 12 of the present resolution": one pattern and one parser over a text's plain form.
The builder reads them once per text (``grammar/inline.py``): each referenced paragraph is one
:class:`~resolint.model.ParagraphRef` of ``Text.paragraph_refs``, as the footnote marks are
``Text.footnote_refs``. Two readings use them: RR504 checks the references that say where the
paragraph is (``where``: "above", "below" or "of the present resolution"); the language server
also follows a bare "paragraph 5" (go to definition, find references).
"""

from __future__ import annotations

import re

from resolint.model import ParagraphRef

ONE_REFERENCE = r"\d+(?: ?\([a-z]{1,4}\))*"
REFERENCE_RE = re.compile(
    rf"\bparagraphs? (?P<refs>{ONE_REFERENCE}(?:(?:, |,? and | to |–){ONE_REFERENCE})*)"
    r"(?P<where> above\b| below\b| of the present resolution\b)?"
)
ONE_REFERENCE_RE = re.compile(r"(?P<number>\d+)(?P<labels>(?: ?\([a-z]{1,4}\))*)")
LABEL_RE = re.compile(r"\(([a-z]{1,4})\)")


def paragraph_references(plain: str) -> tuple[ParagraphRef, ...]:
    """Every paragraph named by a "paragraph(s) …" phrase of ``plain``, in order."""
    if "paragraph" not in plain:
        return ()
    found: list[ParagraphRef] = []
    for match in REFERENCE_RE.finditer(plain):
        where = match["where"].strip() if match["where"] else None
        for one in ONE_REFERENCE_RE.finditer(match["refs"]):
            start = match.start("refs") + one.start()
            labels = tuple(LABEL_RE.findall(one["labels"]))
            end = start + len(one.group(0))
            found.append(ParagraphRef(start, end, one["number"], labels, where, match.start(), match.end()))
    return tuple(found)
