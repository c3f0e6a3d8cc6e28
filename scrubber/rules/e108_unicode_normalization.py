from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page, changed_span


@rule("E108", "unicode-normalization", scope="line", early=True)
def unicode_normalization(page: Page) -> Iterator[Hit]:
    """Text is put in Unicode normalization form C (composed characters).

    The same visible letter can be one code point ("é") or a letter plus a combining mark
    ("e" + U+0301); mixed forms make equal words compare unequal. NFC is the web's form.

    Before: ``"cafe\\u0301"``
    After:  ``"café"``
    """
    text = page.text
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return
    for line in page.lines_in_ranges():
        if unicodedata.is_normalized("NFC", line.text):
            continue
        normal = unicodedata.normalize("NFC", line.text)
        prefix, old_end, new_end = changed_span(line.text, normal)
        original = line.text[prefix:old_end]
        yield Hit(line.start + prefix, line.start + old_end, f"not NFC: {original!r}", normal[prefix:new_end])
