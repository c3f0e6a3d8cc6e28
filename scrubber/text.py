"""A read-only view of a text that rules share: its lines and the article's zones.

Rules work on character offsets into ``Page.text``. Line breaks are ``\\n``, ``\\r\\n`` or a
lone ``\\r`` so that line rules see the right lines even before line endings are normalized.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from itertools import accumulate
from typing import Any, NamedTuple, TypeVar

from scrubber.needles import Needles
from scrubber.needles import scan as scan_needles
from scrubber.options import DEFAULT_OPTIONS, RuleOptions

T = TypeVar("T")

LINE_BREAK = re.compile(r"\r\n|\r|\n")
WORD = re.compile(r"\w+(?:['’-]\w+)*")
# The characters that character rules (E1xx) look for, for the one scan behind
# Page.rare_characters: controls, Latin-1 and Latin Extended-A (mojibake, soft hyphen,
# no-break space), the Cyrillic, box-drawing and math signs of mojibake, the euro sign (in
# Windows-1253 mojibake: "β€”"), zero-width and invisible characters, Unicode line separators
# and the byte-order mark. Common letters of other scripts are not in it, so Russian or
# Chinese text scans as fast as English; four Hebrew, Arabic and Thai ones are, which start
# every misread character of those scripts.
# What UTF-8's Hebrew, Arabic and Thai lead bytes read as in those scripts' Windows code pages
# (0xD7 in Windows-1255, 0xD8 and 0xD9 in Windows-1256, 0xE0 in Windows-874): E101's sign that
# such a page may be misread as a whole.
MISREAD_SCRIPT_LEADS = "\u05f3\u0637\u0638\u0e40"
RARE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\u017f\u0192\u0402-\u040f\u0452-\u045f\u0490\u0491"
    + MISREAD_SCRIPT_LEADS
    + "\u180e\u200b-\u200d\u2028\u2029\u2060-\u2064\u20ac\u2202\u2248\u221a\u2500-\u257f\u25ca\ufeff]"
)
# A prose line ends like a sentence: terminal punctuation, maybe inside closing quotes or
# brackets. Besides Latin and Cyrillic ".!?", the full stops and question marks of Chinese
# and Japanese, Devanagari (danda), Arabic and Urdu, Armenian, Ethiopic, Burmese and Khmer.
SENTENCE_END = ".!?…。！？।॥؟۔։።။។"
# Bidirectional marks that Hebrew and Arabic pages leave after a line's final stop count as
# closers too: "...בשעות השיא.\u200f" ends like a sentence.
CLOSERS = "\"'”’)]」』）】》\u200e\u200f\u061c\u202c\u2069"
# Chinese and Japanese put no spaces between words: their characters count as half a word
# each (a word there is one to three characters long), so a paragraph reads as many words
# and not as one long "word" the size of a label.
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
UNSPACED_SCRIPT = re.compile(f"[{CJK_LETTERS}]")
# Thai, Lao, Burmese and Khmer run their words together too, and their words are longer
# (about four or five code points with the vowel signs): a character counts a fifth of a word.
SOUTHEAST_ASIAN_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
UNSPACED_LETTER = re.compile(f"[{SOUTHEAST_ASIAN_LETTERS}{CJK_LETTERS}]")
SOUTHEAST_ASIAN_CHARS_PER_WORD = 5
# Thai and Lao mark no sentence end at all (a space parts sentences), so their headlines and
# paragraphs both end bare: a line ending in their letters is prose by length alone, at twice
# the words (a headline there is some ten words, a paragraph of news thirty and more).
UNMARKED_SENTENCE_SCRIPTS = ("\u0e00", "\u0eff")
# Combining marks that belong inside a word though Python's \w leaves them out: accents typed
# as combining characters, the vowel signs of Indic scripts and Thai ("मार्च", "แชร์" would
# split where they stand), and the zero-width joiners Persian writes inside words ("سه‌شنبه",
# "اشتراک‌گذاری"). For a character class: "[\w" + WORD_MARKS + "]".
WORD_MARKS = "\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u200c\u200d"
# How many words a line needs before we treat it as a paragraph of prose rather than a label.
PROSE_MIN_WORDS = 12
# Hard-wrapped texts (plain-text exports, e-mail) break every paragraph into lines of nearly
# one width that end mid-sentence. A text is taken as wrapped when its widest lines (bar 5%)
# stop at a width typical of wrapping and enough of its lines are "continued": near that
# width, without a sentence ending, and followed at once by another line. Pages with a
# paragraph per line score at most 0.05 on that share (the benchmark's raw pages); wrapped
# copies of their gold texts mostly score 0.1 to 0.5.
WRAP_MIN_LINES = 8
WRAP_WIDTHS = range(40, 121)
WRAP_NEAR_WIDTH = 0.8
WRAP_MIN_CONTINUED_SHARE = 0.1
WRAP_MIN_CONTINUED = 3
# A page with a wrapped article among many menu lines has a smaller share of continued
# lines; there, continued lines whose next line starts in lower case (mid-sentence) tell.
# The raw pages have at most 2 of those (3%).
WRAP_MIN_MID_SENTENCE = 4
WRAP_MIN_MID_SENTENCE_SHARE = 0.04
# Inside a wrapped paragraph every line but the last reaches this share of the width.
WRAP_FULL_LINE = 0.6
# A text is double-spaced when at least this share of its lines stand one blank line apart.
DOUBLE_SPACED_SHARE = 0.8
# The header zone never extends past this many non-blank lines: the stamp, byline and
# standfirst of an article sit at its top, and anything further is the body.
HEADER_MAX_LINES = 20


class Line(NamedTuple):
    """One line: ``text`` excludes the break; ``break_end`` is the offset after the break.

    A named tuple rather than a dataclass: pages hold tens of thousands of lines and tuples
    are built several times faster. Lines are identified by their ``start`` offset.
    """

    start: int
    end: int
    break_end: int
    text: str
    is_blank: bool

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Every line of ``text``; a break at the very end does not start another line."""
    if "\r" in text:
        pieces = LINE_BREAK.split(text)
        breaks = [m.end() - m.start() for m in LINE_BREAK.finditer(text)]
    else:
        pieces = text.split("\n")
        breaks = [1] * (len(pieces) - 1)
    if pieces and pieces[-1] == "":
        pieces.pop()
    if not pieces:
        return []
    # Offsets by running sums in C rather than a Python loop: pages have many lines.
    breaks = breaks[: len(pieces)] + [0] * (len(pieces) - len(breaks))
    lengths = list(map(len, pieces))
    break_ends = list(accumulate(map(operator.add, lengths, breaks)))
    starts = [0, *break_ends[:-1]]
    ends = list(map(operator.add, starts, lengths))
    blanks = list(map(operator.not_, map(str.strip, pieces)))
    return list(map(Line, starts, ends, break_ends, pieces, blanks))


