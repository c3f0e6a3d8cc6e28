from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.registry import Hit, rule
from scrubber.rules.l121_link_note import NOTE as LINK_NOTE
from scrubber.shapes import carried_on_below, heads_its_paragraph, is_label, paragraph_takes_up, visible_words
from scrubber.text import WORD_MARKS, Line, LinePattern, Page, is_list_introduction, line_cache

# "Print" as print buttons say it in other languages ("Artikel drucken", "Imprimer l'article"):
# a button word, and alone on a line a button too.
PRINT_WORDS = frozenset("drucken imprimer imprimir stampa drukuj afdrukken tulosta yazdır cetak".split())
# Share and follow buttons: the platforms' names and the words around them. Platform names
# are the same in every language, which is what makes this list travel.
SHARE_WORDS = (
    frozenset(
        """facebook twitter x whatsapp pinterest linkedin reddit email e-mail mail print share shares
    sharing messenger telegram tumblr flipboard pocket google+ google vk weibo wechat line sms
    copy link url options for on via this article story tweet pin save comment comments
    instagram youtube snapchat tiktok follow us subscribe rss feed click to opens in new window
    tab page pint friend submit stumbleupon digg blogthis pdf friendly"""
        # The elided article of "Imprimer l'article", a word of the button too.
        """ l"""
        # The controls of a share widget: "Show more sharing options", "Close share panel".
        """ show more close extra panel button buttons copied"""
        # "Share" and its small words in other languages: "Artikel teilen: Facebook Twitter".
        """ teilen artikel beitrag auf per folgen partager sur par suivez-nous compartir en por artículo
    enviar envoyer mailen elektronik lagi síguenos compartilhar no artigo condividi su articolo seguici
    delen op volg udostępnij na
    поделиться в статьей paylaş bagikan ke ikuti
    シェア シェアする 分享 分享到 分享至 微信 微博 朋友圈 qq空间 豆瓣 공유 공유하기 ツイート 印刷 打印 인쇄
    zdieľať podijeli podeli подели сподели във facebooku twitteru фејсбуку добавить закладки
    partilhar sdílet dela jaa megosztás distribuie поділитися κοινοποίηση شارك مشاركة שתפו שתף शेयर แชร์"""
        # The small words around them in Arabic and Hindi: "شارك هذا المقال", "इस खबर को शेयर करें".
        """ هذا المقال الخبر عبر على इस खबर को करें पर"""
        # Persian "share" and "print", and the small words of "share this article" ("این مطلب را به
        # اشتراک بگذارید"); the joiner inside "اشتراک‌گذاری" keeps it one word.
        """ اشتراک اشتراک‌گذاری گذاری بگذارید این مطلب خبر را به در چاپ"""
        # And in the imperatives of the languages above: "Teilen Sie diesen Artikel", "Partagez cet
        # article", "Compartilhe esta notícia", "Siga o g1 no Instagram", "Folgen Sie uns auf X".
        """ sie diesen uns cet esta este noticia notícia matéria siga o compartilhe comparte compártelo
    partagez teile surat haberi 기사"""
        # "The article" after "share" in Swedish, Norwegian and Danish: "Dela artikeln".
        """ artikeln artikkelen artiklen artikkeli"""
        # "Share" and its "do" in Bengali, Urdu, Tamil, Telugu, Marathi, Georgian, Armenian,
        # Kazakh, Albanian and Uzbek: "শেয়ার করুন", "شیئر کریں".
        """ শেয়ার করুন شیئر کریں பகிர் பகிரவும் షేర్ చేయండి शेअर करा გაზიარება կիսվել бөлісу shpërndaj
    ulashish""".split()
    )
    | PRINT_WORDS
)
SHARE_MARKERS = (
    frozenset(
        "facebook twitter whatsapp pinterest linkedin reddit email e-mail print share sharing messenger "
        "telegram tumblr flipboard pocket weibo wechat stumbleupon digg tweet ツイート instagram youtube tiktok "
        # "Email" and "print" in the languages whose share words are listed above (and PRINT_WORDS).
        "correo courriel surat 印刷 打印 인쇄 "
        # "Share" as buttons print it in other languages: alone on a line it is a button too.
        "teilen partager compartir compartilhar partilhar condividi delen udostępnij sdílet поделиться "
        # Slovak, Croatian, Serbian and Bulgarian, and the platforms as their "on Facebook" declines them.
        "zdieľať podijeli podeli подели сподели facebooku twitteru фејсбуку "
        "dela jaa megosztás distribuie поділитися κοινοποίηση "
        # "Print" and "bookmark" buttons in more languages ("Yazdır", "طباعة", "인쇄하기", "스크랩").
        "طباعة 인쇄하기 스크랩 چاپ اشتراک اشتراک‌گذاری "
        "compartilhe comparte compártelo partagez teile "
        # "Bookmark" buttons: "Merken", "Guardar", "Добавить в закладки".
        "merken guardar закладки "
        "paylaş bagikan شارك مشاركة שתפו שתף シェア シェアする 分享 分享到 分享至 공유 공유하기 शेयर แชร์ "
        "শেয়ার شیئر பகிர் பகிரவும் షేర్ शेअर გაზიარება կիսվել бөлісу shpërndaj ulashish".split()
    )
    | PRINT_WORDS
)
# What lines_containing searches for: a marker holding another ("sharing" holds no other,
# "공유하기" holds "공유") needs no search of its own.
MARKER_NEEDLES = Needles(sorted(m for m in SHARE_MARKERS if not any(o != m and o in m for o in SHARE_MARKERS)))
# Words keep their combining marks (Thai "แชร์" and Hindi "शेयर" hold some; see WORD_MARKS).
TOKEN = re.compile(rf"[\w+\-{WORD_MARKS}]+")
# Lines of a share widget that hold no platform name: a counter ("858 shares", "Shares",
# "84.1K", "128 likes", "5 485 просмотров"), a follow link that is only a handle
# ("@BryanDeArdo") or a channel ("Follow us on Google News", "Join our WhatsApp channel"),
# the frame of an embedded post ("View this post on Instagram", "A post shared by Name (@name)"),
# the controls and notices of a copy-link panel ("Copy Link URL Copied!", "Get short URL"),
# the gift and bookmark buttons beside them ("Gift this article", "Give this article",
# "Artikel verschenken"),
# and the page's other tools ("Get alerts", "Text size", "Order Reprints"). Widgets, never a
# sentence; found by their own whole-line search.
WIDGET_LINE = LinePattern(
    r"""(?:\d[\d.,]*\s*[km]?\s+)?(?:shares|partages|compartidos|compartilhamentos|condivisioni)
    |\d[\d.,]*\s*[km]?\s+share|\d{1,3}[.,]\d[km]
    |\d[\d.,]*(?:[ \u00a0\u202f]\d{3})*\s*[km]?\s+(?:likes?|views?|reads|retweets?|reposts?|reactions?|claps|upvotes?
        |restacks?|followers|vues|aufrufe|visualizaciones|visualizações|visualizzazioni|просмотр(?:ов|а)?|görüntülenme|kali\s+dibaca)
    |点赞\s*\d+|(?:좋아요|공감|구독자|응원수|추천수)(?:\s*\d+)?
    |(?:follow\s+)?(?:@\w{2,30}\s*)+|follow\s+(?:[\w.@&'’-]+\s+){1,3}on:?|(?:\+\s*)?(?:un)?follow(?:\s*\+)?|follow\s+us(?:\s+on)?:?|connect\s+with\s+us(?:\s+on)?:?|(?:contact|e-?mail|follow)\s+the\s+(?:author|writer|reporter)|reuse\s+this\s+content|réutiliser\s+ce\s+contenu
    |follow\s+(?:us\s+)?on\s+google\s+news|baca\s+berita\s+(?:lainnya|terbaru|menarik)\s+di\s+google\s+news|(?:síguenos|siga-nos|suivez-nous|folgen\s+sie\s+uns|seguici)\s+(?:en|no|sur|auf|su)\s+google\s+(?:news|noticias|notícias|actualités)|(?:join|follow)\s+(?:us\s+on\s+|our\s+|[\w.&-]+['’]s\s+)?(?:whatsapp|telegram)(?:\s+(?:channel|group))?(?:\s+(?:and|to|for)\s+[^\n]{1,80})?
    |deel\s+(?:dit\s+|deze\s+)?(?:artikel|bericht|pagina)\s*:?|del(?:\s+(?:artiklen|artikkelen|saken))?|theo\s+dõi\s+chúng\s+tôi(?:\s+trên)?|ikuti\s+kami(?:\s+di(?:\s+\S+)?)?|(?:последвайте\s+ни|pratite\s+nas|пратите\s+нас|sledite\s+nam|sledujte\s+nás|segueix-nos|seguiu-nos|tufuate|sundan\s+kami|sekite\s+mus|sekojiet\s+mums|jälgi\s+meid)(?:\s+(?:във|в|на|na|a|en|kwenye|katika|sa|di|ka))?(?:\s+[^\s]{2,20}){0,2}|читайте\s+нас\s+в\s+\S+|следите\s+за\s+(?:нами|новостями)\s+в\s+[^\n]{1,40}|receba\s+(?:as\s+)?notícias\s+(?:d[oa]\s+\S+\s+)?no\s+(?:whatsapp|telegram)|تابع(?:نا|ونا)(?:\s+على(?:\s+\S+)?)?|हमें\s+फॉलो\s+करें|google\s+news\s+पर\s+(?:हमें\s+)?फॉलो\s+करें|chia\s+sẻ(?:\s+bài\s+viết)?|in\s+bài\s+viết|ติดตาม(?:ข่าวสาร)?(?:ได้)?ที่|(?:この)?記事を(?:シェア|共有)(?:する)?|แชร์(?:บทความ|ข่าว)(?:นี้)?|이\s*기사를\s*공유(?:합니다|하기)
    |get\s+alerts|tap\s+here\s+to\s+add\s+[^\n]{1,40}\s+to\s+your\s+home\s+screen\.?|add\s+to\s+home\s+screen|(?:enable|turn\s+on)\s+(?:push\s+)?notifications
    |view\s+this\s+(?:post|video|profile)\s+on\s+(?:instagram|tiktok|facebook)|watch\s+on\s+youtube
    |an?\s+(?:post|video)\s+shared\s+by\s+[^\n()]{1,60}\(@[\w.]{1,30}\)(?:\s+on\s+[^\n]{1,40})?
    |copy\s+(?:this\s+)?link(?:\s+url)?(?:\s+copied!?)?|คัดลอกลิงก์|copier\s+le\s+lien|copiar\s+(?:el\s+)?(?:enlace|link)|link\s+kopieren
    |copia\s+(?:il\s+)?link|скопировать\s+ссылку|bağlantıyı\s+kopyala|salin\s+tautan|kopiuj\s+link|link\s+kopiëren|kopiera\s+länk|kopier\s+(?:link|lenke)|kopioi\s+linkki|kopírovat\s+odkaz|αντιγραφή\s+συνδέσμου|copiază\s+link(?:ul)?|link\s+másolása|копіювати\s+посилання|копирай\s+линка|copia\s+l['’]enllaç|kopiraj\s+(?:poveznicu|povezavo|link)|kopijuoti\s+nuorodą|salin\s+pautan|kopírovať\s+odkaz|nakili\s+kiungo|kopeeri\s+link|kopēt\s+saiti|kopyahin\s+ang\s+link|kopiraj\s+vezu|копирај\s+линк|sao\s+chép\s+liên\s+kết|העתק(?:ת)?\s+קישור|リンクをコピー|复制链接|링크\s*복사|कॉपी\s+लिंक|(?:link|url)\s+copied!?|copied!?
    |(?:get\s+)?short\s+url|read\s+more\s+about\s+sharing\.?|link\s+to\s+this\s+(?:video|article|story|page)
    |these\s+are\s+external\s+links\s+and\s+will\s+open\s+in\s+a\s+new\s+window\.?
    |(?:gift|give|save)\s+(?:this\s+)?(?:article|story)|salvar\s+(?:artigos?|matéria)|send\s+any\s+friend\s+a\s+story|offrir\s+cet\s+article
    |artikel\s+verschenken|regalar\s+(?:este\s+)?artículo|presentear\s+(?:esta\s+)?matéria|regala\s+(?:questo\s+)?articolo
    |sharing\s+is\s+caring!?|save\s+for\s+later|read\s+later|(?:add\s+to\s+)?(?:my\s+)?(?:bookmarks?|reading\s+list)|zur\s+merkliste\s+hinzufügen
    |lire\s+plus\s+tard|ajouter\s+à\s+(?:vos|mes)\s+sélections|später\s+lesen|guardar\s+para\s+(?:después|más\s+tarde)
    |leggi\s+dopo|(?:добавить\s+)?в\s+избранное|adicionar\s+aos\s+favoritos|añadir\s+a\s+favoritos|aggiungi\s+ai\s+preferiti
    |ajouter\s+aux\s+favoris|zu\s+(?:den\s+)?favoriten\s+hinzufügen|favorilere\s+ekle|dodaj\s+do\s+ulubionych|お気に入りに追加
    |(?:order|request|buy)\s+(?:a\s+)?reprints?(?:\s+(?:&|and)\s+(?:licensing|permissions))?|reprints?\s+(?:&|and)\s+(?:permissions|licensing)
    |text\s+size|(?:aumentar|diminuir)\s+(?:a\s+)?fonte|(?:increase|decrease)\s+(?:font|text)\s+size|文字サイズ(?:\s*[:：]?\s*(?:小|中|大|標準)(?:\s+(?:小|中|大|標準)){1,3})?|字号|글자\s*크기(?:\s*설정)?
    |(?:この)?記事を印刷(?:する)?|版本\s*打印|версия\s+для\s+печати|url\s*복사|[【\[]?\s*(?:字号|字体)\s*[:：]?\s*大\s*中\s*小\s*[】\]]?
    |扫一扫(?:在手机(?:上)?打开(?:当前页|本页)?|分享(?:到朋友圈)?)|打印本页|关闭窗口|【(?:打印|关闭|收藏)】|ブックマーク|收藏|举报|(?:扫码|扫描二维码)?关注(?:我们|(?:微信)?公众号)|schriftgröße|taille\s+du\s+texte|tamaño\s+de\s+(?:letra|texto)|a\+\s*a-""",
    re.IGNORECASE | re.VERBOSE,
)
# Blogger's bar runs to twelve: "Email This BlogThis! Share to Twitter Share to Facebook ...".
MAX_WORDS = 16
PAIR = 2
# Button labels are words between spaces or separators; a word glued to an opening bracket, or
# an "=", ";" or brace, is code quoted in the article ("print(total)", "share = True").
CODE_SYNTAX = re.compile(r"\w[(\[]|[=;{}]")


