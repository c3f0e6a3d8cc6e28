"""Build a new text from fixes: one ordered pass, overlapping fixes skipped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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


def map_back(offset: int, fixes: Sequence[Fix], *, is_end: bool = False) -> int:
    """Map an offset in the fixed text to the text before ``fixes`` were applied.

    Text that survived maps to where it was. An offset inside a replacement maps to the
    replaced span. At a deletion point a start maps past the deleted text and an end maps
    before it, so a span never grows to cover text it did not come from.
    """
    delta = 0
    for fix in fixes:
        new_start = fix.start + delta
        new_end = new_start + len(fix.replacement)
        if offset < new_start or (offset == new_start and is_end):
            break
        if offset < new_end:
            return fix.start
        if offset == new_end and is_end:
            return fix.end
        delta += len(fix.replacement) - (fix.end - fix.start)
    return offset - delta
