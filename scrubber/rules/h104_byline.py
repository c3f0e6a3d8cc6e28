from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import heads_a_section, is_byline, is_menu_item
from scrubber.text import Line, Page

# "By" (or "Author:") on a line of its own, the name on the next: the page set the two in
# separate elements.
BARE_BY = re.compile(
    r"^\s*(?:by|por|von|par|door|av|af|od|author|written\s+by|autor(?:in|a)?|auteur|autore|автор|yazar|penulis)\s*:?\s*$",
    re.IGNORECASE,
)


def _name_after(page: Page, line: Line) -> Line | None:
    """The name line that completes a bare "By": the next non-blank line, if it reads as a
    name (a few capitalised words, no sentence ending)."""
    following = page.next_content_line(line)
    if following is not None and is_menu_item(following.text):
        return following
    return None


@rule("H104", "byline")
def byline(page: Page) -> Iterator[Hit]:
    """A byline in the article's header ("By Troy L. Smith, Cleveland.com") is removed.

    The byline is metadata the page prints above the text. Only a short line that starts
    like a byline and sits in the header zone, before the body, is removed; "By the time we
    landed..." in the body is prose. A bare "By" whose name follows on the next line goes
    with that name. Bylines that credit the sections of a roundup (two or more different
    names, each between paragraphs) stay.

    Before: ``"Headline\\nBy Troy L. Smith, Cleveland.com\\nThe story begins here.\\n"``
    After:  ``"Headline\\nThe story begins here.\\n"``
    """
    for line in page.header_zone[1:]:
        if is_byline(line.text):
            if heads_a_section(page, line, is_byline):
                continue  # a contributor's credit in a roundup
            start, end = page.line_removal(line)
            yield Hit(start, end, f"byline {line.stripped[:60]!r}", "")
        elif BARE_BY.match(line.text) and (name := _name_after(page, line)) is not None:
            start, end = page.line_removal(name)
            yield Hit(line.start, end, f"byline 'By {name.stripped[:60]}'", "")
