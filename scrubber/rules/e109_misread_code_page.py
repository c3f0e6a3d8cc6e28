from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from scrubber.misread import as_bytes, clear_winner, line_hits, reads_as_utf8
from scrubber.registry import Hit, rule
from scrubber.text import Page, line_cache

# A page written in a legacy code page of another script and read as Windows-1252 (or
# Latin-1): each Cyrillic, Greek, Hebrew or Arabic letter became one Latin-1 letter or sign,
# so whole words read "Ãîñóäàðñòâåííàÿ äóìà". Unlike UTF-8 mojibake (E101) no character
# splits in two, so ftfy does not see it. The code pages, with the letters most frequent in
# the languages written in them (Russian, Ukrainian, Bulgarian, Serbian; Greek; Hebrew;
# Arabic), which tell the right reading from a wrong one.
CODE_PAGES = {
    "cp1251": "оеаинтсрвлі",
    "koi8_r": "оеаинтсрвл",
    "cp1253": "αοιετνσςρυάέίό",
    "cp1255": "יוהלארמתבנש",
    "cp1256": "اليمونرتبعه",
}
# What a misread word is made of: Latin-1 letters and the signs that other code pages' letters
# turn into ("¸" is "ё", "³" is "і", "¿" is "ї", "º" is "є" in Windows-1251), never an ASCII
# letter or digit beside it. Latin words hold ASCII letters around their accents ("café").
WORD = re.compile(
    r"(?<![A-Za-z0-9])[\u00c0-\u00ff\u00a1-\u00a5\u00a8\u00aa\u00af\u00b2-\u00b4\u00b8-\u00ba\u00bc-\u00bf"
    # The five bytes Windows-1252 leaves undefined, read as C1 controls, are Windows-1251
    # letters ("\x9d" is Macedonian "ќ").
    r"\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\x81\x8d\x8f\x90\x9d]+(?![A-Za-z0-9])"
)
WORD_CHARACTERS = frozenset(c for c in map(chr, range(0x80, 0x200)) if WORD.fullmatch(c))
# A misread page shows most of its alphabet (Russian uses thirty-odd letters): fewer distinct
# characters of the kind than this, and the page is not searched (English text with a "©",
# or a German one with its umlauts, never is).
MIN_DISTINCT_CHARACTERS = 8
# Evidence for the page: this many distinct words of three letters or more that read as words of one
# script, and a share of its commonest letters among their letters that a wrong code page's
# permutation of the alphabet does not reach.
MIN_EVIDENCE_WORDS = 5
EVIDENCE_MIN_LETTERS = 3
MIN_COMMON_SHARE = 0.45


TRAILING_PUNCTUATION = "،؛؟"


@line_cache
def _reading(word: str, code_page: str) -> str | None:
    """``word`` read through ``code_page`` when it becomes a word of one script's letters,
    in one case pattern (lower, Capitalised or upper case, or a script without case)."""
    raw = as_bytes(word)
    if raw is None:
        return None
    read = raw.decode(code_page, errors="replace")
    # Arabic's comma, semicolon and question mark are Latin-1 signs too ("¡", "º", "¿"):
    # they may end the word.
    # Arabic and Hebrew vowel marks are combining marks, not letters ("مختبرًا").
    if unicodedata.combining(read[0]):
        return None  # a vowel mark follows its letter; none opens a word
    letters = "".join(c for c in read.rstrip(TRAILING_PUNCTUATION) if not unicodedata.combining(c))
    if not letters.isalpha():
        return None
    if letters.islower() or letters.isupper() or (letters[0].isupper() and letters[1:].islower()):
        return read
    return read if not any(c.isupper() or c.islower() for c in letters) else None


def page_code_page(words: list[str]) -> str | None:
    """The code page the page's misread words were written in, or None (not misread)."""
    # Each distinct word once: a word repeated ("город город город") says nothing new about
    # which letters are common. (Not case-folded: a misread letter's case is another letter.)
    evidence = sorted({w for w in words if len(w) >= EVIDENCE_MIN_LETTERS})
    if len(evidence) < MIN_EVIDENCE_WORDS:
        return None
    shares = []
    for code_page, common in CODE_PAGES.items():
        readings = [_reading(w, code_page) for w in evidence]
        if any(r is None for r in readings):
            continue
        letters = "".join(readings).lower()  # type: ignore[arg-type]
        shares.append((sum(letters.count(c) for c in common) / len(letters), code_page))
    return clear_winner(shares, MIN_COMMON_SHARE)


@rule("E109", "misread-code-page", early=True)
def misread_code_page(page: Page) -> Iterator[Hit]:
    """Words of a page in a legacy code page that was read as Windows-1252 are read again.

    A Russian page in Windows-1251 or KOI8-R, a Greek one in Windows-1253, a Hebrew or
    Arabic one, saved by a tool that took it for Windows-1252, turns every letter into a
    Latin-1 one: "Ãîñóäàðñòâåííàÿ äóìà". The code page is chosen for the whole page, from
    five or more distinct words of three letters or more: it must read every one as letters
    of one script, in a normal case pattern, with that script's common letters common, and
    clearly more so than any other code page (a close call leaves the page as it is). Words
    that touch an ASCII letter ("café") are never read again.

    Before: ``"Ãîñóäàðñòâåííàÿ äóìà ïðèíÿëà çàêîí î áþäæåòå â òðåòüåì ÷òåíèè\\n"``
    After:  ``"Государственная дума приняла закон о бюджете в третьем чтении\\n"``
    """
    text = page.text
    if text.isascii() or len(page.rare_characters & WORD_CHARACTERS) < MIN_DISTINCT_CHARACTERS:
        return
    if page.remember(reads_as_utf8, lambda: reads_as_utf8(text)):
        return  # E101's
    matches = list(WORD.finditer(text))
    code_page = page_code_page([m.group() for m in matches]) if matches else None
    if code_page is None:
        return
    words = []
    for match in matches:
        reading = _reading(match.group(), code_page)
        if reading is not None:
            words.append((match.start(), match.end(), reading))
    yield from line_hits(text, words, code_page)
