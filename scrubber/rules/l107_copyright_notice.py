from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import Page

# "© 2019 Hearst Communications, Inc.", "Copyright 2019 Hawaii News Now. All rights reserved."
NOTICE = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
YEAR_OR_RIGHTS = re.compile(r"\b(?:19|20)\d\d\b|all\s+rights\s+reserved", re.IGNORECASE)
MAX_WORDS = 30


@rule("L107", "copyright-notice", safety=Safety.UNSAFE, scope="line")
def copyright_notice(page: Page) -> Iterator[Hit]:
    """A site's copyright line is removed (unsafe).

    "© 2019 CBS Interactive Inc. All Rights Reserved." belongs to the page, not the article.
    Some publishers print the notice as part of a wire story, and readers of such archives
    may want it kept, so the fix is applied only with ``--unsafe-fixes``. A bare "© Name"
    (a photo credit or signature) is not a notice.

    Before: ``"Last paragraph.\\n© 2019 Hearst Communications, Inc.\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    for line in page.lines_containing(("©", "(c)", "copyright", "rights reserved")):
        text = line.stripped
        if len(text.split()) <= MAX_WORDS and NOTICE.match(text) and YEAR_OR_RIGHTS.search(text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"copyright notice {text[:60]!r}", "")
