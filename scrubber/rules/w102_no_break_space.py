from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

# No-break, narrow no-break and figure spaces, with any ordinary spaces around them: a short
# run becomes one space, since "Hundreds\xa0 of" was typed as a single gap. A longer run lines
# up columns ("Team    \xa0   P   W"): there each no-break space becomes a space and the run
# keeps its width. Runs at the end of a line are left to W103 (trailing whitespace).
NO_BREAK_RUN = re.compile(r"[ \t]*[\u00a0\u202f\u2007]+[ \t\u00a0\u202f\u2007]*(?![ \t\u00a0\u202f\u2007]*(?:\r|\n|$))")
NO_BREAK = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007", " "))
ALIGNMENT_RUN_CHARS = 3


@rule("W102", "no-break-space", scope="line")
def no_break_space(page: Page) -> Iterator[Hit]:
    """No-break spaces are turned into ordinary spaces.

    Web pages use ``&nbsp;`` for layout; in saved text it breaks word splitting, search and
    diffs while looking like a space. A no-break space beside an ordinary one was typed as
    one gap and the pair becomes one space; a run of three or more spaces lines up columns
    and keeps its width.

    Before: ``"Hundreds\\u00a0 of militants"``
    After:  ``"Hundreds of militants"``
    """
    text = page.text
    if "\u00a0" not in text and "\u202f" not in text and "\u2007" not in text:
        return  # the common case, decided at the speed of a substring search
    for match in page.finditer(NO_BREAK_RUN):
        run = match.group()
        yield Hit(
            match.start(),
            match.end(),
            "no-break space",
            " " if len(run) < ALIGNMENT_RUN_CHARS else run.translate(NO_BREAK),
        )
