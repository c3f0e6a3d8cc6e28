from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

# C0 controls but tab and line breaks, DEL, and C1 controls. Carriage returns are W101's.
# Runs of C0 controls are one finding; C1 controls one at a time, so that E101's repair of
# the same character (a C1 control is usually a Windows-1252 byte) ties and wins by code.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+|[\x80-\x9f]")
CONTROLS = frozenset(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
WORD_CHARACTER = re.compile(r"\w")
# Page and line feeds between two lines of text become a line break.
BREAKING = frozenset("\x0b\x0c")


def _replacement(text: str, start: int, end: int) -> str:
    if BREAKING.intersection(text[start:end]):
        return "\n"
    # Look past neighbouring controls: they are removed in the same pass.
    while start > 0 and CONTROL.match(text, start - 1, start):
        start -= 1
    while end < len(text) and CONTROL.match(text, end, end + 1):
        end += 1
    before, after = text[start - 1 : start], text[end : end + 1]
    # Deleting a control between two letters would join two words into a new one.
    return " " if WORD_CHARACTER.match(before) and WORD_CHARACTER.match(after) else ""


@rule("E106", "control-character", scope="line", early=True)
def control_character(page: Page) -> Iterator[Hit]:
    """Control characters other than tab and line breaks are removed.

    Controls are invisible, break terminals and parsers, and carry no meaning in article
    text. C1 controls that are really Windows-1252 punctuation are repaired by E101 first.
    A vertical tab or form feed becomes a line break.

    Before: ``"These controls \\x1a are stray"``
    After:  ``"These controls  are stray"``
    """
    if not CONTROLS & page.rare_characters:
        return
    text = page.text
    for match in page.finditer(CONTROL):
        codes = ", ".join(f"U+{ord(c):04X}" for c in match.group()[:4])
        replacement = _replacement(text, match.start(), match.end())
        yield Hit(match.start(), match.end(), f"control character {codes}", replacement)
