"""What a line looks like: the structural tests that page-furniture rules share.

Scraped pages wrap an article's prose (long lines that end like sentences) in furniture:
menus of one- or two-word lines, teaser headlines, bylines, stamps, share buttons. These
tests look at a line's shape (length, capitalisation, final punctuation), not its topic, so
they hold across sites and languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scrubber.dates import POST_COUNT, RELATIVE_TIME_BODY, is_date_only
from scrubber.regex import LazyPattern
from scrubber.text import CJK_LETTERS, Line, Page, ends_like_sentence, is_prose, line_cache, word_count

# "By Jane Doe", in the languages most scraped. What follows the marker must read as a name:
# a word not in lower case ("By the numbers", "From the archive", "Por qué importa" are
# subheadings), though an article may come first ("By the Associated Press"). Words of
# scripts without case pass.
BYLINE = LazyPattern(
    r"^(?:(?:by|from|por|von|par|di|door|av|af|od|oleh|yazar|autor|author|written by|posted by|reporting by"
    # The kind of piece before its writer: "Analysis by Chris Cillizza, CNN Editor-at-large".
    r"|(?:analysis|opinion|commentary|column|review|story|words|interview)\s+by"
    # The same in German, French, Spanish and Italian: "Ein Artikel von Anna Becker",
    # "Une analyse de Claire Dubois", "Un artículo de Ana Ruiz", "Un commento di Luca Neri".
    r"|eine?\s+(?:artikel|kommentar|gastbeitrag|interview|essay|bericht|analyse|reportage|kolumne|glosse|rezension)\s+von"
    r"|une?\s+(?:article|analyse|chronique|éditorial|tribune|reportage)\s+de"
    r"|una?\s+(?:artículo|columna|análisis|crónica|reportaje)\s+de|un\s+(?:articolo|commento|editoriale)\s+di"
    r"|автор|بقلم|מאת|โดย|avtor(?:ica)?|autorė|autorius|autors"
    # Tagalog "Ni" (by) only before a name: Spanish "Ni Dios ni ley" is a heading.
    r"|ni(?=(?-i:\s+[A-Z]\w+\s+(?:de(?:la|l)?\s+)?[A-Z]))"
    # "Written by" and "text" as bylines label them: "Yazan: Ahmet Yılmaz", "Tác giả: Nguyễn An",
    # "Text: Anna Müller", "Geschreven door Jan de Vries".
    r"|yazan|penulis|reporter|tác\s+giả|napisał[a]?|text|texto|tekst|escrito\s+por|écrit\s+par|scritto\s+da"
    r"|geschreven\s+door|लेखक|szerző)\s*:?\s+"
    # "Wrote:" in Arabic and Hebrew is a byline only with its colon: "كتب الرئيس ..." is a sentence,
    # and so are Persian "author:" and "reporter:" ("نویسنده: مریم احمدی").
    r"|(?:كتب|كتبت|כתב|כתבה|כתבת|نویسنده|خبرنگار)\s*:\s*)"
    r"(?:(?:the|a|an|la|el|le|les|los|las|der|die|das|il|lo)\s+)?(?P<name>\S)",
    re.IGNORECASE,
)
# Korean and Chinese credit the reporter after the name or before it with no "by": "홍길동
# 기자", "(서울=연합뉴스) 홍길동 기자 =", "本报记者 李华", "记者 李华 王明".
REPORTER_CREDIT = LazyPattern(
    r"^(?:[\[(][^\])]{1,20}[\])]\s*)?[가-힣]{2,4}\s*(?:기자|특파원)(?:\s*=|\s+[\w.+-]+@[\w.-]+\.\w+)?$"
    r"|^(?:本报|新华社|中新社|本台)?(?:记者|特派记者)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3}$"
)
# A wire byline without "By": the name, then the writer's trade ("Tom Krisher, AP Auto Writer",
# "Jane Doe, Staff Writer", "Steve Peoples, AP National Political Writer").
NAME_AND_TRADE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*,\s+(?:(?:[A-Z][\w.&’-]*|the|of|for|and)\s+){0,4}"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist)$"
)
# The wires a French-language paper names beside itself, and "agences".
WIRES = r"(?:AFP|Reuters|AP|Belga|ATS|agences)"
# The newsroom as the byline: "Redacción", "Redacción BBC News Mundo", "Redazione", "Редакция",
# or the paper with its wires.
NEWSROOM_CREDIT = re.compile(
    r"^(?i:la\s+|a\s+|die\s+)?(?i:redacción|redação|redazione|redaktion|rédaction|redactie|redakcja|redakce|redaksi"
    r"|редакция|редакція)(?:\s+[A-Z0-9][\w.&'’-]*){0,4}$"
    # The paper with the wires it drew on, as French papers sign: "Le Monde avec AFP". Only
    # "avec": "Working with Reuters" heads a section as often as it signs one.
    rf"|^(?:[A-Z][\w.&'’-]*\s+){{1,4}}avec\s+{WIRES}(?:\s+et\s+{WIRES})?$"
)
RELATIVE_TIME = LazyPattern(rf"^(?:{RELATIVE_TIME_BODY})$", re.IGNORECASE | re.VERBOSE)
# "Read also" and "see also" in the languages most scraped: the label of a list of links to
# other articles (R101) and of a single one printed inline (L109).
READ_ALSO = (
    r"read\s+also|also\s+read|see\s+also|leia\s+(?:também|mais)|veja\s+também|le[ae]\s+también|lesen\s+sie\s+(?:auch|mehr)"
    r"|à\s+lire\s+aussi|lire\s+aussi|voir\s+aussi|leggi\s+anche|читайте\s+также|читайте\s+також|lees\s+ook|bekijk\s+ook"
    r"|läs\s+(?:också|även)|læs\s+også|les\s+også|lue\s+myös|čtěte\s+(?:také|též)|přečtěte\s+si\s+také"
    r"|čítajte\s+(?:aj|tiež)|pročitajte\s+(?:još|i)|прочетете\s+още|прочитајте\s+(?:још|и)"
    r"|διαβάστε\s+επίσης|citește\s+și|olvassa\s+el\s+ezt\s+is|czytaj\s+(?:także|też|również)"
    r"|zobacz\s+(?:także|też|również)|(?:baca|lihat|simak|tonton)\s+juga|اقرأ\s+أيضاً?|بیشتر\s+بخوانید|بخوانید|עוד\s+באותו\s+נושא|อ่านเพิ่มเติม|xem\s+thêm|đọc\s+thêm"
    r"|ये\s+भी\s+पढ़ें|यह\s+भी\s+पढ़ें"
    r"|llegiu\s+també|llegeix\s+també|taip\s+pat\s+skaitykite|prečítajte\s+si\s+(?:aj|tiež)|preberite\s+(?:tudi|še)"
    r"|soma\s+pia|lasiet\s+arī|loe\s+ka|basahin\s+(?:din|rin)"
    # Bengali, Urdu, Tamil, Telugu, Marathi, Georgian, Armenian, Kazakh, Azerbaijani, Albanian, Uzbek.
    r"|আরও\s+পড়ুন|আরো\s+পড়ুন|আরও\s+খবর|مزید\s+پڑھیں|یہ\s+بھی\s+پڑھیں|மேலும்\s+படிக்க|இதையும்\s+படிக்க(?:வும்)?"
    r"|ఇవి\s+కూడా\s+చదవండి|ఇది\s+కూడా\s+చదవండి|हेही\s+वाचा|हे\s+पण\s+वाचा|ასევე\s+წაიკითხეთ|կարդացեք\s+նաև"
    r"|сондай-ақ\s+оқыңыз|oxşar\s+xəbərlər|həmçinin\s+oxuyun|lexo\s+(?:edhe|gjithashtu)|shuningdek\s+o[‘'’]qing"
)
# "Comments" in the languages we have met: the comment widgets' word (L106), and the heading
# that announces a comment section (R102). Written for re.VERBOSE.
COMMENT_WORD = r"""(?:comments?|comentários?|comentarios?|commentaires?|kommentare?r?|kommentit|commenti|commento
    |reacties?|komentáře|komentáre|diskuse|diskusia|komentari|σχόλια|comentarii|hozzászólások|коментар\w*|komentarz[ey]?|комментари\w*|yorum(?:lar)?|komentar|bình\s+luận
    |comentaris|komentarai|komentarji|komentāri|kommentaarid|maoni|komen|(?:mga\s+)?komento
    |टिप्पणियां|(?:ال)?تعليقات|نظرات|دیدگاه(?:[\u200c ]?ها)?|תגובות|评论|評論|コメント|댓글|ความคิดเห็น)"""
# Up to this many words a line is a label (menu item, section name), not a sentence.
LABEL_MAX_WORDS = 4


# No label, stamp or byline is longer than this; the length test comes first because it is
# the cheapest and rules out every paragraph.
SHORT_LINE_CHARS = 120
LABEL_MAX_CHARS = 60


@line_cache
def is_label(text: str) -> bool:
    """A menu item or section label: a few words, no sentence ending."""
    if len(text) > LABEL_MAX_CHARS * 2:
        return False
    stripped = text.strip()
    return bool(stripped) and word_count(stripped) <= LABEL_MAX_WORDS and not ends_like_sentence(stripped)


# The glyphs of a review's star rating, half stars included.
RATING_STARS = "★☆✩✪✫✬✭✮✯⭐✰½ "

# Lower-case words a menu item may hold ("Acesso à Informação", "Cadastre-se Esqueci a Senha").
MENU_SMALL_WORD = 3


# A line that is one Markdown link, maybe a list item: "* [Sport](https://example.com/sport)".
MARKDOWN_LINK_LINE = re.compile(r"^\s*(?:[*+-]\s+)?\[([^\[\]\n]{1,60})\]\([^()\s]+\)\s*$")
# The same link as plain-text converters print it, its address in brackets after its words:
# "* Sport (https://example.com/sport)".
ADDRESSED_LABEL_LINE = re.compile(r"^\s*(?:[*+-]\s+)?([^\[\]()\n]{1,60}?)\s*\((?:https?://|/)[^()\s]+\)\s*$")


# What a reader does not see of a line: a Markdown link's target ("](https://...)", perhaps
# cut by a wrap), and a bare address or a wrapped piece of one (a domain with a path, a
# query, percent escapes).
LINK_TARGET = re.compile(r"\]\([^()\s]*\)?|[^\s\[\]()<>]*(?:://|\w\.[a-z]{2,}/|[?&]\w+=|%[0-9A-Fa-f]{2})[^\s\[\]()<>]*")


def visible_words(text: str) -> str:
    """``text`` without its link targets and addresses: the words a reader sees.

    "[Factiva](https://global.factiva.com/factivalogin/login.asp)" reads "[Factiva]"; the
    words of an address ("login", "subscribe") are not words of the line.
    """
    if "/" not in text and "%" not in text and "=" not in text:
        return text
    return LINK_TARGET.sub(" ", text)


def link_label(text: str) -> str | None:
    """The words of a line that is one link, maybe a list item ("* [Sport](https://...)",
    "* Sport (https://...)"); None for any other line."""
    if "](" in text:
        link = MARKDOWN_LINK_LINE.match(text)
    elif "(" in text:
        link = ADDRESSED_LABEL_LINE.match(text)
    else:
        return None
    return link.group(1) if link else None


# Words that join a phrase to what follows; no label ends on one, so a short line that does
# ("Eitan and", "Funding for") is a piece of a wrapped sentence.
CONNECTIVES = frozenset(
    "and or but nor for of the a an to in into with on at by from than that as "
    "und oder für der die das den dem des von mit zu im "
    "et ou de des du la le les au aux "
    "y o e del al con por para "
    "di da dei della il "
    "en van het een op".split()
)


def ends_on_connective(text: str) -> bool:
    """The text's last word joins it to what follows ("... focused on GiveWell and")."""
    words = text.split()
    return len(words) > 1 and words[-1] in CONNECTIVES


