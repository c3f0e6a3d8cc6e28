from __future__ import annotations

import operator
import re
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, count, islice, repeat

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import Line, Page, words

WORD = r"\w+(?:['’-]\w+)*"
# One to six words, then the same words again after plain spaces (case-insensitive). Only
# spaces may separate the copies: "no, no, no" and "New York, New York" are deliberate.
STUTTER = re.compile(
    rf"(?<![\w'’-])(?P<unit>{WORD}(?:[ \t]+{WORD}){{0,5}})(?P<copy>[ \t]+(?P=unit))(?![\w'’-])",
    re.IGNORECASE,
)
MAX_UNIT_WORDS = 6
NON_ASCII = re.compile(r"[^\x00-\x7f]")
# What may stand between a token's ends and its word: the pattern's copies may be enclosed
# in any of it ("(the the)", "the city the city.").
EDGE_PUNCTUATION = ".,;:!?()[]{}<>\"'“”‘’„«»‹›*…—–/|_#@&%+=~^`"
# The language of a doubled word is read from the text around it (a paragraph keeps its
# language), not from its whole line, which may be a whole text saved without line breaks.
CONTEXT_CHARS = 500
# Lines longer than this are searched around each candidate rather than whole, which keeps
# the cost linear on such texts.
LONG_LINE_CHARS = 20_000
# Candidates are found in pieces of whole lines of about this size: the token lists of a
# piece take some twenty times its size, which for a 60 MB text was over a gigabyte. A
# stutter never spans a line break (the search stops at the line's end), so nothing is lost.
PIECE_CHARS = 1 << 16
# A free relative clause repeats its verb on purpose: "What will be will be", "Whoever said
# it said it well", "What he did did not matter". A wh-word a few words before the first copy,
# with no punctuation between, marks one.
FREE_RELATIVE = re.compile(
    r"\b(?:what|whatever|whoever|whichever|wherever|whenever|who|which|how)\b[^,.;:!?()\n]{0,40}$", re.IGNORECASE
)
# How far back before the first copy that search looks: the longest wh-word and the 40
# characters it allows after it.
FREE_RELATIVE_WINDOW = 60
# Words English doubles on purpose: "that that", "had had", "is is" ("what it is is"), "her
# her" ("gave her her coat"), and particles before a preposition ("log in in the corner").
GRAMMATICAL_DOUBLES = frozenset("that had is her do does in on up off out down over by".split())
# Function words whose doubling is a slip of the keyboard ("the the", "of of"). Other single
# words doubled may be deliberate: intensifiers ("very very") and reduplication, which is
# grammar in many languages (Indonesian "amat amat", "biasa biasa"); those are unsafe.
FUNCTION_WORDS = frozenset(
    "the a an of to and or for with at from as it its we i you they he she this these those be are was were "
    "will would can could should not but if then than their our my your his him them us".split()
)
# Outside English a doubled single word is more often grammar than a slip: Polish "To to
# samo" (that is the same), French "nous nous sommes", German "die die", and reduplication
# (Turkish "yavaş yavaş", Indonesian "pelan pelan"). Those are left alone, so each line is
# judged English or not. Function words no other major Latin-script language uses make a
# line English...
ENGLISH_ONLY = frozenset(
    "the of and with from that this these those which would could should their they them were have has been "
    "than then but its you your she".split()
)
# ...and, in a line without those, an accented letter or another script, or a function word
# of another language, makes it not English. These are common function words of languages
# written in Latin script, chosen among those that are not English words.
OTHER_FUNCTION_WORDS = frozenset(
    "der die das den und ist nicht ein eine sich mit auf dem des von auch wird "  # German
    "les est une nous vous pas que qui dans pour sont avec "  # French
    "los las del una por para como pero "  # Spanish
    "os um uma com dos nas pelo "  # Portuguese
    "il gli della che sono "  # Italian
    "het een niet zijn maar ook "  # Dutch
    "jest nie jak tak czy ale samo "  # Polish
    "bir ve bu ile "  # Turkish
    "yang dan ini itu untuk dengan tidak ada saja akan "  # Indonesian and Malay
    "ang ng mga "  # Tagalog
    "och att som inte "  # Swedish
    "og til som ikke".split()  # Danish and Norwegian
)
# Reduplications in ordinary prose: interjections and idioms.
REDUPLICATIONS = frozenset(
    "ha haha bye no yes so well now there knock tut chop night blah yada bla hip pom very".split()
)


def _is_deliberate(unit: str, copy: str) -> bool:
    tokens = unit.split()
    if any(any(ch.isdigit() for ch in token) for token in tokens):
        return True  # numbers repeat in scores, tables and codes
    if len(tokens) == 1:
        word = unit.casefold()
        if word in GRAMMATICAL_DOUBLES or word in REDUPLICATIONS:
            return True
        # "Bora Bora", "Walla Walla", "Duran Duran": a capitalised word doubled is a name.
        if unit[:1].isupper() and copy[:1].isupper():
            return True
        if len(word) == 1 and not word.isalpha():
            return True
    return False


