from __future__ import annotations

from collections.abc import Iterator

from scrubber.boilerplate import line_key
from scrubber.registry import Hit, rule
from scrubber.text import Page


@rule("B101", "learned-boilerplate", scope="line")
def learned_boilerplate(page: Page) -> Iterator[Hit]:
    """A line listed in the corpus's learned boilerplate list is removed.

    ``scrubber learn CORPUS -o boilerplate.txt`` finds the lines a site repeats in page after
    page; after review, ``scrubber clean --boilerplate boilerplate.txt`` removes exactly those
    lines (compared with spacing folded).

    Before (with "Follow The Gazette on Mastodon" listed): ``"Text.\\nFollow The Gazette on Mastodon\\n"``
    After:  ``"Text.\\n"``
    """
    known = page.options.boilerplate
    if not known:
        return
    for line in page.lines_in_ranges():
        if not line.is_blank and line_key(line.text) in known:
            begin, finish = page.line_removal(line)
            yield Hit(begin, finish, f"learned boilerplate {line.stripped[:60]!r}", "")
