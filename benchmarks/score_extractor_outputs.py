"""Score cleaning on other extractors' outputs of the benchmark pages.

    python benchmarks/score_extractor_outputs.py [--shared ../shared] [--show]

The dedupe quality set (``bench/dedupe/quality``) holds 862 texts: what 33 extraction tools
made of the 181 benchmark pages (Markdown, one cell a line, hard-wrapped, double-spaced,
whole pages on one line), many with wire-style edits (another site's header and footer, a
byline, a dateline). Each belongs to a page whose human-made body is in
``bench/articles/gold``, so the articles' own ``score.py`` can score them: the raw texts,
then ``clean`` with the default fixes and with ``--unsafe-fixes``. This is text shaped
unlike the pages the rules were written against; ``lost`` (texts whose recall fell more
than two points) is the figure to watch. ``--show`` lists the lost texts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from scrubber import clean

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
LOSS_POINTS = 0.02


def _pairs(shared: Path, data: Path) -> int:
    """Write ``data/raw`` and ``data/gold`` (a text and its page's gold body, same name)."""
    quality = shared / "bench" / "dedupe" / "quality"
    truth = json.loads((quality / "truth.json").read_text(encoding="utf-8"))["docs"]
    golds = {path.stem[:12]: path for path in (shared / "bench" / "articles" / "gold").glob("*.txt")}
    (data / "raw").mkdir(parents=True)
    (data / "gold").mkdir()
    count = 0
    for name, record in sorted(truth.items()):
        gold = golds.get(record["cluster"])
        if gold is None:
            continue
        (data / "raw" / name).write_bytes((quality / "docs" / name).read_bytes())
        (data / "gold" / name).write_bytes(gold.read_bytes())
        count += 1
    return count


def _score(shared: Path, data: Path, out: Path | None, per_doc: Path | None = None) -> str:
    command = [sys.executable, str(shared / "bench" / "articles" / "score.py"), "--data", str(data)]
    command += [str(out)] if out else ["--raw"]
    if per_doc:
        command += ["--per-doc", str(per_doc)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--show", action="store_true", help="list the texts that lost content")
    args = parser.parse_args()
    if not (args.shared / "bench" / "dedupe" / "quality" / "truth.json").exists():
        print(f"no dedupe quality set under {args.shared}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        print(f"{_pairs(args.shared, data)} extractor outputs")
        print(f"raw:    {_score(args.shared, data, None)}")
        for label, unsafe in (("safe", False), ("unsafe", True)):
            out = Path(tmp) / label
            out.mkdir()
            for raw in sorted((data / "raw").glob("*.txt")):
                text = raw.read_text(encoding="utf-8", errors="replace")
                (out / raw.name).write_text(clean(text, unsafe_fixes=unsafe).text, encoding="utf-8")
            per_doc = Path(tmp) / f"{label}.jsonl"
            print(f"{label + ':':7} {_score(args.shared, data, out, per_doc)}")
            if args.show:
                rows = [json.loads(line) for line in per_doc.read_text(encoding="utf-8").splitlines()]
                lost = [f"{row['id']} ({row['recall_drop']:.3f})" for row in rows if row["recall_drop"] > LOSS_POINTS]
                print("        lost: " + (", ".join(lost) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
