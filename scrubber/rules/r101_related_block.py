from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.shapes import READ_ALSO
from scrubber.text import Line, Page, ends_like_sentence, line_cache, word_count

# Headings that introduce lists of other articles, in the languages most scraped. Left out:
# "Up next" and "Don't miss" alone, which also head sections of articles (a game recap's
# next fixture, a deal post's product box); "Next up in <section>" names the site's section.
# "Explore further" too: one science site prints it above the story's own references and
# source line, which the page-tail rule would then take.
HEADING = LazyPattern(
    r"^(?:our\s+|the\s+)?(?:"
    + READ_ALSO
    + r"""|related(?:\s+(?:articles?|stories|coverage|news|content|posts|links|reading|topics|videos))?
    |more|more\s+(?:from|in|on|about)(?:\s+.{1,40})?|more\s+(?:\w+\s+){0,2}(?:stories|news|articles|videos|headlines|coverage|galleries)
    |you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)(?:\s+these(?:\s+posts|\s+stories)?)?
    |you\s+might\s+be\s+interested\s+in|previous\s*(?:[|/·•]\s*)?next
    |(?:[«‹<←]\s*)?previous\s+(?:post|article|entry)\s+next\s+(?:post|article|entry)(?:\s*[»›>→])?
    |posts?\s+navigation|beitragsnavigation|navigation\s+des\s+articles|navegación\s+de\s+entradas
    |navegação\s+de\s+posts?|navigazione\s+articoli|berichtnavigatie
    |(?:next\s+up|up\s+next)\s+in\s+.{1,40}|(?:[«‹<←]\s*)?(?:previous|next|prev|older|newer)\s+(?:post|article|story|entry)(?:\s*[»›>→])?|prev\s*(?:[|/·•]\s*)?next
    |recommended(?:\s+(?:for\s+you|stories|reading|articles|videos))?|most\s+(?:popular|read|viewed|shared|watched|commented)(?:\s+\w+){0,3}
    |read\s+(?:more|next)|trending(?:\s+(?:now|stories|news|videos)|\s+(?:in|on)\s+.{1,40})?|top\s+(?:stories|news|articles|videos)
    |latest(?:\s+(?:news|stories|articles|videos|headlines))?|popular(?:\s+(?:now|stories|articles|videos))?
    |editor'?s?\s+picks|what\s+to\s+read\s+next|further\s+reading|in\s+other\s+news|around\s+the\s+web
    |from\s+the\s+web|promoted\s+stories|must\s+read|more\s+to\s+explore|recent\s+posts|other\s+stories
    |explore\s+more\s+on\s+(?:these|this)\s+topics?
    |popular\s+posts|entradas\s+populares|postagens\s+populares|articles\s+populaires|beliebte\s+posts
    |post\s+popolari|populaire\s+berichten|popularne\s+posty|popüler\s+yayınlar|postingan\s+populer
    |read\s+this\s+next|você\s+pode\s+gostar(?:\.\.\.)?
    |te\s+puede\s+interesar|mehr\s+zum\s+thema|mehr\s+zu\s+(?:diesem|dem)\s+thema|plus\s+sur\s+ce\s+sujet
    |más\s+sobre\s+(?:este|el)\s+tema|mais\s+sobre\s+(?:este|o)\s+(?:tema|assunto)|altro\s+su\s+questo\s+argomento
    |(?:материалы\s+)?по\s+теме|похожие\s+(?:новости|статьи)|ещё\s+по\s+теме|еще\s+по\s+теме
    |sur\s+le\s+même\s+sujet|articles?\s+similaires|noticias\s+relacionadas|artículos\s+relacionados
    |notícias\s+relacionadas|matérias\s+relacionadas|articoli\s+correlati|potrebbe\s+interessarti(?:\s+anche)?|te\s+recomendamos|à\s+voir\s+aussi
    |nos\s+lecteurs\s+ont\s+(?:aussi|également)\s+lu|nos\s+lecteurs\s+ont\s+lu\s+aussi|auch\s+interessant
    |das\s+könnte\s+sie\s+auch\s+interessieren|ti\s+potrebbe(?:ro)?\s+interessare(?:\s+anche)?
    |(?:vous\s+)?pourriez\s+(?:aussi|également)\s+aimer|weitere\s+artikel|gerelateerde\s+artikelen|meer\s+over\s+dit\s+onderwerp
    |mer\s+om\s+ämnet|relaterade\s+artiklar|mere\s+om\s+emnet|relaterede\s+artikler|relaterte\s+artikler|aiheesta\s+lisää
    |související\s+články|súvisiace\s+články|povezan[ie]\s+(?:članci|vijesti|vesti)|свързани\s+(?:новини|статии)
    |повезане\s+вести|σχετικά\s+άρθρα|articole\s+(?:similare|asemănătoare)|kapcsolódó\s+cikkek|схожі\s+новини
    |ilgili\s+haberler|benzer\s+haberler
    |вижте\s+още|notícies\s+relacionades|articles\s+relacionats|susiję\s+straipsniai|berita\s+berkaitan
    |sorodne\s+novice|sorodni\s+članki|habari\s+zinazohusiana|saistītie\s+raksti|seotud\s+artiklid|(?:mga\s+)?kaugnay\s+na\s+(?:balita|artikulo)
    |най-четени|najčitanije|најчитаније|najbolj\s+brano|najčítanejšie|skaitomiausi(?:\s+straipsniai)?|el\s+més\s+llegit
    |paling\s+popular|pinakabinasa|zilizosomwa\s+zaidi|populārākie|loetuimad
    |terkait|berita\s+terkait|artikel\s+terkait|(?:berita|artikel)\s+lainnya|(?:مقالات|أخبار|مواضيع)\s+ذات\s+صلة
    |(?:مطالب|اخبار)\s+(?:مرتبط|پیشنهادی|مشابه)|پربازدیدترین(?:[\u200c ]?ها)?
    |we\s+recommend|popular\s+(?:on|in)\s+.{1,40}|promoted\s+links|watch\s+next|keep\s+reading
    |readers\s+also\s+(?:liked|read|viewed)|recommended\s+from\s+.{1,40}|(?:newer|older)\s+posts?(?:\s+(?:newer|older)\s+posts?)?(?:\s+home)?|see\s+more\s+(?:videos|stories|news|articles)|partner\s+news|news\s+from\s+(?:our\s+)?partners|from\s+our\s+partners
    |other\s+(?:news|articles)|autres\s+(?:articles|actualités)|(?:más|otras)\s+noticias|(?:mais|outras)\s+notícias
    |altre\s+notizie|altri\s+articoli|mehr\s+aus\s+(?:dieser\s+rubrik|dem\s+ressort)|(?:weitere|mehr)\s+nachrichten
    |другие\s+новости|(?:meer|ander)\s+nieuws|więcej\s+wiadomości|diğer\s+haberler
    |כתבות\s+נוספות|ข่าวที่เกี่ยวข้อง|ข่าวล่าสุด|ข่าวแนะนำ|ข่าวยอดนิยม|tin\s+liên\s+quan|đọc\s+nhiều\s+nhất|tin\s+mới\s+nhất|लेटेस्ट\s+खबरें|अन्य\s+खबरें|टॉप\s+न्यूज़|और\s+पढ़ें|संबंधित\s+खबरें
    |sponsored(?:\s+(?:links|content|stories|articles))?|promoted\s+content|paid\s+content
    |самые\s+(?:популярные|читаемые)(?:\s+\w+)?|популярное|самое\s+(?:популярное|читаемое)
    |последние\s+новости|рекомендуем|новости\s+партн[её]ров
    |meistgelesen(?:e\s+artikel)?|am\s+meisten\s+gelesen|beliebteste\s+artikel|neueste\s+artikel
    |les\s+plus\s+(?:lus|populaires|partagés)|(?:dernières|dernieres)\s+(?:nouvelles|actualités|infos)
    |lo\s+más\s+(?:leído|visto|popular)|(?:las\s+|los\s+)?más\s+(?:leídas|leídos|vistas|vistos)
    |últimas\s+noticias|(?:as\s+|os\s+)?mais\s+(?:lidas|lidos|vistas|vistos)|últimas\s+notícias
    |(?:i\s+)?più\s+(?:letti|visti|popolari)|ultime\s+notizie|najczęściej\s+czytane|najpopularniejsze|najnowsze
    |相关(?:新闻|文章|阅读)?|点击排行|热点(?:推荐|新闻)|排行榜|(?:前|次)の記事|上一篇|下一篇|이전\s*기사|다음\s*기사|推荐阅读|热门(?:新闻|推荐|文章)|関連記事|関連ニュース|おすすめ記事|おすすめの記事|あわせて読みたい|関連リンク|延伸阅读|猜你喜欢|人気記事|アクセスランキング
    |관련\s*기사|기사\s*더보기|(?:가장\s*)?많이\s*본\s*(?:뉴스|기사)|인기\s*기사|(?:en\s+)?çok\s+okunan(?:lar|\s+haberler)|terpopuler|الأكثر\s+قراءة)$""",
    re.IGNORECASE | re.VERBOSE,
)
HEADING_MAX_CHARS = 80
HEADING_MAX_WORDS = 8


