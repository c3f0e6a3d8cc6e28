from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

ZWNJ, ZWJ = "\u200c", "\u200d"
MONGOLIAN_VOWEL_SEPARATOR = "\u180e"
# The canonical combining class of a virama, the mark that kills a consonant's vowel.
VIRAMA_CLASS = 9
# Zero-width space, word joiner, Mongolian vowel separator, invisible math operators, and the
# two joiners (each kept where a script or an emoji sequence needs it, see _needed).
INVISIBLE = frozenset("\u200b\u2060\u180e\u2061\u2062\u2063\u2064" + ZWNJ + ZWJ)
INVISIBLE_RUN = re.compile("[\u200b\u2060\u180e\u2061-\u2064\u200c\u200d]")
# Emoji, their modifiers and the variation selector: a ZWJ between two of these joins an
# emoji sequence (family, profession, flag) and is part of the character the reader sees.
EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff]")


def _shaping_letter(char: str) -> bool:
    """A letter or combining mark (viramas, vowel signs) of a script beyond Latin."""
    return bool(char) and ord(char) >= 0x370 and unicodedata.category(char)[0] in "LM"


def _mongolian(char: str) -> bool:
    return "\u1820" <= char <= "\u18aa"


def _needed(char: str, before: str, after: str) -> bool:
    """ZWJ inside an emoji sequence, ZWJ/ZWNJ between letters of a script that shapes its
    letters (Arabic, Persian, the Indic scripts...) or after a virama, and the Mongolian
    vowel separator inside a Mongolian word carry meaning and stay."""
    if char == MONGOLIAN_VOWEL_SEPARATOR:
        return _mongolian(before) and _mongolian(after)
    if char == ZWJ and EMOJI.match(before or " ") and EMOJI.match(after or " "):
        return True
    if char not in (ZWJ, ZWNJ):
        return False
    # A joiner after a virama shapes the consonant before it, whatever follows: Malayalam
    # written before Unicode 5.1 spells its word-final chillu letters "NA, VIRAMA, ZWJ".
    if before and unicodedata.combining(before) == VIRAMA_CLASS:
        return True
    return _shaping_letter(before) and _shaping_letter(after)


@rule("E103", "invisible-character", scope="line", early=True)
def invisible_character(page: Page) -> Iterator[Hit]:
    """Zero-width and other invisible characters are removed.

    They come from copy-paste and web typography, split words invisibly for search and
    comparison, and cannot be seen in review. A zero-width joiner inside an emoji sequence,
    joiners that shape the letters of scripts that need them, and the Mongolian vowel
    separator inside a Mongolian word are kept.

    Before: ``"break\\u200bing news"``
    After:  ``"breaking news"``
    """
    if not INVISIBLE & page.rare_characters:
        return
    text = page.text
    for match in page.finditer(INVISIBLE_RUN):
        start = match.start()
        char = text[start]
        if _needed(char, text[start - 1 : start], text[start + 1 : start + 2]):
            continue
        yield Hit(start, start + 1, f"invisible character U+{ord(char):04X}", "")