@line_cache
def is_menu_item(text: str) -> bool:
    """A label written like a menu entry: every longer word capitalised (Title Case or
    capitals), no digits or list punctuation. "Bugs fixed" or "VIP : 60,000₩" are list items,
    not menu entries. A link is judged by its words ("* [Sport](https://...)", "* Sport
    (https://...)")."""
    text = link_label(text) or text
    if len(text) > LABEL_MAX_CHARS * 2:
        return False
    stripped = POST_COUNT.sub("", text.strip())  # archive links: "Julho (235)"
    if not is_label(stripped) or any(c.isdigit() for c in stripped) or any(c in stripped for c in ":：%/=@"):
        return False
    if not stripped.strip(RATING_STARS):
        return False  # a review's rating ("★★★★☆")
    if ends_on_connective(stripped):
        return False  # "Eitan and": a wrapped sentence's piece
    return all(not w[:1].islower() or len(w) <= MENU_SMALL_WORD for w in stripped.split())


# A count as widgets print it, alone on its line: "128", "2.289", "84.1K", "99+" (H109 above
# an article, R106 at the end of a text).
COUNTER = re.compile(r"\d[\d.,]*\s?[KkMm]?\+?")


# An e-mail address anywhere in the line, or a line that is only a telephone number, perhaps
# after a short label ("Tel: 0551-2345678", "电话：0551-2345678").
CONTACT_DETAIL = re.compile(r"\S@[^\s@]+\.\w|^(?:[^\d:：]{1,20}[:：][ \t]*)?\+?[\d ()./-]{7,}$")


