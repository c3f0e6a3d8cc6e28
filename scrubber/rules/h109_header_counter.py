from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

# A count as widgets print it: "128", "2.289", "84.1K", "99+".
COUNTER = re.compile(r"\d[\d.,]*\s?[KkMm]?\+?")


@rule("H109", "header-counter")
def header_counter(page: Page) -> Iterator[Hit]:
    """A line that is only a number, between the headline and the first paragraph, is removed.

    Above an article pages print the counts of their widgets (likes, comments, shares,
    views) and archive years, each on a line of its own once saved as text. An article says
    nothing with a bare number before its first sentence; a number line further down (a
    score, a list's numbering) is left alone.

    Before: ``"Headline\\nJane Doe\\n128\\n14\\nThe first paragraph of the story begins here.\\n"``
    After:  ``"Headline\\nJane Doe\\nThe first paragraph of the story begins here.\\n"``
    """
    for line in page.above_prose:
        if COUNTER.fullmatch(line.text.strip()):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"counter {line.stripped!r} above the article", "")
