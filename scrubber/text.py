"""A read-only view of a text that rules share: its lines and the article's zones.

Rules work on character offsets into ``Page.text``. Line breaks are ``\\n``, ``\\r\\n`` or a
lone ``\\r`` so that line rules see the right lines even before line endings are normalized.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

LINE_BREAK = re.compile(r"\r\n|\r|\n")
WORD = re.compile(r"\w+(?:['’-]\w+)*")
# A prose line ends like a sentence: terminal punctuation, maybe inside closing quotes.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# How many words a line needs before we treat it as a paragraph of prose rather than a label.
PROSE_MIN_WORDS = 12
# The header zone never extends past this many non-blank lines: the stamp, byline and
# standfirst of an article sit at its top, and anything further is the body.
HEADER_MAX_LINES = 20


class Line(NamedTuple):
    """One line: ``text`` excludes the break; ``break_end`` is the offset after the break.

    A named tuple rather than a dataclass: pages hold tens of thousands of lines and tuples
    are built several times faster.
    """

    index: int
    start: int
    end: int
    break_end: int
    text: str
    is_blank: bool

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> tuple[Line, ...]:
    if "\r" in text:
        pieces = LINE_BREAK.split(text)
        breaks = [m.end() - m.start() for m in LINE_BREAK.finditer(text)]
    else:
        pieces = text.split("\n")
        breaks = [1] * (len(pieces) - 1)
    if pieces and pieces[-1] == "":
        pieces.pop()  # the text ends with a break: no empty line after it
    lines = []
    start = 0
    for index, piece in enumerate(pieces):
        end = start + len(piece)
        break_end = end + (breaks[index] if index < len(breaks) else 0)
        lines.append(Line(index, start, end, break_end, piece, not piece or piece.isspace()))
        start = break_end
    return tuple(lines)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def is_prose(text: str) -> bool:
    """A line that reads like a paragraph: enough words and a sentence ending."""
    stripped = text.strip()
    return len(words(stripped)) >= PROSE_MIN_WORDS and bool(SENTENCE_END.search(stripped))


def fold(text: str) -> str:
    """Whitespace- and case-folded form used to compare lines."""
    return " ".join(text.split()).casefold()


class Page:
    """The text a rule inspects, with its lines computed once and shared by all rules."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        return split_lines(self.text)

    @cached_property
    def content_lines(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if not line.is_blank)

    @cached_property
    def headline(self) -> Line | None:
        """The first non-blank line, where a saved article keeps its title."""
        return self.content_lines[0] if self.content_lines else None

    @cached_property
    def header_zone(self) -> tuple[Line, ...]:
        """Non-blank lines from the top up to (not including) the second prose paragraph.

        The first prose line may be a standfirst; stamps and captions often sit between it
        and the body, so the zone ends only at the second one (or ``HEADER_MAX_LINES``).
        """
        zone: list[Line] = []
        prose_seen = 0
        for line in self.content_lines[:HEADER_MAX_LINES]:
            if is_prose(line.text):
                prose_seen += 1
                if prose_seen == 2:
                    break
            zone.append(line)
        return tuple(zone)

    def line_removal(self, line: Line) -> tuple[int, int]:
        """The span that deletes ``line`` and, when it stands alone as a paragraph, one of the
        blank lines around it, so removing it leaves the paragraph spacing as it was."""
        lines = self.lines
        before_blank = line.index == 0 or lines[line.index - 1].is_blank
        after = lines[line.index + 1] if line.index + 1 < len(lines) else None
        if before_blank and after is not None and after.is_blank:
            return line.start, after.break_end
        return line.start, line.break_end

    def lines_matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indexes of the lines where ``pattern`` matches, in order, each once.

        Rules that look for rare markers search the whole text with one regular expression
        (fast, in C) and examine only the lines it hits.
        """
        indexes: list[int] = []
        lines = self.lines
        position = 0
        while (match := pattern.search(self.text, position)) is not None:
            index = self.line_at(match.start())
            indexes.append(index)
            position = max(lines[index].break_end, match.end())  # next line: one hit is enough
        return indexes

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines] or [0]

    def line_at(self, offset: int) -> int:
        """0-based index of the line holding ``offset``."""
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)


def marker_pattern(alternatives: list[str], flags: int = 0) -> re.Pattern[str]:
    """Compile ``alt1|alt2|...`` behind a lookahead for their first characters.

    Python's regex engine tries every alternative at every position; a leading character
    class lets it skip positions that cannot start a match, which makes a search for rare
    marker words over a whole text about six times faster. Each alternative must start with
    a literal character (optionally after ``\\b``).
    """
    firsts: set[str] = set()
    for alternative in alternatives:
        first = alternative.removeprefix("\\b")[0]
        if first == "\\" or first in "([.^$*+?{|":
            raise ValueError(f"alternative must start with a literal: {alternative!r}")
        firsts.add(first)
        if flags & re.IGNORECASE:
            firsts.update((first.lower(), first.upper()))
    charset = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(f"(?=[{charset}])(?:{'|'.join(alternatives)})", flags)


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (lines broken by \\n, \\r\\n or \\r)."""
    line = 1
    line_start = 0
    for match in LINE_BREAK.finditer(text, 0, offset):
        if match.end() > offset:
            break
        line += 1
        line_start = match.end()
    return line, offset - line_start + 1