@line_cache
def _button_words(text: str) -> tuple[str, ...]:
    """The words of a line as a button row prints them: lower case, without the link's
    "(Opens in new window)" note, and, in a page saved as Markdown, without the link's
    target and the list's bullet ("-  [Click to share on Reddit](https://...)")."""
    visible = visible_words(LINK_NOTE.sub("", text))
    return tuple(word.lower() for word in TOKEN.findall(visible) if word.strip("+-"))


@line_cache
def is_share_line(text: str) -> bool:
    words = _button_words(text)
    if not words or len(words) > MAX_WORDS or not SHARE_MARKERS.intersection(words):
        return False
    if CODE_SYNTAX.search(visible_words(text)):
        return False  # code, not a link's address ("?share=facebook")
    other = [w for w in words if w not in SHARE_WORDS and not w.isdigit()]
    # A sentence about Twitter has other words; a button row has one or two at most ("Share
    # this entry"). Two words, one of them other, read as a subheading: "Share prices",
    # "Email scams", Ukrainian "Поділитися теплом" (share the warmth).
    if len(words) == PAIR:
        return not other
    return len(other) <= max(1, len(words) // 4)


@rule("L102", "share-line", scope="line")
def share_line(page: Page) -> Iterator[Hit]:
    """A line of share or follow buttons is removed.

    "Share this article", "Facebook Twitter WhatsApp Email", "Share on: Facebook Twitter
    Reddit" are the labels of buttons; "858 shares" counts them and "@handle" follows. A
    line is a button row when almost all of its words are platform names or sharing words;
    of two words, both must be ("Share prices", "Email scams" are subheadings). A platform's
    name alone on a line counts only beside another button ("Facebook" above a paragraph
    heads a section about it). Left alone: a sentence that mentions Twitter, a piece
    of a hard-wrapped paragraph ("@cooking_backstage" wrapped off the end of "Accounts: @a,
    @b,"), a list the article introduces ("Here are the ones we recommend:" above handles),
    and a line of code ("print(total)").

    Before: ``"Headline\\nShare on: Facebook Twitter Reddit\\nThe story begins.\\n"``
    After:  ``"Headline\\nThe story begins.\\n"``
    """
    found = [line for line in page.lines_containing(MARKER_NEEDLES) if is_share_line(line.text)]
    found.extend(page.pattern_lines(WIDGET_LINE))
    found.extend(line for line in page.lines_containing(GOOGLE_NEWS) if _follows_on_google_news(page, line))
    starts = {line.start for line in found}
    walks = _Walks(page, starts)
    for line in sorted(set(found)):
        if not _the_articles_own(page, line, walks):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"share buttons {line.stripped[:60]!r}", "")