def is_contact_detail(text: str) -> bool:
    """A line with an e-mail address or only a phone number: the end of a contact block
    ("Media contact: / Jonas Berg / Communications Officer / jberg@example.org")."""
    return CONTACT_DETAIL.search(text.strip()) is not None


@line_cache
def is_headline_like(text: str) -> bool:
    """A teaser or heading: 3-20 words, no sentence ending, most words capitalised or numbers
    (or any length of words in a script without case)."""
    stripped = text.strip()
    words = stripped.split()
    if not 3 <= word_count(stripped) <= 20 or ends_like_sentence(stripped):
        return False
    cased = [w for w in words if w[:1].isalpha() and (w[:1].isupper() or w[:1].islower())]
    if not cased:
        return True
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised / len(words) >= 0.5


DIGIT = re.compile(r"\d")


@line_cache
def is_byline(text: str) -> bool:
    if len(text) > SHORT_LINE_CHARS:
        return False
    stripped = text.strip()
    if len(stripped.split()) > 10 or ends_like_sentence(stripped):
        return False
    if REPORTER_CREDIT.match(stripped) or NAME_AND_TRADE.match(stripped) or NEWSROOM_CREDIT.match(stripped):
        return True
    match = BYLINE.match(stripped)
    # A user name in lower case passes with a stamp beside it ("By admin - 2018-09-16").
    return match is not None and (not match.group("name").islower() or DIGIT.search(stripped) is not None)


