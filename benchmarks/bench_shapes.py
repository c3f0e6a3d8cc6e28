"""How ``clean`` scales with the shape of a text: growth of its time when the text grows.

    python benchmarks/bench_shapes.py [--lines 20000] [--factor 4]

Scraped files are not all articles: page dumps of thousands of menu lines, texts saved
without a line break, runs of blank lines. For each shape, a text of ``--lines`` units and
one ``--factor`` times larger are cleaned once each; the script prints MB/s and how much
longer the larger took. A ratio near the factor is linear; near its square, quadratic.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

from scrubber import clean
from scrubber.text import clear_caches

WORDS = (
    "the of and to in a is that for it as was with be by on not this are or from at which but have "
    "council city river school bridge report water market station minister court police weather"
).split()
MENU = ["Home", "News", "Sport", "Share", "Advertisement", "Comments (3)", "Follow us"]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."


def _paragraphs(n: int, rng: random.Random) -> str:
    return "\n\n".join(_sentence(rng) + " " + _sentence(rng) for _ in range(n // 2))


SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "paragraphs": _paragraphs,
    "one line, no breaks": lambda n, rng: " ".join(_sentence(rng) for _ in range(n // 2)),
    "short lines": lambda n, rng: "\n".join(" ".join(rng.sample(WORDS, rng.randint(1, 4))) for _ in range(n)),
    "menu lines": lambda n, rng: "\n".join(rng.choice(MENU) for _ in range(n)),
    "date lines": lambda n, rng: "\n".join(f"Updated Nov {i % 28 + 1}, 2019 at 9:{i % 60:02d} pm ET" for i in range(n)),
    "links of one length": lambda n, rng: "\n".join(f"[Story {i % 9000 + 1000}](https://ex.com/{i})" for i in range(n)),
    "blank lines": lambda n, rng: "Title\n" + "\n" * (n * 10) + "Body.\n",
    "stuttered words, no breaks": lambda n, rng: "Привет мир это тест " * n,
}


def _seconds(text: str) -> float:
    clear_caches()
    start = time.perf_counter()
    clean(text)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=20000, help="units (lines, sentences) of the smaller text")
    parser.add_argument("--factor", type=int, default=4)
    args = parser.parse_args()
    clean("warm up the rule table\n")
    columns = f"{'MB':>6} {'s':>7} {'MB/s':>6}"
    print(f"{'shape':<28} {columns}   {columns}   growth (x{args.factor} text)")
    for name, make in SHAPES.items():
        small, large = make(args.lines, random.Random(1)), make(args.lines * args.factor, random.Random(1))
        times = [_seconds(small), _seconds(large)]
        sizes = [len(small.encode("utf-8")) / 1e6, len(large.encode("utf-8")) / 1e6]
        cells = "   ".join(f"{mb:6.2f} {s:7.2f} {mb / s:6.2f}" for mb, s in zip(sizes, times, strict=True))
        print(f"{name:<28} {cells}   x{times[1] / times[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
