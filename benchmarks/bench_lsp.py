"""Language server latency, measured over stdio with a real client (pygls's LanguageClient).

Prints, for the seed draft (~28 KB), synthetic resolutions of 300 KB and 1 MB and a 300 KB copy of a
PDF (printed lines, own-line numbers, running headers and job numbers on every page), the time from a
one-character ``didChange`` to the ``publishDiagnostics`` for that document version (p50, p95),
and the time from starting the server process to the first diagnostics of the seed. Figures are
printed with PASS/FAIL against the issue's targets; nothing is asserted.

Run: ``.venv/bin/python benchmarks/bench_lsp.py [--edits 200] [--sizes seed,300k,1m]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED = REPO_ROOT / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))

KB = 1024
TARGETS_P95_MS = {"seed": 50.0, "1m": 150.0, "300k-pdf": 150.0}
TARGET_START_S = 1.0
SERVER = [sys.executable, "-m", "resolint.langserver"]
PUBLISHED_RE = re.compile(r"published \S+ v\d+ ([0-9.]+) ms after its change")


def documents(names: list[str]) -> dict[str, str]:
    found = {}
    for name in names:
        if name == "seed":
            found[name] = SEED.read_text(encoding="utf-8")
        else:
            from synth import as_pasted, synthesize

            size_name = name.removesuffix("-pdf")
            size = int(size_name.rstrip("km")) * (KB if size_name.endswith("k") else KB * KB)
            text = synthesize(size)
            found[name] = printed_copy(as_pasted(text)) if name.endswith("-pdf") else text
    return found


def printed_copy(pasted: str, width: int = 84, page_lines: int = 46) -> str:
    """``pasted`` as a copy of its PDF: printed lines, numbers alone on their line, furniture on every page."""
    import textwrap

    lines: list[str] = []
    for paragraph in pasted.split("\n"):
        number, _, rest = paragraph.partition(" ")
        if number[:-1].isdigit() and number.endswith(".") and rest:
            lines.append(number)
            paragraph = rest
        lines += textwrap.wrap(paragraph, width) if paragraph.strip() else []
    pages = [lines[i : i + page_lines] for i in range(0, len(lines), page_lines)]
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        header = [] if number == 1 else ["\fA/HRC/RES/99/1", ""]
        out += [*header, *page, "", f"GE.33-12345 {number}", ""]
    return "\n".join(out) + "\n"


class Probe:
    """A client that timestamps every publishDiagnostics by (uri, version)."""

    def __init__(self) -> None:
        self.client = LanguageClient("bench-lsp", "1")
        self.arrived: dict[tuple[str, int | None], float] = {}
        self.event = asyncio.Event()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: types.PublishDiagnosticsParams) -> None:
            self.arrived.setdefault((params.uri, params.version), time.perf_counter())
            self.event.set()

    async def start(self, root: Path) -> None:
        await self.client.start_io(*SERVER, env={**os.environ, "RESOLINT_LOG_LEVEL": "INFO"})
        self.server_side_ms: list[float] = []
        self._stderr = asyncio.create_task(self._read_stderr())
        await self.client.initialize_async(
            types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=root.as_uri())
        )
        self.client.initialized(types.InitializedParams())

    async def _read_stderr(self) -> None:
        """Drain the server's standard error (a full pipe would stall it) and keep its own timings."""
        stream = self.client._server.stderr
        while line := await stream.readline():
            if match := PUBLISHED_RE.search(line.decode("utf-8", "replace")):
                self.server_side_ms.append(float(match.group(1)))

    async def wait(self, uri: str, version: int, timeout: float = 600.0) -> float:
        async def until() -> float:
            while (uri, version) not in self.arrived:
                self.event.clear()
                await self.event.wait()
            return self.arrived[(uri, version)]

        return await asyncio.wait_for(until(), timeout)

    def open(self, uri: str, text: str) -> None:
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="resolution", version=1, text=text)
            )
        )

    def change(self, uri: str, version: int, position: types.Position, text: str, delete: bool) -> None:
        end = types.Position(line=position.line, character=position.character + (1 if delete else 0))
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangePartial(range=types.Range(position, end), text=text)],
            )
        )

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()
        self._stderr.cancel()


