from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page, is_prose

# A web address alone: a URL, or a bare host name in lower case as browsers print it
# ("theguardian.com", "www.bbc.co.uk"; "St.Louis" or "Mr.Smith" in a title is none).
ADDRESS = re.compile(r"(?i:https?://\S+)|(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,12}/?")


@rule("H110", "address-line")
def address_line(page: Page) -> Iterator[Hit]:
    """A web address alone on the first line, above the headline, is removed.

    Reader views and print-to-text tools save the page's address or site above its title
    ("theguardian.com", "https://www.bbc.co.uk/news/..."). Above the title it names the
    source, not the story; further down an address alone is the article's own (a link it
    gives, a shop's site under a review) and stays. The line under it must not read as a
    sentence: a text whose first paragraph follows an address is a list of links.

    Before::

        theguardian.com
        Heatwave breaks records across southern Europe
        Temperatures above 45C were recorded in Sicily and Sardinia on Monday.

    After::

        Heatwave breaks records across southern Europe
        Temperatures above 45C were recorded in Sicily and Sardinia on Monday.
    """
    first = page.headline
    if first is None or ADDRESS.fullmatch(first.text.strip()) is None:
        return
    title = page.next_content_line(first)
    if title is None or is_prose(title.text) or ADDRESS.fullmatch(title.text.strip()) is not None:
        return
    start, end = page.line_removal(first)
    yield Hit(start, end, f"web address {first.stripped[:60]!r} above the headline", "")
