"""What the out-of-sample sets share: reading a set's truth and copies, comparing the body resolint reads with
the truth read by eye, counting the words ``fmt`` keeps, and the figures each set prints when run as a script.

A set is a folder of real copies with its ``truth.json`` and a ``_truth_<set>.py`` beside its test; that module
says what its set's truth holds beyond the body (heading fields, annexes, notes) and which words ``fmt`` may
leave out. The body is compared the same way in the General Assembly, structure, Model UN and recent General
Assembly sets: the authoring line, the preambular openers and the operative paragraphs' numbers, verbs and
sub-paragraph labels (the Council sets compare a dict of fields, ``_truth_oos-hrc.py`` and ``_truth_oos-sc.py``).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

import resolint
from resolint.diagnostics import Severity

HERE = Path(__file__).resolve().parent

# A PDF page's furniture, line by line: the symbol, the job number, the bar code, the page number, the
# notes' separator line (the running title is matched against the document's title: `page_furniture_line`).
PAGE_FURNITURE_LINE = re.compile(
    r"\s*(?:[AES]/RES/\S+|\d{2}-\d{5}(?: \(E\))?|\*\d{7}\*|\d{1,2}/\d{1,2}|_{5,}|---)\s*"
)
# A compound cut at its hyphen at a line's end ("post-" / "conflict")
CUT_COMPOUND_RE = re.compile(r"(?<=\w-) *\n\s*(?=\w)")
MARKUP_RE = re.compile(r"\[\^[^\]]+\]:?|[*_#|]+")  # markup and note labels
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def load_set(name: str) -> ModuleType:
    """The helpers of set ``name``: ``_truth_<name>.py`` beside this module, loaded by path (its name holds "-")."""
    spec = importlib.util.spec_from_file_location(f"_truth_{name.replace('-', '_')}", HERE / f"_truth_{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_truth(folder: Path) -> dict[str, dict[str, Any]]:
    """The facts read by eye per copy (keys starting with "_" are the file's own notes)."""
    data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return {name: facts for name, facts in data.items() if not name.startswith("_")}


def read_copy(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


def one_line(text: str) -> str:
    return " ".join(text.split())


def words_start(phrase: str | None, truth: str | None) -> bool:
    """Whether the phrase resolint read begins with the word(s) the truth names (a copy has no italics, so
    resolint may read on over the words its organ's habit italicises, never stop short); a truth of None: the
    copy has no opener or verb there (a web page lost it, a verb phrase "will take …")."""
    if truth is None:
        return phrase is None
    want = truth.split()
    return phrase is not None and phrase.split()[: len(want)] == want


def heading_mismatches(found: dict[str, Any], truth: dict[str, Any]) -> list[str]:
    """How the heading of ``found`` (``parse --format json``) differs from the facts the truth gives: symbol,
    number, title, how many sponsors (a fact the copy does not show is empty or absent in the truth)."""
    heading = found.get("heading") or {}
    wrong: list[str] = []
    if truth["symbol"] and heading.get("symbol") != truth["symbol"]:
        wrong.append(f"symbol {heading.get('symbol')!r}")
    if truth["number"] and found.get("number") != truth["number"]:
        wrong.append(f"number {found.get('number')!r}")
    if truth["title"] and found.get("title") != truth["title"]:
        wrong.append(f"title {found.get('title')!r}")
    if "sponsors" in truth and len(heading.get("sponsors") or []) != truth["sponsors"]:
        wrong.append(f"sponsors {len(heading.get('sponsors') or [])}")
    return wrong


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


def fixed_rules(text: str, name: str) -> Counter[str]:
    """The findings the safe fixes of ``resolint fix`` settle on a text, per rule."""
    fixed: Counter[str] = Counter()
    resolint.fix_text(text, path=name, fixed_rules=fixed)
    return fixed


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
    """What ``resolint <command>`` printed where it failed on the copies (a traceback, or an exit status other
    than 0 or 1). The command runs on all the copies at once; where that fails, on each copy again, to name the
    copies it fails on (or, failing on none alone, the run on all)."""
    paths = [str(folder / name) for name in names]
    together = _run_failures([[*command, *paths]])
    if not together:
        return []
    return _run_failures([[*command, path] for path in paths]) or together


def _run_failures(runs: list[list[str]]) -> list[str]:
    failures = []
    for arguments in runs:
        done = subprocess.run([sys.executable, "-m", "resolint", *arguments], capture_output=True, text=True, check=False)
        if "Traceback" in done.stderr or done.returncode not in (0, 1):
            failures.append(f"{' '.join(arguments)}: exit {done.returncode}: {done.stderr}")
    return failures


class CopySet:
    """A set's folder of copies with the truth read off them, and what resolint makes of each copy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @cached_property
    def truth(self) -> dict[str, dict[str, Any]]:
        return load_truth(self.folder)

    @property
    def names(self) -> list[str]:
        return sorted(self.truth)

    def copy_text(self, name: str) -> str:
        return read_copy(self.folder, name)

    def warnings_and_errors(self, name: str) -> Counter[str]:
        return warnings_and_errors(self.copy_text(name), name)

    def safe_fixes(self, name: str) -> int:
        return safe_fixes(self.copy_text(name), name)

    def fixed_rules(self, name: str) -> Counter[str]:
        return fixed_rules(self.copy_text(name), name)

    def files(self) -> list[str]:
        """The copies in the folder."""
        return sorted(path.name for path in self.folder.glob("*.txt"))

    def unsourced(self) -> list[str]:
        """The copies ``SOURCES.md`` does not name."""
        sources = (self.folder / "SOURCES.md").read_text(encoding="utf-8")
        return [name for name in self.names if name not in sources]

    def lost_words(self, name: str, words: Callable[[str], Counter[str]]) -> Counter[str]:
        """The words of the copy, as ``words`` counts them, that ``fmt`` does not keep."""
        text = self.copy_text(name)
        return words(text) - words(resolint.format_text(text, name))

    def command_failures(self, command: list[str]) -> list[str]:
        return command_failures(self.folder, self.names, command)

    def figures(self, structure_mismatches: Callable[[str], list[str]]) -> dict[str, float]:
        return figures(self.names, structure_mismatches, self.warnings_and_errors, self.safe_fixes)

    def report(self, structure_mismatches: Callable[[str], list[str]], *columns: Callable[[str], Any]) -> None:
        """Per copy its differences from the truth, its warnings and errors, its safe fixes and ``columns``."""
        for name in self.names:
            found, fixes = dict(self.warnings_and_errors(name)), self.safe_fixes(name)
            print(name, structure_mismatches(name), found, fixes, *(column(name) for column in columns))


def page_furniture_line(line: str, title: str) -> bool:
    """Whether a line of a PDF's text is the page's furniture or its running title (a piece of ``title``)."""
    stripped = line.strip()
    return bool(PAGE_FURNITURE_LINE.fullmatch(line)) or (len(stripped) > 10 and stripped in title)


def body_words(
    text: str, authoring: re.Pattern[str], *, furniture: Iterable[re.Pattern[str]] = (), page_title: str | None = None
) -> Counter[str]:
    """The words (case aside) from the authoring line to the end (the heading becomes front matter in ``fmt``),
    markup, note labels and the named ``furniture`` aside; with ``page_title``, the copy keeps a PDF's pages: their
    furniture lines and running title aside, a compound cut at a line's end joined."""
    match = authoring.search(text)
    body = text[match.start() :] if match else text
    if page_title is not None:
        body = "\n".join(line for line in body.splitlines() if not page_furniture_line(line, page_title))
        body = CUT_COMPOUND_RE.sub("", body)
    for pattern in furniture:
        body = pattern.sub(" ", body)
    body = MARKUP_RE.sub(" ", body)
    return Counter(word.casefold() for word in WORD_RE.findall(body))
