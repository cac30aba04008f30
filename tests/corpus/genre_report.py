"""Figures of the whole genre: every AKN folder in every rendering, and the UN's Word files.

Usage: ``.venv/bin/python tests/corpus/genre_report.py [--forms pasted,resmd] [--no-docx] [--untuned ORGAN,…]``.
Prints, per folder (organ) and rendering: documents, documents whose parsed structure equals the
XML (files with self-contradicting markup left out and counted), documents whose structure equals
it apart from the openers and verbs ("struct": the extent of an italic phrase is lost in pasted text), openers and verbs matched,
warnings + errors per document, and safe fixes per document (``resolint.fix_text``), both as the
adopted texts they are ("fixes/doc": the engine then holds back the fixes that would change their
wording, see ``Facts.adopted``) and as if they were drafts ("as drafts": every fix its rule holds
safe, each of which changes an adopted text). For ``docx-ga72/`` the same after import.
The figures of the issue's note (before → after) come from this script.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from akn import CORPUS_ROOT, FOLDERS, consistent_files, ground_truth, italics_unknowable, load, unseen
from akn_compare import FORMS, PHRASE_KINDS, compare_document, phrase_counts, render

import resolint
from resolint.diagnostics import Severity


def lint_figures(text: str, name: str) -> tuple[Counter[str], int, int]:
    """Warnings and errors per rule, and the number of safe fixes ``fix_text`` applies to the text as
    adopted and as a draft."""
    document = resolint.parse(text, name)
    rules = Counter(d.rule for d in resolint.lint(document) if d.severity >= Severity.WARNING)
    _, fixes = resolint.fix_text(text, path=name)
    _, draft_fixes = resolint.fix_text(text, path=name, withheld=True)
    return rules, fixes, draft_fixes


def folder_figures(folder: str, form: str, lint: bool) -> dict[str, object]:
    files = consistent_files(folder)
    exact = structure = matched = phrases = findings = fixes = draft_fixes = skipped = 0
    rules: Counter[str] = Counter()
    for path in files:
        resolution = load(path)
        text = render(path, form)
        name = f"{path.stem}.{'res.md' if form == 'resmd' else 'txt'}"
        with unseen(resolution):
            document = resolint.parse(text, name)
        unknowable = italics_unknowable(resolution) if form.startswith("pasted") else {}
        skipped += len(unknowable)
        truth = ground_truth(resolution)
        mismatches = compare_document(document, truth, unknowable)
        exact += not mismatches
        structure += not [m for m in mismatches if m.kind not in PHRASE_KINDS]
        got, total = phrase_counts(truth, mismatches)
        matched, phrases = matched + got, phrases + total
        if lint:
            with unseen(resolution):
                found, fixed, fixed_as_draft = lint_figures(text, name)
            rules += found
            findings += sum(found.values())
            fixes += fixed
            draft_fixes += fixed_as_draft
    count = len(files) or 1
    return {
        "docs": len(files),
        "exact": exact / count,
        "structure": structure / count,
        "phrases": matched / (phrases or 1),
        "skipped": skipped,
        "findings": findings / count if lint else None,
        "fixes": fixes / count if lint else None,
        "draft_fixes": draft_fixes / count if lint else None,
        "rules": rules,
    }


def docx_figures() -> tuple[int, float, float, float, Counter[str]]:
    from resolint.docxio import import_docx

    paths = sorted((CORPUS_ROOT / "docx-ga72").glob("*.docx"))
    rules: Counter[str] = Counter()
    fixes = draft_fixes = 0
    for path in paths:
        text = import_docx(path).text
        found, fixed, fixed_as_draft = lint_figures(text, str(path))
        rules += found
        fixes += fixed
        draft_fixes += fixed_as_draft
    count = len(paths) or 1
    return len(paths), sum(rules.values()) / count, fixes / count, draft_fixes / count, rules


def forget_habits(organs: list[str]) -> None:
    """Read ``organs`` with the default italics habit, as an organ the habits file does not know."""
    from resolint import refdata

    known = {organ: habit for organ, habit in refdata.italics_habits().items() if organ not in organs}
    refdata.italics_habits.cache_clear()
    refdata.italics_habits = lambda: known  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", default=",".join(FORMS))
    parser.add_argument("--lint-forms", default="resmd,pasted")
    parser.add_argument("--folders", default=",".join(FOLDERS))
    parser.add_argument("--no-docx", action="store_true")
    parser.add_argument(
        "--untuned",
        default="",
        help="organs (as in the authoring line) read as if resolint/data/italics-habits.tsv did not list them:"
        " the held-out figure of an organ whose habit was not derived from its texts",
    )
    args = parser.parse_args()
    if args.untuned:
        forget_habits(args.untuned.split(","))
    print(
        f"{'folder':<11} {'form':<13} {'docs':>5} {'exact':>7} {'struct':>7} {'phrases':>8} {'skipped':>7} {'W+E/doc':>8}"
        f" {'fixes/doc':>9} {'as drafts':>9}"
    )
    for folder in args.folders.split(","):
        for form in args.forms.split(","):
            figures = folder_figures(folder, form, form in args.lint_forms.split(","))
            findings = "-" if figures["findings"] is None else f"{figures['findings']:.2f}"
            fixes = "-" if figures["fixes"] is None else f"{figures['fixes']:.3f}"
            draft_fixes = "-" if figures["draft_fixes"] is None else f"{figures['draft_fixes']:.3f}"
            print(
                f"{folder:<11} {form:<13} {figures['docs']:>5} {figures['exact']:>7.1%}"
                f" {figures['structure']:>7.1%} {figures['phrases']:>8.2%}"
                f" {figures['skipped']:>7} {findings:>8} {fixes:>9} {draft_fixes:>9}"
            )
            if figures["rules"]:
                print("    " + ", ".join(f"{rule} {n}" for rule, n in figures["rules"].most_common(12)))
    if not args.no_docx:
        count, findings, fixes, draft_fixes, rules = docx_figures()
        print(
            f"docx-ga72   {'import':<13} {count:>5} {'':>7} {'':>7} {'':>8} {'':>7} {findings:>8.2f} {fixes:>9.3f}"
            f" {draft_fixes:>9.3f}"
        )
        print("    " + ", ".join(f"{rule} {n}" for rule, n in rules.most_common(12)))


if __name__ == "__main__":
    main()
