from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# A line that opens with a letter, a space and another letter (maybe after a quotation mark):
# the candidates, found by a fast search; most are "A dog ..." or "I think ...".
CANDIDATE = LinePattern(r"""["'“‘«„]?[^\W\d_] [^\W\d_]""", whole=False)
SPLIT = re.compile(r"""\s*["'“‘«„]?(?P<letter>[^\W\d_]) (?P<rest>[^\W\d_]+)\b""")
# One-letter words that start English sentences: joined to the next word they often make
# another word ("A bout of flu" is no "About of flu"), so they are never joined.
ONE_LETTER_WORDS = frozenset("AIO")


@rule("W106", "split-drop-cap", scope="page")
def split_drop_cap(page: Page) -> Iterator[Hit]:
    """A paragraph's first letter printed apart from its word (a drop cap) is joined to it.

    Pages set the first letter of a paragraph as a large initial in its own element, and the
    saved text keeps a space after it: "T he Davis Cup Final began ...", "W hile Anglophiles
    ...". The letter is joined only when the joined word occurs elsewhere in the text ("the",
    "while", "Hong" of "Hong Kong"), which a letter that is a word of its own rarely makes:
    "T cells", Polish "W tym roku" and Italian "E chi siamo" stay. "A" and "I" (and "O")
    are English words that make other words when joined ("A bout of flu"), and stay too.

    Before: ``"T he council met on Tuesday.\\nThe vote was close.\\n"``
    After:  ``"The council met on Tuesday.\\nThe vote was close.\\n"``
    """
    lowered = page.lowered or page.text.lower()
    for line in page.pattern_lines(CANDIDATE):
        match = SPLIT.match(line.text)
        if match is None:
            continue
        letter, rest = match.group("letter"), match.group("rest")
        if not letter.isupper() or letter in ONE_LETTER_WORDS or not rest.islower():
            continue
        if _occurs_elsewhere((letter + rest).lower(), lowered):
            space = line.start + match.end("letter")
            yield Hit(space, space + 1, f"drop cap split from its word {letter + ' ' + rest!r}", "")


def _occurs_elsewhere(word: str, lowered: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered) is not None
