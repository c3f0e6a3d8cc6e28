from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

FOREIGN_BREAK = re.compile(r"\r\n?")


@rule("W101", "line-endings", early=True)
def line_endings(page: Page) -> Iterator[Hit]:
    """Line breaks are normalized to LF.

    Files saved on Windows (CRLF) or old Macs (CR) carry breaks that other tools print
    as ``^M`` or treat as one long line.

    Before: ``"First line\\r\\nSecond line\\r\\n"``
    After:  ``"First line\\nSecond line\\n"``
    """
    for match in FOREIGN_BREAK.finditer(page.text):
        label = "CRLF" if match.group() == "\r\n" else "CR"
        yield Hit(match.start(), match.end(), f"{label} line break", "\n")
