from __future__ import annotations

from collections.abc import Iterator

from scrubber.dates import CLOCK_TIME, has_calendar_date, is_named_stamp
from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import is_byline, is_headline_like, is_label, is_stamp
from scrubber.text import Page


def _is_marker(text: str) -> bool:
    """A byline or a stamp: where the article's own header begins. A clock time alone is
    not one: it heads the entries of a live blog ("10 p.m."), under the blog's own intro."""
    if is_byline(text) or is_named_stamp(text):
        return True
    return is_stamp(text) and not (CLOCK_TIME.search(text) and not has_calendar_date(text))


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
    above = page.above_prose
    # A byline-shaped line that carries on the line above it in lower case is a sentence's
    # wrapped end ("... wurde von 90 gesetzlichen Krankenkassen", German "von" is "by").
    markers = [index for index, line in enumerate(above) if _is_marker(line.text) and not page.continues_above(line)]
    if not markers:
        return
    for line in above[: markers[-1]]:
        text = line.text
        if _is_marker(text):
            continue  # the byline and date rules own these
        if is_label(text):
            safety = Safety.SAFE
        elif is_headline_like(text):
            safety = Safety.UNSAFE
        else:
            continue
        start, end = page.line_removal(line)
        yield Hit(start, end, f"page chrome above the byline {line.stripped[:60]!r}", "", safety)
