from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.text import Page

# What a page tells screen readers about a link, read out after the link's words: in
# parentheses ("(opens in a new window)", "(link is external)") or, as Reuters prints it,
# after a comma (", opens new tab"). Only the whole note, in the wording sites use, so a
# sentence about browser tabs ("Clicking it opens new tabs") never matches.
NEW_TAB = r"opens?\s+(?:in\s+)?(?:an?\s+)?new\s+(?:browser\s+)?(?:tab|window)"
NOTE = LazyPattern(
    rf"""(?<![\"“‘'])(?:
        [^\S\n]*\(\s*(?:this\s+link\s+|link\s+)?{NEW_TAB}\s*\)
      | [^\S\n]*\(\s*(?:link\s+is\s+external|external\s+link|external\s+website)\s*\)
      # The same note in the languages most scraped.
      | [^\S\n]*\(\s*(?:öffnet\s+(?:in\s+)?(?:einem\s+)?neue[nms]?\s+(?:tab|fenster)|externer\s+link
        |s['’]ouvre\s+dans\s+une?\s+(?:nouvel(?:le)?\s+)?(?:onglet|fenêtre)(?:\s+nouvel(?:le)?)?|nouvelle\s+fenêtre|lien\s+externe
        |se\s+abre\s+en\s+(?:una\s+)?(?:nueva\s+(?:ventana|pestaña)|(?:ventana|pestaña)\s+nueva)|abre\s+em\s+(?:uma\s+)?nova\s+(?:janela|aba|guia)
        |(?:si\s+)?apre\s+in\s+una\s+nuova\s+(?:finestra|scheda)|opent\s+in\s+(?:een\s+)?nieuw(?:e)?\s+(?:venster|tabblad))\s*\)
      | ,[^\S\n]*{NEW_TAB}(?=[^\w\n]|$)
    )""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
# Words every note holds, rare enough in prose that few other lines are examined.
HINTS = Needles(
    (
        "opens",
        "open in",
        "link is external",
        "external link",
        "external website",
        "öffnet",
        "externer link",
        "s'ouvre",
        "s’ouvre",
        "nouvelle fenêtre",
        "lien externe",
        "se abre",
        "abre em",
        "apre in",
        "opent in",
    )
)


@rule("L121", "link-note", scope="line")
def link_note(page: Page) -> Iterator[Hit]:
    """A link's note for screen readers, kept in the text by the scraper, is removed.

    Sites add "(opens in a new window)" or ", opens new tab" to a link for readers who
    cannot see its icon; saved as text it interrupts the sentence the link sits in. Only
    the note goes, never its line: a share button that is nothing else is the share-line
    rule's. A note quoted in a sentence (an article about accessibility) stays.

    Before: ``"The company said in a statement, opens new tab that sales rose."``
    After:  ``"The company said in a statement that sales rose."``
    """
    for line in page.lines_containing(HINTS):
        for match in NOTE.finditer(page.text, line.start, line.end):
            yield Hit(match.start(), match.end(), f"link note {match.group().strip()!r}", "")
