from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import takewhile

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.shapes import is_contact_detail, is_label, precedes_closing_sentence
from scrubber.text import Line, Page, content_runs, is_list_introduction

# Four short lines in a row make a list; three lower-case labels ("Challenges coming soon",
# "Better Android support", "Bugs fixed") are as often an article's own bullet points.
MIN_RUN = 4


def _is_plain_label(text: str) -> bool:
    """A label without figures (lines with digits are scores, dates or quantities) or an
    e-mail address (a contact block's last line, under a name and a role)."""
    return is_label(text) and not any(character.isdigit() for character in text) and not is_contact_detail(text)


def _runs(lines: Iterable[Line], headline: Line | None) -> Iterator[list[Line]]:
    """Runs of plain label lines (blank lines do not break a run)."""
    return content_runs(lines, lambda line: line != headline and _is_plain_label(line.text))


@rule("N102", "label-list", safety=Safety.UNSAFE, defer=True)
def label_list(page: Page) -> Iterator[Hit]:
    """Four or more short label lines in a row outside the article's prose are removed (unsafe).

    N101 knows menus by their Title Case; tag lists and menus in languages that write labels
    in sentence case ("Гречневая диета", "women's health") escape it. Outside the prose a run
    of four or more lines of one to four words, without figures or sentence endings, is such a
    list, whatever its capitalisation. The fix is unsafe: a short list that closes an article
    (ingredients without quantities, bullet points) has the same shape; a list that a
    sentence of the article introduces with a colon, or that a short sentence of it follows
    ("All five are out in paperback now."), is left alone. The rule is deferred: it
    takes only what the other rules leave, so it never swallows the heading of a block they
    remove whole.

    Before::

        The story is a long sentence of prose here, as articles are, and it ends.
        Tags
        women's health
        diet tips
        summer recipes

    After::

        The story is a long sentence of prose here, as articles are, and it ends.
    """
    bounds = page.prose_bounds
    if bounds is None:
        return  # without prose there is no article to tell the lists from
    body_start, body_end = bounds
    before = takewhile(lambda line: line.end <= body_start, page.lines)
    after = page.iter_lines(body_end + 1)
    for run in (*_runs(before, page.headline), *_runs(after, None)):
        if is_list_introduction(run[0].text) or page.follows_list_introduction(run[0]):
            continue  # a list the article introduces ("The shortlisted films are:")
        if run[0].start >= body_end and precedes_closing_sentence(page, run[-1]):
            continue  # a list the article closes on, a short sentence after it
        if len(run) >= MIN_RUN:
            yield Hit(run[0].start, run[-1].break_end, f"list of {len(run)} short label lines", "")