def _candidate_offsets(text: str) -> list[int]:
    """Offsets of space-separated tokens where a run of n tokens (n <= 6) repeats at once.

    Tokens are compared without the punctuation at their ends, which a copy may carry where
    the phrase does not ("the city the city.", "(the the)"); "no, no" looks alike too, and
    the exact pattern, which confirms each candidate on its own line, leaves it. Every
    step runs in C (``str.split``, ``str.strip``, ``map(operator.eq, ...)``); clean text
    costs a few milliseconds per MB. Where spaces or tabs run together inside a line
    ("the   the"), the empty tokens between are dropped before comparing, as the pattern
    allows any run of them between the copies; so are those of blank lines in a row (which
    makes tokens a blank line apart neighbours: no stutter spans a break, and the pattern,
    confined to a line, finds none there).
    """
    tokens = text.replace("\n", " ").replace("\t", " ").split(" ")  # one separator per character keeps offsets
    bare = list(map(str.strip, tokens, repeat(EDGE_PUNCTUATION, len(tokens))))
    # Plain substring tests (a regular expression costs more). Blank lines in a row are
    # runs of empty tokens, which match each other at every distance.
    if "  " in text or "\t" in text or "\n\n\n" in text:
        kept = [index for index, token in enumerate(tokens) if token]
        candidates = [kept[i] for i in _repeat_starts([bare[index] for index in kept])]
    else:
        candidates = _repeat_starts(bare)
    candidates = [i for i in candidates if bare[i]]  # empty: a break, or punctuation alone
    if not candidates:
        return []
    # Token i starts after the i tokens before it and their i separators.
    lengths_before = list(accumulate(map(len, tokens), initial=0))
    return sorted({lengths_before[i] + i for i in candidates})


def _repeat_starts(tokens: list[str]) -> list[int]:
    """Indexes where a run of one to six tokens is followed at once by the same run."""
    starts = list(compress(count(), map(operator.eq, tokens, islice(tokens, 1, None))))
    for distance in range(2, MAX_UNIT_WORDS + 1):
        starts.extend(_runs_at_distance(tokens, distance))
    return starts


def _runs_at_distance(tokens: list[str], distance: int) -> Iterator[int]:
    """Starts i where tokens[i + m] == tokens[i + distance + m] for every m < distance.

    Any run of ``distance`` consecutive positions holds exactly one multiple of ``distance``,
    so comparing only at those positions (a ``distance``-th of the work, in C) finds every
    run; each of the rare hits is then checked in full.
    """
    size = len(tokens)
    hits = compress(count(0, distance), map(operator.eq, tokens[::distance], tokens[distance::distance]))
    for hit in hits:
        for start in range(max(hit - distance + 1, 0), hit + 1):
            middle = start + distance
            if middle + distance <= size and tokens[start:middle] == tokens[middle : middle + distance]:
                yield start


def _continues(text: str, end: int, unit: str) -> bool:
    """A third copy follows ("and on and on and on", "Jewels after Jewels after Jewels"):
    repetition kept up that long is rhetoric, not a slip. In a hard-wrapped text the third
    copy may start the next line, or the one after a blank line if it is double-spaced."""
    first_word = unit.split()[0]
    following = text[end : end + len(first_word) + 8].lstrip(" \t\n")
    return (
        following[: len(first_word)].casefold() == first_word.casefold()
        and not following[len(first_word) : len(first_word) + 1].isalnum()
    )


def _follows(text: str, start: int, unit: str) -> bool:
    """A copy comes before too, perhaps across a wrapped line's break ("...and on\\nand on
    and on."): the same repetition kept up, seen from its second copy.

    This and ``_continues`` read one line across a break (and blank lines), so a finding
    also depends on its neighbour line. The engine looks again at the nearest text line on
    either side of every fix, across blank lines, which covers both.
    """
    before = text[max(0, start - len(unit) - 8) : start].rstrip(" \t\n").casefold()
    folded = unit.casefold()
    return before.endswith(folded) and not before[: len(before) - len(folded)][-1:].isalnum()


