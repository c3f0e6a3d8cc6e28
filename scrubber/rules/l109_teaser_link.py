from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.shapes import READ_ALSO
from scrubber.text import LinePattern, Page, ends_like_sentence

# A link to another article printed inline: a "read more"-type label, a colon, a headline.
LABELS = (
    # An inline link may stand in brackets: "(Baca juga: <headline>)".
    r"\(?\s*(?:(?:related(?:\s+(?:articles?|stor(?:y|ies)|content|videos?|links?|posts?|reading))?|read\s+more|more|watch|listen"
    r"|next\s+post|previous\s+post|next\s+article|previous\s+article|recommended|ilgili\s+haber(?:ler)?"
    r"|相[关關](?:阅读|閱讀|新闻|新聞|文章|报道|報導)|延伸(?:阅读|閱讀)|関連(?:記事|ニュース)|관련\s*기사"
    # Chinese sites' previous and next links: "上一篇：<headline>".
    r"|上一[篇条條]|下一[篇条條]|" + READ_ALSO + r")\s*[:：»›>|–—-]"
    # Labels that are words of a sentence as often ("Also-rans", "must-read"): a colon only.
    # Not "Don't miss:", which heads the deals of a deals post as often as a link.
    r"|(?:see\s+more|also|must\s+read)\s*:)\s*\S"
)
PREFIX = LazyPattern("^" + LABELS, re.IGNORECASE)
# The same label at the start of any line, for the one scan that finds candidate lines.
AT_LINE_START = LinePattern(LABELS, re.IGNORECASE, whole=False)
MAX_WORDS = 25


@rule("L109", "teaser-link", scope="line")
def teaser_link(page: Page) -> Iterator[Hit]:
    """An inline link to another article ("Related: ...", "READ MORE: ...") is removed.

    Sites drop links to their other stories between paragraphs as a label, a colon and a
    headline. The line must be short and read like a headline (no sentence ending), so a
    sentence that starts with "More:" in the text is kept.

    Before: ``"First paragraph.\\nRelated: Council approves budget\\nSecond paragraph.\\n"``
    After:  ``"First paragraph.\\nSecond paragraph.\\n"``
    """
    for line in page.pattern_lines(AT_LINE_START):
        text = line.stripped
        if len(text.split()) <= MAX_WORDS and PREFIX.match(text) and not ends_like_sentence(text):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"link to another article {text[:60]!r}", "")
