"""Text read through the wrong code page, as the rules that read it again (E109, E110) see it:
the bytes a Windows-1252 reading came from, whether those bytes are UTF-8 (E101's damage, not
theirs), the choice between code pages, and their findings, one per line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit


def as_bytes(word: str) -> bytes | None:
    """The bytes ``word`` was read from as Windows-1252 (or Latin-1, for its C1 controls)."""
    try:
        return word.encode("cp1252")
    except UnicodeEncodeError:
        try:
            return word.encode("latin-1")
        except UnicodeEncodeError:
            return None


# UTF-8 read as Windows-1252 ("Ð¡Ð¾Ð²ÐµÑ‚", E101's to repair) is made of a lead byte and
# continuation bytes for every letter; a legacy code page's text holds such a sequence only by
# chance (a capital before "ё", say).
UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# A page is UTF-8 misread when this share of its non-ASCII runs holds a UTF-8 sequence (whole
# runs, not words: a continuation byte is often a sign, "Ã©" is "é"); five such runs that
# keep the share settle it, and two hundred runs are enough to tell.
MIN_UTF8_RUN_SHARE = 0.2
UTF8_SAMPLE_RUNS = 200
UTF8_SURE_RUNS = 5


def reads_as_utf8(text: str) -> bool:
    """Many of the text's non-ASCII runs, as Windows-1252 bytes, hold UTF-8 sequences: the
    text is UTF-8 read one byte a character (E101's to repair), or partly repaired."""
    runs = utf8 = 0
    for examined, match in enumerate(NON_ASCII_RUN.finditer(text), 1):
        # The sample counts the runs Windows-1252 cannot hold too ("город" on a Russian page
        # with one "¾"): scanning all of them told nothing and took a tenth of a second.
        if examined > UTF8_SAMPLE_RUNS:
            break  # enough to tell, on a long page
        raw = as_bytes(match.group())
        if raw is None:
            continue
        runs += 1
        utf8 += UTF8_PAIR.search(raw) is not None
        if utf8 >= UTF8_SURE_RUNS and utf8 >= MIN_UTF8_RUN_SHARE * runs:
            return True  # a page of mojibake shows it in its first runs
    return utf8 > 0 and utf8 >= MIN_UTF8_RUN_SHARE * runs


# Two code pages that read the evidence nearly as well leave the page as it is: too little
# text to tell them apart, and a wrong reading is worse than none.
MIN_MARGIN = 0.1


def clear_winner(shares: list[tuple[float, str]], minimum: float) -> str | None:
    """The code page of the highest share, when it reaches ``minimum`` and leads the next
    by ``MIN_MARGIN``."""
    ranked = sorted(shares, reverse=True)
    if not ranked or ranked[0][0] < minimum:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MIN_MARGIN:
        return None
    return ranked[0][1]


def line_hits(text: str, words: list[tuple[int, int, str]], code_page: str) -> Iterator[Hit]:
    """One hit per line for the words read again (start, end, reading, in text order): the
    span from its first such word to its last, with each of them replaced."""
    run: list[tuple[int, int, str]] = []
    for word in words:
        if run and "\n" in text[run[-1][1] : word[0]]:
            yield _line_hit(text, run, code_page)
            run = []
        run.append(word)
    if run:
        yield _line_hit(text, run, code_page)


def _line_hit(text: str, run: list[tuple[int, int, str]], code_page: str) -> Hit:
    start, end = run[0][0], run[-1][1]
    pieces, position = [], start
    for word_start, word_end, reading in run:
        pieces += [text[position:word_start], reading]
        position = word_end
    replacement = "".join(pieces)
    return Hit(start, end, f"read as {code_page}: {text[start:end][:40]!r} -> {replacement[:40]!r}", replacement)
