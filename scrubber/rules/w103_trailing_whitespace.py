from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

TRAILING = re.compile(r"[ \t\u00a0\u202f\u2007]+(?=\r|\n|$)")


@rule("W103", "trailing-whitespace")
def trailing_whitespace(page: Page) -> Iterator[Hit]:
    """Spaces and tabs at the end of a line are removed.

    They are invisible, carry no meaning in plain text, and make lines that look equal
    compare unequal.

    Before: ``"The end.   \\n"``
    After:  ``"The end.\\n"``
    """
    for match in TRAILING.finditer(page.text):
        yield Hit(match.start(), match.end(), "trailing whitespace", "")
