from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from scrubber.dates import is_date_only
from scrubber.registry import Hit, rule
from scrubber.text import Page

# The markers themselves: "2 min read", "5-minute read", "Reading time: 3 minutes",
# "Listen to this article", "Listen (4 min)", "4 min listen".
READING_TIME = re.compile(
    r"""^(?:
        \d+\s*(?:-|–)?\s*(?:min|mins|minute|minutes)\.?\s+(?:read|listen)
      | (?:estimated\s+)?reading\s+time\s*:?\s*(?:\d+\s*(?:-|–)\s*)?\d+\s*(?:min|mins|minute|minutes)\.?
      | listen\s+to\s+(?:this|the)\s+(?:article|story)(?:\s*\(?\d+\s*(?:min|mins|minutes?)\)?)?
      | listen\s*\(?\d+\s*(?:min|mins|minutes?)\)?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Pieces a stamp line is made of: "Nov 18, 2019 at 9:24 pm ET • 2 min read".
# Words every marker contains; only lines holding one are examined.
MARKER_WORDS = ("min", "listen", "reading")
SEGMENT_SEPARATOR = re.compile(r"\s+[•·|/–—]\s+|\s*[•·|]\s*")


@functools.lru_cache(maxsize=4096)  # pure; lines recur across passes
def is_reading_time_line(text: str) -> bool:
    segments = [s.strip(" .") for s in SEGMENT_SEPARATOR.split(text.strip()) if s.strip(" .")]
    if not any(READING_TIME.match(s) for s in segments):
        return False
    return all(READING_TIME.match(s) or is_date_only(s) for s in segments)


@rule("L101", "reading-time", scope="line")
def reading_time(page: Page) -> Iterator[Hit]:
    """A line that is only a reading-time or listen marker (maybe with a date) is removed.

    "2 min read" and "Listen to this article" are widgets of the page, not text. The same
    words inside a sentence are content and stay.

    Before: ``"Headline\\nNov 18, 2019 at 9:24 pm ET • 2 min read\\nThe body starts here.\\n"``
    After:  ``"Headline\\nThe body starts here.\\n"``
    """
    for line in page.lines_containing(MARKER_WORDS):
        if len(line.text) <= 120 and is_reading_time_line(line.text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"reading-time line {line.stripped!r}", "")
