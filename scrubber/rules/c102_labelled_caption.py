from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# The label a page sets over an image's caption when it saves as text, alone on its line with
# the caption on the next: "Image caption,", "Media caption", and the same label in the
# languages of the international services that print it ("Pie de foto,", "Legenda da foto,",
# "Подпись к фото,", "Fotoğraf altyazısı,", "इमेज कैप्शन,", "Maelezo ya picha,",
# "التعليق على الصورة،").
CAPTION_LABEL = LinePattern(
    r"""(?=[imvpflпइtا])(?:(?:image|media|photo|picture|video)\s+caption|pie\s+de\s+(?:foto|imagen)
    |legenda\s+da\s+(?:foto|imagem)|подпись\s+к\s+(?:фото|видео)|fotoğraf\s+altyazısı|इमेज\s+कैप्शन
    |maelezo\s+ya\s+(?:picha|video)|التعليق\s+على\s+(?:الصورة|الفيديو))\s*[,:،]?""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption is a sentence or two; a longer line below the label is the text going on (the
# picture had no caption), and stays.
CAPTION_MAX_CHARS = 250


@rule("C102", "labelled-caption")
def labelled_caption(page: Page) -> Iterator[Hit]:
    """A caption label alone on its line ("Image caption,") goes, with the caption below it.

    Some pages set the label of an image's caption as an element of its own, so the saved
    text holds the label on one line and the caption on the next. The label names the line
    below as a caption, which describes a picture the text no longer shows. A long line
    below the label is not taken: it is the text going on under a picture with no caption.

    Before: ``"Strike called.\\nImage caption,\\nPassengers wait at Waterloo\\nThe union said ...\\n"``
    After:  ``"Strike called.\\nThe union said ...\\n"``
    """
    for label in page.pattern_lines(CAPTION_LABEL):
        start, end = page.line_removal(label)
        caption = page.next_content_line(label)
        if (
            caption is not None
            and len(caption.stripped) <= CAPTION_MAX_CHARS
            and not CAPTION_LABEL.at_start.match(caption.text)
        ):
            caption_start, end = page.line_removal(caption)
            start = min(start, caption_start)
            yield Hit(start, end, f"caption {caption.stripped[:60]!r} under its label {label.stripped!r}", "")
        else:
            yield Hit(start, end, f"caption label {label.stripped!r}", "")
