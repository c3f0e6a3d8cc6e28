from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.registry import Hit, rule
from scrubber.shapes import carried_on_below, heads_its_paragraph
from scrubber.text import Line, LinePattern, Page, ends_like_sentence, is_prose

# "1 / 23", "Image 1 of 23", "Photo 3 of 12", "Slide 2/9", "1 de 20", "3 von 12", "1 из 15",
# and "Image 1 of / 23" (the total split off by the page's markup); or one of the gallery's
# or the video player's own buttons and notices ("Just watched", "VIDEO 3:45 03:45", "Media
# playback is unsupported on your device"; not "Now playing", "Up next" or "Watch again",
# which head sections of reviews, match reports and TV guides), or an embed's notice.
GALLERY_LINE = LinePattern(
    r"(?:(?:image|photo|picture|slide|foto|bild|imagen|immagine|фото|photos|images)\s*)?"
    r"\d{1,3}\s*(?:/|of|de|sur|von|di|van|из|z|av)\s*/?\s*\d{1,3}"
    r"|enlarge\s+(?:this\s+)?image|caption|hide\s+caption|toggle\s+caption|close|back\s+to\s+gallery|view\s+gallery"
    r"|photo\s+gallery|open\s+gallery|view\s+(?:all\s+)?\d+\s+(?:photos|images)|\d+\s+(?:photos|images)|fullscreen"
    r"|expand|previous|next|prev|(?:show|view)\s+caption|view\s+image\s+in\s+fullscreen|click\s+to\s+(?:expand|enlarge)"
    r"|photo\s+gallery\s*:?\s*\d+\s+(?:photos|images|pictures)"
    # A video player's own controls and notices, saved where the player stood.
    r"|play\s+video|(?:video\s+)?player\s+(?:is\s+)?loading\.*|embed|(?:(?:tap|click)\s+to\s+)?unmute"
    # The same controls in German, French and Spanish.
    r"|bild\s+vergrößern|video\s+abspielen|agrandir\s+l['’]image|lire\s+la\s+vidéo|ampliar\s+(?:imagen|foto)"
    r"|reproducir\s+(?:el\s+)?vídeo"
    # Getty Images' embed, saved without its picture.
    r"|embed\s+from\s+getty\s+images"
    r"|this\s+video\s+(?:can\s*not|can't)\s+be\s+played\.?|embed\s+this\s+video|just\s+watched"
    r"|video\s+ended|media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device\.?"
    r"|video\s+\d{1,2}:\d{2}(?:\s+\d{1,2}:\d{2})?|more\s+videos\s*\(\d+\s+of\s+\d+\)"
    # The player's length, as its accessible label spells it: "Video duration 02:35",
    # "video Duration 02 minutes 35 seconds". Spelt out in minutes, only beside "video": a
    # recipe's or a workout's "Duration: 30 minutes" is content.
    r"|(?:video\s+)?duration\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"|video\s+duration\s*:?\s*(?:\d{1,2}\s+minutes?(?:\s+\d{1,2}\s+seconds?)?|\d{1,2}\s+seconds?)"
    # A player saved before it played: its position at zero over the length ("0:00 / 5:32").
    r"|0?0:00\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?:この記事の)?写真を(?:み|見)る|(?:写真|フォト)ギャラリー|simak\s+video"
    # Where an embed stood, the notice of the sites of the Hearst network: "This content is
    # imported from Twitter. You may be able to find the same content in another format, ...".
    r"|this\s+content\s+is\s+(?:imported\s+from|created\s+and\s+maintained\s+by)\s+[^.\n]{1,120}\.\s+"
    r"you\s+may\s+be\s+able\s+to\s+find\s+[^\n]{1,200}",
    re.IGNORECASE,
)
# A video player's label alone ("Video"), over the video's title: where the player stood.
# The title stays (the bench's gold keeps a Fox News video's title and summary as the story's
# opening); over a paragraph the word heads a section ("Video" over a review's paragraph on
# the film's trailer), and stays too.
# Lines holding the word come from the shared needle scan (nearly free), not a search of their own.
VIDEO_WORD = Needles(("video",))
TITLE_MAX_WORDS = 25


