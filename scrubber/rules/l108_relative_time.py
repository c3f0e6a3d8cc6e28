from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import RELATIVE_TIME
from scrubber.text import Page


@rule("L108", "relative-time", scope="line")
def relative_time(page: Page) -> Iterator[Hit]:
    """A line that is only a relative time stamp ("19 hours ago") is removed.

    Relative stamps are computed when the page is served, so they are wrong the moment
    the text is saved; as a whole line they label teasers and comments, never prose.

    Before: ``"Related headline\\n19 hours ago\\n"``
    After:  ``"Related headline\\n"``
    """
    for line in page.lines_containing(("ago",)):
        if RELATIVE_TIME.match(line.stripped):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"relative time {line.stripped!r}", "")
