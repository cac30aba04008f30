"""Text whose line breaks were lost (``grammar/flat.py``): read, or reported, never silently misread.

Every consistent AKN file of the four organs is rendered as pasted text and flattened (``flat.py``):
the whole text on one line, the notes after the separator, markers as plain digits ("Council,1,2"),
as the UN's own online texts read; and one line per printed page. Per organ and form the share of
documents whose structure (preambular count, operative numbers, sub-paragraph labels, footnote count,
authoring line, closing lines) equals the XML's is printed (``pytest -s``) and may not fall below the
level reached (the issue asks 95 %: see ``docs/pdf-text.md`` for what is left), and no file loses a
word of the resolution.
"""

from __future__ import annotations

import random

import pytest
from akn import FOLDERS, consistent_files
from flat_compare import RENDERERS, check

import resolint
from resolint.diagnostics import apply_edits

# (folder, form) -> share of documents whose structure equals the XML's, at least: the issue's 95 %
# where it is reached, else the level reached (the Security Council: 133 of 151; what is left is named
# in docs/pdf-text.md), so that it can only go up
EXACT = {
    **{("akn-hrc", form): 0.95 for form in ("flat", "flat-pages")},  # 83 of 85
    **{("akn-ga", form): 0.95 for form in ("flat", "flat-pages")},  # 293 of 300
    **{("akn-ecosoc", form): 0.95 for form in ("flat", "flat-pages")},  # 53 of 55
    **{("akn-sc", form): 0.88 for form in ("flat", "flat-pages")},  # 133 of 151
}
# Every word of the resolution (title and text from the authoring line on) is in the model.
LOSING = 0

ISSUE_TEXT = (
    "Resolution adopted by the General Assembly on 18 December 2019 [on the report of the Third Committee"
    " (A/74/394)] 74/132. Report of the Human Rights Council The General Assembly, Recalling its resolutions"
    " 60/251 of 15 March 2006, by which it established the Human Rights Council, and 65/281 of 17 June 2011 on"
    " the review of the Council, Recalling also its resolutions 62/219 of 22 December 2007, 63/160 of 18"
    " December 2008 and 73/152 of 17 December 2018, Having considered the recommendations contained in the"
    " report of the Human Rights Council,1,2 Takes note of the report of the Human Rights Council,1 including"
    " the addendum thereto,2 and its recommendations. 50th plenary meeting 18 December 2019 __________________"
    " 1 Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53). 2 Ibid.,"
    " Supplement No. 53A (A/74/53/Add.1).\n"
)


@pytest.mark.parametrize(("folder", "form"), sorted(EXACT), ids=lambda v: v)
def test_flat_structure_matches_xml(folder, form):
    files = consistent_files(folder)
    exact = losing = 0
    failures: list[str] = []
    for path in files:
        differ, lost = check(path, form)
        exact += not differ
        losing += bool(lost)
        if differ or lost:
            failures.append(f"{path.stem} [{form}]: {'; '.join(differ)[:300]} lost {dict(lost)}")
    summary = f"{folder} [{form}]: {exact} of {len(files)} exact ({exact / len(files):.1%}), {losing} losing words"
    print(summary + "\n" + "\n".join(failures))
    assert exact / len(files) >= EXACT[(folder, form)], summary + "\n" + "\n".join(failures[:10])
    assert losing <= LOSING, summary


def test_every_folder_is_measured():
    assert {folder for folder, _ in EXACT} == set(FOLDERS)
    assert {form for _, form in EXACT} == set(RENDERERS)


