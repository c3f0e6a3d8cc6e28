from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

HORIZONTAL_SPACE = " \t\u00a0\u202f\u2007"


@rule("W103", "trailing-whitespace")
def trailing_whitespace(page: Page) -> Iterator[Hit]:
    """Spaces and tabs at the end of a line are removed.

    They are invisible, carry no meaning in plain text, and make lines that look equal
    compare unequal.

    Before: ``"The end.   \\n"``
    After:  ``"The end.\\n"``
    """
    for line in page.lines:
        if line.text[-1:] in HORIZONTAL_SPACE and line.text:
            kept = len(line.text.rstrip(HORIZONTAL_SPACE))
            yield Hit(line.start + kept, line.end, "trailing whitespace", "")
