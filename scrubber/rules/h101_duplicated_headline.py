from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from scrubber.model import Safety
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.text import CJK_LETTERS, TITLE_MAX_WORDS, Line, Page, fold, word_count, words

# Near copies ("Title | Site", a retyped title) are recognised only in the header zone and
# only when close in length, where nothing but the title itself can be that similar.
NEAR_RATIO = 90.0
NEAR_LENGTH_RATIO = 0.75
# What a title adds to its heading after a separator is a site's name and maybe a section:
# a line longer by more than this is text that starts with the heading (a whole article
# saved as one line, "Heading - Site Menu ... the story ..."), not a copy of it.
SITE_NAME_MAX_CHARS = 80


# Page titles append the site's name after a separator: "Title | The Gazette", "Titre » Le
# Journal", "Заголовок / Газета". Chinese and Japanese titles also join them without spaces,
# with a full-width bar (or the ideograph "丨" that Chinese sites set for one), an underscore
# or a hyphen next to a character of theirs: "市议会通过明年预算_新闻网".
SITE_SEPARATOR = LazyPattern(
    rf"\s+(?:\||-|–|—|::|·|•|»|«|/)\s+|\s*[｜_丨]\s*|(?<=[{CJK_LETTERS}])-|-(?=[{CJK_LETTERS}])"
)
# Where a title splits into its heading and a site name or kicker: the site separators, a
# colon after a kicker ("Site: Heading"; French sets a space before it, "Site : Titre"), and
# the lenticular brackets of a Chinese kicker or heading ("【独家】标题", "【标题】新闻网").
TITLE_PART_SEPARATOR = LazyPattern(SITE_SEPARATOR.pattern + r"|\s?[:：]\s+|：|[【】]")
# A part of the title must be this long to count as the heading, not a site name.
TITLE_PART_MIN_WORDS = 3
# A breadcrumb, kicker or share label before a copy of the heading ("Home News <heading>",
# "The Latest: <heading>") has a few words and no sentence punctuation.
PREFIX_MAX_WORDS = 5
SENTENCE_PUNCTUATION = re.compile(r"[.!?,;]")


# A page's title and its heading are typeset apart: one has straight quotes where the other
# has curly ones ("Council's" and "Council’s"), or a full stop the other lacks.
SINGLE_QUOTES, DOUBLE_QUOTES = "‘’‚‛", "“”„‟"
TYPOGRAPHIC_QUOTES = str.maketrans(dict.fromkeys(SINGLE_QUOTES, "'") | dict.fromkeys(DOUBLE_QUOTES, '"'))
# Every separator of a title holds one of these; a line without any is not split (a quick
# test before the patterns, which every header line would pay for).
SEPARATOR_CHARACTERS = frozenset("|-–—:·•»«/｜_丨：【】")


def _comparable(text: str) -> str:
    """``text`` folded for comparing headline copies: case, spacing, quotes, a final stop."""
    folded = fold(text)
    # Most lines hold no typographic quote: look for one before translating, which is slow.
    if not folded.isascii() and any(quote in folded for quote in SINGLE_QUOTES + DOUBLE_QUOTES):
        folded = folded.translate(TYPOGRAPHIC_QUOTES)
    return folded.rstrip(".")


def _is_near_copy(headline: str, candidate: str) -> bool:
    if (
        len(candidate) <= len(headline) + SITE_NAME_MAX_CHARS
        and not SEPARATOR_CHARACTERS.isdisjoint(candidate)
        and headline in SITE_SEPARATOR.split(candidate)
    ):
        return True
    shorter, longer = sorted((len(headline), len(candidate)))
    if longer == 0 or shorter / longer < NEAR_LENGTH_RATIO:
        return False
    return fuzz.ratio(headline, candidate) >= NEAR_RATIO


def _heading_parts(title: str) -> set[str]:
    """The parts of a title like "Heading | Site" or "Site: Heading" long enough to be its
    heading (the whole title excluded). A heading may hold a colon or a guillemet itself
    ("Full text: the mayor's speech | Site", "« Le Songe » au Théâtre | Site"), so the text
    before the last site separator, and after the first, count too."""
    if SEPARATOR_CHARACTERS.isdisjoint(title):
        return set()
    pieces = TITLE_PART_SEPARATOR.split(title)
    separators = list(SITE_SEPARATOR.finditer(title))
    if separators:
        pieces += [title[: separators[-1].start()], title[separators[0].end() :]]
    parts = {part for part in pieces if word_count(part) >= TITLE_PART_MIN_WORDS}
    parts.discard(title)
    return parts