def words(text: str) -> list[str]:
    return WORD.findall(text)


# The line tests are pure functions of a line's text, and the same lines come back on every
# lint pass and from several rules, so their answers are remembered: a few MB at most.
LINE_CACHE = 8192
_LINE_CACHES: list[Any] = []


def line_cache(function: Callable[..., T]) -> Callable[..., T]:
    """Remember the answers of a pure line test (``functools.lru_cache``), registered so that
    ``clear_caches`` forgets every such test at once."""
    cached = functools.lru_cache(maxsize=LINE_CACHE)(function)
    _LINE_CACHES.append(cached)
    return cached


def clear_caches() -> None:
    """Forget every remembered line test (benchmarks call this between runs over one corpus)."""
    for cached in _LINE_CACHES:
        cached.cache_clear()


def word_count(text: str) -> int:
    """Words separated by spaces, plus a share of the characters of scripts written without
    them (half of each Chinese or Japanese one, a fifth of each Thai, Lao, Burmese or Khmer one)."""
    count = len(text.split())
    if not text.isascii() and (unspaced := UNSPACED_LETTER.findall(text)):
        # Every Chinese or Japanese letter sorts after every Southeast Asian one.
        chinese_or_japanese = sum(map(CJK_LETTERS[0].__le__, unspaced))
        southeast_asian = len(unspaced) - chinese_or_japanese
        count += chinese_or_japanese // 2 + southeast_asian // SOUTHEAST_ASIAN_CHARS_PER_WORD
    return count


# Footnote markers right after a sentence's stop (or its closing quote), as encyclopedias set
# them: "... in 1912.[1]", "... for repairs.[2][3]", "... the city.[citation needed]". After a
# bracket they are a Markdown link's reference ("[Why Subscribe?][237]"), no footnote.
FOOTNOTE_MARKS = re.compile(r"(?<=[.!?…。！？\"'”’»)])(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\])+$")


def _final_character(stripped: str) -> str:
    """The last character of ``stripped`` before closing quotes and brackets and footnote
    markers ("" if none): where a sentence's final punctuation stands."""
    if stripped.endswith("]"):
        stripped = FOOTNOTE_MARKS.sub("", stripped)
    return stripped.rstrip(CLOSERS)[-1:]


def ends_like_sentence(text: str) -> bool:
    """The text ends with a sentence's final punctuation, maybe inside closing quotes or
    before footnote markers."""
    last = _final_character(text.strip())
    return bool(last) and last in SENTENCE_END


@line_cache
def is_prose(text: str) -> bool:
    """A line that reads like a paragraph: enough words and a sentence ending (in Thai and
    Lao, which have none, twice the words)."""
    if len(text) < PROSE_MIN_WORDS * 2:
        return False  # twelve words take at least 23 characters
    stripped = text.strip()
    last = _final_character(stripped)
    # Counting spaces (in C, no list built) stands in for counting words at this threshold.
    if not last:
        return False
    if last not in SENTENCE_END:
        first, final = UNMARKED_SENTENCE_SCRIPTS
        return first <= last <= final and word_count(stripped) >= 2 * PROSE_MIN_WORDS
    return stripped.count(" ") + 1 >= PROSE_MIN_WORDS or word_count(stripped) >= PROSE_MIN_WORDS


# A list the article introduces ends its introduction with a colon: "The fixtures are:",
# "Here's what to know:", "... in January. They are:". A menu's or widget's label is a word
# or three, in capitals or short words ("Share this:", "Filed under:", "You are at:").
INTRODUCTION_MIN_WORDS = 4
INTRODUCTION_LONG_WORD = re.compile(r"\b[^\W\d_A-Z]{4,}\b")


def content_runs(lines: Iterable[Line], member: Callable[[Line], bool]) -> Iterator[list[Line]]:
    """Runs of consecutive lines that are ``member``s; blank lines neither join nor end a run."""
    run: list[Line] = []
    for line in lines:
        if line.is_blank:
            continue
        if member(line):
            run.append(line)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


