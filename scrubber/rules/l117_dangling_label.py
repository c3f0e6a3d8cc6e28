from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import is_label
from scrubber.text import Page, is_list_introduction


@rule("L117", "dangling-label")
def dangling_label(page: Page) -> Iterator[Hit]:
    """A short label ending in a colon that closes the text, titling nothing, is removed.

    Widgets print their title above themselves: "Like this:" above a blog's like button,
    "Tags:" above tag links, "Share this:" above buttons. Saved as text, or once the widget's
    lines are removed, the title is left at the end with nothing under it. An article does
    not end on a label; it may end on a sentence that introduced what the page no longer
    shows ("See more photos:", "Twitter seemed a bit confused by the campaign:"), which stays,
    as does a label anywhere but at the very end.

    Before: ``"The story ends here, as stories do.\\n\\nLike this:\\n"``
    After:  ``"The story ends here, as stories do.\\n"``
    """
    end = len(page.text.rstrip())
    if end == 0:
        return
    last = page.line_around(end - 1)
    if last == page.headline:
        return
    text = last.stripped
    if text.endswith(":") and is_label(text) and not is_list_introduction(text):
        # From the end of the line above: the blank lines before the label go with it.
        above = page.previous_content_line(last)
        start = last.start if above is None else above.break_end
        yield Hit(start, len(page.text), f"label with nothing under it {text[:60]!r}", "")
