from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

MARKER = LinePattern(
    r"""[-–—|•·:]*\s*(?:loading\s+comments.*|view\s+(?:all\s+)?comments|show\s+comments|hide\s+comments
    |\[?\s*\d+\s+comments?\s*\]?|comments?\s*\(\d+\)|comments?|\d+\s+comentários?|comentários?
    |leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment|join\s+the\s+conversation
    |(?:top\s+rated\s+)?comments|nessun\s+commento|kommentare?|commentaires?|комментарии
    |(?:like\s+)?loading\.*|\(?view\s+all\)?|reply|report\s+comment)\s*[-–—|•·:]*""",
    re.IGNORECASE | re.VERBOSE,
)


@rule("L106", "comment-marker", scope="line")
def comment_marker(page: Page) -> Iterator[Hit]:
    """A line that only labels or counts comments is removed.

    "Loading comments...", "View Comments", "12 Comments", "Leave a reply" are widgets of the
    comment section, not text.

    Before: ``"Last paragraph.\\n12 Comments\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    for line in page.pattern_lines(MARKER):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"comment widget {line.stripped!r}", "")
