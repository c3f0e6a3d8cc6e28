from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# Separators and brackets that links and buttons sat between: a line of only these is what
# is left of a row once its links are stripped. Section dividers ("* * *", "---", "#", "⁂")
# and a lone "…" or "." are not among them: writers put those on lines of their own.
PUNCTUATION_LINE = LinePattern(r"""[,;:•∙·|/\\«»‹›()\[\]{}<>+]+(?:[^\S\n\r]*[,;:•∙·|/\\«»‹›()\[\]{}<>+]+)*""")


@rule("L113", "punctuation-line", scope="line")
def punctuation_line(page: Page) -> Iterator[Hit]:
    """A line made only of separators or empty brackets is removed.

    Stripping a page's links leaves the commas, bullets and brackets that stood between
    them: a lone ",", "•", "|" or an empty "« »" on its own line. No sentence is written
    that way; scene breaks ("* * *") and other dividers are left alone.

    Before: ``"First paragraph.\\n,\\n•\\nSecond paragraph.\\n"``
    After:  ``"First paragraph.\\nSecond paragraph.\\n"``
    """
    for line in page.pattern_lines(PUNCTUATION_LINE):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"punctuation line {line.stripped!r}", "")
