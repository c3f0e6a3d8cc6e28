from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scrubber.registry import Hit, rule
from scrubber.text import Line, Page, changed_span

# Characters that every kind of mojibake ftfy repairs contains at least one of: Latin-1 and
# Latin Extended-A letters (UTF-8 read as cp1252/latin-1/cp1250: "Ã©", "â€™", "Ă©"), C1
# controls, the rarer Cyrillic letters that UTF-8 read as cp1251 produces ("вЂ™", "Ѓ"),
# box drawing (read as cp437: "╨┐") and "√", "∂", "≈", "◊" (read as MacRoman: "√¢"). Curly quotes and
# dashes are not in the list, so clean English text is never handed to ftfy.
SUSPICIOUS = re.compile(
    "[\u0080-\u017f\u0192\u0402-\u040f\u0452-\u045f\u0490\u0491\u2500-\u257f\u221a\u2202\u2248\u25ca]"
)
SUSPICIOUS_CHARACTERS = frozenset(
    chr(c)
    for c in [
        *range(0x80, 0x180),
        0x192,
        *range(0x402, 0x410),
        *range(0x452, 0x460),
        0x490,
        0x491,
        *range(0x2500, 0x2580),
        0x221A,
        0x2202,
        0x2248,
        0x25CA,
    ]
)
# Mojibake turns one character into two or more. Read as Windows-1252 or Latin-1, a UTF-8
# lead byte (U+00C2-U+00F4) is followed by a continuation byte (U+0080-U+00BF or a
# Windows-1252 punctuation mark); in the other code pages a suspicious character sits next
# to another non-ASCII one. A lone C1 control (a Windows-1252 byte read as Latin-1) and an
# "Â"/"Ã" before a space (a damaged no-break space) count too. Lines with none of these
# ("©" alone, Portuguese "ação", Russian «guillemets») never reach ftfy.
LEAD = frozenset(chr(c) for c in range(0xC2, 0xF5))
CONTINUATION = frozenset([chr(c) for c in range(0x80, 0xC0)] + list("ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™\ufffd"))
LATIN_1 = frozenset(chr(c) for c in range(0x80, 0x100))
ASCII_RUN = re.compile(r"([\x00-\x7f]+)")
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# ftfy sees whole lines but for ASCII stretches this long, and this much context around each
# non-ASCII run (enough for its patterns that look at a neighbouring space or letter).
WINDOW_GAP = 64
WINDOW_MARGIN = 8
# ftfy's repair of an "Â" before a (no-break) space is its one known false positive on
# clean text ("MISUTÂ AJIKKO"): alone, that repair needs other mojibake on the same line.
LONE_A_CIRCUMFLEX = re.compile(r"Â(?=[ \u00a0])")


def _config() -> Any:
    import ftfy  # imported on first use: ftfy costs time to load and most texts never need it

    # Encoding damage only: keep curly quotes, full-width forms, ligatures, HTML escapes,
    # controls, line breaks and normalization as they are; other rules own those.
    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


_CONFIG: list[Any] = []


