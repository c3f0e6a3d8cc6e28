"""Scale benchmark of ``scrubber dedupe``: generated news corpora with planted near-duplicates.

    python benchmarks/bench_dedupe.py --sizes 10000 100000 1000000 [--jobs 2] [--keep-corpus]

For each size, writes a corpus of that many documents to a temporary folder: original
articles (news-like text drawn from a Zipf-distributed vocabulary of pseudo-words, so
unrelated texts share common words and phrases as real news does) and, for about one
document in six, a planted copy of an earlier one with the edits syndication makes: a new
headline, a byline and a dateline, typos, a dropped paragraph, abridgement to 40-90%, and
another site's header and footer. Then runs the real command
(``python -m scrubber dedupe DIR --format jsonl --jobs N``) and reports precision, recall
and F1 of duplicate pairs against the planted truth, wall time, and peak memory (resident
set of the command's whole process tree, polled).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from itertools import combinations
from pathlib import Path

import numpy as np

SYLLABLES = "ka lo mi ne ra su te vo pa di go li ma ri sa to be da fe ki na po re si ta vu".split()
FUNCTION = "the of and to in a is that for on was with said he it as at by from his has are".split()
CHROME_TOP = ["Home", "News", "World", "Business", "Sport", "Subscribe to our newsletter", "Share this article"]
CHROME_BOTTOM = ["Related Articles", "Most Read", "© 2024 The Daily Example. All rights reserved."]


def vocabulary(rng: np.random.Generator, size: int = 30000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES, size=rng.integers(2, 5))))
    return sorted(words)


class Writer:
    """Draws news-like paragraphs: sentences of Zipf-distributed content words mixed with
    function words, capitalised, ending with a full stop. Words come from a stream sampled
    in bulk (inverse CDF over a million draws at a time), which keeps a million documents
    quick to generate."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = vocabulary(self.rng) + FUNCTION * 200
        ranks = np.arange(1, len(self.words) + 1)
        weights = 1.0 / ranks**0.9
        self.cdf = np.cumsum(weights / weights.sum())
        self.stream: list[str] = []
        self.position = 0

    def _take(self, count: int) -> list[str]:
        if self.position + count > len(self.stream):
            draws = np.searchsorted(self.cdf, self.rng.random(1_000_000))
            self.stream = [self.words[i] for i in np.minimum(draws, len(self.words) - 1)]
            self.position = 0
        chosen = self.stream[self.position : self.position + count]
        self.position += count
        return chosen

    def paragraph(self) -> str:
        sentences = []
        for _ in range(int(self.rng.integers(2, 5))):
            sentence = " ".join(self._take(int(self.rng.integers(10, 24))))
            sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        return " ".join(sentences)

    def article(self) -> list[str]:
        headline = " ".join(self._take(int(self.rng.integers(5, 10)))).title()
        return [headline] + [self.paragraph() for _ in range(int(self.rng.integers(4, 9)))]

    def variant(self, article: list[str]) -> list[str]:
        rng = self.rng
        headline, body = article[0], list(article[1:])
        if rng.random() < 0.5:
            headline = self.article()[0]
        if rng.random() < 0.3 and len(body) > 3:
            body.pop(int(rng.integers(1, len(body))))
        if rng.random() < 0.3:
            keep = max(2, int(len(body) * rng.uniform(0.4, 0.9)))
            body = body[:keep]
        if rng.random() < 0.5:
            body = [self._typos(p) for p in body]
        top = [f"By {' '.join(self._take(2)).title()}", "SPRINGFIELD (Wire) —"] if rng.random() < 0.5 else []
        chrome = rng.random() < 0.5
        return (CHROME_TOP if chrome else []) + [headline] + top + body + (CHROME_BOTTOM if chrome else [])

    def _typos(self, paragraph: str) -> str:
        words = paragraph.split()
        for _ in range(max(1, len(words) // 40)):
            i = int(self.rng.integers(0, len(words)))
            word = words[i]
            if len(word) > 3:
                j = int(self.rng.integers(1, len(word) - 1))
                words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        return " ".join(words)


def generate(folder: Path, size: int, seed: int) -> dict[str, str]:
    """Write ``size`` documents; return {file name: name of the original it copies}."""
    writer = Writer(seed)
    truth: dict[str, str] = {}
    originals: list[tuple[str, list[str]]] = []
    for index in range(size):
        name = f"d{index:07d}.txt"
        shard = folder / name[:5]
        shard.mkdir(exist_ok=True)
        if originals and writer.rng.random() < 1 / 6:
            source_name, source = originals[int(writer.rng.integers(max(0, len(originals) - 5000), len(originals)))]
            lines = writer.variant(source)
            truth[name] = truth.get(source_name, source_name)
        else:
            lines = writer.article()
            originals.append((name, lines))
            truth[name] = name
        (shard / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return truth


def pairs_of(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(pair)) for group in groups for pair in combinations(group, 2)}  # type: ignore[misc]


def peak_rss(process: subprocess.Popen[bytes], stop: threading.Event, result: list[int]) -> None:
    import psutil

    root = psutil.Process(process.pid)
    peak = 0
    while not stop.is_set():
        try:
            total = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
        except psutil.Error:
            total = 0
        peak = max(peak, total)
        time.sleep(0.05)
    result.append(peak)


def run(size: int, jobs: int, keep_corpus: bool) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix=f"dedupe-{size}-"))
    try:
        started = time.perf_counter()
        truth = generate(folder, size, seed=size)
        generated = time.perf_counter() - started
        command = [
            sys.executable,
            "-m",
            "scrubber",
            "dedupe",
            str(folder),
            "--format",
            "jsonl",
            "-q",
            "--jobs",
            str(jobs),
        ]
        out = folder.with_suffix(".jsonl")
        stop, peak = threading.Event(), []
        with out.open("wb") as stream:
            started = time.perf_counter()
            process = subprocess.Popen(command, stdout=stream)
            watcher = threading.Thread(target=peak_rss, args=(process, stop, peak))
            watcher.start()
            process.wait()
            wall = time.perf_counter() - started
            stop.set()
            watcher.join()
        predicted = []
        for line in out.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            predicted.append(
                [os.path.basename(record["keep"])] + [os.path.basename(d["path"]) for d in record["duplicates"]]
            )
        groups: dict[str, list[str]] = {}
        for name, original in truth.items():
            groups.setdefault(original, []).append(name)
        true_pairs, found = pairs_of(list(groups.values())), pairs_of(predicted)
        hit = len(true_pairs & found)
        precision = hit / len(found) if found else 1.0
        recall = hit / len(true_pairs) if true_pairs else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.unlink()
        return {
            "docs": size,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "seconds": wall,
            "peak_mb": (peak[0] if peak else 0) / 1e6,
            "generate_seconds": generated,
        }
    finally:
        if not keep_corpus:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep-corpus", action="store_true")
    args = parser.parse_args()
    results = []
    for size in args.sizes:
        result = run(size, args.jobs, args.keep_corpus)
        results.append(result)
        quality = f"precision {result['precision']:.4f} recall {result['recall']:.4f} f1 {result['f1']:.4f}"
        cost = f"{result['seconds']:.1f} s  peak {result['peak_mb']:.0f} MB"
        print(f"{size:>8} docs: {quality}  {cost}  (generated in {result['generate_seconds']:.0f} s)", flush=True)
    for small, large in zip(results, results[1:], strict=False):
        print(
            f"time ratio {small['docs']} -> {large['docs']}: {large['seconds'] / small['seconds']:.1f}x "
            f"for {large['docs'] / small['docs']:.0f}x documents"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