@rule("S101", "stuttered-phrase", scope="line")
def stuttered_phrase(page: Page) -> Iterator[Hit]:
    """A run of one to six words immediately repeated is reduced to one copy.

    Scrapers and careless edits duplicate phrases ("put the number the number of"), and
    bylines get printed twice in one line. Grammatical doubles ("had had", "that that"),
    comma-separated repetition ("no, no, no"), repetition kept up three times ("and on and
    on and on"), a free relative clause's verb ("What will be will be"), reduplicated names
    ("Bora Bora") and numbers are left alone. A doubled content word ("very very") may be
    deliberate: its fix is unsafe. A single word doubled in a line of another language is
    left alone: there it is often grammar (Polish "To to samo", French "nous nous",
    Indonesian "amat amat"). A line without a function word of any language it knows is
    judged by its page (Swahili "pole pole", Malay "anak anak").

    Before: ``"Estimates have put the number the number of militants at 1,500."``
    After:  ``"Estimates have put the number of militants at 1,500."``
    """
    text = page.text
    done_until = -1
    lowered = page.lowered or text  # case-insensitive candidates; the pattern decides exactly
    pieces = _pieces(lowered, page.ranges)
    offsets = (base + offset for base, end in pieces for offset in _candidate_offsets(lowered[base:end]))
    line = None
    for offset in offsets:
        if offset < done_until:
            continue
        if line is None or not line.start <= offset < line.end:
            line = page.line_around(offset)  # a search for the breaks around: once per line
        if line.end - line.start > LONG_LINE_CHARS:
            # A text saved without line breaks is one huge line: search only around the
            # candidate, up to a space (so the pattern's end test sees the real text).
            window_end = _after_words(text, offset, line.end, 2 * MAX_UNIT_WORDS + 1)
            done_until = window_end
            yield from _stutters_in(page, offset, window_end, line)
        else:
            done_until = line.break_end
            # From the line's first candidate on: no copy starts before it.
            yield from _stutters_in(page, offset, line.end, line)


def _pieces(text: str, ranges: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``ranges`` cut after line breaks into pieces of about ``PIECE_CHARS`` (a longer line
    is one piece)."""
    for start, end in ranges:
        while end - start > PIECE_CHARS:
            cut = text.rfind("\n", start, start + PIECE_CHARS) + 1 or text.find("\n", start + PIECE_CHARS, end) + 1
            if not cut or cut >= end:
                break
            yield start, cut
            start = cut
        yield start, end


def _after_words(text: str, start: int, limit: int, count: int) -> int:
    """The offset of the ``count``-th space after ``start`` (or ``limit``)."""
    position = start
    for _ in range(count):
        position = text.find(" ", position + 1, limit)
        if position < 0:
            return limit
    return position


def _safety(unit: str, line: str, page: Page) -> Safety | None:
    """Safe for a phrase of several words, or a function word doubled in English; unsafe for
    a content word doubled in English ("very very" may be meant); None (no finding) for a
    single word doubled in a line of another language."""
    if " " in unit:
        return Safety.SAFE
    word = unit.casefold()
    if not _reads_as_english(word, line, page):
        return None
    return Safety.SAFE if word in FUNCTION_WORDS else Safety.UNSAFE


def _reads_as_english(word: str, line: str, page: Page) -> bool:
    tokens = set(map(str.casefold, words(line)))
    if word in ENGLISH_ONLY or not ENGLISH_ONLY.isdisjoint(tokens):
        return True
    if not line.isascii() and any(character.isalpha() for character in NON_ASCII.findall(line)):
        return False
    if not OTHER_FUNCTION_WORDS.isdisjoint(tokens):
        return False
    # A line with no function word of any listed language: its page tells (Swahili "pole
    # pole" and Malay "anak anak" are grammar, in lines whose own words are all content).
    return page.remember(("S101", "english page"), lambda: _page_reads_as_english(page.text))


# English prose has a word of ``ENGLISH_ONLY`` in every few ("the", "of", "and" alone are a
# seventh of its words; a page of lists and scores has one in thirty); a page in another
# language has next to none (one in fifty at most, in names and quotations). A text too short
# to tell is taken as English, as a line alone would be.
ENGLISH_PAGE_MIN_SHARE = 0.025
ENGLISH_PAGE_MIN_WORDS = 50


def _page_reads_as_english(text: str) -> bool:
    # Counted piece by piece: the word list of a whole long text is some thirteen times its size.
    total = english = 0
    for start, end in _pieces(text, [(0, len(text))]):
        tokens = words(text[start:end])
        total += len(tokens)
        english += sum(map(ENGLISH_ONLY.__contains__, map(str.casefold, tokens)))
    if total < ENGLISH_PAGE_MIN_WORDS:
        return True
    return english >= ENGLISH_PAGE_MIN_SHARE * total


def _stutters_in(page: Page, start: int, end: int, line: Line) -> Iterator[Hit]:
    text = page.text
    for match in STUTTER.finditer(text, start, end):
        unit = match.group("unit")
        copy = match.group("copy").lstrip(" \t")
        if _is_deliberate(unit, copy) or _continues(text, match.end(), unit) or _follows(text, match.start(), unit):
            continue
        if FREE_RELATIVE.search(text, max(line.start, match.start() - FREE_RELATIVE_WINDOW), match.start()):
            continue  # "What will be will be"
        context = text[max(line.start, match.start() - CONTEXT_CHARS) : min(line.end, match.end() + CONTEXT_CHARS)]
        safety = _safety(unit, context, page)
        if safety is None:
            continue
        yield Hit(match.start("copy"), match.end("copy"), f"stuttered phrase {unit!r}", "", safety)