# Every site asks to be followed on Google News, in its own language ("Ακολουθήστε την
# Καθημερινή στο Google News", "Google News'te takip et"): a short line naming it outside the
# article's prose is that prompt, whatever its other words.
GOOGLE_NEWS = Needles(("google news",))
GOOGLE_NEWS_MAX_WORDS = 12


def _follows_on_google_news(page: Page, line: Line) -> bool:
    """Never the headline: "Google News turns 20" heads its story."""
    return len(line.text.split()) <= GOOGLE_NEWS_MAX_WORDS and page.zone(line) != "body" and line != page.headline


class _Walks:
    """Walks over runs of lines from each button-like line, remembered for the page: a page of
    thousands of one-word lines would otherwise be walked once per line."""

    def __init__(self, page: Page, found: set[int]) -> None:
        self.page = page
        self.found = found
        self.memos: dict[str, dict[int, Line | None]] = {"found": {}, "above": {}, "below": {}}

    def above_found(self, line: Line) -> Line | None:
        """The nearest content line above that is not itself button-like."""
        return self.page.walk(line, self.page.previous_content_line, self._is_found, self.memos["found"])

    def above_labels(self, line: Line) -> Line | None:
        """The nearest line above that is no label of a block (blank, an introduction, prose)."""
        return self.page.walk(line, self.page.previous_line, _is_block_label, self.memos["above"])

    def below_labels(self, line: Line) -> Line | None:
        return self.page.walk(line, self.page.next_line, _is_label_line, self.memos["below"])

    def _is_found(self, line: Line) -> bool:
        return line.start in self.found


