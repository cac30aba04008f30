"""``resolint diff`` times: the seeds, and two versions of a 200 KB resolution.

Figures, not tests: prints PASS/FAIL against the target (diff of two 200 KB resolutions < 1 s,
parse and lint of OLD included, since the editorial classification runs OLD's rules). Each timing
is the best of several runs (the machine is shared; noise only adds time).

    .venv/bin/python benchmarks/bench_diff.py

The second version of the 200 KB text is the first with about one paragraph in twenty edited:
words inserted, a paragraph deleted, one moved, quotation marks made straight.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from synth import synthesize  # noqa: E402

import resolint  # noqa: E402
from resolint.diff import compare_texts  # noqa: E402

SEED_OLD = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
SEED_NEW = next((REPO.parent / "shared" / "seeds").glob("001_*.txt"))
TARGET_S = 1.0
SIZE = 200 * 1024


def best_of(runs: int, action) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        resolint.clear_caches()
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def edited(text: str, seed: int = 16) -> str:
    """About one paragraph in twenty changed: reworded, deleted, moved, or its quotes straightened."""
    rng = random.Random(seed)
    blocks = text.split("\n\n")
    for index in range(len(blocks) - 1, 0, -1):
        if not blocks[index][:1].isalnum() and not blocks[index].startswith("*"):
            continue
        roll = rng.random()
        if roll < 0.02:
            blocks[index] = blocks[index].replace(" the ", " the relevant ", 1)
        elif roll < 0.03:
            del blocks[index]
        elif roll < 0.04:
            blocks.insert(rng.randrange(1, len(blocks)), blocks.pop(index))
        elif roll < 0.05:
            blocks[index] = blocks[index].replace("“", '"').replace("”", '"')
    return "\n\n".join(blocks)


def report(name: str, seconds: float, summary: str, target: float | None = None) -> None:
    verdict = "" if target is None else ("  PASS" if seconds < target else "  FAIL") + f" (target < {target:.1f} s)"
    print(f"{name:<34} {seconds * 1000:8.0f} ms  {summary}{verdict}")


def main() -> int:
    old, new = SEED_OLD.read_text(encoding="utf-8"), SEED_NEW.read_text(encoding="utf-8")
    seconds, comparison = best_of(5, lambda: compare_texts(old, new))
    report(f"seeds ({len(old) // 1024} KB / {len(new) // 1024} KB)", seconds, comparison.summary())
    big = synthesize(SIZE)
    changed = edited(big)
    seconds, comparison = best_of(3, lambda: compare_texts(big, changed))
    report(f"synthetic {len(big) // 1024} KB vs edited", seconds, comparison.summary(), TARGET_S)
    seconds, comparison = best_of(3, lambda: compare_texts(big, big))
    report(f"synthetic {len(big) // 1024} KB vs itself", seconds, comparison.summary(), TARGET_S)
    return 0


if __name__ == "__main__":
    sys.exit(main())
