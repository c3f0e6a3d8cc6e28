from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import COUNTER
from scrubber.text import Page

# What a heading can be: a year or an item's number ("1998", "3"), never "0" or "84.1K".
HEADING_NUMBER = re.compile(r"[1-9]\d{0,3}")


@rule("H109", "header-counter")
def header_counter(page: Page) -> Iterator[Hit]:
    """A line that is only a number, between the headline and the first paragraph, is removed.

    Above an article pages print the counts of their widgets (likes, comments, shares,
    views) and archive years, each on a line of its own once saved as text. An article says
    nothing with a bare number before its first sentence, except as the heading of that
    sentence (a timeline's "1998"): a year or an item's number right above the first
    paragraph stays unless it ends a group of counts. Number lines further down (a score,
    a list's numbering) stay.

    Before::

        The quiet collapse of the local paper
        Jane Okoro
        128
        14
        When the Herald closed last spring, the town lost more than a newspaper and its reporters.

    After::

        The quiet collapse of the local paper
        Jane Okoro
        When the Herald closed last spring, the town lost more than a newspaper and its reporters.
    """
    lines = page.above_prose
    counters = [COUNTER.fullmatch(line.text.strip()) is not None for line in lines]
    for index, line in enumerate(lines):
        # A year or an item's number right above the prose heads it (a timeline's "1998"),
        # unless it ends a group of counts ("57", "4").
        text = line.text.strip()
        heads_the_prose = index == len(lines) - 1 and HEADING_NUMBER.fullmatch(text) is not None
        if counters[index] and (not heads_the_prose or (index > 0 and counters[index - 1])):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"counter {line.stripped!r} above the article", "")
