from __future__ import annotations

from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page, words

# A line of at least sixty characters of words and spaces only: tag clouds and option lists
# are written out as bare words, while prose meets a comma, period or quote within a clause
# (where the scan stops, which keeps it quick).
BARE_WORDS_LINE = LinePattern(r"[\w'’\t -]{60,}")
MIN_WORDS = 12
# Share of neighbouring words in alphabetical order. A dozen words in a random order pass
# this (at most one pair out of order) about once in 10^5 lines, and sentences are far from
# sorted; a sorted index passes always, give or take a leading label ("Select ...").
MIN_SORTED_SHARE = 0.9


def is_alphabetical_list(text: str) -> bool:
    """Twelve or more words, nearly all in alphabetical order."""
    tokens = [token.casefold() for token in words(text)]
    if len(tokens) < MIN_WORDS:
        return False
    in_order = sum(1 for first, second in zip(tokens, tokens[1:], strict=False) if first <= second)
    return in_order >= MIN_SORTED_SHARE * (len(tokens) - 1)


@rule("L110", "alphabetical-list", scope="line")
def alphabetical_list(page: Page) -> Iterator[Hit]:
    """A line of a dozen or more unpunctuated words in alphabetical order is removed.

    Tag clouds, category selectors and A-Z indexes are saved as one long line of words in
    sorted order, in any language. Writers do not sort their sentences, and a list inside a
    sentence has commas, so the line is never the article's text. Only lines of bare words
    (letters, digits, hyphens, apostrophes) qualify.

    Before::

        The story ends here.
        adote agua alerta ambiente amizade atendimento biblioteca caminhada campanha cultura defesa saude

    After::

        The story ends here.
    """
    for line in page.pattern_lines(BARE_WORDS_LINE):
        if is_alphabetical_list(line.text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"alphabetical word list {line.stripped[:60]!r}", "")
