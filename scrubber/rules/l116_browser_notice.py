from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# What a page prints where a script, a player or a frame did not run: notices to the
# browser's user, never to the article's reader.
NOTICE_LINE = LinePattern(
    r"""(?=[jpytseabvfihдв请])(?:
        javascript\s+is\s+(?:disabled|not\s+enabled|required|turned\s+off)(?:\s+(?:in|on)\s+(?:your|this)\s+browser)?[.!]?
        (?:\s+(?:please\s+)?(?:enable|turn\s+on)\s+[^\n]{0,80})?
      | please\s+(?:enable|turn\s+on|activate)\s+javascript[^\n]{0,80}
      | (?:enable|turn\s+on|activate)\s+javascript(?:\s+in\s+your\s+browser)?
        (?:\s+to\s+(?:view|see|use|watch|access|read|continue|play|comment)[^\n]{0,80})?[.!]?
      | your\s+browser\s+(?:does\s+not|doesn't|cannot|can't)\s+support
        \s+(?:the\s+)?(?:video|audio|html5|iframes?|this)[^\n]{0,60}
      | your\s+browser\s+is\s+(?:out\s+of\s+date|outdated|not\s+supported)[^\n]{0,80}
      | this\s+(?:content|video|embed|iframe|feature|page|slideshow|gallery|map|form)
        \s+(?:requires|needs)\s+javascript[^\n]{0,60}
      | to\s+view\s+this\s+(?:video|content)\s+please\s+enable\s+javascript[^\n]{0,60}
      | sorry,\s+(?:this|the)\s+(?:video|content|media)\s+(?:is\s+not|isn't)\s+available[^\n]{0,60}
      | please\s+wait\.{2,}|please\s+wait\s+while\s+[^\n]{0,60}
      # The same in the languages most scraped: "Bitte aktivieren Sie JavaScript", "Veuillez
      # activer JavaScript", "JavaScript está desactivado", "Включите JavaScript", "请启用JavaScript".
      | javascript\s+(?:ist|est|está|è|jest)\s+(?:deaktiviert|désactivé|desactivado|desativado|disattivato|wyłączony)
        (?:\s+(?:in\s+ihrem|en\s+(?:tu|su)|dans\s+votre|nel\s+tuo|no\s+seu|w\s+twojej)\s+\w+)?[.!]?
      | bitte\s+aktivieren\s+sie\s+javascript[^\n]{0,80}|veuillez\s+activer\s+(?:le\s+)?javascript[^\n]{0,80}
      | por\s+favor,?\s+(?:activa|habilita|ative)\s+(?:el\s+|o\s+)?javascript[^\n]{0,80}
      | (?:activa|habilita|ative|abilita)\s+(?:el\s+|o\s+)?javascript(?:\s+(?:en|no|nel)\s+(?:tu|seu|tuo)\s+\w+)?
        (?:\s+(?:para|per)\s+[^\n]{0,60})?[.!]?
      | (?:для\s+[^\n]{1,40}\s+)?включите\s+javascript[^\n]{0,60}|请(?:启用|开启|打开)\s*javascript[^\n]{0,40}
      | ihr\s+browser\s+unterstützt\s+[^\n]{0,60}\bnicht\b[^\n]{0,20}
      | votre\s+navigateur\s+ne\s+(?:prend|supporte)\s+[^\n]{0,60}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A notice is a sentence or two: a longer line is the article talking about browsers.
MAX_WORDS = 30


@rule("L116", "browser-notice", scope="line")
def browser_notice(page: Page) -> Iterator[Hit]:
    """A notice the page shows when a script, video or frame does not run is removed.

    "JavaScript is disabled in your browser.", "Please enable JavaScript to view the
    comments.", "Your browser does not support the video tag.", "Please wait..." stand where
    the page's code would have put content; they speak to the browser's user, not to the
    article's reader. Only a line that is nothing but such a notice is removed.

    Before: ``"First paragraph.\\nYour browser does not support the video tag.\\nSecond paragraph.\\n"``
    After:  ``"First paragraph.\\nSecond paragraph.\\n"``
    """
    for line in page.pattern_lines(NOTICE_LINE):
        if len(line.text.split()) <= MAX_WORDS:
            start, end = page.line_removal(line)
            yield Hit(start, end, f"browser notice {line.stripped[:60]!r}", "")
