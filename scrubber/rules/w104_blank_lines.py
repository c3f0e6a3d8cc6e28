from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page


@rule("W104", "blank-lines")
def blank_lines(page: Page) -> Iterator[Hit]:
    """Runs of blank lines become one blank line; blank lines at the top are removed.

    One blank line separates paragraphs; more are leftovers of removed page elements.
    Blank lines at the end are the business of W105 (final newline).

    Before: ``"Para one.\\n\\n\\n\\nPara two.\\n"``
    After:  ``"Para one.\\n\\nPara two.\\n"``
    """
    lines = page.lines
    index = 0
    while index < len(lines):
        if not lines[index].is_blank:
            index += 1
            continue
        run_end = index
        while run_end + 1 < len(lines) and lines[run_end + 1].is_blank:
            run_end += 1
        at_top = index == 0
        at_bottom = run_end == len(lines) - 1
        keep = 0 if at_top else 1
        if not at_bottom and run_end - index + 1 > keep:
            first_removed = lines[index + keep]
            last = lines[run_end]
            what = "blank lines at the top" if at_top else "extra blank lines"
            yield Hit(first_removed.start, last.break_end, what, "")
        index = run_end + 1
