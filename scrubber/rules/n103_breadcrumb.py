from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page, word_count

# Two to seven short segments joined by a breadcrumb separator: "Home › News › Politics",
# "BLOG > Nutrition > Meal Plans". Arrows are left out: instructions use them in sentences
# ("Menu → Open file location").
SEGMENT = r"[^\s›»<>.!?][^›»<>\n.!?]{0,40}"
# A separator stands between spaces: "»" against a word closes a quotation ("«фирменные» блюда").
BREADCRUMB = LinePattern(rf"{SEGMENT}(?:\s+[›»>]\s+{SEGMENT}){{1,6}}(?:\s+[›»>])?")
SEPARATOR = re.compile(r"\s+[›»>](?:\s+|$)")
SEPARATOR_CHARACTERS = "›»>"
MAX_SEGMENT_WORDS = 4
# A page title joins its heading and the site's name the same way ("Council passes budget »
# The Gazette"), so the text's first line is a trail only when each segment is a section
# name's length; a heading has three words or more.
MAX_TITLE_SEGMENT_WORDS = 2
# "a > b" is also how a comparison is written; with ">" a trail needs three segments.
MIN_SEGMENTS_WITH_GREATER_THAN = 3
# The trail's own label, left alone on its line where the trail was saved one segment per
# line or lost: "You are here:", "Sie sind hier:", "Vous êtes ici :".
LABEL_LINE = LinePattern(
    r"""(?=[yvsuetjвba])(?:you\s+are\s+(?:here|at|in)|sie\s+sind\s+hier|vous\s+êtes\s+ici|(?:usted\s+)?está\s+aquí
    |você\s+está\s+aqui|ti\s+trovi\s+(?:qui|in)|u\s+bent\s+hier|jesteś\s+tutaj|вы\s+здесь|buradasınız
    |anda\s+(?:di\s+sini|berada\s+di))\s*:""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_trail(text: str, max_segment_words: int = MAX_SEGMENT_WORDS) -> bool:
    if "«" in text or "‹" in text:
        return False  # quotation marks, not separators
    segments = [segment for segment in SEPARATOR.split(text.strip()) if segment]
    if any(word_count(segment) > max_segment_words or any(c.isdigit() for c in segment) for segment in segments):
        return False
    return "›" in text or "»" in text or len(segments) >= MIN_SEGMENTS_WITH_GREATER_THAN


@rule("N103", "breadcrumb", scope="line")
def breadcrumb(page: Page) -> Iterator[Hit]:
    """A breadcrumb trail ("Home › News › Politics") on a line of its own is removed.

    Pages print the path to the article as short section names joined by "›", "»" or ">";
    prose never joins words that way. Segments of more than four words, or with digits, are
    not section names, and "a > b" alone may be a comparison, so ">" needs three segments.
    On the text's first line, where a page title joins heading and site the same way, a
    segment of three words or more is a heading and the line stays.
    The trail's label alone ("You are here:") goes too.

    Before: ``"Startseite › Politik › Deutschland\\nDie Regierung hat am Dienstag ...\\n"``
    After:  ``"Die Regierung hat am Dienstag ...\\n"``
    """
    headline_start = page.headline.start if page.headline else -1
    # Every trail holds a separator: a text without any (most) is not searched line by line.
    has_separator = any(separator in page.text for separator in SEPARATOR_CHARACTERS)
    trails = [
        line
        for line in (page.pattern_lines(BREADCRUMB) if has_separator else ())
        if _is_trail(line.text, MAX_TITLE_SEGMENT_WORDS if line.start == headline_start else MAX_SEGMENT_WORDS)
    ]
    for line in sorted({*trails, *page.pattern_lines(LABEL_LINE)}):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"breadcrumb {line.stripped[:60]!r}", "")
