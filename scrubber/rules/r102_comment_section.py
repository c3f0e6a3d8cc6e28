from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.dates import RELATIVE_TIME_BODY
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.shapes import COMMENT_WORD, SHORT_LINE_CHARS, is_byline, is_label, is_stamp
from scrubber.text import Line, Page

# What a comment's head says of its author: "joe says:", and on Blogger "Ana dijo..."
# ("said..." in the blog's language), whose stamp comes under the comment instead.
COMMENT_VERB = (
    r"^.{1,60}?\s(?:says|said|wrote|writes|commented|replied|disse|dijo|schrieb|a\s+dit|ha\s+detto|zei|napisał[a]?"
    r"|сказал[а]?|dedi\s+ki|mengatakan)\s*"
)
SAYS = re.compile(COMMENT_VERB + r"(?::|\.\.\.|…)?$", re.I)
BLOGGER_HEAD = re.compile(COMMENT_VERB + r"(?:\.\.\.|…)$", re.I)
ELLIPSES = ("...", "…")  # a quick test before the pattern, which every line pair would pay for
# Commenters sign with a surname's initial ("Mary K.", "Jean-Luc D."): a name for all its
# full stop.
NAME_WITH_INITIAL = re.compile(r"^(?:[^\W\d_][\w'’-]*\s+){1,2}[^\W\d_]\.$")
# Disqus and its like print name and age on one line: "John Smith • 2 hours ago". Only an
# age, never a date, makes such a line a comment's head: "Public hearing | March 20" is a
# schedule's entry as often.
JOINTS = "•|·"
ONE_LINE_HEAD = LazyPattern(
    rf"^(?P<name>[^{JOINTS}\n]{{1,40}}?)\s+[{JOINTS}]\s+(?:{RELATIVE_TIME_BODY})$", re.I | re.VERBOSE
)
# A section announced as comments, a few lines above its first entry: "[ 167 comments ]",
# "34 responses to ...", "Kommentare (3)".
ANNOUNCEMENT = re.compile(rf"(?:{COMMENT_WORD}|\b(?:responses?|replies)\b)", re.IGNORECASE | re.VERBOSE)
ANNOUNCEMENT_LINES = 4
# The button under each comment: "Reply", "Antworten", "Répondre".
REPLY_BUTTON = re.compile(
    r"^\s*(?:reply|antworten|répondre|responder|rispondi|ответить|odpowiedz|yanıtla|balas|responda)\s*$", re.IGNORECASE
)
# A comment section has at least this many entries, and nothing but comments after it.
MIN_ENTRIES = 3
MAX_GAP_LINES = 15


def _entries(content: list[Line]) -> list[int]:
    """Indexes (into ``content``) of comment heads: a commenter line ("name says:" or a
    short name) directly followed by a time stamp."""
    heads = []
    for index in range(len(content) - 1):
        head, stamp = content[index].text, content[index + 1].text
        one_line = ONE_LINE_HEAD.match(head.strip()) if _has_joint(head) and len(head) <= SHORT_LINE_CHARS else None
        if one_line:
            if _is_commenter(one_line.group("name")):
                heads.append(index)
            continue
        if head.rstrip().endswith(ELLIPSES) and len(head) <= SHORT_LINE_CHARS and BLOGGER_HEAD.match(head.strip()):
            heads.append(index)  # Blogger puts the stamp under the comment, not the name
            continue
        if len(stamp) > SHORT_LINE_CHARS or len(head) > SHORT_LINE_CHARS:
            continue
        if not is_stamp(stamp):
            continue
        if SAYS.match(head.strip()) or _is_commenter(head):
            heads.append(index)
    return heads


def _has_joint(text: str) -> bool:
    """The line holds a character that joins a name and an age on one line (a quick test
    before the pattern, which every line would pay for)."""
    return any(joint in text for joint in JOINTS)


def _is_commenter(name: str) -> bool:
    """A commenter's name or handle: a label that is no byline, or a name ending in an initial."""
    return bool(NAME_WITH_INITIAL.match(name.strip())) or (is_label(name) and not is_byline(name))


@rule("R102", "comment-section")
def comment_section(page: Page) -> Iterator[Hit]:
    """A reader-comment section at the end of the page is removed.

    Comments come as entries: the commenter's name ("bobmillion says:") and a time stamp,
    then the comment; or, on Blogger, "Ana said..." (in the blog's language) with the stamp
    under the comment; or, on Disqus, name and age on one line ("joe • 2 hours ago"). From
    the first entry to the end of the text is removed when at least three entries follow one
    another closely and run to the end (a list of dated items above the article is never
    taken for comments), and the entries are marked as comments: their heads say so, a line
    just above announces them ("12 Comments"), or reply buttons sit under them. A live blog
    or a schedule has the entries' shape and none of these marks.

    Before::

        The last paragraph of the story, long enough to be prose for sure.
        bob says:
        November 19, 2019 at 7:02 am
        Great piece.
        ann says:
        November 19, 2019 at 7:06 am
        I disagree.
        jo says:
        November 19, 2019 at 7:19 am
        Thanks!

    After::

        The last paragraph of the story, long enough to be prose for sure.
    """
    content = [line for line in page.lines if not line.is_blank]
    heads = _entries(content)
    if len(heads) < MIN_ENTRIES:
        return
    # Walk back from the end: the section is the last chain of entries with small gaps.
    chain = [heads[-1]]
    for head in reversed(heads[:-1]):
        if chain[-1] - head > MAX_GAP_LINES:
            break
        chain.append(head)
    if len(chain) < MIN_ENTRIES or len(content) - 1 - heads[-1] > MAX_GAP_LINES:
        return
    if not _is_comment_section(content, chain[-1]):
        return
    first = content[chain[-1]]
    yield Hit(first.start, len(page.text), f"comment section ({len(chain)} comments)", "")


def _is_comment_section(content: list[Line], first: int) -> bool:
    """Entries of names and times are comments when they say so ("joe says:"), when a line
    just above announces comments, or when their entries carry reply buttons.

    A live blog prints its updates as entries of the same shape ("Jane Doe" over "2 hours
    ago" over the update), and so does a schedule ("Public hearing" over "March 20, 2024"):
    without any of these signs the entries are the article's.
    """
    head = content[first].text.strip()
    if SAYS.match(head) or BLOGGER_HEAD.match(head):
        return True
    if any(ANNOUNCEMENT.search(line.text) for line in content[max(0, first - ANNOUNCEMENT_LINES) : first]):
        return True
    return any(REPLY_BUTTON.match(line.text) for line in content[first:])