@line_cache
def is_related_heading(text: str) -> bool:
    """``text`` (stripped of its decoration) is one of the headings above: a test of the
    whole alternation, remembered for the next pass and for lines pages share."""
    return len(text.split()) <= HEADING_MAX_WORDS and HEADING.match(text) is not None


# The article's own back matter: its sources and notes, listed under one of these headings,
# are short lines like teasers, and a block of links above ("See also") stops there.
BACK_MATTER = re.compile(
    r"""^(?:references|notes|footnotes|sources|bibliography|einzelnachweise|quellen|anmerkungen|literatur
    |références|bibliographie|referencias|notas|fuentes|bibliografía|riferimenti|fonti|bibliografia|referências
    |fontes|bronnen|noten|przypisy|źródła|источники|примечания|литература)$""",
    re.IGNORECASE | re.VERBOSE,
)
# Teasers under the heading are headlines, labels or stamps, never long.
TEASER_MAX_WORDS = 25
# A line ending in a colon with this many words is a sentence announcing what follows, not
# a widget's label ("Share this:", "Most popular in the region this week:").
INTRODUCTION_MIN_WORDS = 12


def _teaser(line: Line, prose: bool) -> bool:
    """A teaser is a headline, label, rank number or stamp: anything but prose, and short."""
    return not prose and len(line.text.split()) <= TEASER_MAX_WORDS


