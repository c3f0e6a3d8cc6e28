"""Batch throughput of ``scrubber clean``: single job and all cores, peak memory, and the
wall time of ``scrubber check`` on one file (what a pre-commit hook pays).

    python benchmarks/bench_batch.py [--megabytes 200] [--data ../shared/bench/articles/raw]

Builds a corpus of about ``--megabytes`` MB by repeating the benchmark's raw pages (each copy
under its own name), then times ``python -m scrubber clean CORPUS -o OUT -q --jobs N`` for
N = 1 and N = all cores, polling the resident memory of the whole process tree. Figures are
medians of ``--runs`` runs where the corpus is small enough to repeat.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "articles" / "raw"


def build(folder: Path, data: Path, megabytes: float) -> float:
    pages = [p.read_bytes() for p in sorted(data.glob("*.txt"))]
    total = 0
    copy = 0
    while total < megabytes * 1e6:
        shard = folder / f"copy{copy:04d}"
        shard.mkdir()
        for index, page in enumerate(pages):
            (shard / f"{index:03d}.txt").write_bytes(page)
            total += len(page)
        copy += 1
    return total / 1e6


def measure(command: list[str]) -> tuple[float, float]:
    import psutil

    peak = [0]
    stop = threading.Event()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)

    def watch() -> None:
        root = psutil.Process(process.pid)
        while not stop.is_set():
            try:
                rss = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
                peak[0] = max(peak[0], rss)
            except psutil.Error:
                pass
            time.sleep(0.05)

    watcher = threading.Thread(target=watch)
    started = time.perf_counter()
    watcher.start()
    process.wait()
    elapsed = time.perf_counter() - started
    stop.set()
    watcher.join()
    return elapsed, peak[0] / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=200)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        size = build(corpus, args.data, args.megabytes)
        print(f"corpus: {size:.1f} MB in {sum(1 for _ in corpus.rglob('*.txt'))} files")
        speeds = {}
        for jobs in sorted({1, cores}):
            timings, peaks = [], []
            for _ in range(args.runs):
                out = work / f"out{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                command = [
                    sys.executable,
                    "-m",
                    "scrubber",
                    "clean",
                    str(corpus),
                    "-o",
                    str(out),
                    "-q",
                    "--jobs",
                    str(jobs),
                ]
                elapsed, peak = measure(command)
                timings.append(elapsed)
                peaks.append(peak)
            speeds[jobs] = size / statistics.median(timings)
            print(f"clean --jobs {jobs}: {speeds[jobs]:.1f} MB/s, peak memory {max(peaks):.0f} MB")
        if cores > 1:
            print(f"all cores / one job: {speeds[cores] / speeds[1]:.2f}x")
        one = next(args.data.glob("*.txt"))
        walls = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "scrubber", "check", "-q", str(one)], stdout=subprocess.DEVNULL)
            walls.append(time.perf_counter() - started)
        print(f"scrubber check one file: median {statistics.median(walls):.2f} s wall over 5 runs")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
