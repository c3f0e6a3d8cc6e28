from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import Page

# Well-formed character references only: a name or number closed by ";". "AT&T" and
# "&amp" without its semicolon are left alone.
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A reference that decodes to a control or surrogate is itself damage, not a character.
BAD_CATEGORIES = frozenset({"Cc", "Cs", "Cn"})


def _decoded(reference: str) -> str | None:
    if not reference.startswith("&#") and reference[1:] not in html.entities.html5:
        return None  # html.unescape would decode "&not" inside "&notanentity;"
    value = html.unescape(reference)
    if value == reference or value == "\ufffd":
        return None
    if any(unicodedata.category(c) in BAD_CATEGORIES and c not in "\t\n" for c in value):
        return None
    return value


@rule("E102", "html-entity", scope="line", early=True)
def html_entity(page: Page) -> Iterator[Hit]:
    """An HTML character reference left in plain text is replaced by its character.

    Scrapers that take text from HTML source keep "&amp;" or "&#8217;" where the page
    showed "&" or "’". Only well-formed references (closed by ";") are decoded.

    Before: ``"Q&amp;A: the mayor&#8217;s plan"``
    After:  ``"Q&A: the mayor’s plan"``
    """
    if "&" not in page.text:
        return
    for match in page.finditer(ENTITY):
        value = _decoded(match.group())
        if value is not None:
            yield Hit(match.start(), match.end(), f"HTML entity {match.group()}", value)
