from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.registry import Hit, rule
from scrubber.text import Page

# A wiki prints its edit links in brackets after each section heading: "History[edit]",
# "Geschichte [Bearbeiten | Quelltext bearbeiten]". Only at the end of a heading-length
# line: inside a sentence "[edit]" could be an editor's insertion into a quotation.
EDIT_WORDS = (
    r"edit(?:\s+source)?|bearbeiten(?:\s*\|\s*quelltext\s+bearbeiten)?|modifier(?:\s*\|\s*modifier\s+le\s+code)?"
    r"|editar(?:\s*\|\s*editar\s+(?:código-fonte|código))?|modifica(?:\s*\|\s*modifica\s+wikitesto)?"
    r"|править(?:\s*\|\s*править\s+код)?|edytuj(?:\s*\|\s*edytuj\s+kod)?|bewerken(?:\s*\|\s*brontekst\s+bewerken)?"
    r"|編集|编辑|편집(?:\s*\|\s*원본\s+편집)?|düzenle(?:\s*\|\s*kaynağı\s+değiştir)?|redigera(?:\s*\|\s*redigera\s+wikitext)?"
)
EDIT_LINK = re.compile(rf"[^\S\n]*\[\s*(?:{EDIT_WORDS})\s*\][^\S\n]*$", re.IGNORECASE | re.MULTILINE)
HEADING_MAX_CHARS = 100
HINTS = Needles(
    (
        "edit]",
        "edit source]",
        "bearbeiten]",
        "modifier]",
        "modifier le code]",
        "editar]",
        "código-fonte]",
        "código]",
        "modifica]",
        "wikitesto]",
        "править]",
        "править код]",
        "edytuj]",
        "edytuj kod]",
        "bewerken]",
        "編集]",
        "编辑]",
        "편집]",
        "düzenle]",
        "değiştir]",
        "redigera]",
        "wikitext]",
    )
)


@rule("L122", "edit-link", scope="line")
def edit_link(page: Page) -> Iterator[Hit]:
    """A wiki's "[edit]" link after a section heading is removed, the heading kept.

    Text saved from a wiki carries the edit link of every section glued to its heading
    ("History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]"). Only at the end of
    a heading-length line that does not end a sentence before it; "[edit]" inside a
    sentence may be an editor's insertion and stays.

    Before: ``"History[edit]\\nThe bridge was designed in 1910.\\n"``
    After:  ``"History\\nThe bridge was designed in 1910.\\n"``
    """
    for line in page.lines_containing(HINTS):
        if len(line.text) > HEADING_MAX_CHARS:
            continue
        match = EDIT_LINK.search(page.text, line.start, line.end)
        if match is None:
            continue
        if match.start() == line.start:
            start, end = page.line_removal(line)  # the link alone, under its heading
            yield Hit(start, end, f"edit link {match.group().strip()!r}", "")
            continue
        if page.text[match.start() - 1] in ".!?:;,":
            continue  # a sentence's end: not a heading
        yield Hit(match.start(), match.end(), f"edit link {match.group().strip()!r}", "")
