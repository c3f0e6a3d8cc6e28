from __future__ import annotations

from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import Page, is_prose, words

# A header line this long that is not prose may be a subtitle worth keeping; the furniture
# (section names, author links, menus, teasers) is shorter.
MAX_WORDS = 20


@rule("H105", "header-furniture", safety=Safety.UNSAFE)
def header_furniture(page: Page) -> Iterator[Hit]:
    """Lines between the headline and the first paragraph of prose that are not prose are
    removed (unsafe).

    Between a saved page's title and its first paragraph sit section labels, author links,
    share buttons, teasers and menus. Any of them may be a subtitle or a dateline the reader
    wants, so this sweep is applied only with ``--unsafe-fixes``; the safe rules remove the
    kinds they recognise one by one.

    Before: ``"Headline\\nNews\\nView author archive\\nThe first paragraph of the story, long enough to be prose.\\n"``
    After:  ``"Headline\\nThe first paragraph of the story, long enough to be prose.\\n"``
    """
    bounds = page.prose_bounds
    headline = page.headline
    if bounds is None or headline is None:
        return
    for line in page.iter_content_lines(headline.break_end):
        if line.start >= bounds[0]:
            break
        if not is_prose(line.text) and len(words(line.text)) <= MAX_WORDS:
            start, end = page.line_removal(line)
            yield Hit(start, end, f"header furniture {line.stripped[:60]!r}", "")
