"""Throughput of the decode + character-normalization stage (decode() and the E1xx rules).

    python benchmarks/bench_decode.py [--data ../shared/bench/articles/gold] [--runs 5]

Two corpora are built from the gold article bodies (clean human-made text):
- clean English UTF-8: the bodies that are mostly ASCII, as bytes;
- mojibake in every paragraph: the same bodies with every paragraph's UTF-8 read as
  Windows-1252 (the commonest damage), after making sure each paragraph has a non-ASCII
  character to damage.
Prints the median MB/s (input bytes per second) over ``--runs`` runs for each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from scrubber import clean
from scrubber.decode import decode

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "articles" / "gold"
CHARACTER_RULES = ["E"]


def english_bodies(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [t for t in texts if sum(c.isascii() for c in t) >= 0.99 * len(t)]


def damage(text: str) -> str:
    paragraphs = []
    for paragraph in text.split("\n\n"):
        if paragraph.isascii():
            paragraph = paragraph.replace(" ", " café ", 1)
        paragraphs.append(paragraph.encode("utf-8").decode("cp1252", errors="replace"))
    return "\n\n".join(paragraphs)


def stage(data: bytes) -> str:
    return clean(decode(data).text, select=CHARACTER_RULES).text


def throughput(corpus: list[bytes], runs: int) -> float:
    megabytes = sum(map(len, corpus)) / 1e6
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        for data in corpus:
            stage(data)
        timings.append(time.perf_counter() - start)
    return megabytes / statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=4, help="use each corpus this many times per run")
    args = parser.parse_args()
    bodies = english_bodies(args.data)
    if not bodies:
        print(f"no English bodies under {args.data}", file=sys.stderr)
        return 2
    clean_corpus = [t.encode("utf-8") for t in bodies] * args.repeat
    damaged_corpus = [damage(t).encode("utf-8") for t in bodies] * args.repeat
    stage("warm up cafÃ©".encode())
    print(f"corpus: {len(bodies)} English bodies, {sum(map(len, clean_corpus)) / 1e6:.2f} MB per run")
    print(f"decode + normalize, clean English UTF-8: median {throughput(clean_corpus, args.runs):.1f} MB/s")
    print(f"decode + normalize, mojibake in every paragraph: median {throughput(damaged_corpus, args.runs):.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
