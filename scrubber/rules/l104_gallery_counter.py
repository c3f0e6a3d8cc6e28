from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

# "1 / 23", "Image 1 of 23", "Photo 3 of 12", "Slide 2/9", "1 de 20", "3 von 12", "1 из 15".
COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|фото|photos|images)\s*)?"
    r"\d{1,3}\s*(?:/|of|de|sur|von|di|van|из|z|av)\s*\d{1,3}$",
    re.IGNORECASE,
)
SLASH_OR_OF = re.compile(r"\d\s*(?:/|of|de|sur|von|di|van|из|z|av)\s*\d", re.IGNORECASE)


@rule("L104", "gallery-counter", scope="line")
def gallery_counter(page: Page) -> Iterator[Hit]:
    """A gallery position line ("1 / 23", "Image 1 of 23") is removed.

    Photo galleries print the current slide's number; in saved text it is noise between
    captions.

    Before: ``"Headline\\nImage 1 of 23\\nThe story begins.\\n"``
    After:  ``"Headline\\nThe story begins.\\n"``
    """
    for line in page.lines_matching(SLASH_OR_OF):
        if COUNTER.match(line.stripped):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"gallery counter {line.stripped!r}", "")