def _is_block_label(line: Line) -> bool:
    return not line.is_blank and not is_list_introduction(line.text) and is_label(line.text)


def _is_label_line(line: Line) -> bool:
    return not line.is_blank and is_label(line.text)


def _the_articles_own(page: Page, line: Line, walks: _Walks) -> bool:
    """A button-like line that belongs to the article: one of a list it introduces ("Here
    are the ones we recommend:" above handles, "The workflow has three stages:" above
    "Edit", "Export", "Share"), a subheading its paragraph takes up ("Print" above a
    paragraph on the printed edition, "Follow us" above one on followers), a piece of a
    wrapped list, or, with no other button beside it, a platform named in a subheading
    ("Facebook") or a poem's one-word line ("Share / the last of the warm bread")."""
    if _in_an_introduced_list(line, walks) or _in_an_introduced_block(page, line, walks):
        return True
    if heads_its_paragraph(page, line) or _echoed_below(page, line) or _continues_a_list(page, line):
        return True
    alone = is_lone_platform(line.text) or (len(line.text.split()) == 1 and carried_on_below(page, line))
    return alone and not _beside_a_button(page, line)


# A subheading of a few words whose first word the paragraph under it takes up ("Follow us"
# over "Readers who follow us on social media said ..."): the article's, not a button.
ECHOED_MAX_WORDS = 3


