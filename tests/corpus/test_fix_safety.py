"""Fix safety by evidence: every safe fix, run over every adopted UN text of the corpus.

An adopted resolution is edited text. A safe fix that changes one is either a real slip of the
UN's text, named below with the UN's wording, or a bug in the rule. For the UN's Word files
(``docx-ga72/``) the test asserts that the safe fixes are exactly the named slips; for the AKN
renderings it prints every change and bounds how many documents a safe fix would touch per
folder (the bounds can only go down as rules learn the genre; see docs/corpus.md for the figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from akn import CORPUS_ROOT, FOLDERS, consistent_files
from akn_compare import render

import resolint
from resolint.diagnostics import Diagnostic

# (file, rule, the UN's wording around the slip): real slips of the adopted Word files.
NAMED_SLIPS = {
    ("N1742190.docx", "RT406", "from 23\u00a0to\u00a0 27\u00a0May 2016"),  # no-break space then a space
    ("N1742190.docx", "RT406", "from 26\u00a0 to\u00a029\u00a0September 2016"),
    ("N1743307.docx", "RO201", "8. Also notes that"),  # the verb left in roman type
    ("N1746264.docx", "RP103", "pursuant to resolution 71/205[^4]"),  # no comma after the paragraph
    ("N1746313.docx", "RO202", "44. *Also calls* upon Member States"),  # "upon" left out of the italics
    ("N1821512.docx", "RT406", "peacekeeping operations  for the period"),  # two spaces
    ("N1821512.docx", "RT406", "the support account  for peacekeeping"),
}
# Documents of each AKN folder that some safe fix would change today.
AKN_CHANGED = {"akn-hrc": 17, "akn-ga": 32, "akn-ecosoc": 7, "akn-sc": 19}


def safe_findings(text: str, name: str) -> list[Diagnostic]:
    document = resolint.parse(text, name)
    return [d for d in resolint.lint(document) if d.fix is not None and d.fix.safe]


def wording(text: str, diagnostic: Diagnostic) -> str:
    """The source line of the finding, to match against the named slip's wording."""
    return text.splitlines()[diagnostic.span.line - 1]


def test_safe_fixes_on_the_uns_word_files_are_the_named_slips():
    from resolint.docxio import import_docx

    found: set[tuple[str, str]] = set()
    unexplained: list[str] = []
    for path in sorted((CORPUS_ROOT / "docx-ga72").glob("*.docx")):
        text = import_docx(path).text
        for diagnostic in safe_findings(text, str(path)):
            line = wording(text, diagnostic)
            slip = next((s for s in NAMED_SLIPS if s[:2] == (path.name, diagnostic.rule) and s[2] in line), None)
            if slip is None:
                unexplained.append(f"{path.name}:{diagnostic.span.line} {diagnostic.rule} {diagnostic.message}")
            else:
                found.add((slip[0], slip[2]))
    assert not unexplained, "safe fixes that would change adopted text:\n" + "\n".join(unexplained)
    assert found == {(name, text) for name, _, text in NAMED_SLIPS}, "a named slip is no longer found"


@pytest.mark.parametrize("folder", FOLDERS)
def test_safe_fixes_on_adopted_akn_texts_are_few(folder):
    changed: list[str] = []
    for path in consistent_files(folder):
        text = render(path, "resmd")
        findings = safe_findings(text, f"{path.stem}.res.md")
        if findings:
            changed.append(Path(path).stem + ": " + "; ".join(f"{d.rule}@{d.span.line} {d.message}" for d in findings))
    report = f"{folder}: safe fixes would change {len(changed)} adopted texts\n" + "\n".join(changed)
    print(report)
    assert len(changed) <= AKN_CHANGED[folder], report
