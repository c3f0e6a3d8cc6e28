from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

HORIZONTAL_SPACE = " \t\u00a0\u202f\u2007"
# A space right before a line break, as two-character needles: plain substring search is much
# faster than a regular expression here, and the run of spaces is measured afterwards.
SPACE_THEN_BREAK = tuple(space + brk for space in HORIZONTAL_SPACE for brk in "\r\n")


@rule("W103", "trailing-whitespace", scope="line")
def trailing_whitespace(page: Page) -> Iterator[Hit]:
    """Spaces and tabs at the end of a line are removed.

    They are invisible, carry no meaning in plain text, and make lines that look equal
    compare unequal.

    Before: ``"The end.   \\n"``
    After:  ``"The end.\\n"``
    """
    text = page.text
    ends = sorted(i + 1 for i in page.find_all(SPACE_THEN_BREAK))
    if page.ranges[-1][1] == len(text) and text[-1:] in HORIZONTAL_SPACE and text:
        ends.append(len(text))  # the last line has no break
    for end in ends:
        start = end
        while start > 0 and text[start - 1] in HORIZONTAL_SPACE:
            start -= 1
        yield Hit(start, end, "trailing whitespace", "")