def _echoed_below(page: Page, line: Line) -> bool:
    words = line.text.split()
    return 1 < len(words) <= ECHOED_MAX_WORDS and paragraph_takes_up(page, line, words[0])


# A platform's name alone is a button only in a bar of them; alone between paragraphs it is
# as often a subheading of an article about the platforms ("Facebook", "Instagram Stories").
PLATFORMS = frozenset(
    "facebook twitter x whatsapp pinterest linkedin reddit telegram tumblr flipboard weibo wechat messenger "
    "instagram youtube snapchat tiktok vk line pocket digg stumbleupon".split()
)


@line_cache
def is_lone_platform(text: str) -> bool:
    """A platform's name alone, or with one word that is not a sharing word: "Facebook",
    "Instagram Stories", "YouTube Shorts" (a product named in a subheading as often)."""
    words = _button_words(text)
    if not words or words[0] not in PLATFORMS:
        return False
    return len(words) == 1 or (len(words) == 2 and words[1] not in SHARE_WORDS)


@line_cache
def _only_share_words(text: str) -> bool:
    """Every word is a platform's or a sharing word ("Pocket", "Email"): a button, though
    without a marker of its own."""
    words = _button_words(text)
    return 0 < len(words) <= MAX_WORDS and all(w in SHARE_WORDS for w in words)


