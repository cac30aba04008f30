"""Language server memory over a long editing session, measured over stdio with a real client.

Opens the seed draft, makes random edits (words typed, characters and words deleted, a line pasted again,
text moved) and prints the server's resident memory (VmRSS) after 100 and after 2,000 edits, each time after the
diagnostics of that version arrived and the server had its idle pause (when it collects garbage). Target: growth
between the two under 10 MB. Nothing is asserted; the figures are printed with PASS/FAIL.

Run: ``.venv/bin/python benchmarks/bench_lsp_memory.py [--edits 2000] [--seed 58]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
from pathlib import Path

from lsprotocol import types

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_lsp import REPO_ROOT, SEED, Probe

MB = 1024 * 1024
TARGET_GROWTH_MB = 10.0
IDLE_PAUSE_S = 2.5  # longer than the server's idle delay before it collects
WORDS = ["Recalling", "also", "the", "Human Rights Council", "resolution 53/144", "*Decides*", "; ", ", ", "(a) "]


def resident_memory(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc")


def position(text: str, offset: int) -> types.Position:
    line = text.count("\n", 0, offset)
    return types.Position(line=line, character=offset - (text.rfind("\n", 0, offset) + 1))


def random_edit(text: str, rng: random.Random) -> tuple[int, int, str]:
    """(start, end, new text): mostly typing, some deletions, a paste or a cut now and then."""
    start = rng.randrange(len(text) + 1)
    kind = rng.random()
    if kind < 0.6:
        return start, start, rng.choice(WORDS) if rng.random() < 0.3 else rng.choice("abcdefgh ,;.")
    if kind < 0.85:
        return start, min(len(text), start + rng.randint(1, 12)), ""
    if kind < 0.95:
        begin = rng.randrange(len(text))
        return start, start, text[begin : begin + rng.randint(20, 300)]
    return start, min(len(text), start + rng.randint(20, 300)), ""


async def measure(edits: int, seed: int) -> dict[int, int]:
    probe = Probe()
    await probe.start(REPO_ROOT / "examples")
    pid = probe.client._server.pid
    text = SEED.read_text(encoding="utf-8")
    uri = (REPO_ROOT / "examples" / "memory.txt").as_uri()
    probe.open(uri, text)
    await probe.wait(uri, 1)
    rng = random.Random(seed)
    memory: dict[int, int] = {}
    for version in range(2, edits + 2):
        start, end, new = random_edit(text, rng)
        if len(text) - (end - start) + len(new) > 3 * len(SEED.read_text(encoding="utf-8")):
            start, end, new = 0, min(len(text), 2000), ""  # keep the document near the seed's size
        probe.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(position(text, start), position(text, end)), text=new
                    )
                ],
            )
        )
        text = text[:start] + new + text[end:]
        await probe.wait(uri, version)
        done = version - 1
        if done in (100, edits):
            await asyncio.sleep(IDLE_PAUSE_S)
            memory[done] = resident_memory(pid)
            print(f"after {done:>5} edits: server RSS {memory[done] / MB:.1f} MB ({len(text):,} characters)")
    await probe.stop()
    return memory


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=2000, help="random edits of the seed (default 2000)")
    parser.add_argument("--seed", type=int, default=58, help="random seed (default 58)")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    memory = asyncio.run(measure(args.edits, args.seed))
    growth = (memory[args.edits] - memory[100]) / MB
    verdict = "PASS" if growth < TARGET_GROWTH_MB else "FAIL"
    print(f"growth from edit 100 to edit {args.edits}: {growth:+.1f} MB  target < {TARGET_GROWTH_MB:.0f} MB  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
