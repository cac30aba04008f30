"""What the out-of-sample sets share: reading a set's truth and copies, comparing the body resolint reads with
the truth read by eye, and the figures each set prints when run as a script.

A set is a folder of real copies with its ``truth.json`` and a ``_truth_<set>.py`` beside its test; that module
says what its set's truth holds beyond the body (heading fields, annexes, notes) and which words ``fmt`` may
leave out. The body is compared the same way in every set: the authoring line, the preambular openers and the
operative paragraphs' numbers, verbs and sub-paragraph labels.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import resolint
from resolint.diagnostics import Severity


def load_truth(folder: Path) -> dict[str, dict[str, Any]]:
    """The facts read by eye per copy (keys starting with "_" are the file's own notes)."""
    data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return {name: facts for name, facts in data.items() if not name.startswith("_")}


def read_copy(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


def words_start(phrase: str | None, truth: str) -> bool:
    """Whether the phrase resolint read begins with the word(s) the truth names (a copy has no italics, so
    resolint may read on over the words its organ's habit italicises, never stop short)."""
    want = truth.split()
    return phrase is not None and phrase.split()[: len(want)] == want


def body_mismatches(found: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    """How the body of ``found`` (``parse --format json``) differs from the truth: the authoring line, the
    preambular openers, the operative paragraphs (number, verb, sub-paragraph labels)."""
    wrong: list[str] = []
    if truth["authoring"] != bool(found.get("authoring")):
        wrong.append(f"authoring {found.get('authoring')!r}")
    openers = [p.get("opener") for p in found["preamble"]]
    if len(openers) != len(truth["preamble"]) or not all(map(words_start, openers, truth["preamble"])):
        wrong.append(f"preamble {openers}")
    operative = [
        (p.get("number"), p.get("verb"), [s.get("label") for s in p.get("subparagraphs", [])])
        for p in found["operative"]
    ]
    want = [tuple(p) for p in truth["operative"]]
    if len(operative) != len(want) or any(
        got[0] != exp[0] or not words_start(got[1], exp[1]) or got[2] != exp[2]
        for got, exp in zip(operative, want, strict=False)
    ):
        wrong.append(f"operative {operative}")
    return wrong


def warnings_and_errors(text: str, name: str) -> Counter[str]:
    """The warnings and errors resolint reports on a copy, per rule."""
    document = resolint.parse(text, name)
    return Counter(d.rule for d in resolint.lint(document) if d.severity >= Severity.WARNING)


def safe_fixes(text: str, name: str) -> int:
    return resolint.fix_text(text, path=name)[1]


def figures(
    names: list[str],
    structure_mismatches: Callable[[str], list[str]],
    findings: Callable[[str], Counter[str]],
    fixes: Callable[[str], int],
) -> dict[str, float]:
    """The set's figures quoted in docs/corpus.md: copies, exact structure, warnings and errors and safe fixes
    per copy."""
    return {
        "docs": len(names),
        "exact": sum(not structure_mismatches(name) for name in names),
        "w+e/doc": round(sum(sum(findings(name).values()) for name in names) / len(names), 2),
        "fixes/doc": round(sum(fixes(name) for name in names) / len(names), 2),
    }


def command_failures(folder: Path, names: list[str], command: list[str]) -> list[str]:
    """What ``resolint <command>`` printed where it failed on the copies (a traceback, or an exit status
    other than 0 or 1): ``parse`` and ``fmt`` run on each copy, ``lint`` and ``fix`` on all at once."""
    paths = [str(folder / name) for name in names]
    if command[0] in ("parse", "fmt"):
        runs = [[*command[:1], path, *command[1:]] for path in paths]
    else:
        runs = [[*command, *paths]]
    failures = []
    for arguments in runs:
        done = subprocess.run([sys.executable, "-m", "resolint", *arguments], capture_output=True, text=True, check=False)
        if "Traceback" in done.stderr or done.returncode not in (0, 1):
            failures.append(f"{' '.join(arguments)}: exit {done.returncode}: {done.stderr}")
    return failures