# "4/5", "8/10" written tight is a score or a date as often as a slide number; a saved
# gallery shows its first slide ("1 / 23", "1/23") or spells the position out.
SCORE = re.compile(r"(?:[2-9]|\d{2,3})/\d{1,3}")
# The count of further pictures over a gallery's button: "+5" over "View gallery". Alone,
# "+5" may be a score or a temperature.
MORE_PICTURES = re.compile(r"\s*\+\d{1,3}\s*")

# A gallery's captions saved one per slide, each after its position: "1 of 4 A shopper looks
# at ...", "2 of 4 ...". One such line may be a sentence ("1 of 4 adults ..."); two in a row
# counting up to the same total are a gallery.
SLIDE_SEPARATOR = r"\s*(?:/|of|de|sur|von|di|van|из|z|av)\s*"
NUMBERED_CAPTION = LinePattern(rf"\d{{1,3}}{SLIDE_SEPARATOR}\d{{1,3}}\s+\S", re.IGNORECASE, whole=False)
SLIDE_POSITION = re.compile(rf"\s*(\d{{1,3}}){SLIDE_SEPARATOR}(\d{{1,3}})\s+\S", re.IGNORECASE)


def _slide(line: Line | None) -> tuple[int, int] | None:
    match = SLIDE_POSITION.match(line.text) if line is not None else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def _in_numbered_gallery(page: Page, line: Line) -> bool:
    """The line's slide number and the one before or after it count up to the same total."""
    here = _slide(line)
    if here is None or not 1 <= here[0] <= here[1]:
        return False
    before = _slide(page.previous_content_line(line))
    after = _slide(page.next_content_line(line))
    return before == (here[0] - 1, here[1]) or after == (here[0] + 1, here[1])


@rule("L104", "gallery-widget", scope="line")
def gallery_widget(page: Page) -> Iterator[Hit]:
    """A gallery position line ("1 / 23", "Image 1 of 23") or gallery button is removed.

    Photo galleries print the current slide's number and their buttons ("Enlarge Image",
    "Caption", "Close", "Back to Gallery"); in saved text they are noise between captions.
    Only lines that are nothing but such a label are removed (a tight "4/5" is a score, and a
    "Close" whose sentence runs on in lower case below is a poem's line), "Video" alone only
    over a title (over a paragraph it heads a section),
    and captions numbered by their slide ("1 of 4 A shopper looks at ...") when the next or
    previous line carries the next or previous number of the same gallery.

    Before: ``"Headline\\nImage 1 of 23\\nThe story begins.\\n"``
    After:  ``"Headline\\nThe story begins.\\n"``
    """
    for line in page.pattern_lines(GALLERY_LINE):
        if SCORE.fullmatch(line.text.strip()):
            continue
        if carried_on_below(page, line):
            continue  # "Close / your eyes and count the boats": a poem's or a wrapped line
        if heads_its_paragraph(page, line):
            continue  # "Replay" above "The video replay system was used ...": a subheading
        above = page.previous_content_line(line)  # across the blank line of double-spaced text
        if above is not None and "gallery" in line.text.lower() and MORE_PICTURES.fullmatch(above.text):
            start, end = page.line_removal(above, line)
        else:
            start, end = page.line_removal(line)
        yield Hit(start, end, f"gallery widget {line.stripped!r}", "")
    for line in page.lines_containing(VIDEO_WORD):
        if line.text.strip().lower() != "video":
            continue
        title = page.next_content_line(line)  # across the blank line of double-spaced text
        if title is not None and _is_video_title(title.text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"video player's label {line.stripped!r}", "")
    for line in page.pattern_lines(NUMBERED_CAPTION):
        if _in_numbered_gallery(page, line):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"numbered gallery caption {line.stripped[:60]!r}", "")


def _is_video_title(text: str) -> bool:
    """A title: a line that is no paragraph, short, without a sentence's end."""
    return not is_prose(text) and not ends_like_sentence(text) and len(text.split()) <= TITLE_MAX_WORDS
