from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.dates import PUBLICATION_WORDS, is_date_only
from scrubber.registry import Hit, rule
from scrubber.text import WORD_MARKS, Line, Page, content_runs

DIGIT = re.compile(r"\d")  # every stamp has one: a fast first test
# The label opens the stamp, after at most one word ("First published", "Last updated",
# "Mis à jour").
LABEL_WITHIN_WORDS = 2
# Words keep their combining marks (Thai "อัปเดต"; see WORD_MARKS).
WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{WORD_MARKS}])*")


@rule("L118", "closing-stamp")
def closing_stamp(page: Page) -> Iterator[Hit]:
    """A publication stamp after the article's last paragraph is removed.

    Some pages print the stamp under the article rather than above it: "Published 11:11 PM
    EST Nov 19, 2019", "First published on November 19, 2019 / 8:16 AM", "Updated at 1:23
    p.m.". Only a line that is nothing but a date or time, labelled as the publication's
    within its first two words, counts there: a bare date after the article may be its own
    (an exhibition's "29 November 2018 | 20 January 2019"), unless it stands right beside a
    labelled one, which a page printing its stamp twice leaves. Stamps above the article are
    the header rules' (H102, H107).

    Before::

        Headline

        The first paragraph of the story goes on for a good while, longer than twelve words.

        The last paragraph of the story goes on for a good while, longer than twelve words.
        Published 11:11 PM EST Nov 19, 2019

    After::

        Headline

        The first paragraph of the story goes on for a good while, longer than twelve words.

        The last paragraph of the story goes on for a good while, longer than twelve words.
    """
    bounds = page.prose_bounds
    if bounds is None:
        return
    for run in _date_runs(page, bounds[1]):
        if any(_is_labelled(line.text) for line in run):
            start, end = page.line_removal(run[0], run[-1])
            yield Hit(start, end, f"publication stamp {run[0].stripped[:60]!r}", "")


def _is_labelled(text: str) -> bool:
    labels = WORD.findall(text.lower())[:LABEL_WITHIN_WORDS]
    return bool(PUBLICATION_WORDS.intersection(labels))


def _date_runs(page: Page, after: int) -> Iterator[list[Line]]:
    """Runs of consecutive date-only lines (blank lines between allowed) after ``after``.

    Some pages print their stamp twice under the article, the second time as bare dates
    ("Posted 4 Mar 2024" over "4 Mar 2024" and "Mon 4 Mar 2024 at 6:30am, updated"): a bare
    date right beside a labelled stamp is part of it, and goes with it."""
    return content_runs(
        page.iter_content_lines(after),
        lambda line: line.start >= after and DIGIT.search(line.text) is not None and is_date_only(line.text),
    )
