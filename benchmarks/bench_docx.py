"""Word export and import times: the seed draft and a 1 MB resolution; the UN corpus as a whole.

Figures, not tests. Each timing is the best of several runs (the machine is shared; noise only adds
time). Target: the seed exports in under 1 s.

    .venv/bin/python benchmarks/bench_docx.py [--pdf]

``--pdf`` also times LibreOffice's conversion of the exported seed to PDF (real-software check).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import resolint  # noqa: E402
from resolint.diagnostics import Severity  # noqa: E402
from resolint.docxio import export_docx, import_docx  # noqa: E402

SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "docx-ga72"
SEED_TARGET_S = 1.0


def best_of(runs: int, action) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure_document(name: str, text: str, folder: Path, runs: int) -> None:
    document = resolint.parse(text)
    size_kb = len(text.encode()) / 1024
    for paper in ("a4", "letter"):
        out = folder / f"{name}-{paper}.docx"
        seconds, _ = best_of(runs, lambda out=out, paper=paper: export_docx(document, out, paper))
        docx_kb = out.stat().st_size / 1024
        verdict = ""
        if name == "seed":
            verdict = "PASS" if seconds < SEED_TARGET_S else "FAIL"
            verdict = f"  {verdict} (target < {SEED_TARGET_S:.0f} s)"
        print(f"export {name:8} {size_kb:8.0f} KB text  {paper:6}  {seconds * 1000:8.1f} ms  "
              f"-> {docx_kb:6.0f} KB .docx{verdict}")
    seconds, imported = best_of(runs, lambda: import_docx(folder / f"{name}-a4.docx"))
    print(f"import {name:8} {docx_kb:8.0f} KB .docx        {seconds * 1000:8.1f} ms  -> "
          f"{len(imported.text) / 1024:6.0f} KB text, {len(imported.paragraph_map)} mapped paragraphs")


def measure_corpus() -> None:
    files = sorted(CORPUS.glob("*.docx"))
    if not files:
        print(f"corpus: no files in {CORPUS}")
        return
    import_time = lint_time = 0.0
    serious = findings = 0
    for path in files:
        start = time.perf_counter()
        imported = import_docx(path)
        middle = time.perf_counter()
        diagnostics = resolint.lint(resolint.parse(imported.text, str(path)))
        lint_time += time.perf_counter() - middle
        import_time += middle - start
        findings += len(diagnostics)
        serious += sum(d.severity >= Severity.WARNING for d in diagnostics)
    count = len(files)
    print(f"corpus {count} UN Word files: import {import_time / count * 1000:.1f} ms/file, "
          f"parse+lint {lint_time / count * 1000:.1f} ms/file; "
          f"{serious / count:.2f} warnings+errors/file ({findings / count:.2f} incl. info)  "
          f"{'PASS' if serious / count <= 1.5 else 'FAIL'} (target <= 1.5)")


def measure_pdf(folder: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        print("pdf: soffice not installed (scripts/deps/docx.sh)")
        return
    profile = folder / "lo-profile"
    for attempt in ("first (new profile)", "second"):
        start = time.perf_counter()
        subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(folder), str(folder / "seed-a4.docx")], capture_output=True, check=True)
        print(f"pdf    seed LibreOffice conversion, {attempt}: {time.perf_counter() - start:.2f} s")


def main(argv: list[str]) -> int:
    from synth import synthesize

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        measure_document("seed", SEED.read_text(encoding="utf-8"), folder, runs=5)
        measure_document("1mb", synthesize(1024 * 1024), folder, runs=3)
        measure_corpus()
        if "--pdf" in argv:
            measure_pdf(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
