from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from scrubber import fixer
from scrubber.decode import implausibility as _implausibility
from scrubber.decode import script_of
from scrubber.misread import NON_ASCII_RUN
from scrubber.model import Fix
from scrubber.registry import Hit, rule
from scrubber.text import MISREAD_SCRIPT_LEADS, Line, Page, changed_span, line_cache, marker_pattern

# Characters that every kind of mojibake ftfy repairs contains at least one of: Latin-1 and
# Latin Extended-A letters (UTF-8 read as cp1252/latin-1/cp1250: "Ã©", "â€™", "Ă©"), C1
# controls, the rarer Cyrillic letters that UTF-8 read as cp1251 produces ("вЂ™", "Ѓ"),
# box drawing (read as cp437: "╨┐") and "√", "∂", "≈", "◊" (read as MacRoman: "√¢"). Curly quotes and
# dashes are not in the list, so clean English text is never handed to ftfy. Written once,
# as inclusive code point ranges, for both the search and the set.
SUSPICIOUS_RANGES = (
    (0x80, 0x17F),
    (0x192, 0x192),
    (0x402, 0x40F),
    (0x452, 0x45F),
    (0x490, 0x491),
    (0x2500, 0x257F),
    (0x221A, 0x221A),
    (0x2202, 0x2202),
    (0x2248, 0x2248),
    (0x25CA, 0x25CA),
)
SUSPICIOUS = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in SUSPICIOUS_RANGES) + "]")
SUSPICIOUS_CHARACTERS = frozenset(chr(code) for low, high in SUSPICIOUS_RANGES for code in range(low, high + 1))

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
LONG_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
# ftfy sees whole lines but for ASCII stretches this long, and this much context around each
# non-ASCII run (enough for its patterns that look at a neighbouring space or letter).
WINDOW_GAP = 64
WINDOW_MARGIN = 8
# ftfy's repair of an "Â" before a (no-break) space is its one known false positive on
# clean text ("MISUTÂ AJIKKO"): alone, that repair needs other mojibake on the same line.
LONE_A_CIRCUMFLEX = re.compile(r"Â(?=[ \u00a0])")
# A repair: start and end offsets in the page's text, and the replacement.
Repair = tuple[int, int, str]
# The code pages UTF-8 is misread as, in ftfy's order (its "sloppy" variants keep every
# byte), KOI8-R, and the Arabic, Hebrew and Thai pages' own.
CODE_PAGES = (
    "sloppy-windows-1252",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "sloppy-windows-1253",
    "sloppy-windows-1254",
    "sloppy-windows-1257",
    "latin-1",
    "iso-8859-2",
    "macroman",
    # Russian text misread as KOI8-R ("п÷я─п╟п╡"), which ftfy does not try. Its lead bytes
    # read as Cyrillic letters, so box drawing alone (a text table) never turns back.
    "koi8-r",
    # The DOS code page ("f├╝r"). Its lead bytes read as box drawing, and a few pairs of
    # box-drawing characters are UTF-8 ("├┤" is "ô", "┼┐" is "ſ"): line art can turn back
    # too, so this code page must turn back more kinds of run than line art repeats.
    "cp437",
    # Arabic, Hebrew and Thai pages misread through their own code pages ("ط§ظ„" for "ال",
    # "׳©׳" for "ש", "เธ" before each Thai letter), which ftfy does not try. Their readings
    # are letters of the page's own script, so only the page as a whole can show them.
    "sloppy-windows-1256",
    "sloppy-windows-1255",
    "sloppy-cp874",
)
# The kinds of run (distinct runs) that must turn back through cp437 before it is a page's
# code page: "├┤a┼┐a┼┐a┼┐a┼┐a", line art that ftfy's own tests keep, has two.
CP437_MIN_KINDS = 3
# A page is misread as a whole: when this many of its non-ASCII runs, and at least half of
# them, turn back into UTF-8 through one code page, that code page is the page's damage.
# Genuine text almost never survives the trip ("é" alone is no UTF-8 sequence, nor is
# Russian "пр"), so the runs that do are mojibake even where ftfy, judging one line alone,
# sees too little of it ("RzÄ…d", Arabic read as cp1251: "Ш§Щ„").
PAGE_MIN_RUNS = 4
# Only Windows-1251, KOI8-R and Windows-1253 among the code pages read UTF-8 as letters of
# another script; glued to an ASCII letter, one of theirs is where a Latin word was misread.
# (The letter first, its neighbours tested only there: a scan four times faster.)
GLUED_FOREIGN_LETTER = re.compile("[\u0370-\u04ff](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
# Text can be misread more than once ("Ã©" read again as "ÃƒÂ©"); no more than this.
MAX_LAYERS = 3
# The same code pages under Python's own names, for the tables of what their bytes read as
# (ftfy's "sloppy" forms, registered only when ftfy is imported, add only C1 controls, which
# are Latin-1's reading).
PLAIN_CODE_PAGES = tuple(name.replace("sloppy-windows-", "cp").replace("sloppy-", "") for name in CODE_PAGES)
# What a UTF-8 lead byte of those scripts reads as in their code pages: letters of the script,
# not suspicious characters, so they open the page to a look as a whole.
MISREAD_LEADS = frozenset(MISREAD_SCRIPT_LEADS)


def _readings(first: int, last: int) -> frozenset[str]:
    """What the bytes ``first`` to ``last`` read as in any of those code pages."""
    return frozenset(
        bytes([byte]).decode(code_page, errors="ignore")
        for code_page in PLAIN_CODE_PAGES
        for byte in range(first, last + 1)
    ) - {""}


# What the bytes 0x80-0xBF, UTF-8's continuation bytes, read as: every run of mojibake has one.
CONTINUATION_BYTES = _readings(0x80, 0xBF)
# A lead byte's reading before a continuation byte's: the first pair of any mojibake run. One
# search for it tells a page with no such pair (most pages, Russian and Chinese ones too).
LEAD_THEN_CONTINUATION = re.compile(
    "["
    + re.escape("".join(sorted(_readings(0xC2, 0xF4))))
    + "]["
    + re.escape("".join(sorted(CONTINUATION_BYTES)))
    + "]"
)


# Typographic characters of three UTF-8 bytes (dashes, quotes, bullet, ellipsis, per mille,
# primes, angle quotes, euro, trade mark): most of the non-ASCII text of an English page.
TYPOGRAPHY = "".join(map(chr, range(0x2010, 0x2028))) + "‰′″‹›€™"
# The euro sign is Windows-1253's reading of 0x80, so its misreadings of typography hold it
# ("β€”") and none of the other suspicious characters.
GREEK_MISREAD_MARK = "€"


@functools.cache
def _misread_typography() -> tuple[re.Pattern[str], dict[str, str]]:
    """A search for any typographic character misread through a code page, and the
    character each misreading stands for; a misreading that reads back into anything else
    through another code page is left out."""
    table: dict[str, str] = {}
    for character in TYPOGRAPHY:
        for code_page in PLAIN_CODE_PAGES:
            misread = character.encode("utf-8").decode(code_page, errors="ignore")
            if len(misread) != len(character.encode("utf-8")) or not misread.isprintable():
                continue  # a byte this code page leaves undefined, or a C1 control
            readings = {once for page in PLAIN_CODE_PAGES if (once := _read_back(misread, page)) is not None}
            if readings == {character}:
                table[misread] = character
    return marker_pattern(sorted(map(re.escape, table))), table


def _typography_repairs(page: Page) -> Iterator[Repair]:
    """Typographic characters misread through a code page: three characters that read back
    into one dash, quote or sign ("β€”", "‚Äî", "Б─■", "ΓÇö" for "—"). No text holds such a
    three, so one is evidence enough, where other runs need the page's code page. (Asked
    only of a page that shows no code page: one that does mends them with the rest.)"""
    pattern, table = _misread_typography()
    text = page.text
    for match in page.finditer(pattern):
        start, end = match.span()
        # Alone between ASCII: inside a longer run it may be a layer of deeper damage
        # ("Ã¢â€\x9dâ€™"), which ftfy takes off whole.
        if text[start - 1 : start].isascii() and text[end : end + 1].isascii():
            yield start, end, table[match.group()]


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
    # ftfy's encoding repair, which loops its steps until the text stops changing (one step
    # alone, left to the engine's next pass, repaired fewer pages); fix_text's outer loop
    # over its other fixes is what the engine's next pass stands in for.
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


def _repairs(line: Line, settled: dict[int, Repair]) -> list[Repair]:
    """The changes ftfy makes to the line, as separate spans where they are apart.

    A window whose every non-ASCII run is ``settled`` (keyed by start: runs the page's code
    page turns back in one reading) is not shown to ftfy; the page's repairs stand in for
    its answer, since on a page misread as a whole the two agree.
    """
    repairs: list[Repair] = []
    for start, end in _windows(line.text):
        segment = line.text[start:end]
        base = line.start + start
        if settled:
            runs = [settled.get(base + run.start()) for run in NON_ASCII_RUN.finditer(segment)]
            if None not in runs:
                repairs.extend(runs)  # type: ignore[arg-type]
                continue
        fixed = _fix(segment)
        if fixed != segment:
            repairs.extend(
                (base + a, base + b, _best_reading(segment, a, b, new)) for a, b, new in _edits(segment, fixed)
            )
    return repairs


def _best_reading(text: str, start: int, end: int, repaired: str) -> str:
    """ftfy's repair of ``text[start:end]``, or the reading of another code page where that
    reads better in place. ftfy takes the first code page that fits a line, and Windows-1250
    comes before Windows-1257: "BelĆ©m" (a Windows-1257 misreading of "Belém") becomes
    "BelƩm" through it, a capital esh inside a word."""
    if len(repaired) == 1 and (repaired in LATIN_1 or repaired in TYPOGRAPHY):
        return repaired  # one Latin-1 letter or sign, or a dash or quote: most repairs, read well
    run = text[start:end]
    if "\ufffd" in run:
        return repaired  # a byte lost in decoding: no code page reads the run back
    readings = {reading for code_page in CODE_PAGES if (reading := _undo(run, code_page)) is not None}
    readings.discard(repaired)
    if not readings:
        return repaired
    return min([repaired, *sorted(readings)], key=lambda reading: _implausibility_in_place(text, start, end, reading))


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


def _undo(run: str, code_page: str) -> str | None:
    """``run`` read back through ``code_page`` into UTF-8, when that works and changes it;
    again while it still works (text misread twice: "RzÃ„â€¦d"), up to ``MAX_LAYERS`` times.
    All layers come off in one repair, since a later pass may no longer see the page's
    code page once the rest of the page is repaired."""
    fixed = run
    for _ in range(MAX_LAYERS):
        once = _read_back(fixed, code_page)
        if once is None:
            break
        fixed = once
    return fixed if fixed != run else None


def _read_back(run: str, code_page: str) -> str | None:
    """One layer off: ``run``'s bytes in ``code_page`` read as UTF-8, or None if that fails."""
    try:
        return run.encode(code_page).decode("utf-8")
    except UnicodeError:
        return None


# A page repeats its damaged runs ("Ã©" in every other word) and their surroundings: the
# judgements of a run, and of a short stretch of text, are remembered.
implausibility = line_cache(_implausibility)


@line_cache
def _repair(run: str, code_page: str) -> str | None:
    """``_undo``, when the result reads at least as plausibly as the run (which keeps out a
    genuine "Я»" or a lossy "¬â" whose bytes happen to be the UTF-8 of a control or an
    unassigned character)."""
    fixed = _undo(run, code_page)
    return fixed if fixed is not None and implausibility(fixed) <= implausibility(run) else None


def _page_code_pages(text: str) -> tuple[str, ...]:
    """The code pages that most of the page's non-ASCII runs were misread through.

    Code pages share most letters, so several may turn a run back into some UTF-8; the right
    one turns back the most (a C1 control or "ś" exists in only one of ISO-8859-2 and
    Windows-1250), then reads best in context (no "rÊforme"). Code pages still level after
    that are all returned: the page does not tell them apart.
    """
    # A character alone never turns back: UTF-8 spells every non-ASCII character in two
    # bytes or more. Curly quotes and accented letters between ASCII are most runs of a page.
    # Nor does a run less than half of whose characters are continuation bytes' readings
    # (every UTF-8 sequence is at least half continuation bytes): a Russian or Chinese word,
    # and most Thai or Persian ones, whose letters some code page reads those bytes as.
    candidates = Counter(run for run in LONG_NON_ASCII_RUN.findall(text) if _half_continuation(run))
    if candidates.total() < PAGE_MIN_RUNS:
        return ()
    runs = [(match.start(), match.end(), match.group()) for match in NON_ASCII_RUN.finditer(text)]
    needed = max(PAGE_MIN_RUNS, len(runs) / 2)
    if candidates.total() < needed:
        return ()
    import ftfy  # noqa: F401  (registers the "sloppy" code pages)

    scores: dict[str, tuple[int, int]] = {}
    for code_page in CODE_PAGES:
        undone = {run: fixed for run in candidates if (fixed := _repair(run, code_page)) is not None}
        count = sum(candidates[run] for run in undone)
        if code_page == "cp437" and len(undone) < CP437_MIN_KINDS:
            continue
        if count >= needed:
            scores[code_page] = (count, -_penalty_in_context(text, runs, undone))
    best = max(scores.values(), default=None)
    return tuple(code_page for code_page, score in scores.items() if score == best)


# Deletes the characters that continuation bytes read as: what is left of a run is the rest.
WITHOUT_CONTINUATION = str.maketrans(dict.fromkeys(CONTINUATION_BYTES))


def _half_continuation(run: str) -> bool:
    return 2 * len(run.translate(WITHOUT_CONTINUATION)) <= len(run)


def _penalty_in_context(text: str, runs: list[tuple[int, int, str]], undone: dict[str, str]) -> int:
    """How implausible the repaired ``runs`` (the page's non-ASCII runs: start, end, text)
    read, each between the characters around it."""
    return sum(_implausibility_in_place(text, start, end, undone[run]) for start, end, run in runs if run in undone)


def _implausibility_in_place(text: str, start: int, end: int, replacement: str) -> int:
    """How implausible ``replacement`` reads in place of ``text[start:end]``, between the
    characters around it (where a case change inside a word shows: "rÊforme")."""
    return implausibility(text[max(start - 1, 0) : start] + replacement + text[end : end + 1])


# How a finding names the evidence for a repair the page shows, not ftfy.
AS_THE_PAGE = " (as the rest of the page)"
INSIDE_A_WORD = " (a foreign letter inside a Latin word)"


def _page_repairs(page: Page) -> tuple[list[Repair], str]:
    """Runs that the page's code page turns back into UTF-8; where the page leaves two code
    pages level, only the runs they turn back alike ("fĂźr" is "für" in ISO-8859-2 and
    "fßr" in Windows-1250: left to ftfy). On a page that shows no code page, the runs whose
    own letters show the damage. With them, the note their findings carry. (Asked only of a
    page with a lead byte's reading before a continuation byte's: see ``mojibake``.)"""
    code_pages = _code_pages_of(page)
    if not code_pages:
        return list(_self_evident_repairs(page.text)), INSIDE_A_WORD
    repairs: list[Repair] = []
    for match in page.finditer(NON_ASCII_RUN):
        fixed = {_repair(match.group(), code_page) for code_page in code_pages}
        replacement = fixed.pop()
        if not fixed and replacement is not None:
            repairs.append((match.start(), match.end(), replacement))
    return repairs, AS_THE_PAGE


def _code_pages_of(page: Page) -> tuple[str, ...]:
    return page.remember(("E101", "code pages"), lambda: _page_code_pages(page.text))


def _settled(page: Page, page_repairs: list[Repair]) -> dict[int, Repair]:
    """The page's repairs that ftfy need not check, by start: those that one reading
    through the page's code page makes. A run read back more than once may be a genuine
    character read back once too often ("¬´√á" is "«Ç" through Mac Roman, and "«Ç" read
    through it again is "ǂ"), which ftfy, judging the line, does not do."""
    code_pages = _code_pages_of(page) if page_repairs else ()
    text = page.text
    return {
        start: (start, end, replacement)
        for start, end, replacement in page_repairs
        if _read_once(text[start:end], code_pages) == replacement
    }


def _read_once(run: str, code_pages: tuple[str, ...]) -> str | None:
    """``run`` read back one layer through the first of ``code_pages`` that can."""
    return next((once for code_page in code_pages if (once := _read_back(run, code_page)) is not None), None)


def _self_evident_repairs(text: str) -> Iterator[Repair]:
    """Runs whose own letters show the damage, on a page too short of non-ASCII text to
    show its code page: a Cyrillic or Greek letter glued to a Latin word ("BelГ©m",
    "SΓΌddeutsche", a Western page read as Windows-1251 or -1253) that turns back into
    UTF-8 as Latin letters, through one reading only, which reads better in place."""
    seen: set[int] = set()
    for glued in GLUED_FOREIGN_LETTER.finditer(text):
        match = NON_ASCII_RUN.match(text, _run_start(text, glued.start()))
        if match is None or match.start() in seen:
            continue
        seen.add(match.start())
        run = match.group()
        start, end = match.span()
        if len(run) < 2 or CONTINUATION_BYTES.isdisjoint(run) or not _foreign_letter_in_latin_word(text, start, end):
            continue
        readings = {fixed for code_page in CODE_PAGES if (fixed := _undo(run, code_page)) is not None}
        readings = {fixed for fixed in readings if all(script_of(char) == "LATIN" for char in fixed if char.isalpha())}
        if len(readings) == 1:
            fixed = readings.pop()
            if _implausibility_in_place(text, start, end, fixed) < _implausibility_in_place(text, start, end, run):
                yield start, end, fixed


def _run_start(text: str, index: int) -> int:
    """Where the run of non-ASCII characters holding ``text[index]`` starts."""
    while index > 0 and not text[index - 1].isascii():
        index -= 1
    return index


def _foreign_letter_in_latin_word(text: str, start: int, end: int) -> bool:
    """The run starts with a non-Latin letter right after an ASCII letter, or ends with
    one right before an ASCII letter: no word of real text changes script like that."""
    before, after = text[start - 1 : start], text[end : end + 1]

    def foreign(char: str) -> bool:
        return char.isalpha() and script_of(char) != "LATIN"

    return (before.isascii() and before.isalpha() and foreign(text[start])) or (
        after.isascii() and after.isalpha() and foreign(text[end - 1])
    )


@rule("E101", "mojibake", scope="line", early=True)
def mojibake(page: Page) -> Iterator[Hit]:
    """Mojibake (text decoded with the wrong encoding somewhere upstream) is repaired with ftfy.

    "donâ€™t" is "don’t" whose UTF-8 bytes were read as Windows-1252; ftfy recognises such
    sequences and reverses the damage. Only encoding damage is repaired: curly quotes,
    full-width forms and ligatures are kept. A repair that only drops an "Â" before a space
    is made only when the line shows other mojibake too.

    ftfy judges each line alone, and a short line may show it too little ("RzÄ…d" in a
    headline), or a script it does not expect (Arabic read as Windows-1251). A page is
    misread as a whole, though: when most of its non-ASCII runs turn back into UTF-8 through
    one code page (one of ftfy's, KOI8-R, or the Arabic, Hebrew or Thai Windows code page),
    the runs that do are repaired through it too.
    A page with too little non-ASCII text to show that still shows it where a Cyrillic or
    Greek letter sits inside a Latin word and turns back into a Latin letter ("BelГ©m": a
    Western page read as Windows-1251), and where three characters alone between ASCII turn
    back into one dash, quote or sign ("β€”", "‚Äî", "Б─■" or "ΓÇö" for "—"), which ftfy,
    seeing a line with nothing else damaged, may leave.

    Before: ``"The Mona Lisa doesnâ€™t have eyebrows, cafÃ© owners say."``
    After:  ``"The Mona Lisa doesn’t have eyebrows, café owners say."``
    """
    rare = page.rare_characters
    if not SUSPICIOUS_CHARACTERS & rare and GREEK_MISREAD_MARK not in rare and not MISREAD_LEADS & rare:
        return
    text = page.text
    # Every run of mojibake holds a lead byte's reading before a continuation byte's; a page
    # without such a pair need not be read as a whole.
    has_pairs = next(page.finditer(LEAD_THEN_CONTINUATION), None) is not None
    page_repairs, page_note = _page_repairs(page) if has_pairs else ([], "")
    settled = _settled(page, page_repairs)
    line_repairs: list[Repair] = []
    for line in _likely_lines(page):
        repairs = _repairs(line, settled)
        corroborated = len(repairs) > 1
        line_repairs.extend(r for r in repairs if corroborated or not _is_lone_a_circumflex(text, *r))
    mended = list(_merged(text, line_repairs, page_repairs))
    for start, end, replacement, whole_page in mended:
        note = page_note if whole_page else ""
        yield Hit(start, end, f"mojibake {text[start:end]!r} -> {replacement!r}{note}", replacement)
    # Last, what neither ftfy nor the page's code page mends: ftfy sees more of a line
    # ("â€?" after "â€œbb+", a quote whose last byte a lossy decoding lost).
    if not has_pairs or _code_pages_of(page):
        return
    done = sorted((start, end) for start, end, _, _ in mended)
    starts = [start for start, _ in done]
    for start, end, replacement in _typography_repairs(page):
        index = bisect.bisect_left(starts, end)
        if index == 0 or done[index - 1][1] <= start:
            yield Hit(start, end, f"mojibake {text[start:end]!r} -> {replacement!r}", replacement)


def _merged(text: str, line_repairs: list[Repair], page_repairs: list[Repair]) -> Iterator[tuple[int, int, str, bool]]:
    """ftfy's repairs and the page's, one per span: where they meet, the one that reads
    better. ftfy judges each line alone and takes the first code page that fits it
    ("prÊsentÊ" through Windows-1250 on a page misread as ISO-8859-2); the page's code page
    knows better there, while ftfy also mends what is no clean byte sequence ("Ã quele")."""
    met: set[Repair] = set()
    starts = [r[0] for r in page_repairs]
    for start, end, replacement in line_repairs:
        inside = _overlapping(page_repairs, starts, start, end)
        met.update(inside)
        if inside == [(start, end, replacement)] or (  # the same repair as the page's
            inside
            and all(start <= r[0] and r[1] <= end for r in inside)
            and _reads_better(text, start, end, _applied(text, start, end, inside), replacement)
        ):
            yield from ((*r, True) for r in inside)
        else:
            yield start, end, replacement, False
    yield from ((*r, True) for r in page_repairs if r not in met)


def _overlapping(repairs: list[Repair], starts: list[int], start: int, end: int) -> list[Repair]:
    """The ``repairs`` (sorted, disjoint; ``starts`` their starts) that overlap ``start:end``."""
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    found = []
    while index < len(repairs) and repairs[index][0] < end:
        if start < repairs[index][1]:
            found.append(repairs[index])
        index += 1
    return found


def _reads_better(text: str, start: int, end: int, new: str, old: str) -> bool:
    """``new``, the page's reading, reads better than ``old``, ftfy's, in place of
    ``text[start:end]``; or as well, with the same length. Two code pages that differ in a
    few letters read alike ("skoleür" for "skoleår", a page misread as ISO-8859-2 that ftfy
    took for Windows-1250 line by line), and the page is the better judge of which it was;
    a repair of another length mends what no code page explains (a swallowed space)."""
    new_penalty = _implausibility_in_place(text, start, end, new)
    old_penalty = _implausibility_in_place(text, start, end, old)
    return new_penalty < old_penalty or (new_penalty == old_penalty and len(new) == len(old))


def _applied(text: str, start: int, end: int, repairs: list[Repair]) -> str:
    """``text[start:end]`` with ``repairs`` (sorted, disjoint, inside it) made."""
    return fixer.apply(text[start:end], [Fix(first - start, last - start, new) for first, last, new in repairs])
