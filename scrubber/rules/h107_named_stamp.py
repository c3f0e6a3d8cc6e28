from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.dates import is_named_stamp
from scrubber.registry import Hit, rule
from scrubber.text import Page

DIGIT = re.compile(r"\d")  # every stamp has one: a fast first test


@rule("H107", "named-stamp")
def named_stamp(page: Page) -> Iterator[Hit]:
    """A header line that is a publication stamp plus its author or source is removed.

    Where the date-line rule (H102) takes bare dates, pages often print the date together with
    the byline, the agency or the section: "Associated Press November 19, 2019, 9:02 AM",
    "October 9, 2018 | by Olivia Larsen". The line must name a precise date (with a year, in
    numbers, or with a clock time), its other words must be names (capitalised, or in a
    script without case) or stamp words, and it must sit in the header zone.

    Before: ``"Storm closes schools\\nPosted by Jane Doe on November 19, 2019, 6:21 AM EST\\nSchools ..."``
    After:  ``"Storm closes schools\\nSchools ..."``
    """
    for line in page.header_zone[1:]:  # the zone starts with the headline itself
        if DIGIT.search(line.text) and is_named_stamp(line.text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"stamp with byline {line.stripped[:60]!r}", "")