@line_cache
def is_list_introduction(text: str) -> bool:
    """A sentence of the article that ends in a colon, announcing the list below it: four
    or more words, or three with a lower-case word of four letters or more, or a sentence
    end before the colon."""
    stripped = text.strip()
    if not stripped.endswith(":"):
        return False
    words = word_count(stripped)
    if words >= INTRODUCTION_MIN_WORDS or any(mark in stripped[:-1] for mark in SENTENCE_END):
        return True
    return words == INTRODUCTION_MIN_WORDS - 1 and any(
        word.islower() for word in INTRODUCTION_LONG_WORD.findall(stripped)
    )


# A first line of up to this many words is the title, even when it reads as a sentence (the
# header zone's start, and the most a headline copied by H101 may hold).
TITLE_MAX_WORDS = 25


def _reads_as_title(text: str) -> bool:
    return word_count(text) <= TITLE_MAX_WORDS


def fold(text: str) -> str:
    """Whitespace- and case-folded form used to compare lines."""
    return " ".join(text.split()).casefold()


def may_be_wrapped(lines: Sequence[Line]) -> bool:
    """Enough lines, and hardly any longer than a wrap width: most texts have many longer
    ones, and are told in C, before any loop."""
    blank = list(map(operator.attrgetter("is_blank"), lines)).count(True)
    longer = sum(map(WRAP_WIDTHS.stop.__le__, map(len, map(operator.attrgetter("text"), lines))))
    return len(lines) - blank >= WRAP_MIN_LINES and longer <= 0.05 * (len(lines) - blank)


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The width a hard-wrapped text was wrapped at; None for a text with a paragraph per
    line (the usual case)."""
    return measured_wrap_width(lines) if may_be_wrapped(lines) else None


def measured_wrap_width(lines: Sequence[Line]) -> int | None:
    """``wrap_width`` of lines that ``may_be_wrapped`` has already passed."""
    lengths = [len(line.text.rstrip()) for line in lines if not line.is_blank]
    width = sorted(lengths)[int(len(lengths) * 0.95) - 1]
    if width not in WRAP_WIDTHS:
        return None
    continued = mid_sentence = 0
    for line, following in zip(lines, lines[1:], strict=False):
        text = line.text.rstrip()
        near = WRAP_NEAR_WIDTH * width <= len(text) <= width
        if near and not following.is_blank and text.rstrip(CLOSERS)[-1:] not in SENTENCE_END:
            continued += 1
            first = following.text.lstrip()[:1]
            mid_sentence += first.isalpha() and not first.isupper()  # lower case, or a script without case
    if continued >= max(WRAP_MIN_CONTINUED, WRAP_MIN_CONTINUED_SHARE * len(lengths)):
        return width
    # Or fewer such lines, among much page furniture, where the next line goes on mid-sentence.
    if mid_sentence >= max(WRAP_MIN_MID_SENTENCE, WRAP_MIN_MID_SENTENCE_SHARE * len(lengths)):
        return width
    return None


def wrapped_paragraphs(lines: Sequence[Line], width: int, *, unparted: bool = False) -> Iterator[tuple[int, int]]:
    """Index ranges ``[first, last)`` of ``lines`` that are one paragraph wrapped over several
    lines: full lines, then a shorter last one, reading as prose once joined. ``unparted``
    lines have no blank line between paragraphs (a double-spaced text read without its
    blank lines), so a line that ends a sentence may end one too."""
    full = WRAP_FULL_LINE * width
    index = 0
    while index < len(lines):
        end = index
        ended = False
        while not ended and end < len(lines) and not lines[end].is_blank and len(lines[end].text.rstrip()) >= full:
            end += 1
            ended = unparted and (
                ends_like_sentence(lines[end - 1].text)
                # A line printed twice (a title and its heading) is no paragraph's two lines.
                or (end < len(lines) and lines[end].text == lines[end - 1].text)
            )
        if not ended and end < len(lines) and not lines[end].is_blank:
            end += 1  # the paragraph's last, shorter line
        if end - index >= 2 and is_prose(" ".join(line.text.strip() for line in lines[index:end])):
            yield index, end
            index = end
        else:
            # A start further into the run ends where this one does, with fewer words before
            # the same last character: no paragraph either (trying each was quadratic in a
            # long run of full lines, such as a list of links of one length).
            index = max(index + 1, end)


def double_spaced_paragraphs(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Wrapped paragraphs of a text hard-wrapped with a blank line after every line (a
    converter that turned each line break into two), as index ranges of ``lines``: the text
    read without its blank lines is wrapped, and mostly one blank line parts its lines."""
    content = [index for index, line in enumerate(lines) if not line.is_blank]
    if len(lines) - len(content) < DOUBLE_SPACED_SHARE * (len(content) - 1):
        return []
    packed = [lines[index] for index in content]
    width = wrap_width(packed)
    if width is None:
        return []
    single_gaps = sum(after - before == 2 for before, after in zip(content, content[1:], strict=False))
    if single_gaps < DOUBLE_SPACED_SHARE * (len(content) - 1):
        return []
    paragraphs = wrapped_paragraphs(packed, width, unparted=True)
    return [(content[first], content[last - 1] + 1) for first, last in paragraphs]


