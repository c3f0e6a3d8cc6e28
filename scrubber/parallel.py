"""Running a per-file function over many files: in order, in worker processes, with a
progress bar on a terminal only. Used by every command that walks a corpus.

Work is handed out in chunks, and only a few chunks per worker are in flight at a time, so a
run over a million paths holds a bounded number of pending results, not a million futures.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")
CHUNKS_IN_FLIGHT_PER_WORKER = 4
MAX_CHUNK = 64
# How often a worker looks whether the process that started it is still there.
PARENT_CHECK_SECONDS = 0.5


def default_jobs() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _exit_with_parent() -> None:
    """Make this worker exit once the process that started it is gone. A parent killed
    outright (SIGKILL, the out-of-memory killer, a CI timeout) cannot shut its pool down,
    and its workers, waiting on a queue whose other end their siblings still hold open,
    would wait for ever. The parent is read here, not passed in: under the forkserver start
    method it is the server process, which ends with the main one."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)  # workers write nothing, so nothing is left half done

    threading.Thread(target=watch, name="scrubber-parent-watch", daemon=True).start()


def _apply(function: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [function(item) for item in chunk]


def _pooled(function: Callable[[T], R], items: Sequence[T], jobs: int) -> Iterator[R]:
    # Imported here: the pool's modules are a twentieth of the start of a one-file run.
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(MAX_CHUNK, len(items) // (jobs * 8)))
    chunks = (items[start : start + size] for start in range(0, len(items), size))
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent) as executor:
        try:
            for chunk in chunks:
                pending.append(executor.submit(_apply, function, chunk))
                while len(pending) >= jobs * CHUNKS_IN_FLIGHT_PER_WORKER:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def run_parallel(
    function: Callable[[T], R], items: Sequence[T], jobs: int, *, label: str = "files", quiet: bool = False
) -> Iterator[R]:
    """``function`` over ``items``, results in input order, in ``jobs`` worker processes (in
    this process when ``jobs`` is 1); a progress bar on stderr when it is a terminal."""
    results = _pooled(function, items, jobs) if jobs > 1 and len(items) > 1 else map(function, items)
    if not sys.stderr.isatty() or quiet:
        yield from results
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True) as bar:
        task = bar.add_task(label, total=len(items))
        for result in results:
            bar.advance(task)
            yield result
