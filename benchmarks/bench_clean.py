"""Throughput of ``scrubber.clean`` with the default rules, on one core.

    python benchmarks/bench_clean.py [--data ../shared/bench/articles/raw] [--runs 5]

Reads every ``*.txt`` under the data folder once, then times ``clean`` over all of them
``--runs`` times and prints the median MB/s (UTF-8 bytes of input per second of wall time),
with a per-rule profile of where the time goes. A reference pass (one regular expression
over the same texts) is timed in the same run, since throughput on shared machines is noisy.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

from scrubber import clean
from scrubber.registry import all_rules
from scrubber.text import Page, clear_caches

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "articles" / "raw"


def _time(function, texts: list[str]) -> float:
    clear_caches()  # each run starts cold, as a new corpus would
    start = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=1, help="use the corpus this many times per run")
    parser.add_argument("--no-profile", action="store_true", help="skip the per-rule breakdown")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.data.glob("*.txt"))] * args.repeat
    if not texts:
        print(f"no *.txt under {args.data}", file=sys.stderr)
        return 2
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    clean("warm up the rule table\n")
    word = re.compile(r"\w+")
    runs = [_time(clean, texts) for _ in range(args.runs)]
    reference = [_time(word.findall, texts) for _ in range(args.runs)]
    median, ref = statistics.median(runs), statistics.median(reference)
    print(f"corpus: {len(texts)} texts, {megabytes:.2f} MB")
    print(f"clean (default rules): median {megabytes / median:.1f} MB/s over {args.runs} runs")
    print(f"reference regex \\w+ findall: {megabytes / ref:.1f} MB/s (clean is {median / ref:.1f}x slower)")
    if args.no_profile:
        return 0
    print("time per rule on one lint pass (s):")
    for rule_ in all_rules():
        seconds = _time(lambda t, r=rule_: r.check(Page(t)), texts)
        print(f"  {rule_.code} {rule_.name:<22} {seconds:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