class Page:
    """The text a rule inspects, with what rules ask about it computed once and shared.

    Lines are found on demand with ``str.find``/``rfind`` (run in C), so a rule that looks at
    the top of the text or at a few marker lines never pays for splitting all of it; once
    some rule has split it, lookups reuse those lines.
    """

    def __init__(
        self, text: str, ranges: Sequence[tuple[int, int]] | None = None, options: RuleOptions = DEFAULT_OPTIONS
    ) -> None:
        self.text = text
        #: Options the user gave (custom patterns...), the same for every pass.
        self.options = options
        self._has_cr = "\r" in text
        self._lowered: list[str | None] = []  # shared with views made by with_ranges
        self._unusual: list[frozenset[str]] = []
        # (lines, their starts) once the text is split; the list is shared with range views.
        self._split: list[tuple[list[Line], list[int]]] = []
        self._body_start: Line | None = None
        self._memo: dict[object, Any] = {}  # see remember(); shared with range views
        self._first_lines: dict[int, str] = {}  # see _first_line(); shared with range views
        self._first_lines_folded: dict[int, str] = {}  # see _first_line_folded(); shared too
        # Where every rule's Needles occur within ranges (not shared: views differ in ranges).
        self._needle_hits: list[list[int]] | None = None
        #: The line-aligned spans that line-scope rules examine: all of the text, or (on a
        #: later pass) only the lines that the previous pass's fixes touched.
        self.ranges: Sequence[tuple[int, int]] = ((0, len(text)),) if ranges is None else ranges

    def _line_start(self, offset: int) -> int:
        text = self.text
        start = text.rfind("\n", 0, offset) + 1
        if self._has_cr:
            start = max(start, text.rfind("\r", 0, offset) + 1)
            if start == offset and offset > 0 and text[offset - 1] == "\r" and text[offset : offset + 1] == "\n":
                start = text.rfind("\n", 0, offset - 1) + 1  # offset sits inside a CRLF pair
        return start

    def line_around(self, offset: int) -> Line:
        """The line holding ``offset`` (an offset at a break belongs to the line it ends)."""
        if self._split and offset < len(self.text):
            # Once the text is split, a binary search (in C) finds the line already built.
            lines, starts = self._split[0]
            return lines[bisect.bisect_right(starts, offset) - 1]
        return self._line_from(self._line_start(offset))

    def _line_from(self, start: int) -> Line:
        """The line that starts at ``start`` (which must be a line start)."""
        text = self.text
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if self._has_cr:
            carriage = text.find("\r", start, end)
            if carriage >= 0:
                end = carriage
        piece = text[start:end]
        blank = not piece or piece.isspace()
        if end == len(text):
            return Line(start, end, end, piece, blank)
        width = 2 if text.startswith("\r\n", end) else 1
        return Line(start, end, end + width, piece, blank)

    def next_line(self, line: Line) -> Line | None:
        return self.line_around(line.break_end) if line.break_end < len(self.text) else None

    def previous_line(self, line: Line) -> Line | None:
        return self.line_around(line.start - 1) if line.start > 0 else None

    def walk(
        self,
        line: Line,
        step: Callable[[Line], Line | None],
        goes_on: Callable[[Line], bool],
        memo: dict[int, Line | None],
    ) -> Line | None:
        """The first line past ``line``, going by ``step`` (``previous_line``, ``next_line``,
        ...), that ``goes_on`` rejects; None past the text's edge.

        ``memo`` (one per step and test) remembers the answer for each line passed: walking
        from every line of a run of N lines then costs about N steps in all, not N squared.
        That is sound only while ``goes_on`` judges a line by itself, not by the walk so far.
        """
        if line.start in memo:
            return memo[line.start]
        passed = [line.start]
        current = step(line)
        while current is not None and goes_on(current):
            if current.start in memo:
                current = memo[current.start]
                break
            passed.append(current.start)
            current = step(current)
        for start in passed:
            memo[start] = current
        return current

    def between_paragraphs(self, line: Line) -> bool:
        """Prose paragraphs stand right above and right below ``line`` (blank lines aside)."""
        return self.paragraph_below(line) is not None

    def paragraph_below(self, line: Line) -> Line | None:
        """The prose paragraph right below ``line`` when another stands right above it
        (blank lines aside); None when ``line`` is not between paragraphs."""
        before, after = self.previous_content_line(line), self.next_content_line(line)
        if before is None or after is None or not self.reads_as_prose(before) or not self.reads_as_prose(after):
            return None
        return after

    def reads_as_prose(self, line: Line) -> bool:
        """``is_prose``, or a line of a hard-wrapped paragraph."""
        return line.start in self.wrapped_starts or is_prose(line.text)

    def is_wrapped_piece(self, line: Line) -> bool:
        """A piece of a wrapped paragraph, even where the page as a whole does not read as
        hard-wrapped: it continues the line above, or the line below continues it."""
        return line.start in self.wrapped_starts or self.continues_above(line) or self.runs_on(line)

    def continues_above(self, line: Line) -> bool:
        """The line starts in lower case right under another line, which it carries on
        (that line may end on an abbreviation's full stop: "1 tsp.")."""
        before = self.previous_line(line)
        return before is not None and not before.is_blank and line.text.lstrip()[:1].islower()

    def runs_on(self, line: Line) -> bool:
        """The line stops mid-sentence (or on a comma) and the next one carries it on in lower
        case, a figure or a bracket ("potato (or 1 slice ...", "½ cup ..."). A weaker sign than
        ``continues_above``: a label above a date line looks the same. Scripts without case
        give no sign."""
        following = self.next_line(line)
        if following is None or following.is_blank or ends_like_sentence(line.text):
            return False
        first = following.text.lstrip()[:1]
        return first.islower() or first.isnumeric() or first in "([{" or line.text.rstrip().endswith(",")

    def previous_content_line(self, line: Line) -> Line | None:
        """The nearest non-blank line above ``line`` (None at the top)."""
        before = self.previous_line(line)
        while before is not None and before.is_blank:
            before = self.previous_line(before)
        return before

    def follows_list_introduction(self, line: Line) -> bool:
        """The nearest non-blank line above introduces a list ("The fixtures are:"): ``line``
        starts a list the article itself announces."""
        before = self.previous_content_line(line)
        return before is not None and is_list_introduction(before.text)

    def next_content_line(self, line: Line) -> Line | None:
        """The nearest non-blank line below ``line`` (None at the end; the last line of a text
        without a final break is not its own next line)."""
        if line.break_end >= len(self.text):
            return None
        return next(self.iter_content_lines(line.break_end), None)

    def iter_lines(self, start: int = 0) -> Iterator[Line]:
        """Lines from the one holding ``start`` to the end, found one at a time."""
        length = len(self.text)
        if self._split and start < length:
            lines, starts = self._split[0]
            # By index: islice would step through every line before ``start`` to get there.
            yield from map(lines.__getitem__, range(bisect.bisect_right(starts, start) - 1, len(lines)))
            return
        position = self._line_start(start)
        while position < length:
            line = self._line_from(position)
            yield line
            position = line.break_end

    def iter_content_lines(self, start: int = 0) -> Iterator[Line]:
        return (line for line in self.iter_lines(start) if not line.is_blank)

    @property
    def lines(self) -> list[Line]:
        """All lines, for rules that must see every one."""
        if not self._split:
            lines = split_lines(self.text)
            self._split.append((lines, [line.start for line in lines]))
        return self._split[0][0]

    def lines_after_prose(self, count: int) -> Iterator[tuple[int, Line]]:
        """Non-blank lines that are not prose, with their index in ``lines``, once ``count``
        prose lines have gone by: where the page's furniture after the article's start is."""
        flags = self.prose_flags
        seen = 0
        for index, line in enumerate(self.lines):
            if line.is_blank:
                continue
            if flags[index]:
                seen += 1
            elif seen >= count:
                yield index, line

    @cached_property
    def headline(self) -> Line | None:
        """The first non-blank line, where a saved article keeps its title."""
        return next(self.iter_content_lines(), None)

    @cached_property
    def header_zone(self) -> tuple[Line, ...]:
        """Non-blank lines from the top up to (not including) the second prose paragraph.

        The first prose line may be a standfirst; stamps and captions often sit between it
        and the body, so the zone ends only at the second one (or ``HEADER_MAX_LINES``), or
        at a line after it that introduces a list, which only the article itself does. A
        headline that ends with a full stop ("They just might be.") is no prose paragraph.
        """
        zone: list[Line] = []
        prose_seen = 0
        wrapped = self.wrapped_starts
        firsts = {self.lines[first].start for first, _ in self._wrapped}
        for line in self.iter_content_lines():
            if len(zone) == HEADER_MAX_LINES:
                break
            if line.start in wrapped and line.start not in firsts:
                continue  # the rest of a wrapped paragraph already counted
            if prose_seen and is_list_introduction(line.text):
                break  # the article has begun: it introduces a list ("The fixtures are:")
            title = not zone and line.start not in wrapped and _reads_as_title(line.text)
            if (line.start in firsts or is_prose(line.text)) and not title:
                prose_seen += 1
                if prose_seen == 2:
                    self._body_start = line
                    break
            zone.append(line)
        return tuple(zone)

    @cached_property
    def prose_bounds(self) -> tuple[int, int] | None:
        """Offsets from the start of the first prose line to the end of the last one: the
        article's body. Lines before it are the header zone, lines after it the footer zone.
        None when the text has no prose line at all."""
        flags = self.prose_flags
        if True not in flags:
            return None
        first = flags.index(True)
        last = len(flags) - 1 - flags[::-1].index(True)
        return self.lines[first].start, self.lines[last].end

    @cached_property
    def above_prose(self) -> tuple[Line, ...]:
        """Non-blank lines after the headline and before the first prose line (none when the
        text has no prose): where pages put labels, bylines and stamps."""
        bounds, headline = self.prose_bounds, self.headline
        if bounds is None or headline is None:
            return ()
        above = []
        for line in self.iter_content_lines(headline.break_end):
            if line.start >= bounds[0]:
                break
            above.append(line)
        return tuple(above)

    def zone(self, line: Line) -> str:
        """``header``, ``body`` or ``footer``: where ``line`` sits around the prose."""
        bounds = self.prose_bounds
        if bounds is None:
            return "body"
        if line.end <= bounds[0]:
            return "header"
        if line.start >= bounds[1]:
            return "footer"
        return "body"

    @property
    def body_start(self) -> Line | None:
        """The second prose paragraph, where the header zone ends (None if it ends otherwise)."""
        _ = self.header_zone
        return self._body_start

    def line_removal(self, line: Line, last: Line | None = None) -> tuple[int, int]:
        """The span that deletes ``line`` (through ``last``, when given) and, when that stands
        alone as a paragraph, one of the blank lines around it, so removing it leaves the
        paragraph spacing as it was."""
        last = last or line
        before = self.previous_line(line)
        after = self.next_line(last)
        if (before is None or before.is_blank) and after is not None and after.is_blank:
            return line.start, after.break_end
        return line.start, last.break_end

    def lines_matching(self, pattern: re.Pattern[str]) -> Iterator[Line]:
        """The lines where ``pattern`` matches, in order, each once.

        Rules that look for rare markers search the whole text with one regular expression
        (fast, in C) and examine only the lines it hits.
        """
        for start, end in self.ranges:
            position = start
            while (match := pattern.search(self.text, position, end)) is not None:
                line = self.line_around(match.start())
                yield line
                position = max(line.break_end, match.end())  # next line: one hit is enough

    def with_ranges(self, ranges: Sequence[tuple[int, int]]) -> Page:
        """A view of the same text whose line-scope helpers look only at ``ranges``."""
        view = Page(self.text, ranges, self.options)
        view._lowered = self._lowered
        view._unusual = self._unusual
        view._split = self._split
        view._memo = self._memo
        view._first_lines = self._first_lines
        view._first_lines_folded = self._first_lines_folded
        return view

    def remember(self, key: object, compute: Callable[[], T]) -> T:
        """``compute()``, run once per page for ``key``: what several rules, or one rule for
        several lines, ask about the whole page (such as its section markers)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    @property
    def folded(self) -> str | None:
        """``lowered`` with the letters case-insensitive matching also takes for one another
        folded to one (see ``fold_case``): the text that lower-case line patterns search.
        None where ``lowered`` is."""
        lowered = self.lowered
        if lowered is None:
            return None
        if len(self._lowered) == 1:
            self._lowered.append(fold_case(lowered))
        return self._lowered[1]

    @property
    def lowered(self) -> str | None:
        """``text.lower()`` when it keeps every offset (it does unless a rare letter such as
        U+0130 lowers to two characters); None otherwise."""
        if not self._lowered:
            lowered = self.text.lower()
            self._lowered.append(lowered if len(lowered) == len(self.text) else None)
        return self._lowered[0]

    @property
    def rare_characters(self) -> frozenset[str]:
        """The distinct characters of the text that character rules look for (see ``RARE``).

        One scan serves every character rule: a rule whose characters are not in this set
        has nothing to do, which keeps clean text cheap.
        """
        if not self._unusual:
            self._unusual.append(frozenset(RARE.findall(self.text)))
        return self._unusual[0]

    def lines_containing(self, needles: Needles | Sequence[str]) -> Iterator[Line]:
        """Lines within ``ranges`` holding any of the lower-case ``needles``, case-insensitively.

        Substring search is far faster than a regular expression, so rules whose markers
        always contain a fixed word find their candidate lines this way: a rule's constant
        ``Needles`` in one scan shared with every other rule's, a word known only at run time
        (a headline's) by ``str.find``.
        """
        lowered = self.lowered
        if lowered is None:
            alternatives = "|".join(re.escape(n) for n in needles)
            yield from self.lines_matching(re.compile(alternatives, re.IGNORECASE))
            return
        if isinstance(needles, Needles):
            if self._needle_hits is None:
                self._needle_hits = scan_needles(lowered, self.ranges)
            yield from self._lines_at(self._needle_hits[needles.index])
            return
        for start, end in self.ranges:
            yield from self._lines_at(sorted({i for n in needles for i in _find_all(lowered, n, start, end)}))

    def _lines_at(self, offsets: Sequence[int]) -> Iterator[Line]:
        """The lines holding the sorted ``offsets``, each once."""
        done_until = -1
        for offset in offsets:
            if offset >= done_until:
                line = self.line_around(offset)
                done_until = line.break_end
                yield line

    def find_all(self, needles: Sequence[str]) -> Iterator[int]:
        """Offsets within ``ranges`` where any of ``needles`` occurs (exact case)."""
        for start, end in self.ranges:
            for needle in needles:
                yield from _find_all(self.text, needle, start, end)

    def pattern_lines(self, pattern: LinePattern) -> Iterator[Line]:
        """The lines within ``ranges`` that ``pattern`` matches (whole, or at their start)."""
        text = self.text
        lowered_search = None if self._has_cr and not pattern.whole else pattern.after_newline_lowered
        folded = self.folded if lowered_search is not None else None
        if lowered_search is not None and folded is not None:
            text, after_break, first, first_line = folded, lowered_search, lowered_search, self._first_line_folded
        else:
            after_break = pattern.after_any_break if self._has_cr and not pattern.whole else pattern.after_newline
            first, first_line = pattern.after_newline, self._first_line
        for start, end in self.ranges:
            if start == 0 and first.match(first_line(end)):
                yield self.line_around(0)
            for match in after_break.finditer(text, max(start - 1, 0), end):
                yield self.line_around(match.start() + 1)

    def _first_line_folded(self, end: int) -> str:
        """``_first_line(end)`` as ``folded`` reads it (the same length: it keeps offsets),
        made once for every line pattern."""
        piece = self._first_lines_folded.get(end)
        if piece is None:
            piece = self._first_lines_folded[end] = fold_case(self._first_line(end).lower())
        return piece

    def _first_line(self, end: int) -> str:
        """``first_line_behind_a_break(text, end)``, made once for every line pattern."""
        piece = self._first_lines.get(end)
        if piece is None:
            piece = self._first_lines[end] = first_line_behind_a_break(self.text, end)
        return piece

    @cached_property
    def prose_flags(self) -> list[bool]:
        """``is_prose`` of every line of ``lines``, computed once for all rules; in a
        hard-wrapped text every line of a wrapped paragraph counts as prose."""
        lines = self.lines
        flags = [not line.is_blank and is_prose(line.text) for line in lines]
        for first, last in self._wrapped:
            for index in range(first, last):
                flags[index] = not lines[index].is_blank
        return flags

    @cached_property
    def _wrapped(self) -> list[tuple[int, int]]:
        """Index ranges of wrapped paragraphs (none unless the text is hard-wrapped). In a
        double-spaced text the ranges hold the blank lines between a paragraph's lines."""
        lines = self.lines
        if not may_be_wrapped(lines):
            return []
        width = measured_wrap_width(lines)
        if width is not None:
            return list(wrapped_paragraphs(lines, width))
        return double_spaced_paragraphs(lines)

    @cached_property
    def wrapped_starts(self) -> frozenset[int]:
        """Start offsets of the lines of hard-wrapped paragraphs (empty for most texts)."""
        lines = self.lines
        return frozenset(
            lines[index].start
            for first, last in self._wrapped
            for index in range(first, last)
            if not lines[index].is_blank
        )

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of ``pattern`` within ``ranges``."""
        for start, end in self.ranges:
            yield from pattern.finditer(self.text, start, end)

    def lines_in_ranges(self) -> Iterator[Line]:
        for start, end in self.ranges:
            for line in self.iter_lines(start):
                if line.start >= end:
                    break
                yield line


class LinePattern:
    """A pattern for a whole line (spaces around allowed) or, with ``whole=False``, for the
    start of a line, searched fast.

    The compiled search starts with the line break before the line, a literal the regex
    engine skips to at memory speed, so the cost is one quick pass however many
    alternatives the body has. The text's first line, which no break precedes, is searched
    alone behind a break of its own: no line pattern reaches past its line's end (``\\s`` is
    narrowed to spaces, and ``.`` and the negated classes of the bodies exclude breaks).

    Line-start patterns also find lines after a lone \\r (a slower search, used only for
    texts with one). Whole-line patterns look after \\n only, as they always have: in a text
    with lone \\r breaks their lines are found once W101 has normalised the breaks, and
    changing that would change the passes and findings reported for such texts.
    """

    def __init__(self, body: str, flags: int = 0, *, whole: bool = True) -> None:
        body = _within_line(body)
        self.whole = whole
        tail = r"[^\S\r\n]*(?=\r\n|\r|\n|\Z)" if whole else ""
        # A line's text starts at its first character that is not a space: testing for one
        # before the body's alternatives passes over blank lines (four lines in ten) at once.
        head = r"[^\S\r\n]*(?=\S)"
        self._after_newline = (rf"\n{head}(?:{body}){tail}", flags)
        self._at_start = (rf"{head}(?:{body}){tail}", flags)
        self._after_any_break = (rf"[\n\r]{head}(?:{body}){tail}", flags)
        # A case-insensitive body written in lower case can search the lower-cased text
        # case-sensitively instead: the same lines, found two to three times faster, since
        # the regex engine skips an alternative on its first character only when its case
        # is fixed.
        self._case_folded: tuple[str, int] | None = None
        if flags & re.IGNORECASE and _case_free(body, verbose=bool(flags & re.VERBOSE)):
            self._case_folded = (rf"\n{head}(?:{fold_case(body)}){tail}", flags & ~re.IGNORECASE)

    # Every form is compiled on first use: compiling every pattern's three forms was a tenth
    # of a one-file ``check``, and its first two 81 of the 149 ms that compiling regular
    # expressions took when the rules were loaded; a case-insensitive pattern searches its
    # lowered form, and compiles its own only for a text whose lower-casing moves offsets.
    @functools.cached_property
    def after_newline(self) -> re.Pattern[str]:
        """The search for the pattern's lines, from the line break before each."""
        return re.compile(*self._after_newline)

    @functools.cached_property
    def at_start(self) -> re.Pattern[str]:
        """The pattern for a line on its own (``at_start.match(line)``)."""
        return re.compile(*self._at_start)

    @functools.cached_property
    def after_any_break(self) -> re.Pattern[str]:
        """For line-start patterns on a text with a lone \\r."""
        return re.compile(*self._after_any_break)

    @functools.cached_property
    def after_newline_lowered(self) -> re.Pattern[str] | None:
        """``after_newline`` for the lower-cased text, matched case-sensitively (None when
        the pattern minds case or its body is not written in lower case)."""
        return re.compile(*self._case_folded) if self._case_folded is not None else None


