from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.dates import is_date_only, is_stamp_label
from scrubber.registry import Hit, rule
from scrubber.shapes import heads_a_section
from scrubber.text import Line, Page

# A time alone ("10 p.m.") is a live-blog heading as often as a stamp, so only lines that
# name a calendar date are removed, and a time alone only right below one ("Nov. 19, 2019"
# then "5:50 PM": a stamp printed on two lines).
REQUIRE_CALENDAR_DATE = True
DIGIT = re.compile(r"\d")  # every date has one: a fast first test


def _is_calendar_date(text: str) -> bool:
    return is_date_only(text, calendar=REQUIRE_CALENDAR_DATE)


def _heads_an_entry(page: Page, line: Line) -> bool:
    """The stamp of a live blog's first entry: dated entries follow, each between paragraphs."""
    return heads_a_section(page, line, _is_calendar_date)


@rule("H102", "date-line")
def date_line(page: Page) -> Iterator[Hit]:
    """A line in the article's header that is only a publication date or stamp is removed.

    Pages print their publication stamp on a line of its own; it is metadata, not text.
    The removed stamp is kept in the report, and so is its label where the page printed it
    on the line above ("Publish date:"). A date inside a sentence, a date line in the
    body of the article, and the stamp of a live blog's first entry (more dated entries
    follow, each between paragraphs) are content and stay.

    Before: ``"Militants regroup\\n\\n08 December, 2016\\nHundreds of militants ..."``
    After:  ``"Militants regroup\\n\\nHundreds of militants ..."``
    """
    after_date = False
    for line in page.header_zone[1:]:  # the zone starts with the headline itself
        if not DIGIT.search(line.text):
            after_date = False
            continue
        is_date = _is_calendar_date(line.text)
        if (is_date or (after_date and is_date_only(line.text))) and not _heads_an_entry(page, line):
            label = page.previous_content_line(line)
            if label is not None and label != page.headline and is_stamp_label(label.text):
                start, end = page.line_removal(label)  # "Publish date:" above the date
                yield Hit(start, end, f"date label {label.stripped!r}", "")
            start, end = page.line_removal(line)
            yield Hit(start, end, f"date line {line.stripped!r}", "")
        after_date = is_date
