"""Score mojibake repair on whole pages misread through a legacy code page.

    python benchmarks/score_misread_pages.py [--data tests/clean_articles] [--show]

Each of the project's own clean articles (news in many languages, and many genres) is encoded as UTF-8
and decoded through a code page, as a scraper that guessed the page's encoding wrong would
(texts the code page cannot decode strictly are skipped for it); the last rows misread the
text twice over. ``clean`` then runs with the
default rules. Printed per code page: how many of the article lines that hold non-ASCII text
come back exactly, how many stay damaged, and how many pages' line count changed. Lines of
ASCII alone are not counted (they cannot be damaged), but a page whose lines do not all come
back is reported with ``--show``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrubber import clean

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent / "tests" / "clean_articles"
CODE_PAGES = (
    "cp1252",
    "latin-1",
    "cp1250",
    "iso8859-2",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "mac-roman",
    "cp437",
    "koi8-r",
    # Arabic, Hebrew and Thai pages' own code pages.
    "cp1256",
    "cp1255",
    "cp874",
    # Misread twice over, as text that went through two wrong decodings is.
    "cp1252 twice",
    "latin-1 twice",
)


def _misread(text: str, code_page: str) -> str:
    name, _, twice = code_page.partition(" ")
    misread = text.encode("utf-8").decode(name)
    return misread.encode("utf-8").decode(name) if twice else misread


def score(texts: dict[str, str], code_page: str, show: bool) -> tuple[int, int, int]:
    """(lines with non-ASCII text, of those left damaged, pages whose lines do not line up)."""
    lines = damaged = misaligned = 0
    for name, text in texts.items():
        try:
            misread = _misread(text, code_page)
        except UnicodeDecodeError:
            continue
        if misread == text:
            continue
        cleaned, expected = clean(misread).text.split("\n"), text.split("\n")
        if len(cleaned) != len(expected):
            misaligned += 1
            continue
        for got, want in zip(cleaned, expected, strict=True):
            if want.isascii():
                if got != want and show:
                    print(f"  {code_page} {name}: ASCII line changed: {got[:70]!r}")
                continue
            lines += 1
            if got != want:
                damaged += 1
                if show:
                    print(f"  {code_page} {name}: {got[:70]!r}")
    return lines, damaged, misaligned


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", action="store_true", help="print the lines left damaged")
    args = parser.parse_args()
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(args.data.glob("*.txt"))}
    if not texts:
        print(f"no *.txt under {args.data}", file=sys.stderr)
        return 2
    total_lines = total_damaged = 0
    for code_page in CODE_PAGES:
        lines, damaged, misaligned = score(texts, code_page, args.show)
        total_lines, total_damaged = total_lines + lines, total_damaged + damaged
        print(f"{code_page:>14}: {lines - damaged}/{lines} non-ASCII lines repaired, {misaligned} pages misaligned")
    print(f"{'all':>14}: {total_lines - total_damaged}/{total_lines} repaired, {total_damaged} left damaged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