def heads_a_section(page: Page, line: Line, is_marker: Callable[[str], bool]) -> bool:
    """``line`` is a marker (byline, stamp) that heads a section of the article, not the page.

    A roundup credits each contributor between paragraphs, a live blog dates each entry.
    One such line looks just like a page's own byline or stamp (a summary above it, the
    article below), so only two or more different markers, each with a prose paragraph right
    above and right below, tell. Header rules leave these, and the paragraphs around them,
    alone: otherwise each removal would make the next section look like the header.
    """
    if page.between_paragraphs(line):
        markers = page.remember((heads_a_section, is_marker), lambda: _section_markers(page, is_marker))
        if line.text.strip() in markers:
            return True
    if _under_a_title(page, line):
        items = page.remember((_item_markers, is_marker), lambda: _item_markers(page, is_marker))
        return line.text.strip() in items
    return False  # the common case, decided without reading the whole page


# An article that lists books or essays credits each: a title, "By Daniel Mason", then the
# item's paragraph. A page's own byline has the same shape under the headline, so only this
# many different credits so placed make a list.
MIN_CREDITED_ITEMS = 3


def _under_a_title(page: Page, line: Line) -> bool:
    """A short line that is not prose stands right above ``line``, a paragraph right below."""
    above, below = page.previous_content_line(line), page.next_content_line(line)
    return (
        above is not None
        and below is not None
        and len(above.text) <= SHORT_LINE_CHARS
        and not page.reads_as_prose(above)
        and page.reads_as_prose(below)
    )