# Letters that case-insensitive matching takes for one another though lower-casing keeps them
# apart (Unicode's extra case equivalences), each group led by the letter the others fold to:
# "i" and dotless "ı", "s" and long "ſ", Greek "σ" and final "ς", Greek letters and their
# symbol forms, Cyrillic letters and their old round forms.
CASE_EQUIVALENTS = (
    "iı",
    "sſ",
    "μ\u00b5",
    "ι\u0345\u1fbe",
    "\u0390\u1fd3",
    "\u03b0\u1fe3",
    "βϐ",
    "εϵ",
    "θϑ",
    "κϰ",
    "πϖ",
    "ρϱ",
    "σς",
    "φϕ",
    "в\u1c80",
    "д\u1c81",
    "о\u1c82",
    "с\u1c83",
    "т\u1c84\u1c85",
    "ъ\u1c86",
    "ѣ\u1c87",
    "\ua64b\u1c88",
    "\u1e61\u1e9b",
    "\ufb05\ufb06",
)
_FOLD = {ord(other): group[0] for group in CASE_EQUIVALENTS for other in group[1:]}
_FOLDED = re.compile("[" + "".join(chr(code) for code in _FOLD) + "]")


def fold_case(text: str) -> str:
    """``text`` (lower-cased) with each group of ``CASE_EQUIVALENTS`` folded to its first
    letter, character for character (offsets stay): a pattern folded the same way matches it
    case-sensitively where it matched with IGNORECASE."""
    return text.translate(_FOLD) if _FOLDED.search(text) else text


