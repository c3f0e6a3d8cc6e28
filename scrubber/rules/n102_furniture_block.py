from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import DIGIT, is_label
from scrubber.text import Line, Page

# A block of page furniture around the article: many short lines with no prose among them,
# mostly menu labels mixed with teaser headlines and stamps. Menus interrupted by a teaser
# line every few items escape N101's runs; this sees the block as a whole.
MIN_LINES = 8
MIN_LABEL_SHARE = 0.7


def _blocks(page: Page) -> Iterator[list[Line]]:
    """Runs of non-blank, non-prose lines (blank lines inside a run do not end it)."""
    block: list[Line] = []
    for line, prose in zip(page.lines, page.prose_flags, strict=True):
        if line.is_blank:
            continue
        if prose:
            if block:
                yield block
            block = []
        else:
            block.append(line)
    if block:
        yield block


@rule("N102", "furniture-block")
def furniture_block(page: Page) -> Iterator[Hit]:
    """A block of menu labels and teasers before or after the article's prose is removed.

    Above and below an article, pages print menus, section lists and teasers. Six or more
    lines in a row with no paragraph among them, at least half of them short labels, outside
    the body of the text, are such a block. Inside the body such a block could be a list
    that belongs to the article, so it is left alone.

    Before::

        Menu
        Sports
        Video
        A teaser headline here
        More
        Travel
        Weather
        Opinion
        The article begins with a sentence long enough to be prose.

    After::

        The article begins with a sentence long enough to be prose.
    """
    headline = page.headline
    for block in _blocks(page):
        lines = [line for line in block if headline is None or line.start != headline.start]
        if len(lines) < MIN_LINES or page.zone(lines[0]) == "body" or page.zone(lines[-1]) == "body":
            continue
        # Labels with digits are list items (scores, prices, poll results), not menu entries.
        labels = sum(1 for line in lines if is_label(line.text) and not DIGIT.search(line.text))
        if labels / len(lines) >= MIN_LABEL_SHARE:
            yield Hit(lines[0].start, lines[-1].break_end, f"block of {len(lines)} menu and teaser lines", "")
