from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

# Blank lines at the very top, and a line break followed by two or more blank lines (a blank
# line may hold spaces). Both start with a literal, so the search skips through the text fast.
TOP_BLANKS = re.compile(r"\A(?:[^\S\r\n]*(?:\r\n|\r|\n))+")
BLANK_RUN = re.compile(r"\n(?P<kept>[^\S\r\n]*(?:\r\n|\r|\n))(?P<extra>(?:[^\S\r\n]*(?:\r\n|\r|\n))+)")


@rule("W104", "blank-lines", scope="layout")
def blank_lines(page: Page) -> Iterator[Hit]:
    """Runs of blank lines become one blank line; blank lines at the top are removed.

    One blank line separates paragraphs; more are leftovers of removed page elements.
    Blank lines at the end are the business of W105 (final newline).

    Before: ``"Para one.\\n\\n\\n\\nPara two.\\n"``
    After:  ``"Para one.\\n\\nPara two.\\n"``
    """
    text = page.text
    body_end = len(text.rstrip())  # blank lines after this belong to W105
    top = TOP_BLANKS.match(text)
    position = 0
    if top is not None:
        position = top.end()
        if position < body_end:
            yield Hit(0, position, "blank lines at the top", "")
    for match in BLANK_RUN.finditer(text, max(position - 1, 0)):
        if match.end() >= body_end:
            break
        yield Hit(match.start("extra"), match.end("extra"), "extra blank lines", "")
