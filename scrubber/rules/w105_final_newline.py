from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

# Everything after the last visible character: it should be exactly one "\n".
TAIL = re.compile(r"\s*\Z")


@rule("W105", "final-newline")
def final_newline(page: Page) -> Iterator[Hit]:
    """The text ends with exactly one newline (an empty text stays empty).

    POSIX tools expect a final newline, and blank lines at the end are residue.

    Before: ``"Last paragraph.\\n\\n\\n"`` or ``"Last paragraph."``
    After:  ``"Last paragraph.\\n"``
    """
    text = page.text
    match = TAIL.search(text)
    if match is None:
        return
    tail = match.group()
    if match.start() == 0:
        if text:
            yield Hit(0, len(text), "text is only whitespace", "")
        return
    if tail != "\n":
        message = "missing final newline" if not tail else "blank lines or spaces at the end"
        yield Hit(match.start(), match.end(), message, "\n")
