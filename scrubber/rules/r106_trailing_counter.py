from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import COUNTER
from scrubber.text import Line, Page


def _trailing_counters(page: Page) -> list[Line]:
    """The lines that are only a count at the end of the text, after its last prose line."""
    bounds = page.prose_bounds
    if bounds is None:
        return []
    counters: list[Line] = []
    for line in reversed(page.lines):
        if line.is_blank:
            continue
        if line.start < bounds[1] or COUNTER.fullmatch(line.text.strip()) is None:
            break
        counters.append(line)
    return counters[::-1]


@rule("R106", "trailing-counter")
def trailing_counter(page: Page) -> Iterator[Hit]:
    """Lines that are only a number, ending the text after its last paragraph, are removed.

    Under a post, pages print the counts of their widgets (likes, comments, restacks) beside
    buttons; once the buttons are gone, the counts are left as the last lines of the text.
    An article does not end on a bare number: its lists end with their items' words, and a
    list of numbers the article introduces ("The winning numbers were:") is left alone.

    Before::

        The last paragraph of the post goes on for a good while, longer than twelve words.
        12
        3

    After::

        The last paragraph of the post goes on for a good while, longer than twelve words.
    """
    counters = _trailing_counters(page)
    if not counters or page.follows_list_introduction(counters[0]):
        return
    yield Hit(counters[0].start, counters[-1].break_end, f"{len(counters)} count(s) ending the text", "")