def _carries_on(page: Page, line: Line) -> bool:
    """``line`` goes on from a paragraph's line above it, which stops mid-sentence ("...
    health authorities are reporting a" over "6th fatality linked to ..."). The title above
    a heading copy stops mid-sentence too, but it is no paragraph."""
    if page.continues_above(line):
        return True
    above = page.previous_line(line)
    return above is not None and not above.is_blank and above != page.headline and page.runs_on(above)


def _prefixed_copy(candidate: str, headings: set[str]) -> bool:
    """``candidate`` is one of ``headings`` after a short prefix (a breadcrumb or kicker)."""
    for heading in headings:
        if candidate.endswith(" " + heading):
            prefix = candidate[: -len(heading)]
            if len(prefix.split()) <= PREFIX_MAX_WORDS and not SENTENCE_PUNCTUATION.search(prefix):
                return True
    return False


@rule("H101", "duplicated-headline")
def duplicated_headline(page: Page) -> Iterator[Hit]:
    """A line that repeats the headline is removed; the first copy is kept.

    Saved pages print the title once as the document title and again as the page heading,
    and galleries or breadcrumbs repeat it further down. A line equal to the headline after
    folding case and whitespace is removed anywhere (safe), and so is a header line equal to
    the heading part of a title "Heading | Site" or "Site: Heading" (typographic quotes and a
    final full stop aside), or such a copy after a
    breadcrumb or kicker of a few words ("Home News Heading", "The Latest: Heading"). A near
    copy (fuzzy ratio >= 90, or the headline with a site name after a separator) is
    recognised only in the header zone, and its removal is unsafe.

    Before: ``"Escaped IS militants regrouping\\n\\nEscaped IS militants regrouping\\n\\nHundreds of ..."``
    After:  ``"Escaped IS militants regrouping\\n\\nHundreds of ..."``
    """
    headline = page.headline
    # A headline is a line, not a paragraph: past this many words the first line is prose,
    # and a repeat of it is left to the repeated-paragraph rules.
    if headline is None or not 1 <= len(words(headline.text)) <= TITLE_MAX_WORDS:
        return
    if headline.start in page.wrapped_starts:
        return  # a hard-wrapped text that opens with a paragraph has no headline line
    title = _comparable(headline.text)
    # Only spacing may differ between copies, so a line much longer or shorter is no copy.
    slack = len(title) // 4 + 4
    # The longest word the copies are sure to share: one without quotes, which may differ.
    headline_words = headline.text.lower().split()  # lower(), as lines_containing searches
    plain_words = [word for word in headline_words if word.isascii() or word == word.translate(TYPOGRAPHIC_QUOTES)]
    needle = max(plain_words or headline_words, key=len)
    for line in page.lines_containing([needle]):
        if abs(len(line.text) - len(title)) > slack or line.start == headline.start:
            continue
        if _comparable(line.text) == title:
            start, end = page.line_removal(line)
            yield Hit(start, end, f"headline repeated: {line.stripped[:60]!r}", "")
    # A header line that is the heading part of the title, word for word, is a copy (safe).
    parts = _heading_parts(title)
    headings = parts | {title}
    shortest = len(title) * NEAR_LENGTH_RATIO  # neither kind of near copy is shorter than this
    for line in page.header_zone[1:]:
        if _carries_on(page, line):
            continue  # a wrapped paragraph's piece that happens to read like the heading
        candidate = _comparable(line.text)
        if candidate in parts:
            start, end = page.line_removal(line)
            yield Hit(start, end, f"headline repeated without the site name: {line.stripped[:60]!r}", "")
        elif _prefixed_copy(candidate, headings):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"headline repeated after a breadcrumb: {line.stripped[:60]!r}", "")
        elif len(line.text) >= shortest and candidate != title and _is_near_copy(title, candidate):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"near copy of the headline: {line.stripped[:60]!r}", "", Safety.UNSAFE)
