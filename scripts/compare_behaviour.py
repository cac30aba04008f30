#!/usr/bin/env python3
"""Compare the findings and fixes of two checkouts of resolint on every real document we have.

Usage (from any directory)::

    scripts/compare_behaviour.py BASE_CHECKOUT NEW_CHECKOUT [--keep DIR]

Each checkout needs its own ``.venv`` (``scripts/setup -e ".[test]"``) and ``../shared`` beside it.
The inputs are made once, by the base checkout: both seeds, every rule fixture, every file of the
four AKN folders of ``../shared/corpus/`` in every rendering of ``tests/corpus/akn.py`` (pasted,
pasted-pages, pasted-lists, resmd) and the Word import of every ``docx-ga72`` file. Then each
checkout's venv lints every input with the default settings and applies ``fix_text`` (safe, then
unsafe); the findings (code, message, span, severity, fix title, edits, safety, related spans) and
both fixed texts are compared. Prints each difference and a count; the exit status is 1 if any.

The script runs itself in each venv (``--inputs`` and ``--dump`` are those internal steps), so it
only needs the standard library here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

FORMS = ("pasted", "pasted-pages", "pasted-lists", "resmd")
FIXTURE_SUFFIXES = (".md", ".txt", ".fixed")
SHOWN = 40


def make_inputs(checkout: Path, out: Path) -> int:
    """Write every input text under ``out`` (names keep the suffix the parser looks at)."""
    shared = checkout.parent / "shared"
    count = 0

    def write(name: str, text: str) -> None:
        nonlocal count
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")
        count += 1

    for seed in sorted((shared / "seeds").glob("*.txt")):
        write(f"seeds/{seed.name}", seed.read_text(encoding="utf-8"))
    for fixture in sorted((checkout / "tests" / "fixtures").rglob("*")):
        if fixture.is_file() and fixture.name.endswith(FIXTURE_SUFFIXES):
            write(f"fixtures/{fixture.relative_to(checkout / 'tests' / 'fixtures')}", fixture.read_text("utf-8"))
    sys.path[:0] = [str(checkout / "tests" / "corpus")]
    from akn import FOLDERS, corpus_files
    from akn_compare import render

    for folder in FOLDERS:
        for path in corpus_files(folder):
            for form in FORMS:
                suffix = "res.md" if form == "resmd" else "txt"
                write(f"{folder}/{form}/{path.stem}.{suffix}", render(path, form))
    from resolint.docxio import import_docx

    for path in sorted((shared / "corpus" / "docx-ga72").glob("*.docx")):
        write(f"docx-ga72/{path.stem}.res.md", import_docx(path).text)
    return count


def diagnostic_record(diagnostic: object) -> dict[str, object]:
    d = diagnostic  # a resolint.diagnostics.Diagnostic (typed loosely: this runs in either venv)
    fix = d.fix  # type: ignore[attr-defined]
    span = d.span  # type: ignore[attr-defined]
    return {
        "code": d.rule,  # type: ignore[attr-defined]
        "severity": str(d.severity),  # type: ignore[attr-defined]
        "message": d.message,  # type: ignore[attr-defined]
        "span": [span.start, span.end, span.line, span.column, span.end_line, span.end_column],
        "fix": None
        if fix is None
        else {"title": fix.title, "safe": fix.safe, "edits": [[e.start, e.end, e.new_text] for e in fix.edits]},
        "related": [[at.start, at.end, note] for at, note in d.related],  # type: ignore[attr-defined]
    }


def dump(inputs: Path, out: Path) -> None:
    """One JSON line per input: its findings and its safe and unsafe fixed texts (or the error)."""
    import resolint

    with out.open("w", encoding="utf-8") as sink:
        for path in sorted(p for p in inputs.rglob("*") if p.is_file()):
            name = str(path.relative_to(inputs))
            text = path.read_text(encoding="utf-8")
            try:
                record: dict[str, object] = {
                    "findings": [diagnostic_record(d) for d in resolint.lint(resolint.parse(text, name))],
                    "safe": resolint.fix_text(text, path=name),
                    "unsafe": resolint.fix_text(text, path=name, unsafe=True),
                }
            except Exception as error:  # a crash is behaviour too: compared like the rest
                record = {"error": f"{type(error).__name__}: {error}"}
            sink.write(json.dumps({"name": name, **record}, ensure_ascii=False) + "\n")


def run_in(checkout: Path, *args: str) -> subprocess.Popen[bytes]:
    python = checkout / ".venv" / "bin" / "python"
    if not python.exists():
        sys.exit(f"error: {python} not found: run scripts/setup -e '.[test]' in {checkout}")
    return subprocess.Popen([str(python), str(Path(__file__).resolve()), *args], cwd=checkout)


def records(path: Path) -> dict[str, dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return {record["name"]: record for record in map(json.loads, lines)}


def differences(base: dict[str, dict[str, object]], new: dict[str, dict[str, object]]) -> Iterator[str]:
    for name in sorted(base.keys() | new.keys()):
        old, now = base.get(name), new.get(name)
        if old is None or now is None:
            yield f"{name}: only in {'new' if old is None else 'base'}"
            continue
        for key in ("error", "safe", "unsafe"):
            if old.get(key) != now.get(key):
                yield f"{name}: {key} differs"
        old_findings, new_findings = old.get("findings", []), now.get("findings", [])
        if old_findings != new_findings:
            gone = [f for f in old_findings if f not in new_findings]  # type: ignore[union-attr]
            added = [f for f in new_findings if f not in old_findings]  # type: ignore[union-attr]
            detail = "; ".join([*(f"- {f}" for f in gone[:3]), *(f"+ {f}" for f in added[:3])]) or "order"
            yield f"{name}: findings differ: {detail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", type=Path)
    parser.add_argument("new", nargs="?", type=Path)
    parser.add_argument("--keep", type=Path, help="keep the inputs and dumps in this folder")
    parser.add_argument("--inputs", nargs=2, metavar=("CHECKOUT", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--dump", nargs=2, metavar=("INPUTS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inputs:
        print(f"{make_inputs(Path(args.inputs[0]).resolve(), Path(args.inputs[1]))} inputs", file=sys.stderr)
        return 0
    if args.dump:
        dump(Path(args.dump[0]), Path(args.dump[1]))
        return 0
    if args.base is None or args.new is None:
        parser.error("give the base and the new checkout")
    base, new = args.base.resolve(), args.new.resolve()
    work = args.keep or Path(tempfile.mkdtemp(prefix="resolint-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "inputs"
    if run_in(base, "--inputs", str(base), str(inputs)).wait():
        return 2
    runs = [
        run_in(checkout, "--dump", str(inputs), str(work / f"{which}.jsonl"))
        for which, checkout in (("base", base), ("new", new))
    ]
    if any(process.wait() for process in runs):
        return 2
    found = list(differences(records(work / "base.jsonl"), records(work / "new.jsonl")))
    for line in found[:SHOWN]:
        print(line)
    total = len(records(work / "base.jsonl"))
    print(f"{len(found)} differences in {total} documents ({work})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