def _item_markers(page: Page, is_marker: Callable[[str], bool]) -> frozenset[str]:
    """The texts of the markers between a title and a paragraph, when enough differ.

    Only the line right above each paragraph can be such a marker, so only those lines
    are tested (a page's lines are mostly paragraphs or far from one).
    """
    lines, flags = page.lines, page.prose_flags
    content = [index for index, line in enumerate(lines) if not line.is_blank]
    above_paragraphs = (
        lines[marker] for marker, below in zip(content, content[1:], strict=False) if flags[below] and not flags[marker]
    )
    credits = {
        line.text.strip()
        for line in above_paragraphs
        if len(line.text) <= SHORT_LINE_CHARS and is_marker(line.text) and _under_a_title(page, line)
    }
    return frozenset(credits) if len(credits) >= MIN_CREDITED_ITEMS else frozenset()


def _section_markers(page: Page, is_marker: Callable[[str], bool]) -> frozenset[str]:
    """The texts of the markers standing between prose paragraphs, when two or more differ."""
    lines, flags = page.lines, page.prose_flags
    content = [index for index, line in enumerate(lines) if not line.is_blank]
    sandwiched: set[str] = set()
    for position in range(1, len(content) - 1):
        text = lines[content[position]].text
        if len(text) <= SHORT_LINE_CHARS and flags[content[position - 1]] and flags[content[position + 1]]:
            if is_marker(text):
                sandwiched.add(text.strip())
    return frozenset(sandwiched) if len(sandwiched) >= 2 else frozenset()


@line_cache
def is_stamp(text: str) -> bool:
    """A date, time or relative-time line (every one holds a digit, or "an hour ago")."""
    if len(text) > SHORT_LINE_CHARS:
        return False
    stripped = text.strip()
    if not DIGIT.search(stripped):
        return bool(RELATIVE_TIME.match(stripped))
    return bool(RELATIVE_TIME.match(stripped)) or is_date_only(stripped)


RANK = re.compile(r"^\d{1,2}[.)]?$")


@line_cache
def shape(text: str) -> str:
    """One word for a line's kind, used to find repeated record structures."""
    stripped = text.strip()
    if not stripped:
        return "blank"
    if len(stripped) > SHORT_LINE_CHARS:
        return "prose" if is_prose(stripped) else "text"
    if RANK.match(stripped):
        return "rank"
    if is_stamp(stripped):
        return "stamp"
    if is_byline(stripped):
        return "byline"
    if is_prose(stripped):
        return "prose"
    if is_label(stripped):
        return "label"
    return "text"


# The body ends at the last line long enough to count as prose, but an article may close on
# a short sentence after a list ("All five are out in paperback now."); a list right before
# such a sentence is the article's. The sentence must read as the article's: six words or
# more, in cased scripts mostly lower-case ("© 2019 News Nation. All rights reserved." is a
# footer's), no copyright sign, and not cut off ("Civilians step in to sa...").
CLOSING_SENTENCE_MIN_WORDS = 6
CLOSING_SENTENCE_LOWER_SHARE = 0.6
# Between the line and that sentence only more items of the list may stand (titles, names),
# and not many.
LIST_ITEM_MAX_WORDS = 8
LIST_ITEMS_LOOKED_PAST = 8