def typing_places(text: str, count: int, rng: random.Random) -> list[types.Position]:
    """Places inside long lines (paragraph text), where a drafter types."""
    lines = text.split("\n")
    long_lines = [index for index, line in enumerate(lines) if len(line) > 80 and line.isascii()]
    places = []
    for _ in range(count):
        line = rng.choice(long_lines)
        places.append(types.Position(line=line, character=rng.randint(10, len(lines[line]) - 10)))
    return places


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def measure_start(root: Path) -> float:
    text = SEED.read_text(encoding="utf-8")
    begin = time.perf_counter()
    probe = Probe()
    await probe.start(root)
    uri = (root / "seed.txt").as_uri()
    probe.open(uri, text)
    arrived = await probe.wait(uri, 1)
    await probe.stop()
    return arrived - begin


async def measure_edits(root: Path, name: str, text: str, edits: int) -> tuple[list[float], list[float]]:
    probe = Probe()
    await probe.start(root)
    uri = (root / f"{name}.res.md").as_uri()
    probe.open(uri, text)
    await probe.wait(uri, 1)
    rng = random.Random(58)
    latencies = []
    version = 1
    for position in typing_places(text, edits, rng):
        # type a character, then take it out again, so the document stays the same size
        for delete in (False, True):
            version += 1
            sent = time.perf_counter()
            probe.change(uri, version, position, "" if delete else "x", delete)
            latencies.append((await probe.wait(uri, version)) - sent)
    await probe.stop()
    return latencies, probe.server_side_ms[-len(latencies) :]


def in_process_ms(text: str, runs: int = 3) -> float:
    """Parse + lint of ``text`` in this process, best of ``runs``: what the server cannot beat."""
    import resolint
    from resolint.grammar.pdfcopy import clear_copies

    best = float("inf")
    for _ in range(runs):
        clear_copies()  # a PDF copy's segmentation is kept for the same text: measure it
        begin = time.perf_counter()
        resolint.lint(resolint.parse(text))
        best = min(best, time.perf_counter() - begin)
    return best * 1000


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def start_conditions() -> str:
    """What a start depends on besides the machine: resolint's bytecode and the generated-code cache."""
    import importlib.util

    import resolint
    from resolint.langserver.codecache import CodeCache, cache_path

    compiled = Path(importlib.util.cache_from_source(resolint.__file__)).exists()
    bytecode = "present" if compiled else "absent: each start compiles resolint's modules (about 50 ms)"
    if not compiled and os.environ.get("PYTHONDONTWRITEBYTECODE"):
        bytecode += "; PYTHONDONTWRITEBYTECODE is set (a pip install compiles them once)"
    if os.environ.get("RESOLINT_NO_CODE_CACHE"):
        generated = "off (RESOLINT_NO_CODE_CACHE)"
    else:
        entries = len(CodeCache(cache_path()).codes)
        generated = f"{entries} entries" if entries else "empty: the first start fills it"
    return f"resolint bytecode: {bytecode}; generated-code cache ({cache_path()}): {generated}"


async def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200, help="one-character edits per document (default 200)")
    parser.add_argument(
        "--sizes", default="seed,300k,300k-pdf,1m", help="comma-separated: seed, 300k, 1m, 300k-pdf (a PDF copy) …"
    )
    args = parser.parse_args(argv)
    root = REPO_ROOT / "examples"
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} CPUs (figures are only comparable on an idle machine)")
    print(start_conditions())
    starts = [await measure_start(root) for _ in range(3)]
    start = statistics.median(starts)
    print(
        f"server start to first diagnostics (seed): {start * 1000:.0f} ms (median of 3)"
        f"  target < {TARGET_START_S * 1000:.0f} ms  {verdict(start < TARGET_START_S)}"
    )
    for name, text in documents(args.sizes.split(",")).items():
        latencies, server_side = await measure_edits(root, name, text, args.edits // 2)
        p50 = percentile(latencies, 0.5) * 1000
        p95 = percentile(latencies, 0.95) * 1000
        target = TARGETS_P95_MS.get(name)
        judged = f"  target p95 <= {target:.0f} ms  {verdict(p95 <= target)}" if target else ""
        print(
            f"{name:>8} ({len(text.encode('utf-8')) / KB:,.0f} KB): didChange -> publishDiagnostics over "
            f"{len(latencies)} edits: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(latencies) * 1000:.1f} ms{judged}"
        )
        if server_side:
            print(
                f"       inside the server (change received -> diagnostics sent): "
                f"p50 {percentile(server_side, 0.5):.1f} ms, p95 {percentile(server_side, 0.95):.1f} ms"
            )
        print(f"       same text, parse + lint in one process (the floor): {in_process_ms(text):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
