from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

SOFT_HYPHEN = "\u00ad"


@rule("E104", "soft-hyphen", scope="line")
def soft_hyphen(page: Page) -> Iterator[Hit]:
    """Soft hyphens are removed.

    A soft hyphen marks where a browser may break a word; in saved text it is invisible
    and splits the word for search and comparison.

    Before: ``"extra\\u00adordinary"``
    After:  ``"extraordinary"``
    """
    if SOFT_HYPHEN not in page.rare_characters:
        return
    for start, end in page.ranges:
        position = page.text.find(SOFT_HYPHEN, start, end)
        while position >= 0:
            yield Hit(position, position + 1, "soft hyphen", "")
            position = page.text.find(SOFT_HYPHEN, position + 1, end)
