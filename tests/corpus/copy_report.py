"""Figures of the corpus in the characters and encodings of real copies (``copyforms.py``).

Usage: ``.venv/bin/python tests/corpus/copy_report.py [--forms ligatures,crlf] [--folders akn-ga] [--every N]``.
Prints, per copy form (``none``: the pasted rendering as it is), over every consistent AKN file of
the folders (or every N-th): documents, documents whose structure equals the XML exactly, openers
and verbs matched, warnings + errors per document, safe fixes per document (``resolint.fix_text``),
files that could not be read (a one-line error) and tracebacks, and the rules behind the warnings.
A text that a form's encoding cannot hold is left out (``docs`` counts the rest).
The file's bytes are read as the command line reads them (``resolint.inputs.decode_source``).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from akn import FOLDERS, consistent_files, ground_truth, italics_unknowable, load, unseen
from akn_compare import compare_document, phrase_counts, render
from copyforms import FORMS, Unencodable, utf8

import resolint
from resolint.diagnostics import Severity
from resolint.inputs import InputError, decode_source


def read_copy(path: Path, form: str) -> str:
    """The pasted rendering of ``path`` as the copy ``form`` holds it, read back as the CLI reads a file."""
    text = render(path, "pasted")
    data = utf8(text) if form == "none" else FORMS[form](text)
    return decode_source(data, path.name).text


def figures(paths: list[Path], form: str) -> dict[str, object]:
    exact = matched = phrases = findings = fixes = unreadable = unencodable = 0
    rules: Counter[str] = Counter()
    crashes: list[str] = []
    for path in paths:
        try:
            text = read_copy(path, form)
        except Unencodable:
            unencodable += 1
            continue
        except InputError:
            unreadable += 1
            continue
        name = f"{path.stem}.txt"
        resolution = load(path)
        try:
            with unseen(resolution):
                document = resolint.parse(text, name)
                found = [d for d in resolint.lint(document) if d.severity >= Severity.WARNING]
                _, fixed = resolint.fix_text(text, path=name)
        except Exception as error:  # counted and shown: a traceback is a defect
            crashes.append(f"{path.name}: {traceback.format_exception(error)[-1].strip()}")
            continue
        truth = ground_truth(resolution)
        mismatches = compare_document(document, truth, italics_unknowable(resolution))
        exact += not mismatches
        got, total = phrase_counts(truth, mismatches)
        matched, phrases = matched + got, phrases + total
        rules.update(d.rule for d in found)
        findings += len(found)
        fixes += fixed
    count = len(paths) - unencodable or 1
    return {
        "docs": len(paths) - unencodable,
        "exact": exact / count,
        "phrases": matched / (phrases or 1),
        "findings": findings / count,
        "fixes": fixes / count,
        "unreadable": unreadable,
        "crashes": crashes,
        "rules": rules,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", default=",".join(["none", *FORMS]))
    parser.add_argument("--folders", default=",".join(FOLDERS))
    parser.add_argument("--every", type=int, default=1, help="read every N-th file of each folder")
    args = parser.parse_args()
    paths = [path for folder in args.folders.split(",") for path in consistent_files(folder)[:: args.every]]
    print(f"{'form':<19} {'docs':>5} {'exact':>7} {'phrases':>8} {'W+E/doc':>8} {'fixes/doc':>9} {'unread':>6} {'tracebacks':>10}")
    for form in args.forms.split(","):
        row = figures(paths, form)
        print(
            f"{form:<19} {row['docs']:>5} {row['exact']:>7.1%} {row['phrases']:>8.2%} {row['findings']:>8.2f}"
            f" {row['fixes']:>9.3f} {row['unreadable']:>6} {len(row['crashes']):>10}",
            flush=True,
        )
        if row["rules"]:
            print("    " + ", ".join(f"{rule} {n}" for rule, n in row["rules"].most_common(8)))
        for crash in row["crashes"][:3]:
            print(f"    ! {crash}")


if __name__ == "__main__":
    main()
