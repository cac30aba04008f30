"""RS013: characters a copy leaves in the text: ligatures, soft hyphens, zero-width characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.grammar.characters import LIGATURES, SOFT_HYPHEN, ZERO_WIDTH
from resolint.model import Document
from resolint.rules._structure import CopyArtefact, report_artefacts
from resolint.rules.base import Rule

KINDS = (  # (kind, where it is, its name in a summary); a byte-order mark that opens the text is not one
    ("ligature", re.compile(f"[{''.join(LIGATURES)}]"), "ligatures"),
    ("soft hyphen", re.compile(f"{SOFT_HYPHEN}(?:[ \t]*\n[ \t]*)?"), "soft hyphens"),
    ("zero-width", re.compile(f"[{ZERO_WIDTH}]"), "zero-width characters"),
)
COPY_CHARACTERS = "".join(LIGATURES) + SOFT_HYPHEN + ZERO_WIDTH
NAMES = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\ufeff": "byte-order mark inside the text",
}


class CopyCharacters(Rule[Document]):
    """Characters of a copy: ligatures, soft hyphens, zero-width characters.

    ## What it does
    Finds the characters that copying text out of a PDF or a word processor leaves and that no
    one types: a PDF font's ligatures ("ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ" for the letters "fi", "fl", "ff",
    "ffi", "ffl"), Word's optional hyphens (the soft hyphen U+00AD, which a copy of a hyphenated
    line leaves at the line's end) and zero-width spaces and joiners (U+200B–U+200D, and U+FEFF
    inside the text, where two files were joined). Each kind is reported on its own; more than
    three of a kind are reported once, with one fix for all.

    The UN's own typography is not reported: the no-break space in "24 July 2006", the narrow
    no-break space, the non-breaking hyphen (U+2011) in "non-nuclear" and the word joiner after an
    en dash ("2023–2025") are characters the UN's texts use.

    ## Why is this bad?
    The reader sees the right word, but a search, a spelling check, a comparison of two versions
    and the UN's document systems see another: "signiﬁcant" is not "significant", "Aﬃrming" is
    not an opener, "inter\u00adnational" is not "international".

    Information rather than a warning: the artefact is the copy's, not the author's. The parser
    reads the words as shown (a ligature as its letters, a soft hyphen and a zero-width character
    as nothing), so that the structure and every other rule are those of the repaired text
    (raise it with `severity = { RS013 = "warning" }`).

    ## Example
    ```
    Aﬃrming the signiﬁcant eﬀorts of the inter­national community,
    ```

    ## Use instead
    ```
    Affirming the significant efforts of the international community,
    ```

    ## Fix safety
    Safe: the fix writes a ligature's letters, and removes a soft hyphen (with the line break after
    it, which splits the word) and a zero-width character; the text shows the same words.
    """

    code = "RS013"
    slug = "copy-characters"
    severity = Severity.INFO
    summary = "Ligatures, soft hyphens or zero-width characters of a copy"
    fixable = "always"
    fix_title = "Write the characters as typed"
    keeps_wording = True  # it undoes a copy's artefact (see Facts.adopted)

    def check(self, document: Document) -> Iterator[Diagnostic]:
        source = document.source
        if not any(char in source for char in COPY_CHARACTERS):  # most texts have none: C scans, no regex
            return
        for kind, pattern, many in KINDS:
            matches = pattern.finditer(source)
            found = [self._artefact(kind, match) for match in matches if match.start() or kind != "zero-width"]
            if not found:
                continue
            summary = f"{len(found)} {many} of a copy in the text: {self._advice(kind, plural=True)}"
            yield from report_artefacts(self, found, summary, f"Fix all {len(found)} {many}")

    def _artefact(self, kind: str, match: re.Match[str]) -> CopyArtefact:
        char, start = match.group()[0], match.start()
        span = self.document.lines.span(start, start + 1)
        if kind == "ligature":
            letters = LIGATURES[char]
            message = f"ligature {char!r} (a PDF font's glyph): write the letters {letters!r}"
            return CopyArtefact(span, message, [Edit(start, start + 1, letters)])
        if kind == "soft hyphen":
            if "\n" in match.group():
                message = "soft hyphen (U+00AD) at the end of the line: remove it and the line break, which split one word"
            else:
                message = f"soft hyphen (U+00AD) inside a word: {self._advice(kind, plural=False)}"
            return CopyArtefact(span, message, [Edit(start, match.end(), "")])
        message = f"{NAMES[char]} (U+{ord(char):04X}): {self._advice(kind, plural=False)}"
        return CopyArtefact(span, message, [Edit(start, start + 1, "")])

    @staticmethod
    def _advice(kind: str, plural: bool) -> str:
        if kind == "ligature":
            return "write their letters" if plural else "write its letters"
        if kind == "soft hyphen":
            return "remove them (and the line breaks they split words with)" if plural else "remove it"
        return "remove them" if plural else "remove it"
