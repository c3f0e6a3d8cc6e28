"""Score the mojibake repair on ftfy's real-world test cases (../shared/bench/encoding).

    python benchmarks/score_mojibake.py [--cases PATH] [--show-misses]

Each case's ``original`` goes through scrubber's character rules (E1xx, what ``clean`` runs
on text before the line rules). We keep curly quotes where ftfy's default output straightens
them, so quotes are folded on both sides before comparing. A case counts as fixed when the
output equals ``fixed`` (ftfy's full default output) or ``fixed-encoding`` (its output with
encoding repair only, which is our configuration: it keeps ligatures and full-width forms).

Printed: the share of ``expect: pass`` cases fixed, and how many of the cases whose original
is already correct (``original == fixed``) were changed (must be none).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scrubber import clean

DEFAULT_CASES = Path(__file__).resolve().parents[2] / "shared" / "bench" / "encoding" / "test_cases.json"
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def fold(text: str) -> str:
    return text.translate(QUOTES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    if not args.cases.exists():
        print(f"no test cases at {args.cases}", file=sys.stderr)
        return 2
    cases = json.loads(args.cases.read_text(encoding="utf-8"))
    passing = [c for c in cases if c["expect"] == "pass"]
    unchanged = [c for c in cases if c["original"] == c["fixed"]]
    fixed, misses = 0, []
    for case in passing:
        out = fold(clean(case["original"], select=["E"]).text)
        if out in {fold(case["fixed"]), fold(case.get("fixed-encoding", case["fixed"]))}:
            fixed += 1
        else:
            misses.append(case)
    altered = [c for c in unchanged if clean(c["original"], select=["E"]).text != c["original"]]
    print(f"fixed {fixed}/{len(passing)} expect=pass cases ({fixed / len(passing):.1%})")
    print(f"changed {len(altered)}/{len(unchanged)} cases whose original is already correct")
    if args.show_misses:
        for case in misses + altered:
            print(f"  {case['label']}: {case['original'][:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
