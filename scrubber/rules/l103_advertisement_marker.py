from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import heads_its_paragraph
from scrubber.text import UNSPACED_SCRIPT, Line, LinePattern, Page

# The whole line is an advertisement slot's label or a "continue reading" or "read more" jump
# link, in the languages most scraped, or a link to the article's translation ("Leer en
# español", "阅读简体中文版").
MARKER = LinePattern(
    # The lookahead lets the search pass over lines that start with any other letter.
    r"""[-–—|•·:]*\s*(?=[abcdhilmopqrstvwδопрчפإاवโอス展广広廣続閱阅광تবவపजજਇදကពრգжማ])(?:advertisement|advertising|advert|ad|ads|sponsored|sponsor\s+message|supported\s+by|sponsored\s+content|paid\s+content|promoted
    |paid\s+post|partner\s+content|advertiser\s+content|branded\s+content|sponsored\s+by\s+[^\n]{1,40}
    |continue\s+reading(?:\s+the\s+main\s+story)?|(?:story|article|content)\s+continues(?:\s+below(?:\s+(?:this\s+)?(?:advertisement|ad))?)?
    |skip\s+(?:advertisement|ad)|skip\s+past\s+newsletter\s+promotion|after\s+newsletter\s+promotion|scroll\s+to\s+continue(?:\s+with\s+content)?
    |(?:advertisement|ad)\s*[-–—:|]?\s*(?:scroll|continue)\s+(?:down\s+)?(?:to\s+continue|reading)(?:\s+below)?
    |continue\s+reading\s+below|report\s+this\s+ad|remove\s+ads|(?:video\s+)?ad\s+feedback|close\s+ad
    |(?:read|learn)\s+more(?:\.{3}|…|\s*[»›>→]+)?|(?:read|show|view|see)\s+(?:the\s+)?full\s+(?:web\s+)?(?:story|article)
    |read\s+the\s+original\s+(?:article|story|post)(?:\s+(?:on|at)\s+[^\n.!?]{1,40})?\.?
    # The Conversation's notice under every article it lets others republish.
    |this\s+(?:article|story)\s+(?:was\s+originally\s+published\s+on|is\s+republished\s+from)\s+[^\n.!?]{1,60}?
        (?:\s+under\s+a\s+creative\s+commons\s+licen[cs]e)?\.\s+read\s+the\s+original\s+(?:article|story)\.?
    # A press release's link to its original on the wire: "View original content to download multimedia: https://...".
    |view\s+original\s+content(?:\s+to\s+download\s+multimedia)?\s*:?(?:\s*https?://\S+)?
    |click\s+here\s+to\s+(?:read\s+more|continue\s+reading|read\s+the\s+full\s+(?:story|article))\.?|leia\s+mais|ler\s+mais|leer\s+más|lire\s+plus|mehr\s+lesen
    |czytaj\s+więcej|подробнее|читать\s+полностью|اقرأ\s+المزيد|ادامه\s+(?:مطلب|خبر)|อ่านข่าวต้นฉบับ|อ่านต่อ
    |read\s+(?:this\s+(?:article|story)\s+)?in\s+(?:english|spanish|french|german|portuguese|chinese|arabic|russian|japanese|korean)
    |leer\s+en\s+(?:español|inglés)|lire\s+en\s+(?:français|anglais)|auf\s+deutsch\s+lesen|(?:(?:阅读|閱讀)(?:简体|繁體|繁体|簡體)中文版\s*){1,2}
    |続きを読む|阅读全文|展开全文|閱讀全文
    |weiterlesen(?:\s+nach\s+der\s+anzeige)?|continuer\s+la\s+lecture|lire\s+la\s+suite|(?:seguir|sigue)\s+leyendo
    |continuar\s+lendo|continua\s+a\s+leggere(?:\s+dopo\s+la\s+pubblicità)?|(?:la\s+)?suite\s+après\s+(?:la\s+)?publicité
    |leggi\s+tutto|lees\s+verder|читать\s+далее|devamını\s+oku|haberin\s+devamı(?:\s+için\s+tıklayın(?:ız)?)?|lees\s+meer|continua\s+(?:depois|após)\s+(?:da|a)\s+publicidade|continúa\s+después\s+de\s+la\s+publicidad|czytaj\s+dalej|(?:baca\s+)?selengkapnya
    # Detik's link to its original: 'Baca artikel detiknews, "<headline>" selengkapnya'.
    |baca\s+artikel\s+[^\n]{1,200}\s+selengkapnya|διαβ[άα]στε\s+(?:ακ[όο]μα|περισσ[όο]τερα)
    |anzeige|werbung|publicidad|publicidade|publicité|publicite|pubblicità|advertentie|reklame|reklama|reklam
    |iklan|annons|annonse|annonce|mainos|publicitate|hirdetés|реклама|publicitat|oglas|оглас|tangazo|reklāma|reklaam|広告|pr|スポンサー(?:ド)?\s*リンク|广告|廣告|광고|إعلان|تبلیغات|פרסומת|διαφήμιση|विज्ञापन|โฆษณา|quảng\s+cáo
    |বিজ্ঞাপন|اشتہار|விளம்பரம்|ప్రకటన|जाहिरात|જાહેરાત|ਇਸ਼ਤਿਹਾਰ|දැන්වීම|ကြော်ငြာ|ពាណិជ្ជកម្ម|რეკლამა|գովազդ|жарнама|reklamë|ማስታወቂያ)\s*[-–—|•·:]*""",
    re.IGNORECASE | re.VERBOSE,
)


# The punctuation a marker may stand between ("— Advertisement —").
MARKER_PUNCTUATION = " -–—|•·:"


def _next_to_japanese(page: Page, line: Line) -> bool:
    """The content line below (or, at the end, above) ``line`` is written in Japanese or Chinese."""
    neighbour = page.next_content_line(line) or page.previous_content_line(line)
    return neighbour is not None and UNSPACED_SCRIPT.search(neighbour.text) is not None


@rule("L103", "advertisement-marker", scope="line")
def advertisement_marker(page: Page) -> Iterator[Hit]:
    """A line that is only an advertisement label or a "continue reading" link is removed.

    Ad slots leave their label ("Advertisement", "Anzeige", "Publicidad") and paywalled
    layouts leave "Continue reading the main story" between paragraphs. The same words in a
    sentence are content.

    Before: ``"First paragraph.\\nAdvertisement\\nSecond paragraph.\\n"``
    After:  ``"First paragraph.\\nSecond paragraph.\\n"``
    """
    for line in page.pattern_lines(MARKER):
        if heads_its_paragraph(page, line):
            continue  # "Advertising" above a paragraph about advertising: a subheading
        if line.stripped.strip(MARKER_PUNCTUATION).lower() == "pr" and not _next_to_japanese(page, line):
            continue  # "PR" labels ads on Japanese pages; elsewhere it is a heading on public relations
        start, end = page.line_removal(line)
        yield Hit(start, end, f"advertisement marker {line.stripped!r}", "")
