from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import is_byline
from scrubber.text import Page


@rule("H104", "byline")
def byline(page: Page) -> Iterator[Hit]:
    """A byline in the article's header ("By Troy L. Smith, Cleveland.com") is removed.

    The byline is metadata the page prints above the text. Only a short line that starts
    like a byline and sits in the header zone, before the body, is removed; "By the time we
    landed..." in the body is prose.

    Before: ``"Headline\\nBy Troy L. Smith, Cleveland.com\\nThe story begins here.\\n"``
    After:  ``"Headline\\nThe story begins here.\\n"``
    """
    for line in page.header_zone[1:]:
        if is_byline(line.text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"byline {line.stripped[:60]!r}", "")