def _is_button(line: Line | None) -> bool:
    if line is None:
        return False
    text = line.text
    return is_share_line(text) or _only_share_words(text) or WIDGET_LINE.at_start.match(text) is not None


def _beside_a_button(page: Page, line: Line) -> bool:
    """The line before or after is another share button: the line is one of a bar."""
    return _is_button(page.previous_content_line(line)) or _is_button(page.next_content_line(line))


def _in_an_introduced_list(line: Line, walks: _Walks) -> bool:
    """The line is one of a run of such lines that a sentence of the article introduces with
    a colon (not a share label: "Share this article on:" introduces buttons)."""
    above = walks.above_found(line)
    return above is not None and is_list_introduction(above.text) and not _is_button(above)


def _in_an_introduced_block(page: Page, line: Line, walks: _Walks) -> bool:
    """The line is an item of a paragraph of short lines that opens with a sentence
    introducing them: "The workflow has three stages:" above "Edit", "Export", "Share", with
    blank lines around the whole (in a text without blank lines, blocks tell nothing)."""
    above = walks.above_labels(line)
    if above is None or not is_list_introduction(above.text) or _is_button(above):
        return False
    below = walks.below_labels(line)
    before = page.previous_line(above)
    return (before is None or before.is_blank) and (below is None or below.is_blank)


def _continues_a_list(page: Page, line: Line) -> bool:
    """A piece of a hard-wrapped paragraph: the line before is part of the same list
    ("Accounts: @a, @b," then "@c"). The engine re-examines a line's neighbours after a fix,
    so reading the line before keeps the rule's line scope honest."""
    if line.start in page.wrapped_starts:
        return True
    before = page.previous_line(line)
    # "Share this:" above its buttons ends with a colon too, but is itself a button.
    return before is not None and before.text.rstrip().endswith((",", ":")) and not _is_button(before)
