"""Build a new text from fixes: one ordered pass, overlapping fixes skipped."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from itertools import accumulate

from scrubber.model import Fix


def _sort_key(fix: Fix) -> tuple[int, int]:
    # Leftmost first; at the same start the wider fix wins (a whole-line removal beats an
    # edit inside that line, which would be moot once the line is gone).
    return fix.start, -fix.end


def choose(fixes: Iterable[Fix]) -> list[Fix]:
    """The fixes to apply together: left to right, skipping any that overlaps one taken.

    Two insertions at the same offset also conflict, since their order would be arbitrary.
    """
    chosen: list[Fix] = []
    last_end = -1
    last_start = -1
    for fix in sorted(fixes, key=_sort_key):
        if fix.start < last_end or fix.start == last_start:
            continue
        chosen.append(fix)
        last_start, last_end = fix.start, fix.end
    return chosen


def apply(text: str, fixes: Sequence[Fix]) -> str:
    """Apply sorted, non-overlapping ``fixes`` (as returned by :func:`choose`) to ``text``."""
    parts: list[str] = []
    position = 0
    for fix in fixes:
        parts.append(text[position : fix.start])
        parts.append(fix.replacement)
        position = fix.end
    parts.append(text[position:])
    return "".join(parts)


class EditMap:
    """Maps offsets across one pass of fixes (sorted and non-overlapping) in O(log n).

    ``back`` takes an offset in the fixed text to the text before: surviving text maps to
    where it was, an offset inside a replacement maps to the replaced span, and at a
    deletion point a start maps past the deleted text while an end maps before it, so a
    span never grows to cover text it did not come from. ``forward`` takes an offset outside
    every fix to the fixed text.
    """

    def __init__(self, fixes: Sequence[Fix]) -> None:
        self.fixes = list(fixes)
        self.old_ends = [fix.end for fix in self.fixes]
        self.delta_after = list(accumulate(len(f.replacement) - (f.end - f.start) for f in self.fixes))
        self.new_starts = [f.start + (self.delta_after[i - 1] if i else 0) for i, f in enumerate(self.fixes)]

    def forward(self, offset: int) -> int:
        done = bisect.bisect_right(self.old_ends, offset)
        return offset + (self.delta_after[done - 1] if done else 0)

    def back(self, offset: int, *, is_end: bool = False) -> int:
        if is_end:
            index = bisect.bisect_left(self.new_starts, offset) - 1
        else:
            index = bisect.bisect_right(self.new_starts, offset) - 1
        if index < 0:
            return offset
        fix = self.fixes[index]
        new_end = self.new_starts[index] + len(fix.replacement)
        if offset < new_end:
            return fix.start
        if offset == new_end and is_end:
            return fix.end
        return offset - self.delta_after[index]
