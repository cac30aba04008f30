"""Folder lint with one process and with every core: documents per second over the whole UN corpus.

Figures, not tests. The corpus is ``../shared/corpus/``: every AKN resolution of the four organs
rendered to ``.res.md`` (tests/corpus/akn.py, the renderer of the corpus tests) and the 107 Word
files of ``docx-ga72`` as they are. ``resolint lint --jobs 1`` and ``resolint lint --jobs N`` run
end to end as the user runs them (start-up, discovery, reading, parsing, rules, report); each figure
is the best wall time of several runs, since the machine is shared and noise only adds time. The
load average is printed beside the figures. Target: at least 1.7× with 2 cores.

    .venv/bin/python benchmarks/bench_parallel.py [--runs N] [--fix]

``--fix`` also times ``resolint fix --diff`` (every fix worked out, nothing written).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
AKN_FOLDERS = ("akn-hrc", "akn-ga", "akn-sc", "akn-ecosoc")
TARGET_SPEEDUP_2_CORES = 1.7


def akn_module():
    spec = importlib.util.spec_from_file_location("akn", REPO / "tests" / "corpus" / "akn.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["akn"] = module
    spec.loader.exec_module(module)
    return module


def build_corpus(folder: Path) -> int:
    """Write every AKN rendering and copy every Word file into ``folder``; return the file count."""
    akn = akn_module()
    count = 0
    for name in AKN_FOLDERS:
        for path in sorted((CORPUS / name).glob("*.xml")):
            (folder / f"{path.stem}.res.md").write_text(akn.render_resmd(akn.load(path)), encoding="utf-8")
            count += 1
    for path in sorted((CORPUS / "docx-ga72").glob("*.docx")):
        shutil.copyfile(path, folder / path.name)
        count += 1
    return count


RUN_AND_REPORT_CPU = """
import contextlib, io, json, resource, sys, time
from resolint.cli import main
start = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    status = main(sys.argv[1:])
wall = time.perf_counter() - start
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = lambda usage: usage.ru_utime + usage.ru_stime
print(json.dumps({"status": status, "wall": wall, "main": cpu(own), "workers": cpu(workers)}), file=sys.stderr)
"""


@dataclass
class Run:
    wall: float  # seconds, the command's own (interpreter start-up excluded)
    main_cpu: float  # CPU seconds of the main process (discovery, results, report)
    workers_cpu: float  # CPU seconds of the worker processes


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda run: run.wall)


def one_run(arguments: list[str]) -> Run:
    """One fresh ``resolint`` process: its wall time and CPU times."""
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_REPORT_CPU, *arguments], capture_output=True, text=True, check=False
    )
    try:
        report = json.loads(done.stderr.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        raise SystemExit(f"resolint {' '.join(arguments)} failed: {done.stderr[-500:]}") from None
    if report["status"] not in (0, 1):
        raise SystemExit(f"resolint {' '.join(arguments)} exited {report['status']}: {done.stderr[-500:]}")
    return Run(report["wall"], report["main"], report["workers"])


def measure(label: str, arguments: list[str], files: int, runs: int, cores: int) -> float:
    ones, manys = [], []
    for _ in range(runs):  # alternated, so that both see the same changes of the machine's load
        ones.append(one_run([*arguments, "--jobs", "1"]))
        manys.append(one_run([*arguments, "--jobs", str(cores)]))
    one, many = best(ones), best(manys)
    speedup = one.wall / many.wall
    verdict = ""
    if cores == 2:
        verdict = "PASS" if speedup >= TARGET_SPEEDUP_2_CORES else "FAIL"
        verdict = f"  {verdict} (target ≥ {TARGET_SPEEDUP_2_CORES}× on 2 cores)"
    cpu_one = one.main_cpu + one.workers_cpu
    print(f"{label:22} 1 process:   {one.wall:6.2f} s wall, {files / one.wall:6.1f} docs/s; CPU {cpu_one:.2f} s")
    print(
        f"{'':22} {cores} processes: {many.wall:6.2f} s wall, {files / many.wall:6.1f} docs/s; CPU {many.main_cpu:.2f} s"
        f" main + {many.workers_cpu:.2f} s workers; speed-up {speedup:.2f}×{verdict}"
    )
    bound = (many.main_cpu + many.workers_cpu) / (many.main_cpu + many.workers_cpu / cores)
    print(f"{'':22} on an idle machine at most {bound:.2f}× (the main process's CPU time is not shared out)")
    return speedup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measure; the best wall time counts")
    parser.add_argument("--fix", action="store_true", help="also time 'resolint fix --diff'")
    options = parser.parse_args(argv)
    from resolint.parallel import available_cores

    cores = available_cores()
    with tempfile.TemporaryDirectory(prefix="resolint-bench-parallel-") as temporary:
        folder = Path(temporary)
        files = build_corpus(folder)
        size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"corpus: {files} documents ({size_mb:.1f} MB), {cores} cores, Python {sys.version.split()[0]}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        measure("resolint lint", ["lint", "--no-config", str(folder)], files, options.runs, cores)
        if options.fix:
            text_files = sum(1 for p in folder.iterdir() if p.suffix != ".docx")
            measure(
                "resolint fix --diff", ["fix", "--diff", "--no-config", str(folder)], text_files, options.runs, cores
            )
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
