from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# Only the names of real HTML elements: other texts put titles in angle brackets (Korean
# "<The Palace: Jang Noksu>"), and "<3" is a heart.
ELEMENTS = (
    "a abbr article aside audio b blockquote br button center div em figcaption figure font footer form "
    "h1 h2 h3 h4 h5 h6 header hr i iframe img input label li link main meta nav noscript ol p path picture "
    "script section small source span strong style sub sup svg table tbody td th thead tr u ul video"
).split()
TAG = rf"</?(?:{'|'.join(ELEMENTS)})\b[^<>\n]*>|<!--.*?-->"
MARKUP_LINE = LinePattern(rf"(?:{TAG})(?:\s*(?:{TAG}))*", re.IGNORECASE)


@rule("L112", "markup-line", safety=Safety.UNSAFE, scope="line")
def markup_line(page: Page) -> Iterator[Hit]:
    """A line that is nothing but HTML tags (no text between them) is removed (unsafe).

    Editors and embeds leave their markup in extracted text: an empty ``<span
    data-mce-type="bookmark" ...></span>`` between paragraphs, a ``<script src=...>`` line.
    Only real element names count, so titles in angle brackets stay. An article about HTML
    may show such a line as an example, so the fix is unsafe.

    Before: ``"First paragraph.\\n<span class=\\"mce_SELRES_start\\"></span>\\nSecond paragraph.\\n"``
    After:  ``"First paragraph.\\nSecond paragraph.\\n"``
    """
    for line in page.pattern_lines(MARKUP_LINE):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"markup line {line.stripped[:60]!r}", "")
