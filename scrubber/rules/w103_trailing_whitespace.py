from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

HORIZONTAL_SPACE = " \t\u00a0\u202f\u2007"
# A line break right after a space. The pattern starts with the break itself, a literal the
# regex engine skips to at memory speed, and only then looks behind it; the run of spaces
# is measured afterwards. CR breaks get their own pattern, used only when a text has any.
SPACE_BEFORE_LF = re.compile("\n(?<=[ \t\u00a0\u202f\u2007]\n)")
SPACE_BEFORE_CR = re.compile("\r(?<=[ \t\u00a0\u202f\u2007]\r)")


@rule("W103", "trailing-whitespace", scope="line")
def trailing_whitespace(page: Page) -> Iterator[Hit]:
    """Spaces and tabs at the end of a line are removed.

    They are invisible, carry no meaning in plain text, and make lines that look equal
    compare unequal.

    Before: ``"The end.   \\n"``
    After:  ``"The end.\\n"``
    """
    text = page.text
    ends = [match.start() for match in page.finditer(SPACE_BEFORE_LF)]
    if "\r" in text:
        ends = sorted({*ends, *(match.start() for match in page.finditer(SPACE_BEFORE_CR))})
    if page.ranges[-1][1] == len(text) and text[-1:] in HORIZONTAL_SPACE and text:
        ends.append(len(text))  # the last line has no break
    for end in ends:
        start = end
        while start > 0 and text[start - 1] in HORIZONTAL_SPACE:
            start -= 1
        yield Hit(start, end, "trailing whitespace", "")
