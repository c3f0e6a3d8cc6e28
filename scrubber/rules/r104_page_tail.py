from __future__ import annotations

from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.rules.r101_related_block import is_related_heading
from scrubber.text import Line, Page, word_count

# The article is over once prose paragraphs no longer follow one another: teaser lists pair
# a headline with one summary sentence at most.
MIN_BODY_PARAGRAPHS = 2


# A teaser's summary is a sentence or two: a paragraph this long right under the heading is
# the article going on ("Read also" set inside the story, its link lost).
CONTINUATION_MIN_WORDS = 50


def _has_consecutive_prose(lines: list[Line], flags: list[bool]) -> bool:
    content = [flag for line, flag in zip(lines, flags, strict=True) if not line.is_blank]
    return any(a and b for a, b in zip(content, content[1:], strict=False))


def _article_goes_on(lines: list[Line], flags: list[bool]) -> bool:
    """The first line under the heading is a long paragraph of prose."""
    for line, flag in zip(lines, flags, strict=True):
        if not line.is_blank:
            return flag and word_count(line.text) >= CONTINUATION_MIN_WORDS
    return False


@rule("R104", "page-tail", safety=Safety.UNSAFE)
def page_tail(page: Page) -> Iterator[Hit]:
    """Everything after a "Related"-type heading that ends the article is removed (unsafe).

    After the article, pages append teaser lists, promotions and section links until the end.
    From the first such heading that follows the article's prose, the rest of the text is
    removed when it holds no two consecutive paragraphs of prose, nor starts with a long one
    (a "Read also" set inside the story, its link lost). An article that goes on with
    short sections after such a box would lose them, so the fix is unsafe.

    Before::

        Paragraph one of the story, which is long enough to count as prose.
        Paragraph two of the story, which is also long enough to count as prose.
        Top stories
        Something else happened
        A teaser summary that is long enough to be called prose by the rule.

    After::

        Paragraph one of the story, which is long enough to count as prose.
        Paragraph two of the story, which is also long enough to count as prose.
    """
    lines = page.lines
    flags = page.prose_flags
    for index, line in page.lines_after_prose(MIN_BODY_PARAGRAPHS):
        heading = line.stripped.strip(" -–—|•·:»›>")
        if is_related_heading(heading):
            below, below_flags = lines[index + 1 :], flags[index + 1 :]
            if not _has_consecutive_prose(below, below_flags) and not _article_goes_on(below, below_flags):
                yield Hit(line.start, len(page.text), f"page tail from {heading[:40]!r}", "")
            return
