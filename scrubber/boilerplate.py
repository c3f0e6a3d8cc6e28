"""Learned site boilerplate: lines that recur verbatim across many documents of a corpus.

``learn`` counts, per document (a line repeated inside one document counts once), every
distinct non-blank line, and keeps those found in enough documents. The result is a plain
text list with counts that a person reviews and commits; ``clean --boilerplate FILE`` then
removes exactly those lines (rule B101).

Thresholds: a line must appear in at least ``min_docs`` documents (default 5). A line that
reads like prose (twelve words or more, ending like a sentence) must also appear in at least
``prose_share`` of the documents (default 5%): a famous quote or a wire sentence repeated by
coincidence in a handful of articles is not boilerplate, while a publisher's standard notice
is in most of its pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scrubber.errors import ScrubberError
from scrubber.text import is_prose

DEFAULT_MIN_DOCS = 5
DEFAULT_PROSE_SHARE = 0.05
HEADER = "# scrubber learned boilerplate"


class BoilerplateError(ScrubberError):
    """A boilerplate list cannot be read."""


def line_key(line: str) -> str:
    """The form lines are compared in: spacing folded (no-break spaces included), case kept."""
    return " ".join(line.split())


def document_lines(text: str) -> set[str]:
    return {key for key in map(line_key, text.splitlines()) if key}


@dataclass(frozen=True)
class LearnedLine:
    documents: int
    line: str


class LineCounter:
    """Counts, per document, the lines of a corpus; feed it documents, then ask ``learned``."""

    def __init__(self) -> None:
        self.documents = 0
        self.counts: Counter[str] = Counter()

    def add(self, lines: Iterable[str]) -> None:
        self.documents += 1
        self.counts.update(set(lines))

    def learned(
        self, *, min_docs: int = DEFAULT_MIN_DOCS, prose_share: float = DEFAULT_PROSE_SHARE
    ) -> list[LearnedLine]:
        prose_min = max(min_docs, prose_share * self.documents)
        found = [
            LearnedLine(count, line)
            for line, count in self.counts.items()
            if count >= min_docs and (count >= prose_min or not is_prose(line))
        ]
        return sorted(found, key=lambda item: (-item.documents, item.line))


def format_list(lines: list[LearnedLine], documents: int, *, min_docs: int, prose_share: float) -> str:
    head = [
        HEADER,
        f"# {documents} documents; kept lines found in >= {min_docs} documents "
        f"(prose-like lines: also >= {prose_share:.0%} of them).",
        "# One entry per line: <documents>TAB<line>. Delete an entry to keep that line in the texts;",
        "# `scrubber clean --boilerplate FILE` removes the lines listed here (rule B101).",
    ]
    return "\n".join(head + [f"{item.documents}\t{item.line}" for item in lines]) + "\n"


def load_list(path: Path) -> frozenset[str]:
    """The lines of a boilerplate list (comments and blank lines skipped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BoilerplateError(f"{path}: cannot read boilerplate list ({error})") from None
    lines = set()
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        count, tab, line = raw.partition("\t")
        if not tab or not count.strip().isdigit():
            raise BoilerplateError(f"{path}:{number}: expected '<documents>TAB<line>', got {raw[:60]!r}")
        lines.add(line_key(line))
    return frozenset(lines)
