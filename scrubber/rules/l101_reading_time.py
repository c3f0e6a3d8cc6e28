from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.dates import is_date_only
from scrubber.needles import Needles
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.text import Line, LinePattern, Page, line_cache

# The markers themselves: "2 min read", "5-minute read", "Reading time: 3 minutes", the
# length in words ("Wordcount: 717", "1,250 words · 5 min read"),
# "Listen to this article", "Listen (4 min)", "4 min listen", and the same in the languages
# most scraped: "3 Min. Lesezeit", "Temps de lecture : 3 min", "3 minutos de lectura",
# "Время чтения: 3 минуты", "Leestijd 4 minuten", "Okuma süresi: 4 dakika", "阅读时间：3分钟",
# "この記事は約3分で読めます", "읽는 데 3분 걸림", "อ่าน 3 นาที".
MINUTES = (
    r"(?:min|mins|minute|minutes|minuto|minutos|minuti|minuten|minut|minuty|minit|мин|минута|минуты|минут|dakika|dk|menit"
    r"|λεπτά|perc|хвилин[иа]?|хв|phút|דקות|דקה|دقائق|دقيقة|دقیقه|मिनट)\.?"
)
AMOUNT = r"(?:\d+\s*(?:-|–)\s*)?\d+"
READ_AFTER = (
    r"(?:read|listen|lesezeit|lesedauer|leestijd|leesduur|czytania|чтения|на\s+чтение|okuma|membaca|baca"
    r"|d[ei]\s+(?:lecture|lectura|leitura|lettura))"
)
READ_BEFORE = (
    r"(?:(?:est(?:imated|\.)?\s+)?read(?:ing)?\s+time|lesezeit|lesedauer|leestijd|leesduur|czas\s+czytania|время\s+чтения"
    r"|(?:temps|tiempo|tempo)\s+d[ei]\s+(?:lecture|lectura|leitura|lettura)|(?:lecture|lectura|leitura|lettura)(?:\s+de)?"
    r"|okun?ma\s+süresi|waktu\s+(?:baca|membaca)|lästid|læsetid|lesetid|lukuaika"
    r"|čtení\s+na|doba\s+čtení|čas\s+čítania|vri?jeme\s+čitanja|време\s+(?:за\s+четене|читања)|χρόνος\s+ανάγνωσης|timp\s+de\s+citire|olvasási\s+idő|час\s+читання"
    r"|skaitymo\s+laikas|masa\s+membaca|čas\s+branja|muda\s+wa\s+kusoma|lasīšanas\s+laiks|lugemisaeg|oras\s+ng\s+pagbasa"
    r"|thời\s+gian\s+đọc|זמן\s+קריאה|(?:وقت|مدة)\s+القراءة|زمان\s+(?:مطالعه|خواندن)|पढ़ने\s+का\s+समय)"
)
READING_TIME = LazyPattern(
    rf"""^(?:
        {AMOUNT}\s*(?:-|–)?\s*{MINUTES}\s+{READ_AFTER}
      | {READ_BEFORE}\s*:?\s*{AMOUNT}\s*{MINUTES}
      | {READ_BEFORE}\s*:?\s*dakika\s+{AMOUNT}                      # Swahili sets the unit first
      | word\s*count\s*:?\s*\d[\d,.]*|\d[\d,.]*\s+words                 # its length: "Wordcount: 717", "1,250 words"
      | listen\s+to\s+(?:(?:this|the)\s+)?(?:article|story)(?:\s*\(?\d+\s*(?:min|mins|minutes?)\)?)?
      | listen\s*\(?\d+\s*(?:min|mins|minutes?)\)?
      | \d{{1,2}}:\d{{2}}\s*(?:min|mins|minutes)                   # the length beside "Listen": "5:32 min"
      | (?:この記事は)?約?\d+分で読めます
      | 読了(?:時間|目安)\s*[:：]?\s*約?\s*\d+\s*分
      | (?:阅读|閱讀)(?:时间|時間)?\s*[:：]?\s*(?:约|約)?(?:需)?\s*\d+\s*(?:分钟|分鐘)
      | \d+\s*(?:分钟|分鐘)(?:阅读|閱讀)
      | 읽는\s*(?:데|시간)\s*:?\s*\d+\s*분(?:\s*걸림)?
      | \d+\s*분\s*(?:읽기|소요)
      | (?:ใช้เวลา)?อ่าน\s*(?:ประมาณ\s*)?\d+\s*นาที
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Listen to this article" in the languages most scraped, alone on a line: found by a line
# pattern whose first-letter lookahead costs one quick scan, not a search per word.
LISTEN_LINE = LinePattern(
    r"""(?=[aébeoсdmkltvn텍])(?:(?:artikel|beitrag)\s+(?:anhören|vorlesen)|écouter\s+(?:cet\s+)?article
    |escuch(?:ar|a)\s+(?:este\s+|esta\s+)?(?:artículo|noticia)|ou(?:vir|ça)\s+(?:esta\s+|este\s+|o\s+)?(?:notícia|matéria|artigo|conteúdo|texto)
    |ascolta\s+(?:l['’])?articolo|слушать(?:\s+статью)?|makaleyi\s+dinle|dengarkan(?:\s+artikel)?
    |luister\s+naar\s+(?:dit\s+)?artikel|odsłuchaj(?:\s+artykuł)?|텍스트\s*음성\s*변환\s*서비스\s*사용하기)(?:\s*[·•|]?\s*\d{1,2}(?::\d{2})?\s*min\.?)?
    # The notices of the machine-read versions beside the player.
    |(?:this\s+)?audio\s+is\s+(?:ai|auto(?:matically)?)(?:-|\s+)generated\.?(?:\s+[^\n]{1,100})?
    |voiced\s+by\s+amazon\s+polly|(?:this\s+(?:article|story)\s+(?:is|was)\s+)?narrated\s+by\s+(?:ai|an?\s+(?:ai|automated|synthetic)\s+voice)\.?""",
    re.IGNORECASE | re.VERBOSE,
)
# Pieces a stamp line is made of: "Nov 18, 2019 at 9:24 pm ET • 2 min read".
# Words every marker contains; only lines holding one are examined.
MARKER_WORDS = Needles(
    (
        "min",
        "word",
        "listen",
        "reading",
        "λεπτ",
        "perc",
        "хв",
        "phút",
        "דק",
        "دقائق",
        "دقيقة",
        "دقیقه",
        "मिनट",
        "мин",
        "分で読",
        "dakika",
        "dk",
        "menit",
        "読了",
        "分钟",
        "分鐘",
        "분",
        "นาที",
    )
)
SEGMENT_SEPARATOR = re.compile(r"\s+[•·|/–—]\s+|\s*[•·|]\s*")


# "Listen" alone is a button, and a heading as often; beside a length it is the marker's:
# "Listen · 5:32 min".
LISTEN = re.compile(r"^listen(?:\s+now)?$", re.IGNORECASE)
# The player's length may sit alone on the line under its label: "Listen to article" over
# "5 minutes". Alone anywhere else such a line may be a timeline's or a recipe's.
PLAYER_LENGTH = re.compile(r"^\s*(?:\d{1,2}:\d{2}|\d{1,3}\s*(?:min|mins|minutes?)\.?)\s*$", re.IGNORECASE)


# A reader view's estimate, a range of minutes alone under the title ("5–7 minutes"): above
# the first paragraph only, where no recipe's or race's times stand without their labels.
# Tried on the lines that hold a marker word (every unit of MINUTES holds one).
MINUTES_RANGE = re.compile(rf"\d{{1,3}}\s*[-–]\s*\d{{1,3}}\s*{MINUTES}", re.IGNORECASE)


# A reading time run on after a date with no separator between ("Mar 3, 2026 4 min read",
# as a blog theme's markup loses its bullet when saved as text).
READING_TIME_AFTER_DATE = re.compile(rf"\s({AMOUNT}\s*(?:-|–)?\s*{MINUTES}\s+{READ_AFTER})\s*$", re.IGNORECASE)


# The player's link to how its voice is made, after its length: "Listen to this article ·
# 6:12 min Learn more".
LEARN_MORE_TAIL = re.compile(r"\s+learn\s+more\s*$", re.IGNORECASE)


# The clock or stopwatch icon a theme sets before its reading time ("⏱ 5 min read").
ICON = re.compile(r"^[\s\u2300-\u23ff\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+")


@line_cache
def is_reading_time_line(text: str) -> bool:
    text = ICON.sub("", LEARN_MORE_TAIL.sub("", text))
    segments = [s.strip(" .") for s in SEGMENT_SEPARATOR.split(text.strip()) if s.strip(" .")]
    if not any(READING_TIME.match(s) for s in segments):
        tail = READING_TIME_AFTER_DATE.search(text)
        return tail is not None and is_date_only(text[: tail.start()])
    return all(READING_TIME.match(s) or is_date_only(s) or LISTEN.match(s) for s in segments)


@rule("L101", "reading-time", scope="line")
def reading_time(page: Page) -> Iterator[Hit]:
    """A line that is only a reading-time or listen marker (maybe with a date) is removed.

    "2 min read", "Listen to this article" or "3 Min. Lesezeit" are widgets of the page,
    not text (the markers cover the languages most scraped), and so are the notices of a
    machine-read version beside its player ("Audio is AI-generated."), and a reader view's
    estimate above the first paragraph ("5–7 minutes"). The same words inside a sentence
    are content and stay.

    Before: ``"Headline\\nNov 18, 2019 at 9:24 pm ET • 2 min read\\nThe body starts here.\\n"``
    After:  ``"Headline\\nThe body starts here.\\n"``
    """
    # "Listen" alone is a button or a heading; over the player's length ("2:41") it is the player.
    found = [
        line
        for line in page.lines_containing(MARKER_WORDS)
        if (len(line.text) <= 120 and is_reading_time_line(line.text))
        or (LISTEN.match(line.stripped) and _length_below(page, line) is not None)
        or _is_reader_view_estimate(page, line)
    ]
    players = set(page.pattern_lines(LISTEN_LINE))
    found.extend(players)
    for line in sorted(set(found)):
        start, end = page.line_removal(line)
        below = _length_below(page, line)
        if below is not None and (line in players or "listen" in line.text.lower()):
            start, end = page.line_removal(line, below)
        yield Hit(start, end, f"reading-time line {line.stripped!r}", "")


def _length_below(page: Page, line: Line) -> Line | None:
    """The player's length on the next text line (across the blank line of double-spaced
    text), if that is what it holds."""
    below = page.next_content_line(line)
    return below if below is not None and PLAYER_LENGTH.match(below.text) else None


def _is_reader_view_estimate(page: Page, line: Line) -> bool:
    return (
        MINUTES_RANGE.fullmatch(line.text.strip()) is not None and page.zone(line) == "header" and line != page.headline
    )
