from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import shape
from scrubber.text import Page, is_list_introduction

# A line that starts with "By", or has a digit within its first 40 characters (every stamp
# and rank does). The search skips from line break to line break.
MARKING_HINT = re.compile(r"(?:\A|\n)[^\S\n]*(?:[Bb][Yy]\b|[^\n]{0,40}?\d)")
# A teaser record is two to four lines (headline, byline, stamp...) and a listing repeats it.
PERIODS = (2, 3, 4)
MIN_REPEATS = 3
# Only records carrying a byline, a time stamp or a rank number are listings; repeated plain
# text is not.
MARKING_SHAPES = frozenset({"stamp", "byline", "rank"})
# Records marked by a byline alone ("North Woods" over "By Daniel Mason") are also how an
# article lists books or essays: such a listing's removal is unsafe.
AUTHORED_ONLY = frozenset({"byline"})


@rule("R103", "teaser-records")
def teaser_records(page: Page) -> Iterator[Hit]:
    """A listing of other articles (repeated headline / byline / stamp / rank records) is removed.

    News sites list their latest stories as records of the same shape: a headline, "By
    REUTERS", "11/20/2019 10:08 AM", again and again. Three or more consecutive records of
    two to four lines, each carrying a byline or a stamp, are such a listing. Prose never
    repeats a shape that regularly; a schedule that the article introduces with a colon
    ("The dates announced so far:") has the same shape and is left alone. Records marked by
    a byline only are also an article's list of books or essays: their removal is unsafe.

    Before::

        Story
        The article text, long enough to count as a paragraph of prose here.
        Mayor wins second term
        November 19, 2019
        Council approves budget
        November 18, 2019
        Storm closes schools
        November 17, 2019

    After::

        Story
        The article text, long enough to count as a paragraph of prose here.
    """
    # Every record carries a line that starts with "By" or holds a digit: without three such
    # lines there is no listing, and one regular-expression scan tells.
    if sum(1 for _ in islice(MARKING_HINT.finditer(page.text), MIN_REPEATS)) < MIN_REPEATS:
        return
    content = [line for line in page.lines if not line.is_blank]
    shapes = [shape(line.text) for line in content]
    if sum(1 for kind in shapes if kind in MARKING_SHAPES) < MIN_REPEATS:
        return
    index = 0
    while index < len(content):
        best, marks = 0, frozenset[str]()
        for period in PERIODS:
            pattern = shapes[index : index + period]
            if len(pattern) < period or not MARKING_SHAPES.intersection(pattern) or "prose" in pattern:
                continue
            if MARKING_SHAPES.issuperset(pattern):
                continue  # no headline: a table's figures, one cell a line ("19", "0", "0")
            repeats = 1
            while shapes[index + repeats * period : index + (repeats + 1) * period] == pattern:
                repeats += 1
            if repeats >= MIN_REPEATS and repeats * period > best:
                best, marks = repeats * period, MARKING_SHAPES.intersection(pattern)
        if best and (page.follows_list_introduction(content[index]) or is_list_introduction(content[index].text)):
            # A schedule the article introduces ("The dates announced so far:"); the
            # introduction may itself fit the records' shape and open the run.
            index += best
        elif best:
            first, last = content[index], content[index + best - 1]
            if index == 0:
                first = content[1] if best > 1 else first  # never the headline itself
            safety = Safety.UNSAFE if marks == AUTHORED_ONLY else Safety.SAFE
            yield Hit(first.start, last.break_end, f"listing of {best} teaser lines", "", safety)
            index += best
        else:
            index += 1
