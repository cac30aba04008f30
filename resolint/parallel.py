"""Run one function over many files in worker processes, results in the input's order (ruff's model).

Lint, fix and import of a folder hand each file to :func:`run_ordered`. Few files run in this
process (starting workers would cost more than it saves); many go to a
:class:`concurrent.futures.ProcessPoolExecutor` in chunks, one worker per core. On Linux the
workers are forked after the grammar and the rules are loaded, so none of them pays for that again.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

MIN_FILES_PER_WORKER = 4  # below this a worker process costs more than it saves
CHUNKS_PER_WORKER = 16  # small chunks: a run of slow files (Word, long texts) does not leave the others idle
PROGRESS_MIN_FILES = 20
PROGRESS_INTERVAL = 0.1  # seconds between two updates of the progress line


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(files: int, jobs: int | None) -> int:
    """The processes to use for ``files`` files: ``jobs`` (default: every core), fewer for few files."""
    wanted = jobs if jobs and jobs > 0 else available_cores()
    return max(1, min(wanted, files // MIN_FILES_PER_WORKER))


def run_ordered(
    function: Callable[[_Item], _Result],
    items: Sequence[_Item],
    jobs: int | None = None,
    warm_up: Callable[[], object] | None = None,
    progress: Progress | None = None,
) -> Iterator[_Result]:
    """``function(item)`` for every item, in the order of ``items``; ``function`` must be a module-level
    function and items and results picklable. ``warm_up`` runs once here before workers start."""
    workers = worker_count(len(items), jobs)
    if workers == 1:
        for item in items:
            yield function(item)
            if progress:
                progress.step()
        return
    from concurrent.futures import ProcessPoolExecutor  # imported only for many files: 10-60 ms
    from concurrent.futures.process import BrokenProcessPool

    if warm_up is not None:
        warm_up()
    chunk = max(1, len(items) // (workers * CHUNKS_PER_WORKER))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        try:
            for result in pool.map(function, items, chunksize=chunk):
                yield result
                if progress:
                    progress.step()
        except BrokenProcessPool:
            raise WorkerError("a worker process died (out of memory?); run again with --jobs 1") from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _context() -> BaseContext:
    """Fork where it is safe and fast (Linux: workers inherit the loaded grammar); spawn elsewhere."""
    import multiprocessing

    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


class WorkerError(RuntimeError):
    """A worker process died (killed, out of memory); ``str(error)`` is a one-line message."""


class Progress:
    """``resolint: 120/700 files`` on standard error, rewritten in place, for long runs in a terminal."""

    def __init__(self, total: int, verb: str = "checked") -> None:
        self.total = total
        self.verb = verb
        self.done = 0
        self._last = 0.0

    @classmethod
    def wanted(cls, total: int, machine_format: bool = False) -> bool:
        """Only in a terminal, not in CI logs, not beside a machine-readable report, not for a few files."""
        return (
            total >= PROGRESS_MIN_FILES
            and not machine_format
            and not os.environ.get("CI")
            and sys.stderr is not None
            and sys.stderr.isatty()
        )

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL or self.done == self.total:
            self._last = now
            sys.stderr.write(f"\rresolint: {self.done}/{self.total} files {self.verb}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.done:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
