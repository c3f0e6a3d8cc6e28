from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import Line, Page

# "Roger Gonzalez" or "About Brigit Katz": a full name (two to four words) alone on its line.
NAME_LINE = re.compile(
    r"^(?:(?:about|about\s+the\s+author|über|à\s+propos\s+de|sobre|acerca\s+de|o\s+autorze)\s*:?\s+)?"
    r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})$",
    re.IGNORECASE,
)
# The trades of the people who write for a site; a profile of someone in the news ("Joe
# Biden is a former vice president") has none of them near its start.
ROLE = re.compile(
    r"\b(?:writer|reporter|journalist|editor|correspondent|contributor|columnist|author|blogger|freelancer?"
    r"|producer|photographer|critic|journalist[ea]|journalistin|redakteur(?:in)?|autor(?:in|a)?"
    r"|rédact(?:eur|rice)|periodista|redactor[a]?|giornalista|журналист\w*|корреспондент\w*|редактор\w*"
    r"|dziennikar\w*)\b",
    re.IGNORECASE,
)
ROLE_WITHIN_CHARS = 200
# A box may instead open with a heading of its own and no name line: "About the author", then
# the biography ("Jane Doe is a reporter ...").
ABOUT_HEADING = re.compile(
    r"^(?:about\s+the\s+(?:author|writer)|über\s+(?:den|die)\s+autor(?:in)?|à\s+propos\s+de\s+l['’]auteur"
    r"|sobre\s+(?:el|la|o|a)\s+autor[a]?|acerca\s+del\s+autor|o\s+autorze|об\s+авторе|sull['’]autore"
    r"|over\s+de\s+auteur|yazar\s+hakkında|tentang\s+penulis)\s*:?$",
    re.IGNORECASE,
)
BIOGRAPHY_MAX_WORDS = 80
# Between the name and the biography an author box holds its small print: a role ("CBS
# Sports Writer"), a handle, a "follow" button.
MAX_LINES_BETWEEN = 4
SMALL_PRINT_MAX_WORDS = 6
MIN_PROSE_BEFORE = 2
NAME_LINE_MAX_CHARS = 80


def _name(line: Line) -> str | None:
    match = NAME_LINE.match(line.stripped)
    if match is None:
        return None
    name = match.group("name")
    return name if all(word[0].isupper() for word in name.split()) else None


def _biography(lines: list[Line], flags: list[bool], index: int, name: str) -> int | None:
    """Index of the paragraph below the name line at ``index`` that starts with the name and
    names a writer's trade, if only small print stands between them."""
    seen = 0
    for follow in range(index + 1, len(lines)):
        line = lines[follow]
        if line.is_blank:
            continue
        text = line.stripped
        if text.startswith(name) and not text[len(name) : len(name) + 1].isalnum():
            return follow if ROLE.search(text, 0, ROLE_WITHIN_CHARS) else None
        seen += 1
        if seen > MAX_LINES_BETWEEN or flags[follow] or len(text.split()) > SMALL_PRINT_MAX_WORDS:
            return None
    return None


def _is_biography(text: str) -> bool:
    """A short paragraph that opens with a name (two capitalised words: not "The author of
    the report ...") and says what the writer does."""
    words = text.split()
    return (
        len(words) <= BIOGRAPHY_MAX_WORDS
        and all(word[:1].isupper() for word in words[:2])
        and bool(ROLE.search(text, 0, ROLE_WITHIN_CHARS))
    )


@rule("R105", "author-box", safety=Safety.UNSAFE)
def author_box(page: Page) -> Iterator[Hit]:
    """An author box after the article (a name, then the writer's biography) is removed (unsafe).

    Sites close an article with a box about its writer: the name alone on a line (or "About
    Name"), maybe a role or handle, then a paragraph that starts with the same name and says
    what the writer does; or a heading ("About the author", "Über den Autor") and that
    paragraph. A profile within an article names no writing trade and is left
    alone; a closing biography that a site treats as part of the piece would be lost, so the
    fix is unsafe.

    Before::

        The first paragraph of the story, long enough to count as prose.
        The second paragraph of the story, also long enough to be prose.
        Phil Helsel
        Phil Helsel is a reporter for NBC News.

    After::

        The first paragraph of the story, long enough to count as prose.
        The second paragraph of the story, also long enough to be prose.
    """
    lines = page.lines
    flags = page.prose_flags
    for index, line in page.lines_after_prose(MIN_PROSE_BEFORE):
        if len(line.text) > NAME_LINE_MAX_CHARS:
            continue
        if ABOUT_HEADING.match(line.stripped):
            following = page.next_content_line(line)
            if following is not None and _is_biography(following.stripped):
                yield Hit(line.start, following.break_end, f"author box {line.stripped!r}", "")
                return
            continue
        name = _name(line)
        if name is None:
            continue
        last = _biography(lines, flags, index, name)
        if last is not None:
            yield Hit(line.start, lines[last].break_end, f"author box of {name!r}", "")
            return
