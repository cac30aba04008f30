"""Time per rule of the RF/RT/RR/RH groups (and the rest, for comparison) on real-text documents.

Run: ``.venv/bin/python benchmarks/bench_rules.py [SIZE_KB]`` (default 1024). The document is the
synthetic ``.res.md`` of ``synth.py`` (paragraphs of the adopted HRC resolutions), parsed once; each
rule then runs alone, three times from empty memo caches, and the best CPU time is printed with
the number of findings.
CPU time (``time.process_time``) is used because the machine is shared. Nothing is asserted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import synthesize

import resolint
from resolint.rules import all_rules
from resolint.rules.base import Context

OWN_GROUPS = ("RF", "RT", "RR", "RH")
REPEATS = 3


def best_cpu_seconds(action) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(REPEATS):
        resolint.clear_caches()  # each run a first one: no memo of the run before (as bench_lint.py)
        start = time.process_time()
        result = action()
        best = min(best, time.process_time() - start)
    return best, result


def main() -> None:
    size_kb = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    text = synthesize(size_kb * 1024)
    megabytes = len(text.encode("utf-8")) / (1024 * 1024)
    parse_seconds, document = best_cpu_seconds(lambda: resolint.parse(text, "synthetic.res.md"))
    print(f"document: {megabytes:.2f} MB, {len(document.paragraphs())} paragraphs; parse {parse_seconds:.3f} s CPU")
    totals = {"own": 0.0, "other": 0.0}
    for rule in all_rules():
        seconds, found = best_cpu_seconds(lambda rule=rule: list(rule(Context(document)).check()))
        group = "own" if rule.code.startswith(OWN_GROUPS) else "other"
        totals[group] += seconds
        print(f"  {rule.code} {rule.slug:32s} {seconds * 1000:8.1f} ms  {len(found):5d} findings")
    print(f"RF/RT/RR/RH rules: {totals['own']:.3f} s CPU = {totals['own'] / megabytes:.3f} s/MB")
    print(f"other rules:       {totals['other']:.3f} s CPU = {totals['other'] / megabytes:.3f} s/MB")


if __name__ == "__main__":
    main()