def test_the_issue_text_is_read():
    document = resolint.parse(ISSUE_TEXT, "flat.txt")
    assert document.heading.organ == "General Assembly"
    assert document.title is not None and document.title.text == "Report of the Human Rights Council"
    assert document.authoring is not None and document.authoring.text.raw == "The General Assembly,"
    assert [p.phrase for p in document.preamble] == ["Recalling", "Recalling also", "Having considered"]
    assert [p.phrase for p in document.operative] == ["Takes note"]
    assert [(n.label, n.text.plain) for n in document.footnotes] == [
        ("1", "Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53)."),
        ("2", "Ibid., Supplement No. 53A (A/74/53/Add.1)."),
    ]
    assert [ref.label for ref in document.footnote_refs()] == ["1", "2", "1", "2"]
    assert [c.text for c in document.closing] == ["50th plenary meeting", "18 December 2019"]


def test_one_finding_with_one_fix_breaks_every_line():
    findings = [d for d in resolint.lint(resolint.parse(ISSUE_TEXT, "flat.txt")) if d.rule == "RS007"]
    assert len(findings) == 1 and findings[0].fix is not None and findings[0].fix.safe
    fixed = apply_edits(ISSUE_TEXT, findings[0].fix.edits)
    lines = [line for line in fixed.splitlines() if line]
    assert lines[:4] == [
        "Resolution adopted by the General Assembly on 18 December 2019",
        "[on the report of the Third Committee (A/74/394)]",
        "74/132. Report of the Human Rights Council",
        "The General Assembly,",
    ]
    assert lines[-4:] == [
        "18 December 2019",
        "__________________",
        "1 Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53).",
        "2 Ibid., Supplement No. 53A (A/74/53/Add.1).",
    ]
    assert fixed.split() == ISSUE_TEXT.split(), "the fix changes no word"


def test_a_long_text_without_authoring_line_is_reported():
    text = "Report of the Council. " + "The Assembly recalled its resolutions 60/251 and 65/281 on the review, " * 60
    findings = [d for d in resolint.lint(resolint.parse(text, "flat.txt")) if d.rule == "RS007"]
    assert len(findings) == 1 and "no authoring line" in findings[0].message
    assert findings[0].severity.name == "WARNING"


def test_the_fixed_text_reads_the_same():
    """Every safe fix applied (RS007 breaks the lines, RS012 puts the italics back): no word changes, and the
    text with its breaks reads as the flat one did, notes under the separator and their markers included."""
    fixed, _ = resolint.fix_text(ISSUE_TEXT, path="flat.txt")
    assert fixed.replace("*", "").split() == ISSUE_TEXT.split()
    document = resolint.parse(fixed, "fixed.txt")
    assert [p.phrase for p in document.preamble] == ["Recalling", "Recalling also", "Having considered"]
    assert [p.phrase for p in document.operative] == ["Takes note"]
    assert [n.label for n in document.footnotes] == ["1", "2"]
    assert [ref.label for ref in document.footnote_refs()] == ["1", "2", "1", "2"]
    assert not [d for d in resolint.lint(document) if d.severity.name != "INFO"]


def test_typing_into_a_flat_text_reads_as_a_fresh_parse():
    """The language server's incremental parse of a flat text equals a fresh parse after every edit."""
    from resolint.config import Settings
    from resolint.engine import LintCache, lint_document
    from resolint.grammar.incremental import IncrementalParser
    from resolint.rules import all_rules
    from tests.model_dump import dump, dump_diagnostics

    settings = Settings(select=[rule.code for rule in all_rules()])
    parser, cache, text = IncrementalParser("flat.txt"), LintCache(), ISSUE_TEXT
    rng = random.Random(14)
    for step in range(60):
        at = rng.randrange(len(text) + 1)
        if step % 3 == 2:
            text = text[:at] + text[at + rng.randint(1, 30) :]
        else:
            text = text[:at] + rng.choice(["x", " ", ",", ";", "1", " 2. Requests ", " (a) ", "\n"]) + text[at:]
        incremental, fresh = parser.parse(text), resolint.parse(text, "flat.txt")
        assert dump(incremental) == dump(fresh), f"step {step}"
        assert dump_diagnostics(lint_document(incremental, settings, cache)) == dump_diagnostics(
            lint_document(fresh, settings)
        ), f"step {step}"
