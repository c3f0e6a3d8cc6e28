from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

SEPARATORS = {"\u2028": "\n", "\u2029": "\n\n"}


@rule("E107", "unicode-line-separator", early=True)
def unicode_line_separator(page: Page) -> Iterator[Hit]:
    """Unicode line and paragraph separators become ordinary line breaks.

    U+2028 and U+2029 come from word processors and JavaScript strings; most tools do not
    treat them as line breaks, so lines look joined. A paragraph separator becomes a blank
    line.

    Before: ``"First line\\u2028Second line"``
    After:  ``"First line\\nSecond line"``
    """
    found = SEPARATORS.keys() & page.rare_characters
    text = page.text
    for separator in sorted(found):
        position = text.find(separator)
        while position >= 0:
            yield Hit(position, position + 1, f"U+{ord(separator):04X} separator", SEPARATORS[separator])
            position = text.find(separator, position + 1)
