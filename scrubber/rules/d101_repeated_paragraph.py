from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import CLOSERS, UNSPACED_SCRIPT, Line, Page, ends_like_sentence, is_prose, word_count

# Below this many words a repeated line may be content (a recipe's "1 cup sugar", a table
# cell, a chorus, the attribution line of two embedded tweets from one account); a repeated
# paragraph of prose length is a duplicate.
MIN_WORDS = 10
# A copy within this many lines of the first is a layout duplicate (caption shown with the
# thumbnail and again with the photo): safe. A copy further away may be a deliberate repeat
# (the same question to each interviewee, a refrain): unsafe.
NEAR_LINES = 3
# Distant copies that are deliberate by their shape: a question (asked of each interviewee)
# and a line of figures (a meal plan or a table repeats its rows). Near copies are removed
# whatever their shape.
# Recipes write quantities as vulgar fractions too ("½ cup").
NUMBER = re.compile(r"\d+|[½⅓⅔¼¾⅕⅛]")
DATA_MIN_NUMBERS = 3


def _deliberate_repeat(text: str) -> bool:
    stripped = text.strip().rstrip(CLOSERS)
    return stripped.endswith("?") or len(NUMBER.findall(text)) >= DATA_MIN_NUMBERS


# A verse quoted in an article (a song's chorus, a poem's refrain) repeats a line at once,
# inside a block of three or more lines that runs on without sentence endings.
STANZA_MIN_LINES = 3


def _in_stanza(page: Page, line: Line) -> bool:
    """``line`` sits in a block of three or more unbroken lines, none of them prose."""
    block = [line]
    for step in (page.previous_line, page.next_line):
        neighbour = step(line)
        while neighbour is not None and not neighbour.is_blank:
            block.append(neighbour)
            neighbour = step(neighbour)
    return len(block) >= STANZA_MIN_LINES and not any(is_prose(member.text) for member in block)


def _refrain(page: Page, line: Line, first: Line) -> bool:
    """``line`` repeats a verse line: the copy right below its original inside a stanza, or
    a distant copy of a line first seen in one (a refrain closing each stanza). Neither
    ends like a sentence."""
    if ends_like_sentence(line.text):
        return False
    before = page.previous_line(line)
    if before is not None and before.start == first.start:
        return _in_stanza(page, line)
    return _in_stanza(page, first)


def _long_enough(text: str) -> bool:
    """Ten words or more. They take forty characters at least, and shorter lines are skipped
    uncounted; in Chinese or Japanese, where a character counts as half a word, twenty."""
    if len(text) < MIN_WORDS * 4 and not (len(text) >= MIN_WORDS * 2 and UNSPACED_SCRIPT.search(text)):
        return False
    return word_count(text) >= MIN_WORDS


@rule("D101", "repeated-paragraph")
def repeated_paragraph(page: Page) -> Iterator[Hit]:
    """A paragraph that repeats an earlier one word for word is removed; the first is kept.

    Galleries repeat their captions, and pages print a summary twice. Only lines of at least
    ten words count: short repeated lines (ingredients, table cells, refrains) are content.
    A copy within three lines of the last is removed safely; a distant copy may be deliberate,
    so its removal is unsafe, and a distant copy that is a question (an interviewer's
    recurring one) or a line of figures (a meal plan's rows) is left alone, as are the
    lines of a quoted verse (a block of lines without sentence endings): a chorus sung twice,
    a refrain closing each stanza.

    Before::

        A long caption of a gallery photo that the page shows twice in a row.
        A long caption of a gallery photo that the page shows twice in a row.
        Next.

    After::

        A long caption of a gallery photo that the page shows twice in a row.
        Next.
    """
    long_lines = [line.text.strip() for line in page.lines if len(line.text) >= MIN_WORDS * 2]
    if len(set(long_lines)) == len(long_lines):
        return  # no line repeats: the common case, decided by one set in C
    repeated = {key for key, seen in Counter(long_lines).items() if seen > 1}
    last_seen: dict[str, int] = {}
    first_seen: dict[str, Line] = {}
    position = 0
    for line in page.lines:
        if line.is_blank:
            continue
        position += 1
        key = line.text.strip()
        if key not in repeated or not _long_enough(line.text):
            continue
        if page.is_wrapped_piece(line):
            continue  # a piece of a hard-wrapped paragraph: its copy may be a different one
        if key in last_seen:
            near = position - last_seen[key] <= NEAR_LINES
            if _refrain(page, line, first_seen[key]):
                continue  # a chorus sung twice, a refrain closing each stanza
            if not near and _deliberate_repeat(key):
                last_seen[key] = position
                continue
            safety = Safety.SAFE if near else Safety.UNSAFE
            start, end = page.line_removal(line)
            yield Hit(start, end, f"repeated paragraph {line.stripped[:60]!r}", "", safety)
        last_seen[key] = position
        first_seen.setdefault(key, line)