def _back_matter(line: Line) -> bool:
    return BACK_MATTER.match(line.stripped.strip(" :")) is not None


def _cut_off(text: str) -> bool:
    return text.rstrip().endswith(("...", "…"))


def _opens_the_article(text: str) -> bool:
    """A short sentence, or a long one ending in a colon, right above the article's prose."""
    if ends_like_sentence(text):
        return not _cut_off(text)
    return text.rstrip().endswith(":") and word_count(text) >= INTRODUCTION_MIN_WORDS


# A block set out tight, its teasers one to a line, has at least this many.
TIGHT_BLOCK_MIN_TEASERS = 2


def _spacing_changes(page: Page, lines: Sequence[Line], heading: int, gap: int) -> bool:
    """The block's first blank line ends it: the teasers above it are set out tight, one to a
    line, and what comes after it is spaced as the article's paragraphs are, not as the
    block's lines (a line set apart by blank lines, or a hard-wrapped paragraph). An
    extractor joins a page's menus and its article so; the block of a page that spaces
    its teasers apart, or groups them, goes on past the gap."""
    if gap - heading - 1 < TIGHT_BLOCK_MIN_TEASERS or any(line.is_blank for line in lines[heading + 1 : gap]):
        return False
    after = page.next_content_line(lines[gap])
    if after is None:
        return False
    below = page.next_line(after)
    return below is None or below.is_blank or page.is_wrapped_piece(after)


