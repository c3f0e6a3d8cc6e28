from __future__ import annotations

from collections.abc import Iterator

from scrubber.dates import is_named_stamp
from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import is_byline, is_headline_like, is_label, is_stamp
from scrubber.text import Line, Page


def _barrier(lines: list[Line]) -> int | None:
    """Index in ``lines`` of the last byline or stamp line, if any."""
    found = None
    for index, line in enumerate(lines):
        if is_byline(line.text) or is_stamp(line.text) or is_named_stamp(line.text):
            found = index
    return found


@rule("H106", "chrome-above-byline")
def chrome_above_byline(page: Page) -> Iterator[Hit]:
    """Labels between the headline and the byline or dateline are removed.

    An article's own text starts after its byline and date; what a saved page prints between
    the headline and them is page chrome: section labels, breadcrumbs, share buttons, menu
    items. Short label lines (a few words, no sentence ending) there are removed; longer
    headline-like lines (a teaser, or a deck in Title Case) only with ``--unsafe-fixes``.
    Pages without a byline or date line before their first paragraph are left alone, since
    there nothing marks where the chrome ends.

    Before::

        Storm closes schools
        News
        Share
        By Jane Doe
        Schools across the county closed on Tuesday as the storm brought down power lines.

    After::

        Storm closes schools
        By Jane Doe
        Schools across the county closed on Tuesday as the storm brought down power lines.
    """
    bounds = page.prose_bounds
    headline = page.headline
    if bounds is None or headline is None:
        return
    above: list[Line] = []
    for line in page.iter_content_lines(headline.break_end):
        if line.start >= bounds[0]:
            break
        above.append(line)
    barrier = _barrier(above)
    if barrier is None:
        return
    for line in above[:barrier]:
        text = line.text
        if is_byline(text) or is_stamp(text) or is_named_stamp(text):
            continue  # the byline and date rules own these
        if is_label(text):
            safety = Safety.SAFE
        elif is_headline_like(text):
            safety = Safety.UNSAFE
        else:
            continue
        start, end = page.line_removal(line)
        yield Hit(start, end, f"page chrome above the byline {line.stripped[:60]!r}", "", safety)