# Escapes, whose letters are no literal text ("\S", "\N{...}", "\u00e9"), and a verbose
# body's comments.
_ESCAPE = re.compile(r"\\N\{[^}]*\}|\\[uUx][0-9a-fA-F]+|\\.")
_COMMENT = re.compile(r"#[^\n]*")


def _case_free(body: str, *, verbose: bool = False) -> bool:
    """The body matches the same in lower-cased text without IGNORECASE: every literal and
    class member is written in lower case (or lowers to two characters, like "İ", which a
    lower-cased text that keeps its offsets never holds), and no inline flag sets case."""
    plain = _ESCAPE.sub("", body)
    if verbose:
        plain = _COMMENT.sub("", plain)  # a verbose body's comments are no literals
    if re.search(r"\(\?[a-zA-Z-]*[iI-]", plain):
        return False
    return all(c == c.lower() or len(c.lower()) != 1 for c in plain)


def first_line_behind_a_break(text: str, end: int) -> str:
    """The first line of ``text[:end]``, with its break, behind a break of its own: the text's
    first line as ``LinePattern.after_newline`` reads every other line."""
    line_end = text.find("\n", 0, end)
    return "\n" + text[: end if line_end < 0 else line_end + 1]


def _within_line(body: str) -> str:
    """``body`` with each ``\\s`` narrowed to spaces within a line (never a line break).

    In a negated class (``[^\\s.]``) ``\\s`` stays: it only excludes breaks as well. In any
    other class the narrowed form cannot be written, and a plain textual replacement there
    silently made a different class, so it is refused: write ``[ \\t]``.
    """
    out: list[str] = []
    in_class = negated = False
    index = 0
    while index < len(body):
        character = body[index]
        if character == "\\" and index + 1 < len(body):
            escaped = body[index + 1]
            if escaped == "s" and in_class and not negated:
                raise ValueError(f"\\s inside a character class of a line pattern: {body!r}")
            out.append(r"[^\S\r\n]" if escaped == "s" and not in_class else character + escaped)
            index += 2
            continue
        if character == "[" and not in_class:
            in_class = True
            negated = body.startswith("[^", index)
            # A "]" right after "[" or "[^" is a literal member, not the end of the class.
            opening = 2 if negated else 1
            if body[index + opening : index + opening + 1] == "]":
                opening += 1
            out.append(body[index : index + opening])
            index += opening
            continue
        if character == "]" and in_class:
            in_class = False
        out.append(character)
        index += 1
    return "".join(out)


