from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.dates import RELATIVE_TIME_BODY
from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# With the stamps, the age label some sites set over an old article, computed the same way
# when the page is served: "This article is more than 5 years old".
RELATIVE_LINE = LinePattern(
    # The lookahead lets the search pass over lines that start with any other character.
    r"(?=[\dtupaohmivesпpfdwоl])(?:"
    + RELATIVE_TIME_BODY
    + r"| this\s+(?:article|story)\s+is\s+more\s+than\s+(?:\d+|a|an|one)\s+(?:years?|months?)\s+old\.?)",
    re.IGNORECASE | re.VERBOSE,
)


@rule("L108", "relative-time", scope="line")
def relative_time(page: Page) -> Iterator[Hit]:
    """A line that is only a relative time stamp ("19 hours ago", "há 2 horas") is removed.

    Relative stamps are computed when the page is served, so they are wrong the moment
    the text is saved; as a whole line they label teasers and comments, never prose. A
    line with paragraphs right above and below it is the article's own heading ("100 years
    ago" in a look back at the archives) and stays.

    Before: ``"Related headline\\n19 hours ago\\n"``
    After:  ``"Related headline\\n"``
    """
    for line in page.pattern_lines(RELATIVE_LINE):
        if page.between_paragraphs(line):
            continue  # a heading of the article's own ("100 years ago" in an archive column)
        start, end = page.line_removal(line)
        yield Hit(start, end, f"relative time {line.stripped!r}", "")
