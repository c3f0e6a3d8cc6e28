from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# "1 / 23", "Image 1 of 23", "Photo 3 of 12", "Slide 2/9", "1 de 20", "3 von 12", "1 из 15",
# and "Image 1 of / 23" (the total split off by the page's markup); or one of the gallery's
# own buttons.
GALLERY_LINE = LinePattern(
    r"(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|фото|photos|images)\s*)?"
    r"\d{1,3}\s*(?:/|of|de|sur|von|di|van|из|z|av)\s*/?\s*\d{1,3}"
    r"|enlarge\s+(?:this\s+)?image|caption|hide\s+caption|toggle\s+caption|close|back\s+to\s+gallery|view\s+gallery"
    r"|photo\s+gallery|open\s+gallery|view\s+(?:all\s+)?\d+\s+(?:photos|images)|\d+\s+(?:photos|images)|fullscreen"
    r"|expand|previous|next|prev",
    re.IGNORECASE,
)


@rule("L104", "gallery-widget", scope="line")
def gallery_widget(page: Page) -> Iterator[Hit]:
    """A gallery position line ("1 / 23", "Image 1 of 23") or gallery button is removed.

    Photo galleries print the current slide's number and their buttons ("Enlarge Image",
    "Caption", "Close", "Back to Gallery"); in saved text they are noise between captions.
    Only lines that are nothing but such a label are removed.

    Before: ``"Headline\\nImage 1 of 23\\nThe story begins.\\n"``
    After:  ``"Headline\\nThe story begins.\\n"``
    """
    for line in page.pattern_lines(GALLERY_LINE):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"gallery widget {line.stripped!r}", "")
