from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# Tools that turn a page into Markdown keep what the reader never saw as text: an image
# ("![alt](src)", also inside a link: "[![alt](src)](href)"), the list of link targets at
# the end ("[12]: https://..."), and a link's target left alone on its line when the tool
# wrapped it away from its text ("(https://...)"), or the close of a link whose text sat on
# lines of its own ("](https://...)"), and a link with no text at all, an icon's
# ("* [](/subscribe.html)").
IMAGE = r"!\[[^\]\n]*\](?:\([^()\x20\t\r\n]*(?:\s+\"[^\"\n]*\")?\)|\[[^\]\n]*\])"
LINKED_IMAGE = rf"\[\s*{IMAGE}\s*\]\([^()\x20\t\r\n]*\)"
URL = r"(?:https?://|www\.)[^()\x20\t\r\n]+"
TARGET = rf"(?:{URL}|[/#][^()\x20\t\r\n]*)"
RESIDUE = LinePattern(
    # The lookahead lets the search pass over lines that start with any other character.
    rf"""(?=[!\[*+\->(\]])(?:(?:[*+-]\s+)?(?:{LINKED_IMAGE}|{IMAGE})(?:\s*(?:{LINKED_IMAGE}|{IMAGE}))*
    |\[[^\]\n]{{1,40}}\]:\s*(?:{URL}|/[^()\x20\t\r\n]*)(?:\s+\"[^\"\n]*\")?
    |>?\s*\(\s*{URL}\s*\)
    |(?:[*+-]\s+)?\[\s*\]\({TARGET}\)|\]\({TARGET}\))""",
    re.VERBOSE,
)


@rule("L120", "markdown-residue", scope="line")
def markdown_residue(page: Page) -> Iterator[Hit]:
    """A line that is only a Markdown image, link target or link definition is removed.

    Pages converted to Markdown keep their images as "![alt](src)", list their links'
    targets at the end ("[12]: https://example.com/page"), and leave a wrapped link's target
    alone on its line; none of it is text. A link with words ("[Read the report](...)") is
    not touched; a link with none ("[](/subscribe.html)") is an icon's and goes.

    Before: ``"First paragraph.\\n![A flooded street](https://example.com/a.jpg)\\nSecond.\\n[1]: https://example.com\\n"``
    After:  ``"First paragraph.\\nSecond.\\n"``
    """
    for line in page.pattern_lines(RESIDUE):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"markdown residue {line.stripped[:60]!r}", "")
