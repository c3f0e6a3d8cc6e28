from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.rules.r101_related_block import HEADING as RELATED_HEADING
from scrubber.shapes import LABEL_MAX_WORDS, heads_its_paragraph
from scrubber.text import Line, LinePattern, Page, ends_like_sentence

# The labels blog and news platforms put before an article's tags and categories.
LABEL = (
    r"(?:tags?|tagged(?:\s+with)?|filed\s+(?:under|to|in)|posted\s+in|categor(?:y|ies)|topics?|labels?|related\s+(?:tags|topics)"
    r"|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|mots[- \t]cl(?:é|e)s|(?:é|e)tiquettes?|etiquetas|temas"
    r"|tagi|kategorie|kategori(?:ler)?|etiketler|теги|метки|рубрик[аи]|标签|タグ|태그|टैग|thẻ|từ\s+khóa|แท็ก|หมวดหมู่"
    r"|برچسب(?:[\u200c ]?ها)?|کلمات\s+کلیدی|značky|oznake|tagovi|тагови|тагове|етикети"
    r"|ознаке|žymės|etiquetes|tagy|lebo|(?:mga\s+)?tag|birkas|sildid|tunnisteet"
    # "Topics" as Czech, Slovak, Polish, Croatian, Swedish, Danish, Finnish, Romanian,
    # Hungarian, Greek, Russian and Ukrainian sites label the list ("Témata: důchody, vláda").
    r"|témata|témy|tematy|teme|ämnen(?:\s+i\s+artikeln)?|emner|aiheet|etichete|címkék|ετικέτες|темы|теми"
    # Blogger's "Labels" in the languages it is most used in.
    r"|marcadores|libellés|etichette|archivado\s+en"
    # The New York Times' "See more on: New York City Council".
    r"|see\s+more\s+on)"
)
# The lookahead for a colon near the start skips most lines before the labels are tried.
TAG_LINE = LinePattern(rf"(?=[^\n:]{{1,24}}:){LABEL}\s*:.*", re.IGNORECASE, whole=False)
LABEL_ALONE = re.compile(rf"^\s*{LABEL}\s*:\s*$", re.IGNORECASE)
# Blog themes print the same without a colon, in segments split by bars: "Posted in News |
# Tagged election, Ohio | Leave a comment".
POSTED_IN = LinePattern(
    r"(?:posted\s+in|filed\s+under|tagged)\s+[^|\n]{1,80}(?:\|\s*(?:tagged\s+[^|\n]{1,80}|leave\s+a\s+comment|\d+\s+comments?"
    r"|comments?\s+off[^|\n]{0,40}|permalink|edit)\s*){0,4}",
    re.IGNORECASE,
)
POSTED_IN_MAX_WORDS = 8
# Penske Media's sites (Variety, IndieWire, Deadline, Rolling Stone ...) close an article with
# "This Article is related to: Awards and tagged Consider This, Jessie Buckley".
RELATED_TO = LinePattern(
    r"(?=t)(?:this\s+(?:article|entry|post)\s+is\s+related\s+to\s*:[^\n]{1,60}?(?:\s+and\s+tagged\s+[^\n]{1,200})?)",
    re.IGNORECASE,
)
# The label as a heading, without a colon, over its tags one per line ("Topics", "Health",
# "China"): only after the article's last paragraph, where a subheading has nothing to head.
HEADING = LinePattern(rf"(?=[tfpclsméekrтмро标タ태टแหبکzoеabžäε])(?:{LABEL})", re.IGNORECASE)
MAX_TAG_LINES = 12
# Tags are words and short phrases: a line with more words than this is a sentence that
# begins with "Topics:" or the like.
MAX_TAG_WORDS = 20
LONE_TAGS_MAX_WORDS = 8


def _is_tag_list(text: str, max_words: int) -> bool:
    return len(text.split()) <= max_words and not ends_like_sentence(text)


@rule("L111", "tag-line")
def tag_line(page: Page) -> Iterator[Hit]:
    """A line of tags or categories ("Tags: Alibaba, retail", "Filed under: health") is removed.

    Platforms print an article's tags under a label. The label with a short list after it
    (or alone, with the list on the next line) is a widget, and so is a blog theme's "Posted
    in News | Tagged election" without a colon; a line that reads as a sentence after the
    label stays. After the article's last paragraph the label may stand without a colon over
    its tags, one per line ("Topics", "Health", "China"). Among the article's paragraphs the
    fix is unsafe: there such a line may be the article's own ("Category: Best Picture").

    Before: ``"Last paragraph.\\nTags: ads, awareness, meth, South Dakota\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    for line in page.pattern_lines(TAG_LINE):
        text = line.stripped
        if LABEL_ALONE.match(text):
            # The label alone is a tag line only with its list below it: before a
            # paragraph it may introduce the article's own text.
            following = page.next_content_line(line)
            if following is not None and _is_tag_list(following.stripped, LONE_TAGS_MAX_WORDS):
                yield Hit(line.start, following.break_end, f"tag line {text[:60]!r}", "", _safety(page, line))
        elif _is_tag_list(text.split(":", 1)[1], MAX_TAG_WORDS):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"tag line {text[:60]!r}", "", _safety(page, line))
    for line in page.pattern_lines(HEADING):
        if page.zone(line) == "footer" and not heads_its_paragraph(page, line):
            last = _last_tag(page, line)
            if last is not None:
                yield Hit(line.start, last.break_end, f"tag list {line.stripped[:60]!r}", "")
    for line in page.pattern_lines(RELATED_TO):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"tag line {line.stripped[:60]!r}", "", _safety(page, line))
    for line in page.pattern_lines(POSTED_IN):
        text = line.stripped
        # Without the colon, only a line split by bars, or a short "Posted in ..." list, is
        # the theme's: "Tagged and released" may head a section about wildlife.
        bare = not text.lower().startswith("tagged") and _is_tag_list(text, POSTED_IN_MAX_WORDS)
        if ":" not in text and ("|" in text or bare) and not ends_like_sentence(text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"tag line {text[:60]!r}", "", _safety(page, line))


def _last_tag(page: Page, heading: Line) -> Line | None:
    """The last of the tags under ``heading``: short labels one per line (commas between
    them on lines of their own, as some pages save them) or lists split by commas. None
    when no tag follows, or when the run goes on past ``MAX_TAG_LINES``: that is some other
    list, which the navigation rules judge whole."""
    last = None
    following = page.next_content_line(heading)
    for _ in range(MAX_TAG_LINES + 1):
        if following is None or not _is_tag(following.stripped):
            return last
        last, following = following, page.next_content_line(following)
    return None


def _is_tag(text: str) -> bool:
    """A tag, or a list of them; a heading of another block ("Popular", "Related") is not."""
    if RELATED_HEADING.match(text) or HEADING.at_start.match(text):
        return False
    return _is_tag_list(text, MAX_TAG_WORDS if "," in text else LABEL_MAX_WORDS)


def _safety(page: Page, line: Line) -> Safety:
    """Safe around the article; among its paragraphs a "Category: Best Picture" line may be
    the article's own."""
    return Safety.UNSAFE if page.zone(line) == "body" else Safety.SAFE