def _find_all(text: str, needle: str, start: int, end: int) -> Iterator[int]:
    position = text.find(needle, start, end)
    while position >= 0:
        yield position
        position = text.find(needle, position + 1, end)


def marker_pattern(alternatives: list[str], flags: int = 0) -> re.Pattern[str]:
    """Compile ``alt1|alt2|...`` behind a lookahead for their first characters.

    Python's regex engine tries every alternative at every position; a leading character
    class lets it skip positions that cannot start a match, which makes a search for rare
    marker words over a whole text about six times faster. Each alternative must start with
    a literal character (optionally after ``\\b``).
    """
    firsts: set[str] = set()
    for alternative in alternatives:
        first = alternative.removeprefix("\\b")[0]
        if first == "\\" or first in "([.^$*+?{|":
            raise ValueError(f"alternative must start with a literal: {alternative!r}")
        firsts.add(first)
        if flags & re.IGNORECASE:
            firsts.update((first.lower(), first.upper()))
    charset = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(f"(?=[{charset}])(?:{'|'.join(alternatives)})", flags)


class LineIndex:
    """Line and column of many offsets in one text, by binary search over its line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def changed_span(before: str, after: str) -> tuple[int, int, int]:
    """Where two strings differ: the length of their common prefix, and the ends of the
    differing middles of ``before`` and of ``after`` (their common suffix excluded)."""
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return prefix, len(before) - suffix, len(after) - suffix


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (lines broken by \\n, \\r\\n or \\r)."""
    if "\r" not in text:
        return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
    line = 1
    line_start = 0
    for match in LINE_BREAK.finditer(text, 0, offset):
        if match.end() > offset:
            break
        line += 1
        line_start = match.end()
    return line, offset - line_start + 1
