"""The shared needle scan finds exactly the lines a search of each word with ``str.find`` does."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber.needles import Needles
from scrubber.text import Page

EXAMPLES = int(os.environ.get("SCRUBBER_HYPOTHESIS_EXAMPLES", "200"))

# Words that overlap and nest ("ab" in "abc", "b" in both), one spanning a space, one in
# another script, and a second set sharing a word with the first: the cases where a single
# automaton could report a line a word-by-word search would not, or miss one.
FIRST = Needles(("ab", "abc", "b c", "ß"))
SECOND = Needles(("abc", "©"))
pieces = st.sampled_from(["a", "b", "c", " ", "\n", "\r\n", "A", "B", "ß", "©", "x", "İ"])
texts = st.lists(pieces, max_size=60).map("".join)


def _line_starts(page: Page, needles: Needles | tuple[str, ...]) -> list[int]:
    return [line.start for line in page.lines_containing(needles)]


@settings(max_examples=EXAMPLES, deadline=None)
@given(texts, st.lists(st.integers(min_value=0, max_value=60), max_size=4))
def test_shared_scan_finds_the_lines_str_find_finds(text: str, cuts: list[int]) -> None:
    page = Page(text)
    # Line-aligned ranges, as the engine passes them: whole lines between chosen cuts.
    starts = sorted({page.line_around(min(cut, len(text))).start for cut in cuts} | {len(text)})
    ranges = [(a, b) for a, b in zip(starts, starts[1:], strict=False)] or [(0, len(text))]
    for view in (page, page.with_ranges(ranges)):
        for needles in (FIRST, SECOND):
            assert _line_starts(view, needles) == _line_starts(view, tuple(needles))


def test_lines_holding_a_word_twice_come_once() -> None:
    page = Page("abc abc\nnone\nAB here\n")
    assert _line_starts(page, FIRST) == [0, 13]


def test_needles_must_be_lower_case() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        Needles(("Share",))
