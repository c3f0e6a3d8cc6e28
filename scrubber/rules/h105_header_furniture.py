from __future__ import annotations

from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import is_menu_item
from scrubber.text import Line, Page


@rule("H105", "header-furniture", safety=Safety.UNSAFE)
def header_furniture(page: Page) -> Iterator[Hit]:
    """Short label lines between the headline and the first paragraph are removed (unsafe).

    Between a saved page's title and its first paragraph sit section labels ("Health",
    "Opinion"), author links and single menu items: a few words without a sentence ending.
    Such a line may also be a subtitle the reader wants, so this sweep is applied only with
    ``--unsafe-fixes``. Lines with digits (scores, dates, times) are left to other rules,
    and so are pieces of a wrapped headline or summary ("on KLOOK!" under "... book it").

    Before::

        Storm closes schools
        News
        Opinion
        Schools across the county closed on Tuesday as the storm brought down power lines.

    After::

        Storm closes schools
        Schools across the county closed on Tuesday as the storm brought down power lines.
    """
    for line in page.above_prose:
        if is_menu_item(line.text) and not page.continues_above(line) and not _wrapped_under(page, line):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"header furniture {line.stripped[:60]!r}", "")


# A line of a wrapped paragraph has this many words; a label right under one that breaks off
# mid-sentence is that sentence's last word, set on a line of its own ("... with" / "***Light").
WRAPPED_LINE_MIN_WORDS = 8


def _wrapped_under(page: Page, line: Line) -> bool:
    """The line right above is a long one that breaks off mid-sentence (on a comma, a
    connecting word or a lower-case word), so this line carries it on."""
    above = page.previous_line(line)
    if above is None or above.is_blank or above == page.headline:
        return False  # a headline breaks off where it likes ("... as power lines come down")
    words = above.text.split()
    # A connecting word ("with", "and") is lower-case too.
    return len(words) >= WRAPPED_LINE_MIN_WORDS and (words[-1].endswith(",") or words[-1][:1].islower())
