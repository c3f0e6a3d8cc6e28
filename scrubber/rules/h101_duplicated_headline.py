from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import Page, fold, words

# A headline is a line, not a paragraph: past this many words the first line is prose, and a
# repeat of it is left to the repeated-paragraph rules.
HEADLINE_MAX_WORDS = 30
# Near copies ("Title | Site", a retyped title) are recognised only in the header zone and
# only when close in length, where nothing but the title itself can be that similar.
NEAR_RATIO = 90.0
NEAR_LENGTH_RATIO = 0.75


def _is_near_copy(headline: str, candidate: str) -> bool:
    shorter, longer = sorted((len(headline), len(candidate)))
    if longer == 0 or shorter / longer < NEAR_LENGTH_RATIO:
        return False
    return fuzz.ratio(headline, candidate) >= NEAR_RATIO


@rule("H101", "duplicated-headline")
def duplicated_headline(page: Page) -> Iterator[Hit]:
    """A line that repeats the headline is removed; the first copy is kept.

    Saved pages print the title once as the document title and again as the page heading,
    and galleries or breadcrumbs repeat it further down. A line equal to the headline after
    folding case and whitespace is removed anywhere (safe). A near copy (fuzzy ratio >= 90)
    is recognised only in the header zone, and its removal is unsafe.

    Before: ``"Escaped IS militants regrouping\\n\\nEscaped IS militants regrouping\\n\\nHundreds of ..."``
    After:  ``"Escaped IS militants regrouping\\n\\nHundreds of ..."``
    """
    headline = page.headline
    if headline is None or not 1 <= len(words(headline.text)) <= HEADLINE_MAX_WORDS:
        return
    title = fold(headline.text)
    header = {line.index for line in page.header_zone}
    # Folding never changes a line's length by more than its whitespace; lines far longer or
    # shorter than the headline cannot be a copy, so most lines are skipped unfolded.
    shortest = len(title) * NEAR_LENGTH_RATIO
    longest = len(headline.text) / NEAR_LENGTH_RATIO + 8
    for line in page.content_lines[1:]:
        if not shortest <= len(line.text) <= longest:
            continue
        candidate = fold(line.text)
        start, end = page.line_removal(line)
        if candidate == title:
            yield Hit(start, end, f"headline repeated: {line.stripped[:60]!r}", "")
        elif line.index in header and _is_near_copy(title, candidate):
            yield Hit(start, end, f"near copy of the headline: {line.stripped[:60]!r}", "", Safety.UNSAFE)
