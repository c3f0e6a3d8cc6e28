from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from scrubber.misread import as_bytes, clear_winner, line_hits, reads_as_utf8
from scrubber.registry import Hit, rule
from scrubber.text import Page, line_cache

# A page in a Latin code page other than Windows-1252 (Central European, Baltic, Turkish),
# read as Windows-1252 or Latin-1. The letters the code pages share stay ("á", "é", "ó"), the
# others turn into other Latin-1 letters and signs: "Za¿ó³æ gêœl¹" is Polish, "rozpoètu na
# pøíští rok" Czech, "jövõ" Hungarian. What shows the page is that its accented letters fit
# no language written in Windows-1252, and fit one language's alphabet once read again.
CODE_PAGES = ("cp1250", "iso8859_2", "cp1257", "cp1254")
# The accented letters of the languages written in those code pages...
LANGUAGES = (
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Croatian, Bosnian, Slovene
    "ăâîşţ",  # Romanian
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äöõüšž",  # Estonian
    "çğıöşüâî",  # Turkish
)
# ... and of those written in Windows-1252, whose pages are left alone.
WESTERN_LANGUAGES = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüßé",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóù",  # Italian
    "àçèéíïòóú",  # Catalan
    "áéèëïóöüê",  # Dutch
    "æøåéó",  # Danish, Norwegian
    "åäöé",  # Swedish
    "äöåšž",  # Finnish
    "äöõüšž",  # Estonian
    "áæðéíóöúýþ",  # Icelandic
    "áæðíóøúý",  # Faroese
    "áéèêëîïôûù",  # Afrikaans
    "çë",  # Albanian
)
# Letters and signs as the misread page shows them: the signs are other code pages' letters
# that Latin-1 has as symbols ("³" is "ł", "¹" "ą", "¿" "ż", "¶" "ś", "¼" "ź"), and three
# C1 controls ("\x9d" is "ť" in Windows-1250).
SIGNS = "³¹¿¯¥£ª¼¾±¶¦¬¸\x8d\x8f\x9d"
# What a misread page's damaged words hold: Latin-1 and Latin Extended-A ("Œ", "œ" are
# Windows-1252's too). Letters of other scripts (a Russian page with a "¾") are no such words.
NON_ASCII = re.compile(r"[\x80-\u017f]+")
WORD_PART = re.compile(rf"(?:[^\W\d_]|[{SIGNS}])+")
# The page must have this many words that another code page reads differently, some of its
# accented letters must fit no Western language (its share stays below the first figure),
# and read again they must fit one of the other code pages' languages at or above the
# second, and better than they fitted as they were. A Western page quoting a foreign name
# ("Ørsted" in French) reads worse through the other code pages, not better.
MIN_DIFFERING_WORDS = 3
# Without a sign inside a word ("sta³a"), the letters alone must show it in this many distinct
# words: a Western page that mixes languages ("où", "così", "naïve") can have a few words whose
# accents all read as Czech letters, never many.
MIN_DISTINCT_WORDS_WITHOUT_SIGNS = 6
# ... and a fifth of the page's accented letters must fit no Western alphabet: a French page
# quoting Danish ("Århus", "på") has a few letters that French lacks, a misread page many.
MAX_WESTERN_SHARE_WITHOUT_SIGNS = 0.8
INTERIOR_SIGN = re.compile(rf"[^\W\d_][{SIGNS}]|[{SIGNS}][^\W\d_]")
MAX_WESTERN_SHARE = 0.98
MIN_LANGUAGE_SHARE = 0.98


def _differs(char: str) -> bool:
    """Some code page reads the Windows-1252 character as another letter."""
    raw = as_bytes(char)
    if raw is None:
        return False
    readings = (raw.decode(code_page, errors="replace") for code_page in CODE_PAGES)
    return any(r != char and r.isalpha() for r in readings)


# The characters a misread page must hold some of ("è" is "č", "³" is "ł"): a page without
# any (English with "é" and "©", German) is not searched.
DIFFERING = frozenset(c for c in map(chr, range(0x80, 0x180)) if _differs(c))


# The signs whose presence sends a page on to the full test: not the currencies and the
# ordinal ("£", "¥", "ª"), which English and Spanish pages print as they are.
GATE_SIGNS = frozenset(SIGNS) - frozenset("£¥ª")
WESTERN_ALPHABETS = tuple(frozenset(alphabet) for alphabet in WESTERN_LANGUAGES)


def _one_western_alphabet(page: Page) -> bool:
    """Every accented letter of the page is in one Western language's alphabet, and it has
    none of the signs that other code pages' letters become: a page in Windows-1252 as
    written (English with "é", Portuguese), not searched further."""
    rare = page.rare_characters
    if not rare.isdisjoint(GATE_SIGNS):
        return False
    letters = {c.lower() for c in rare if c.isalpha()}
    return any(letters <= alphabet for alphabet in WESTERN_ALPHABETS)


