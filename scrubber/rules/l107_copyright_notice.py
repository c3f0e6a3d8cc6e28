from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.registry import Hit, rule
from scrubber.text import Page

# "© 2019 Hearst Communications, Inc.", "Copyright 2019 Hawaii News Now. All rights reserved."
NOTICE = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
YEAR_OR_RIGHTS = re.compile(r"\b(?:19|20)\d\d\b|all\s+rights\s+reserved", re.IGNORECASE)
MAX_WORDS = 30
# "All rights reserved" alone on a line, in the languages most scraped, is the same notice
# with the name left on the line above or dropped.
RIGHTS_RESERVED = frozenset(
    {
        "all rights reserved",
        "alle rechte vorbehalten",
        "tous droits réservés",
        "todos los derechos reservados",
        "todos os direitos reservados",
        "tutti i diritti riservati",
        "alle rechten voorbehouden",
        "wszelkie prawa zastrzeżone",
        "все права защищены",
        "tüm hakları saklıdır",
        "hak cipta dilindungi undang-undang",
        "版权所有",
        "版權所有",
        "無断転載を禁じます",
        "สงวนลิขสิทธิ์",
    }
)
# What lines_containing searches for: each needle costs a pass over the page, so one stem
# stands for several phrases ("serv": reserved, reservados, réservés, riservati).
RIGHTS_NEEDLES = (
    "serv",
    "vorbehalt",
    "voorbehoud",
    "zastrzeż",
    "защищен",
    "saklı",
    "hak cipta",
    "版权",
    "版權",
    "無断転載",
    "ลิขสิทธิ์",
)


@rule("L107", "copyright-notice", safety=Safety.UNSAFE, scope="line")
def copyright_notice(page: Page) -> Iterator[Hit]:
    """A site's copyright line is removed (unsafe).

    "© 2019 CBS Interactive Inc. All Rights Reserved." belongs to the page, not the article.
    Some publishers print the notice as part of a wire story, and readers of such archives
    may want it kept, so the fix is applied only with ``--unsafe-fixes``. So is a line that
    only says "All rights reserved" ("Alle Rechte vorbehalten", "Все права защищены"). A
    bare "© Name" (a photo credit or signature) is not a notice.

    Before: ``"Last paragraph.\\n© 2019 Hearst Communications, Inc.\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    for line in page.lines_containing(("©", "(c)", "copyright", *RIGHTS_NEEDLES)):
        text = line.stripped
        notice = bool(NOTICE.match(text) and YEAR_OR_RIGHTS.search(text)) and len(text.split()) <= MAX_WORDS
        if notice or text.rstrip(".").casefold() in RIGHTS_RESERVED:
            start, end = page.line_removal(line)
            yield Hit(start, end, f"copyright notice {text[:60]!r}", "")