def _fix(line: str) -> str:
    """ftfy's repair of one line (its own unit of work: it judges a segment as a whole, and
    a legitimate character elsewhere in the line is what stops it from "fixing" clean text)."""
    import ftfy
    from ftfy.fixes import fix_c1_controls, fix_surrogates

    if not _CONFIG:
        _CONFIG.append(_config())
    # One round of ftfy's encoding steps; the engine's next pass repeats it if needed,
    # which is what ftfy's fix_text would do by looping (at twice the cost).
    fixed = ftfy.fix_encoding(line, _CONFIG[0])
    return str(fix_surrogates(fix_c1_controls(fixed)))


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of a line that ftfy needs to see: its non-ASCII characters, grouped
    while fewer than ``WINDOW_GAP`` ASCII characters separate them, with a margin of
    ``WINDOW_MARGIN`` characters. ASCII encodes the same in every code page ftfy tries, so a
    long ASCII stretch carries no evidence for or against a repair; leaving it out spares
    ftfy (whose cost grows with the text) most of a long paragraph."""
    windows: list[tuple[int, int]] = []
    for match in NON_ASCII_RUN.finditer(text):
        start, end = max(match.start() - WINDOW_MARGIN, 0), min(match.end() + WINDOW_MARGIN, len(text))
        if windows and match.start() - windows[-1][1] < WINDOW_GAP:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _repairs(line: Line) -> list[tuple[int, int, str]]:
    """The changes ftfy makes to the line, as separate spans where they are apart."""
    repairs: list[tuple[int, int, str]] = []
    for start, end in _windows(line.text):
        segment = line.text[start:end]
        fixed = _fix(segment)
        if fixed != segment:
            base = line.start + start
            repairs.extend((base + a, base + b, new) for a, b, new in _edits(segment, fixed))
    return repairs


def _edits(before: str, after: str) -> list[tuple[int, int, str]]:
    """Split a repair into one edit per damaged stretch. Mojibake repair rewrites non-ASCII
    runs and leaves the ASCII between them alone, so when the ASCII runs of both strings
    match, the non-ASCII runs pair up one to one; otherwise the repair is one edit."""
    old_parts, new_parts = ASCII_RUN.split(before), ASCII_RUN.split(after)
    if len(old_parts) != len(new_parts) or old_parts[1::2] != new_parts[1::2]:
        prefix, old_end, new_end = changed_span(before, after)
        return [(prefix, old_end, after[prefix:new_end])]
    edits = []
    position = 0
    for index, (old, new) in enumerate(zip(old_parts, new_parts, strict=True)):
        if index % 2 == 0 and old != new:
            edits.append((position, position + len(old), new))
        position += len(old)
    return edits


def _is_lone_a_circumflex(text: str, start: int, end: int, replacement: str) -> bool:
    original = text[start:end]
    return bool(LONE_A_CIRCUMFLEX.fullmatch(original.rstrip(" \u00a0"))) or (
        original.startswith("Â") and original[1:] == replacement
    )


def _looks_damaged(text: str, index: int) -> bool:
    char = text[index]
    following = text[index + 1 : index + 2]
    if "\u0080" <= char <= "\u009f" or (char in "ÂÃ" and following == " "):
        return True
    if char in LATIN_1:
        return char in LEAD and following in CONTINUATION and following != ""
    before = text[index - 1 : index]
    return (bool(following) and not following.isascii()) or (bool(before) and not before.isascii())


def _likely_lines(page: Page) -> Iterator[Line]:
    """Lines holding a likely mojibake sequence: a fast scan for suspicious characters, then
    a look at each one's neighbours."""
    text = page.text
    done_until = -1
    for match in page.finditer(SUSPICIOUS):
        index = match.start()
        if index < done_until or not _looks_damaged(text, index):
            continue
        line = page.line_around(index)
        done_until = line.break_end
        yield line


@rule("E101", "mojibake", scope="line")
def mojibake(page: Page) -> Iterator[Hit]:
    """Mojibake (text decoded with the wrong encoding somewhere upstream) is repaired with ftfy.

    "donâ€™t" is "don’t" whose UTF-8 bytes were read as Windows-1252; ftfy recognises such
    sequences and reverses the damage. Only encoding damage is repaired: curly quotes,
    full-width forms and ligatures are kept. A repair that only drops an "Â" before a space
    is made only when the line shows other mojibake too.

    Before: ``"The Mona Lisa doesnâ€™t have eyebrows, cafÃ© owners say."``
    After:  ``"The Mona Lisa doesn’t have eyebrows, café owners say."``
    """
    if not SUSPICIOUS_CHARACTERS & page.rare_characters:
        return
    text = page.text
    for line in _likely_lines(page):
        repairs = _repairs(line)
        corroborated = len(repairs) > 1
        for start, end, replacement in repairs:
            if not corroborated and _is_lone_a_circumflex(text, start, end, replacement):
                continue
            yield Hit(start, end, f"mojibake {text[start:end]!r} -> {replacement!r}", replacement)
