from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.dates import is_date_only, is_named_stamp
from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import heads_a_section, is_byline, is_stamp
from scrubber.text import Page, fold, word_count

# A standfirst is a sentence or two; more long lines above the byline mean the page put
# part of its article there.
MAX_STANDFIRST_LINES = 2
MIN_STANDFIRST_WORDS = 8
# "HAYWARD, Calif. (AP) — ": the dateline that opens the article's first paragraph.
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w. ]{1,20})?\s*(?:\([\w .]{1,20}\))?\s*[—–-]")


def _is_marker(text: str) -> bool:
    """A byline or a stamp naming a date. A time alone may head a live-blog entry."""
    return is_byline(text) or is_named_stamp(text) or (is_stamp(text) and is_date_only(text, calendar=True))


@rule("H108", "standfirst", safety=Safety.UNSAFE)
def standfirst(page: Page) -> Iterator[Hit]:
    """The standfirst between the headline and the byline or date is removed (unsafe).

    News pages print a summary sentence (the standfirst, or dek) under the headline and
    above the byline; the article's own text starts below the byline and date. One or two
    long lines there are taken: the summary, and whatever else a page puts in that slot
    (the lead photo's caption, a teaser). The summary is the site's own text, so the fix is
    unsafe. A page with no byline or date line, or with more long lines above it, or one
    whose first paragraph opens with a dateline there ("HAYWARD, Calif. (AP) —"), is left
    alone, and so is a roundup or live blog whose byline or stamp heads its first section.

    Before::

        Council approves budget
        The city will spend more on roads and less on parks next year, officials said.
        November 19, 2019
        The council voted 7-2 on Tuesday night to approve the budget after a long debate.

    After::

        Council approves budget
        November 19, 2019
        The council voted 7-2 on Tuesday night to approve the budget after a long debate.
    """
    zone = page.header_zone
    marker = next((index for index, line in enumerate(zone) if index and _is_marker(line.text)), None)
    if marker is None or heads_a_section(page, zone[marker], _is_marker):
        return  # no byline or date; or the credit or stamp of a roundup's or live blog's first section
    title = fold(zone[0].text)
    # A copy of the headline is H101's to remove; it is neither a standfirst nor the article.
    long_lines = [
        line for line in zone[1:marker] if word_count(line.text) >= MIN_STANDFIRST_WORDS and fold(line.text) != title
    ]
    if any(DATELINE.match(line.stripped) for line in long_lines):
        return  # the article has begun above its byline
    if not 1 <= len(long_lines) <= MAX_STANDFIRST_LINES:
        return
    for line in long_lines:
        start, end = page.line_removal(line)
        yield Hit(start, end, f"standfirst above the byline or date {line.stripped[:60]!r}", "")
