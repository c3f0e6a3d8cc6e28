from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import ends_like_sentence
from scrubber.text import Line, Page

# A link to another article printed inline: a "read more"-type label, a colon, a headline.
LABELS = (
    r"(?:related|read\s+more|read\s+also|also\s+read|see\s+also|more|watch|listen|next\s+post|previous\s+post"
    r"|next\s+article|previous\s+article|recommended|leia\s+(?:também|mais)|veja\s+também|lesen\s+sie\s+auch"
    r"|à\s+lire\s+aussi|lire\s+aussi|leggi\s+anche|lea\s+también|читайте\s+также)\s*[:»›>|–—-]\s*\S"
)
PREFIX = re.compile("^" + LABELS, re.IGNORECASE)
# The same label at the start of a line, found by one scan that skips from line break to
# line break (a pattern that starts with a literal is searched fastest; lone \r breaks only
# need the slower one).
AFTER_NEWLINE = re.compile(r"\n[^\S\r\n]*" + LABELS, re.IGNORECASE)
AFTER_ANY_BREAK = re.compile(r"[\n\r][^\S\r\n]*" + LABELS, re.IGNORECASE)
AT_TEXT_START = re.compile(r"[^\S\r\n]*" + LABELS, re.IGNORECASE)


def _candidate_lines(page: Page) -> Iterator[Line]:
    """Lines within ``page.ranges`` that start with a teaser label, each once."""
    text = page.text
    after_break = AFTER_ANY_BREAK if "\r" in text else AFTER_NEWLINE
    for start, end in page.ranges:
        if start == 0 and AT_TEXT_START.match(text, 0, end):
            yield page.line_around(0)
        for match in after_break.finditer(text, max(start - 1, 0), end):
            yield page.line_around(match.start() + 1)
MAX_WORDS = 25


@rule("L109", "teaser-link", scope="line")
def teaser_link(page: Page) -> Iterator[Hit]:
    """An inline link to another article ("Related: ...", "READ MORE: ...", "Next Post: ...")
    is removed.

    Sites drop links to their other stories between paragraphs as a label, a colon and a
    headline. The line must be short and read like a headline (no sentence ending), so a
    sentence that starts with "More:" in the text is kept.

    Before: ``"First paragraph.\\nRelated: Council approves budget\\nSecond paragraph.\\n"``
    After:  ``"First paragraph.\\nSecond paragraph.\\n"``
    """
    for line in _candidate_lines(page):
        text = line.stripped
        if len(text.split()) <= MAX_WORDS and PREFIX.match(text) and not ends_like_sentence(text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"link to another article {text[:60]!r}", "")