# "More" alone is the commonest of words: it heads a block of links only written "More:" over
# headlines of a few words each.
MORE_HEADLINE_MIN_WORDS = 3


def _more_over_headlines(heading: Line, block: list[Line]) -> bool:
    teasers = [line for line in block if not line.is_blank]
    return heading.stripped.endswith(":") and all(len(t.text.split()) >= MORE_HEADLINE_MIN_WORDS for t in teasers)


def _dangles(page: Page, line: Line) -> bool:
    """The heading ends the text, its block not saved ("Trending", "Sponsored Stories" as
    the last line): no subhead ends an article. A last line of wrapped prose that happens
    to be such a word ("recommended.") is not a heading."""
    text = line.text.strip()
    return (
        line != page.headline
        and not text[:1].islower()
        and not ends_like_sentence(text)
        and not page.is_wrapped_piece(line)
    )


@rule("R101", "related-block")
def related_block(page: Page) -> Iterator[Hit]:
    """A "Related" / "Most popular" heading and the teasers under it are removed.

    Pages list other articles under such headings ("You may also like", "Read more"); the
    teasers are headlines, short labels, rank numbers and stamps. The block ends at the first
    line that is not a teaser (a paragraph of prose, say) or at the heading of the article's
    own notes or references, so the article's own text is never taken. A block set out tight,
    one teaser to a line, ends at its first blank line when what follows is spaced as the
    article's paragraphs are (a line set apart, a hard-wrapped paragraph). Where the article
    goes on below the block, short sentences at its end are the article's too, and so is
    a long sentence ending in a colon that announces what follows. A heading
    with nothing under it is left (it may be the article's own subhead) unless it ends the
    text, where its block was not saved. "More", the commonest of words, heads a block only
    as "More:" over headlines of a few words.

    Before: ``"Last paragraph.\\nRelated Articles\\nCouncil approves budget\\nMayor wins vote\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    lines = page.lines
    prose_flags = page.prose_flags  # a wrapped paragraph's lines are prose too
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.is_blank or len(line.text) > HEADING_MAX_CHARS:
            index += 1
            continue
        stripped = line.stripped.strip(" -–—|•·:»›>.…【】[]")
        if not is_related_heading(stripped):
            index += 1
            continue
        last = index
        follow = index + 1
        while follow < len(lines) and (
            lines[follow].is_blank or (_teaser(lines[follow], prose_flags[follow]) and not _back_matter(lines[follow]))
        ):
            if not lines[follow].is_blank:
                last = follow
            elif last == follow - 1 and _spacing_changes(page, lines, index, follow):
                break
            follow += 1
        if follow < len(lines) and prose_flags[follow]:
            # The article goes on below: short sentences just above it are its own, not teasers
            # (a teaser's cut-off summary ends in an ellipsis), and so is a sentence that
            # announces it with a colon ("HAYWARD, Calif. (AP) -- The Latest on ...:").
            while last > index and _opens_the_article(lines[last].text):
                last -= 1
                while lines[last].is_blank:
                    last -= 1
        if last == index and not (follow >= len(lines) and _dangles(page, line)):
            index += 1  # a heading with nothing under it may be the article's own subhead
            continue
        if stripped.lower() == "more" and not _more_over_headlines(line, lines[index + 1 : last + 1]):
            index += 1  # "More" over "Vegetables", "Fruit": a diet's list, not links
            continue
        end = lines[last].break_end
        yield Hit(line.start, end, f"related block under {stripped[:40]!r} ({last - index + 1} lines)", "")
        index = follow
