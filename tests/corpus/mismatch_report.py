"""Run the AKN structure comparison over the whole corpus and write the mismatch statistics.

Usage: ``.venv/bin/python tests/corpus/mismatch_report.py [OUT.md]`` (default:
``docs/handoff/corpus-mismatches.md``). The report is for the parser's owner: the most frequent
mismatch kinds, with examples, per rendering (pasted text and ``.res.md``).
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from akn import REPO_ROOT, consistent_files, corpus_files, inconsistent_files, italics_unknowable, load
from akn_compare import FORMS, Mismatch, compare_file

DEFAULT_OUT = REPO_ROOT / "docs" / "handoff" / "corpus-mismatches.md"
EXAMPLES = 3


def collect() -> dict[str, dict[str, list[Mismatch]]]:
    """form -> file name -> mismatches, for every consistent file."""
    return {form: {path.name: compare_file(path, form) for path in consistent_files()} for form in FORMS}


def git_head() -> str:
    result = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or "no commit"


def form_section(form: str, results: dict[str, list[Mismatch]]) -> list[str]:
    exact = sum(1 for found in results.values() if not found)
    kinds: Counter[str] = Counter()
    files_per_kind: dict[str, set[str]] = defaultdict(set)
    examples: dict[str, list[str]] = defaultdict(list)
    for name, found in results.items():
        for item in found:
            kinds[item.kind] += 1
            files_per_kind[item.kind].add(name)
            if len(examples[item.kind]) < EXAMPLES and name not in {e.split(":")[0] for e in examples[item.kind]}:
                examples[item.kind].append(f"{name}: {item.detail}")
    lines = [
        f"## {form}: {exact} of {len(results)} files exact",
        "",
        "| kind | mismatches | files |",
        "|---|---:|---:|",
    ]
    lines += [f"| {kind} | {count} | {len(files_per_kind[kind])} |" for kind, count in kinds.most_common()]
    lines.append("")
    for kind, _ in kinds.most_common():
        lines.append(f"**{kind}**, for example:")
        lines += [f"- `{example}`" for example in examples[kind]]
        lines.append("")
    return lines


def report(results: dict[str, dict[str, list[Mismatch]]]) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    excluded = inconsistent_files()
    lines = [
        "# AKN corpus: where the parser differs from the UN's XML",
        "",
        f"Generated {now} at commit {git_head()} by `.venv/bin/python tests/corpus/mismatch_report.py`;",
        "the strict test is `tests/corpus/test_akn_structure.py` (it prints the full per-file diff).",
        f"Corpus: {len(corpus_files())} files; {len(excluded)} have self-contradicting markup and are",
        "left out (listed at the end). Ground truth: preambular openers and operative verbs are the",
        "italic phrase that opens the paragraph in the XML; numbers without the full stop; labels",
        "without brackets, nested as `b[i ii]`; footnotes counted from `authorialNote`.",
        "",
    ]
    for form in FORMS:
        lines += form_section(form, results[form])
    lines += ["## Files left out of the exactness assertion (computed by `akn.markup_inconsistencies`)", ""]
    lines += [f"- {name}: {'; '.join(reasons)}" for name, reasons in sorted(excluded.items())]
    lines += ["", "## Openers/verbs not compared in the pasted forms (`akn.italics_unknowable`)", ""]
    lines += [
        f"- {path.name} {kind} {index + 1}: {reason}"
        for path in consistent_files()
        for (kind, index), reason in italics_unknowable(load(path)).items()
    ]
    return "\n".join(lines) + "\n"


NOTES_HEADING = "## Notes from the harness owner"


def kept_notes(out: Path) -> str:
    """The hand-written notes section of an earlier report, kept across re-runs."""
    if not out.exists():
        return ""
    earlier = out.read_text(encoding="utf-8")
    index = earlier.find(NOTES_HEADING)
    return "\n" + earlier[index:] if index >= 0 else ""


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    out.write_text(report(collect()) + kept_notes(out), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
