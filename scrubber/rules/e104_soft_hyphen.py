from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

SOFT_HYPHEN = "\u00ad"


@rule("E104", "soft-hyphen", scope="line", early=True)
def soft_hyphen(page: Page) -> Iterator[Hit]:
    """Soft hyphens are removed.

    A soft hyphen marks where a browser may break a word; in saved text it is invisible
    and splits the word for search and comparison.

    Before: ``"extra\\u00adordinary"``
    After:  ``"extraordinary"``
    """
    if SOFT_HYPHEN not in page.rare_characters:
        return
    for position in page.find_all((SOFT_HYPHEN,)):
        yield Hit(position, position + 1, "soft hyphen", "")
