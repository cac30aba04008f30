"""AKN4UN export and import times: the seed draft, a 200 KB and a 1 MB resolution, and the UN corpus.

Figures, not tests. Each timing is the best of several runs (the machine is shared; noise only adds
time). Target (issue 17): ``resolint export --to akn`` of a 200 KB resolution under 0.5 s — measured
here as parse + export, the work the command does after reading the file.

    .venv/bin/python benchmarks/bench_akn.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_docx import best_of  # noqa: E402
from synth import synthesize  # noqa: E402

import resolint  # noqa: E402
from resolint.aknio import akn_bytes, import_akn, import_akn_bytes  # noqa: E402

SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
CORPUS = REPO.parent / "shared" / "corpus"
TARGET_S = 0.5
TARGET_KB = 200


def first_parse(text: str, name: str):
    """A parse as the first of a text costs (no memo of the run before), as bench_lint.py times it."""
    resolint.clear_caches()
    return resolint.parse(text, name)


def measure(name: str, text: str, runs: int) -> None:
    size_kb = len(text.encode()) / 1024
    parse_s, document = best_of(runs, lambda: first_parse(text, f"{name}.res.md"))
    export_s, data = best_of(runs, lambda: akn_bytes(document))
    import_s, _ = best_of(runs, lambda: import_akn_bytes(data, f"{name}.xml"))
    total = parse_s + export_s
    verdict = ""
    if name == f"synthetic {TARGET_KB} KB":
        verdict = f"  target < {TARGET_S} s: {'PASS' if total < TARGET_S else 'FAIL'}"
    print(
        f"{name:<22} {size_kb:8.0f} KB   parse {parse_s:6.3f} s   export {export_s:6.3f} s"
        f"   parse+export {total:6.3f} s   XML {len(data) / 1024:7.0f} KB   import {import_s:6.3f} s{verdict}"
    )


def measure_corpus() -> None:
    for folder in ("akn-hrc", "akn-ga", "akn-sc", "akn-ecosoc"):
        files = sorted((CORPUS / folder).glob("*.xml"))
        if not files:
            continue
        size = sum(path.stat().st_size for path in files) / 1024
        start = time.perf_counter()
        for path in files:
            akn_bytes(resolint.parse(import_akn(path).text, path.name))
        seconds = time.perf_counter() - start
        print(
            f"{folder:<12} {len(files):4d} files {size:8.0f} KB   import+parse+export {seconds:6.2f} s"
            f"   {seconds / len(files) * 1000:5.0f} ms/file"
        )


def main() -> int:
    akn_bytes(resolint.parse(SEED.read_text(encoding="utf-8"), SEED.name))  # warm up imports and caches
    measure("seed draft", SEED.read_text(encoding="utf-8"), 5)
    for size_kb in (TARGET_KB, 1024):
        measure(f"synthetic {size_kb} KB", synthesize(size_kb * 1024), 5 if size_kb <= TARGET_KB else 3)
    measure_corpus()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
