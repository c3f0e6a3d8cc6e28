from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

BOM = "\ufeff"


@rule("E105", "byte-order-mark", scope="line", early=True)
def byte_order_mark(page: Page) -> Iterator[Hit]:
    """A byte-order mark inside the text is removed.

    Decoding strips the mark at the start of a file; one found in the text comes from
    files joined together and is an invisible zero-width character.

    Before: ``"first file\\n\\ufeffsecond file"``
    After:  ``"first file\\nsecond file"``
    """
    if BOM not in page.rare_characters:
        return
    for position in page.find_all((BOM,)):
        yield Hit(position, position + 1, "byte-order mark inside the text", "")
