from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page


@rule("X101", "custom-pattern", scope="line")
def custom_pattern(page: Page) -> Iterator[Hit]:
    """A line matching one of the user's patterns is removed.

    A site's own boilerplate ("Follow us on Mastodon", "This story was produced by ...")
    is best removed by a pattern of its own, given with ``--pattern REGEX`` or in
    ``[tool.scrubber] patterns = [...]``. A pattern matches anywhere in the line (Python
    regular expressions; anchor it with ``^`` and ``$`` to match whole lines only).

    Before (with ``--pattern '^Follow us on'``): ``"Text.\\nFollow us on Mastodon\\n"``
    After:  ``"Text.\\n"``
    """
    patterns = page.options.patterns
    if not patterns:
        return
    for line in page.lines_in_ranges():
        if not line.is_blank and any(p.search(line.text) for p in patterns):
            begin, finish = page.line_removal(line)
            yield Hit(begin, finish, f"matches a custom pattern: {line.stripped[:60]!r}", "")
