from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page


@rule("W105", "final-newline", scope="layout")
def final_newline(page: Page) -> Iterator[Hit]:
    """The text ends with exactly one newline (an empty text stays empty).

    POSIX tools expect a final newline, and blank lines at the end are residue.

    Before: ``"Last paragraph.\\n\\n\\n"`` or ``"Last paragraph."``
    After:  ``"Last paragraph.\\n"``
    """
    text = page.text
    if text.endswith("\n") and not text.endswith(("\n\n", "\r\n")) and not text[-2:-1].isspace():
        return  # the common case: one final newline after a visible character
    body_end = len(text.rstrip())
    tail = text[body_end:]
    if body_end == 0:
        if text:
            yield Hit(0, len(text), "text is only whitespace", "")
        return
    if tail != "\n":
        message = "missing final newline" if not tail else "blank lines or spaces at the end"
        yield Hit(body_end, len(text), message, "\n")