def precedes_closing_sentence(page: Page, line: Line) -> bool:
    """A sentence of the article's follows ``line`` within a few short lines: ``line`` ends
    (or is part of) a list the article closes on. The first line that ends like a sentence
    decides."""
    following = page.next_content_line(line)
    for _ in range(LIST_ITEMS_LOOKED_PAST):
        if following is None:
            return False
        text = following.text.strip()
        if ends_like_sentence(text):
            return _reads_as_the_articles(text)
        if word_count(text) > LIST_ITEM_MAX_WORDS:
            return False  # not an item of the list (a piece of a wrapped paragraph, say)
        following = page.next_content_line(following)
    return False


def _reads_as_the_articles(sentence: str) -> bool:
    if word_count(sentence) < CLOSING_SENTENCE_MIN_WORDS or sentence[:1] in "©(" or sentence.endswith(("...", "…")):
        return False  # short, a footer's notice, or a teaser cut off
    cased = [word for word in sentence.split() if word[:1].isupper() or word[:1].islower()]
    lower = sum(word[:1].islower() for word in cased)
    return not cased or lower >= CLOSING_SENTENCE_LOWER_SHARE * len(cased)


# A one-word label between two paragraphs that the paragraph under it takes up is the
# article's subheading, whatever the word: "Advertising" above "Revenue from print
# advertising fell ...", "Comments" above "Comment sections were closed ...". A page's ad
# label or comment widget has unrelated text under it. The word's stem (its first letters,
# the ending cut) must appear in the opening of that paragraph. Buttons written in capitals
# ("SUBSCRIBE") and labels above the first paragraph are not subheadings.
SUBHEADING_ECHO_CHARS = 150
STEM_MIN_LETTERS = 4
UNSPACED_MIN_CHARACTERS = 2
# Chinese, Japanese and Korean words are a character or two (Korean writes its particles as
# separate syllables): there the stem is the word.
SHORT_WORD_SCRIPT = re.compile(f"[{CJK_LETTERS}\uac00-\ud7af]")


def heads_its_paragraph(page: Page, line: Line) -> bool:
    """``line`` is one word, between paragraphs, that the paragraph under it repeats."""
    word = line.text.strip()
    return not word.isupper() and paragraph_takes_up(page, line, word)


def paragraph_takes_up(page: Page, line: Line, word: str) -> bool:
    """``line`` stands between paragraphs and the one under it repeats ``word`` (one of the
    line's words), or its stem: a subheading's word, taken up by its section."""
    short_words = SHORT_WORD_SCRIPT.search(word) is not None
    shortest = UNSPACED_MIN_CHARACTERS if short_words else STEM_MIN_LETTERS
    if len(word) < shortest or not word.isalpha():
        return False
    following = page.paragraph_below(line)
    stem = word.casefold() if short_words else word.casefold()[: max(STEM_MIN_LETTERS, len(word) - 3)]
    return following is not None and stem in following.text[:SUBHEADING_ECHO_CHARS].casefold()


# A one-word line whose sentence the next line carries on, in lower case and at some length,
# is a line of running text (a poem, a wrapped paragraph): "Close" above "your eyes and count
# the boats". A widget's next label is a word or two ("close" above "video").
RUNNING_TEXT_MIN_WORDS = 3


def carried_on_below(page: Page, line: Line) -> bool:
    """The line right under ``line`` carries its sentence on: lower case, several words."""
    following = page.next_line(line)
    if following is None:
        return False
    text = following.text.lstrip()
    return text[:1].islower() and len(text.split()) >= RUNNING_TEXT_MIN_WORDS
