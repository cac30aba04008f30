"""Odd input stays linear: parse, lint and fmt of texts made of one shape repeated, at two sizes.

Run: ``.venv/bin/python benchmarks/bench_shapes.py [SIZE_KB]`` (default 50: each shape at 50 and 100 KB).
What a user may paste by mistake (a run of spaces, a 100 KB "word", thousands of unclosed "<!--", of "(a)",
of numbers alone) must not hang the editor. For each shape and command the CPU seconds at both sizes are
printed with their ratio: linear time doubles (ratio about 2); a ratio above 3 is marked SLOW (quadratic
time gives 4). Each figure is the best of two runs from empty caches. Nothing is asserted.

Found with it (session 10): RT405 cut every word at every place (one 200 KB word: 32 s to lint), the inline
scan and ``strip_marks`` closed every unclosed "<!--" again up to the end (10,000 of them: 12 s to parse),
fmt's paragraph-break pattern backtracked over a run of spaces (100 KB: 22 s), and the fix rounds tested each
fix against every edit taken before it (2,000 fixes: 46 s of a 106 s fmt).
"""

from __future__ import annotations

import sys
import time

import resolint

SHAPES = {
    "one long word": ("1. ", "a"),
    "spaces": ("a", " "),
    "unclosed comments": ("", "<!--"),
    "note references": ("", "[^1]"),
    "stars": ("", "*"),
    "brackets": ("", "["),
    "labels": ("", "(a) "),
    "numbers alone": ("", "1. "),
    "old note marks": ("", "1/ "),
    "quotes": ("", '"'),
    "hyphens": ("", "a-"),
    "short lines": ("", "a\n"),
    "numbered blocks": ("", "\n\n1.\n"),
    "one opener repeated": ("", "Recalling "),
    "commas": ("", "a, "),
    "capitals": ("", "THE GENERAL ASSEMBLY, "),
    "underlines": ("", "<u>x</u>"),
    "tabs": ("", "\t1.\t(a)\n"),
}
COMMANDS = {
    "parse": lambda text: resolint.parse(text, "shape.txt"),
    "lint": lambda text: resolint.lint(resolint.parse(text, "shape.txt")),
    "fmt": lambda text: resolint.format_text(text, "shape.txt"),
}
SLOW_RATIO = 3.0


def shape_text(lead: str, unit: str, size: int) -> str:
    return lead + unit * max(1, (size - len(lead)) // len(unit)) + "\n"


def cpu_seconds(command, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        resolint.clear_caches()
        start = time.process_time()
        command(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    size = (int(sys.argv[1]) if len(sys.argv) > 1 else 50) * 1024
    print(f"{'shape':<22} {'command':<6} {size // 1024:>5} KB {2 * size // 1024:>5} KB  ratio")
    slow = 0
    for name, (lead, unit) in SHAPES.items():
        small, large = shape_text(lead, unit, size), shape_text(lead, unit, 2 * size)
        for command_name, command in COMMANDS.items():
            first, second = cpu_seconds(command, small), cpu_seconds(command, large)
            ratio = second / first if first > 0.01 else 1.0
            verdict = "SLOW" if ratio > SLOW_RATIO else "ok"
            slow += verdict == "SLOW"
            print(f"{name:<22} {command_name:<6} {first:7.2f} s {second:7.2f} s {ratio:6.1f}  {verdict}", flush=True)
    print(f"{slow} of {len(SHAPES) * len(COMMANDS)} grow faster than linear")


if __name__ == "__main__":
    main()
