from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import Line, Page, is_prose, words

# A standfirst is a sentence or two; shorter lines are labels, not summaries.
STANDFIRST_MIN_WORDS = 8
# Share of the standfirst's words found in the first body paragraph, and token-set similarity
# of the two: an editor's summary that merely shares the topic reuses far fewer words.
MIN_CONTAINMENT = 0.8
MIN_TOKEN_SET_RATIO = 85.0


def _first_prose_after(page: Page, line: Line) -> Line | None:
    zone = page.header_zone
    for candidate in zone[zone.index(line) + 1 :]:
        if is_prose(candidate.text):
            return candidate
    return page.body_start


def _echoes(standfirst: str, body: str) -> bool:
    summary_words = {w.casefold() for w in words(standfirst)}
    body_words = {w.casefold() for w in words(body)}
    if not summary_words:
        return False
    containment = len(summary_words & body_words) / len(summary_words)
    return containment >= MIN_CONTAINMENT and fuzz.token_set_ratio(standfirst, body) >= MIN_TOKEN_SET_RATIO


@rule("H103", "standfirst-echo", safety=Safety.UNSAFE)
def standfirst_echo(page: Page) -> Iterator[Hit]:
    """A summary paragraph above the body that restates the first body paragraph (unsafe).

    Sites print a standfirst (dek) that the scraper keeps next to the lead paragraph it
    paraphrases, so the text says the same thing twice. The standfirst is removed only with
    ``--unsafe-fixes``: some standfirsts carry facts the body does not.

    Before::

        Title

        Hundreds of IS militants could be regrouping in Europe.

        Hundreds of Islamic State militants could be regrouping in Libya and in Europe.

    After::

        Title

        Hundreds of Islamic State militants could be regrouping in Libya and in Europe.
    """
    for line in page.header_zone[1:]:  # the zone starts with the headline itself
        if len(words(line.text)) < STANDFIRST_MIN_WORDS:
            continue
        body = _first_prose_after(page, line)
        if body is not None and _echoes(line.stripped, body.stripped):
            start, end = page.line_removal(line)
            yield Hit(start, end, "standfirst restates the first body paragraph", "")
        # Only the first summary-sized line can be the standfirst.
        return
