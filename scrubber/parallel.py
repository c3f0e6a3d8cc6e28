"""Running a per-file function over many files: in order, in worker processes, with a
progress bar on a terminal only. Used by every command that walks a corpus."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def run_parallel(
    function: Callable[[T], R], items: Sequence[T], jobs: int, *, label: str = "files", quiet: bool = False
) -> Iterator[R]:
    """``function`` over ``items``, results in input order; ``jobs`` worker processes (one
    runs in this process); a progress bar on stderr when it is a terminal and not ``quiet``."""
    show = sys.stderr.isatty() and not quiet
    executor = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(items) > 1 else None
    try:
        results: Iterable[R]
        if executor is not None:
            chunk = max(1, min(256, len(items) // (jobs * 8)))
            results = executor.map(function, items, chunksize=chunk)
        else:
            results = map(function, items)
        if not show:
            yield from results
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
        ) as progress:
            task = progress.add_task(label, total=len(items))
            for result in results:
                progress.advance(task)
                yield result
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