def _non_ascii_words(text: str) -> list[tuple[int, int]]:
    """The spans of the words that hold a non-ASCII letter or sign, in order: found from
    the non-ASCII runs, so the ASCII words between them cost nothing."""
    spans: list[tuple[int, int]] = []
    for run in NON_ASCII.finditer(text):
        first = run.start()
        if spans and first < spans[-1][1]:
            continue  # inside the word found from the run before
        if not (text[first].isalpha() or text[first] in SIGNS):
            continue  # a curly quote, a dash
        start = first
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in SIGNS):
            start -= 1
        word = WORD_PART.match(text, start)
        if word is not None:
            spans.append((start, word.end()))
    return spans


@line_cache
def _reading(word: str, code_page: str) -> str | None:
    raw = as_bytes(word)
    if raw is None:
        return None
    try:
        read = raw.decode(code_page)
    except UnicodeDecodeError:
        return None
    return read if read.isalpha() else None


def _share(words: list[str], languages: tuple[str, ...]) -> float:
    """The largest share of the words' non-ASCII characters that one language's alphabet holds."""
    counts = Counter("".join(words).lower())
    letters = sum(n for c, n in counts.items() if not c.isascii())
    if not letters:
        return 1.0
    return max(sum(counts[c] for c in alphabet) for alphabet in languages) / letters


def page_code_page(words: list[str]) -> str | None:
    """The code page the page's non-ASCII words were written in, when not Windows-1252."""
    if any(as_bytes(w) is None for w in words):
        return None  # letters Windows-1252 has not: the page was not read through it
    western = _share(words, WESTERN_LANGUAGES)
    if western >= MAX_WESTERN_SHARE:
        return None
    signed = any(INTERIOR_SIGN.search(w) for w in words)
    if not signed and western > MAX_WESTERN_SHARE_WITHOUT_SIGNS:
        return None
    shares = []
    for code_page in CODE_PAGES:
        readings = [_reading(w, code_page) for w in words]
        if any(r is None for r in readings):
            continue
        differing = [w for r, w in zip(readings, words, strict=True) if r != w]
        if len(differing) < MIN_DIFFERING_WORDS:
            continue
        if not signed and len(set(differing)) < MIN_DISTINCT_WORDS_WITHOUT_SIGNS:
            continue
        share = _share(readings, LANGUAGES)  # type: ignore[arg-type]
        if share > western:
            shares.append((share, code_page))
    return clear_winner(shares, MIN_LANGUAGE_SHARE)


@rule("E110", "misread-latin-code-page", early=True)
def misread_latin_code_page(page: Page) -> Iterator[Hit]:
    """Words of a Central European, Baltic or Turkish page read as Windows-1252 are read again.

    The letters the code pages share survive, so such a page reads almost right, but "ł",
    "č" or "ő" turned into other letters and signs: "Za¿ó³æ gêœl¹", "rozpoètu", "jövõ". The
    page is read again when some of its accented letters fit no language written in
    Windows-1252 and, read through Windows-1250, ISO-8859-2, Windows-1257 or Windows-1254,
    98% of them fit one language's alphabet, better than before. That code page must read
    every word as letters and at least three differently, or six distinct words where no sign
    sits inside a word (as "³" for "ł" does): a Western page mixing languages ("où", "così",
    "naïve") has a few words whose accents all read as Czech letters, never many. A page
    whose non-ASCII runs look like UTF-8 is left to E101.

    Before: ``"Sejm przyj¹³ ustawê, która by³a ju¿ gotowa, a Senat siê zgodzi³.\\n"``
    After:  ``"Sejm przyjął ustawę, która była już gotowa, a Senat się zgodził.\\n"``
    """
    text = page.text
    if text.isascii() or page.rare_characters.isdisjoint(DIFFERING) or _one_western_alphabet(page):
        return
    if page.remember(reads_as_utf8, lambda: reads_as_utf8(text)):
        return  # E101's (told first: a page of mojibake passes every gate above)
    spans = _non_ascii_words(text)
    if len(spans) < MIN_DIFFERING_WORDS:
        return
    # A sign opening a word is a symbol as often ("£5m", "£m"): such words are read again once
    # the page is known, but do not show it.
    code_page = page_code_page([text[s:e] for s, e in spans if text[s].isalpha()])
    if code_page is None:
        return
    words = []
    for start, end in spans:
        reading = _reading(text[start:end], code_page)
        if reading is not None and reading != text[start:end]:
            words.append((start, end, reading))
    yield from line_hits(text, words, code_page)
