from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.text import Line, Page, is_prose, line_cache

# Picture agencies whose names, alone in brackets or after a slash, mark a photo credit.
AGENCY = (
    r"(?:Getty(?:\s+Images)?|AFP|Reuters|AP|Associated\s+Press|ASSOCIATED\s+PRESS|EPA(?:-EFE)?|PA(?:\s+Images)?|Anadolu(?:\s+Agency)?|Xinhua"
    r"|Shutterstock|iStock(?:photo)?|Alamy|Bloomberg|Corbis|REX|Rex\s+Features|NurPhoto|SOPA\s+Images|Pool"
    # National agencies, as credits name them after a slash (".../dpa", "PAP/Paweł Supernak"); not
    # those whose initials spell other things too (APA: the psychologists and their citation style).
    r"|dpa|DPA|ANSA|EFE|PAP|TASS|ТАСС|РИА\s+Новости|Kyodo|Yonhap|Belga|Keystone|Imago|ANP)"
)
# Wire photo credits name the agency, then the photographer: "REUTERS/Kevin Lamarque",
# "(EFE/Chema Moya)", "EPA/ALEX PLAVEVSKI", "ANSA/ GIUSEPPE LAMI", "REUTERS/Kevin Lamarque/File
# Photo". Only a name of two to four capitalised words counts after the slash: "Reuters/Ipsos"
# names a poll, and "(dpa/AFP)" under a paragraph says whose report it is, not whose picture.
WIRE_AGENCY = (
    r"(?i:Reuters|AFP|AP|EPA(?:-EFE)?|EFE|ANSA|dpa|Xinhua|Anadolu|PAP|TASS|Kyodo|Yonhap|Belga|Keystone|Imago|Sipa"
    r"|ANP|Lusa|NTB|Scanpix|Ritzau|MTI|ANTARA(?:\s+FOTO)?)"
)
PHOTOGRAPHER = r"(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s*/\s*(?i:File(?:\s+Photo)?|Pool|Handout))?"
# Bracketed credits are written tight ("[Getty]", "[AFP/Getty]"); "[ Bloomberg ]" with spaces is
# the source tag of a link list, not a photo credit.
BRACKET_AGENCY = r"(?:Getty|AFP|Reuters|AP|EPA|Anadolu|Xinhua|Shutterstock|Alamy|PA)(?:[ /](?:Getty|Images|AFP))*"
# A credit label: "Photo:", "Image:", "Photograph:", "Picture:", "Credit:", "Credit...",
# "Photo by", "Image via", "Image copyright", "Photo credit:", "Foto:", and the same word in
# other languages ("Crédits photo :").
LABEL = (
    r"(?:Photo(?:graph)?s?|PHOTOS?|Images?|Pictures?|Foto|Credits?|Crédito|Crédits?\s+photos?|Crédit|Photo\s+credit|Image\s+credit"
    # The same label in the languages most scraped: "Фото: РИА Новости", "Imagen: EFE".
    # German "Bild:" also opens a press review's quote of the tabloid ("Bild: Die Regierung
    # hat versagt."), so it counts only before a bare credit ("Bild: dpa/Michael Kappeler").
    r"|Bild(?=\s*:\s*[^.!?]{1,60}$)|Imagen|Imagem|Fotografía|Zdjęcie|Fotoğraf|Фото|ФОТО|Ảnh|तस्वीर|फोटो|צילום|تصوير|(?:ال)?صورة"
    r"|Φωτογραφία|ภาพ|عکس|Снимка|Снимки|Picha|PICHA|Larawan|LARAWAN|Gambar|Kuva|Fotó"
    # Bengali, Urdu, Tamil, Telugu, Marathi, Georgian and Armenian.
    r"|ছবি|تصویر|படம்|ఫోటో|छायाचित्र|ფოტო|Լուսանկարը|Լուսանկարներ)"
)
# Local papers credit a picture by where it came from: "Submitted photo", "Contributed photo".
SOURCED = r"(?:Submitted|Contributed|Courtesy|Staff|File)\s+(?:photo(?:graph)?|image|picture)s?"
# Reuters opens the caption of an archive picture with this label, in each of its languages.
ARCHIVE_PHOTO = (
    r"(?:FILE\s+PHOTO|FOTO\s+DE\s+ARCHIVO|FOTO\s+DE\s+ARQUIVO|PHOTO\s+D['’]ARCHIVES|ARCHIVBILD|FOTO\s+D['’]ARCHIVIO)"
)
# A Chinese name (two to four characters, "·" between the parts of a transcribed one) and the
# agencies whose reporters are credited by it.
HAN_NAME = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}"
CJK_AGENCY = r"新华社|中新社|人民网|央视网|中新网"
CREDIT_TAIL = LazyPattern(
    rf"""(?:
        \[{BRACKET_AGENCY}\]                                      # ... [Getty]
      # The photographer and agency in brackets, an archive picture labelled ("[File: Name/Reuters]").
      | \[(?:File:\s*)?(?:[^\s\[\]][^\[\]]{{0,50}}(?:/|\s+via\s+)\s*)?{AGENCY}\]      # ... [Audu Marte/AFP]
      | \(\s*(?:AP|AFP|Reuters|EPA)\s+Photo[^)]{{0,80}}\)          # ... (AP Photo/Alan Diaz)
      | (?:AP|AFP|EPA)\s+Photo\s*/\s*{PHOTOGRAPHER}               # ... on Tuesday. AP Photo/Evan Vucci
      | \(\s*(?:{LABEL}\s*(?::|by|via|credit\s*:)|©)[^)]{{0,80}}\) # ... (Image: GETTY), (Photo Credit : PTI)
      | (?<=\s)\((?i:foto|photo)\s+[A-ZÀ-ÖØ-Þ][^()]{{0,40}}\)      # ... (foto Ansa), as Italian papers credit
      | (?<=\S)\s+©\s*[^\d\s][^©]{{0,60}}                        # ... © Reuters / David Mercado
      # The photographer and the agency or paper in brackets, after the caption's sentence:
      # "(J. Scott Applewhite/AP)", "(Jabin Botsford/The Washington Post)".
      | \({PHOTOGRAPHER}\s*/\s*(?:{AGENCY}|(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\)
      # Australian broadcasters write source, colon, photographer: "(ABC Rural: Kath Sullivan)",
      # "(Reuters: Kevin Lamarque)", "(Supplied: Jane Doe)".
      | \((?:{AGENCY}|AAP|ABC(?:\s+[A-Z][\w-]*){{0,2}}|Supplied)\s*:\s*{PHOTOGRAPHER}\)
      | [/|]\s*{AGENCY}\)?                                       # ... Tim Robberts/Getty Images
      | \(?{WIRE_AGENCY}\s*/\s*{PHOTOGRAPHER}\)?                 # ... REUTERS/Kevin Lamarque
      # EFE and EPA credit their photographers by surname alone ("EFE/ Mariscal"); the other
      # agencies' single word after a slash may be a pollster's ("Reuters/Ipsos").
      | (?<=[.!?]\s)\(?(?:EFE|EPA(?:-EFE)?)\s*/\s*[A-ZÀ-ÖØ-Þ][\w.'’-]+\)?
      # An Indonesian site credits its photographer after its own name: "(KOMPAS.com/ANDI PRATAMA)".
      | \([A-Za-z][\w-]*(?:\.[a-z]{{2,3}}){{1,2}}\s*/\s*{PHOTOGRAPHER}\)
      | \(?{AGENCY}\s*(?:/|\bvia\s+)Getty\s+Images\)?            # ... AFP via Getty Images
      | {LABEL}\s*(?::|\.\.\.|…)\s*\S[^.!?]{{0,80}}             # ... Credit: EPA
      | (?<=\s){SOURCED}                                          # Christopher Battin Submitted photo
      | (?:Fot|Nuotr)\.\s*[^\s.][^.!?]{{0,60}}                       # ... Fot. Anna Kowalska, Nuotr. Jono Jonaičio
      # Chinese credits the photographer as "(agency) reporter <name> took it": "新华社记者 李明 摄".
      | [（(]?(?:{CJK_AGENCY})?(?:记者|通讯员)\s*{HAN_NAME}(?:\s*[、，]\s*{HAN_NAME})*\s*摄(?:影)?[）)]?
      | (?<=\s){HAN_NAME}\s+摄[）)]?
      # Korean papers end a caption with the agency after its last sentence: "... 국무회의. 연합뉴스".
      | (?<=[.]\s)(?:연합뉴스|뉴스1|뉴시스|로이터|AFP|AP|EPA)(?:\s*=\s*\S+|\s+제공)?
      # Japanese papers end a caption with "=" and the agency: "...（15日、首相官邸）＝共同".
      | ＝\s*(?:共同|時事|ロイター|AP|AFP(?:時事)?|EPA(?:時事)?|ゲッティ|新華社|聯合|[^\s＝]{{1,12}}撮影)
      # or with the date, the place and the photographer after an ASCII "=": "...国土交通相=12日
      # 午後、東京都千代田区、山田太郎撮影".
      | (?<=[\u3040-\u30ff\u4e00-\u9fff])=[^=\n]{{0,60}}[、，][^\s=、，。]{{1,12}}撮影
    )\s*$""",
    re.VERBOSE,
)
# Where the credit sits: the caption sentence ends, or the credit stands alone on the line.
BEFORE_CREDIT = re.compile(r"(?:^|[.!?\"”’)\]。！？）」』]\s*|\s)$")
CREDIT_LINE = LazyPattern(
    rf"""^(?:
        {LABEL}\s*(?::|\.\.\.|…|՝)\s*\S                         # Photo: Damian Dovarganes, AP; Լուսանկարը՝ ...
      | (?:Fot|Phot|Zdj|Nuotr)\.\s*[^\s.][^.!?]{{0,60}}$          # Fot. PAP/Paweł Supernak, Nuotr. Jono Jonaičio
      | Kuha\s+ni\s+[A-Z][^.!?]{{0,60}}$                           # Tagalog "taken by": Kuha ni Juan dela Cruz
      | {ARCHIVE_PHOTO}\s*:\s*\S                                   # FILE PHOTO: Traders work ... (Reuters)
      | [（(]?(?:写真|图片|圖片|摄影|攝影|사진)(?:来源|來源|提供)?\s*[:：]\s*\S  # 写真：共同通信, （写真：…）
      | 사진\s*=\s*\S                                             # 사진=연합뉴스
      | (?:Photo|Image|Picture)s?\s+(?:by|via|courtesy(?:\s+of)?|copyright)\s+\S   # Photo by Kirk Irwin
      | ©\s*[^\d\s]\S*(?:\s+\S+){{5}}                             # © Lucy Nicholson Detainees at ...
      | \(\s*(?:{LABEL}\s*(?::|by|via)|©)                        # (Image: © NASA)
      | \(?[^.!?]{{0,60}}[/|]\s*{AGENCY}\s*\)?\s*$               # Alex Wong | Getty Images, (A. Wong / AP)
      | [^.!?]{{0,60}}\b{AGENCY}\s*/\s*[^.!?\s][^.!?]{{0,40}}$     # Jupiterimages, Getty Images/Creatas RF
      | (?i:(?:Image|Media|Photo|Video)\s+(?:caption|copyright|source))\s*[,:]?\s+\S  # Image source, Getty
      # The same label where the international services print it: "Fuente de la imagen, Getty
      # Images", "Crédito, Reuters", "Автор фото, EPA", "इमेज स्रोत, Getty Images".
      | (?:Fuente\s+de\s+la\s+imagen|Crédito|Автор\s+фото|Chanzo\s+cha\s+picha|इमेज\s+स्रोत|Fotoğraf\s+kaynağı
        |مصدر\s+الصورة)\s*[,،:]\s*[^.!?\s][^.!?]{{0,60}}$
      # and their caption label, with the caption after it: "Pie de foto, La ministra ...".
      | (?:Pie\s+de\s+foto|Legenda\s+da\s+foto|Подпись\s+к\s+фото|Maelezo\s+ya\s+picha|इमेज\s+कैप्शन
        |Fotoğraf\s+altyazısı|التعليق\s+على\s+الصورة)\s*[,،:]\s*\S
      | (?:Photo\s+)?[Cc]ourtesy(?:\s+of)?\s+[^.!?\s][^.!?]{{0,40}}$  # Courtesy Google
      | {AGENCY}\s*$                                            # Getty Images
      | (?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w.'’-]*,\s*{AGENCY}\s*$     # Al Goldis, Associated Press
      | {SOURCED}\s*$                                           # File photo
    )""",
    re.VERBOSE,
)
# Every credit form holds one of these; lines without any are never examined. Words whose
# case does not matter are needles of the shared scan (nearly free); prefixes stand for their
# longer forms ("phot": "Photo", "PHOTO", "NurPhoto"; "fot": "Foto", "Fotoğraf"). iStock
# credits always come with "Getty" or a label.
CREDIT_WORDS = Needles(
    (
        "©",
        "phot",
        "imag",
        "picture",
        "fot",
        "credit",
        "crédit",
        "getty",
        "reuters",
        "anadolu",
        "xinhua",
        "shutterstock",
        "alamy",
        "bloomberg",
        "corbis",
        "rex features",
        "sopa",
        "associated press",
        "caption",
        "copyright",
        "media source",
        "video source",
        "courtesy",
        "kuva",
        "supplied:",
        "写真",
        "图片",
        "圖片",
        "摄",
        "攝影",
        "撮影",
        "사진",
        "bild:",
        "bild :",
        "archivbild",
        "zdj",
        "фото",
        "ảnh",
        "तस्वीर",
        "फोटो",
        "צילום",
        "تصوير",
        "صورة",
        "φωτογραφία",
        "ภาพ",
        "عکس",
        "dpa",
        "снимк",
        "picha",
        "larawan",
        "gambar",
        "nuotr",
        "kuha",
        "＝",
        "연합",
        "뉴스1",
        "뉴시스",
        "로이터",
        "sipa",
        "kyodo",
        "keystone",
        "belga",
        "lusa",
        "scanpix",
        "ritzau",
        "yonhap",
        "fuente",
        "автор",
        "chanzo",
        "इमेज",
        "مصدر",
        "pie de",
        "legenda",
        "подпись",
        "maelezo",
        "التعليق",
        ".com/",
        ".com /",
        ".id/",
        "ছবি",
        "تصویر",
        "படம்",
        "ఫోటో",
        "छायाचित्र",
        "ფოტო",
        "լուսանկար",
    )
)
# The agencies known by capitals, whose lower-case letters are parts of common words ("ap",
# "efe" in "efeito", "pap" in "paper"): found by a search that minds their case. Written to
# open with a capital, not a word boundary, so the search skips to the capitals (five times
# faster); a hit inside a word ("SAP ") only adds a line to examine.
CREDIT_CAPITALS = re.compile(r"(?:A(?:P|FP|NP|NSA|AP|BC)|P(?:A|AP)|E(?:PA|FE)|REX|MTI|NTB|TASS)\b")
# A line ending in a bracketed "photographer/paper" credit: papers are not needles, so the
# slash before a closing bracket at the end of a line marks the lines to examine.
SLASHED_BRACKET_END = re.compile(r"/[^/()\n]{1,40}\)[^\S\n]*$", re.MULTILINE)
# A bare "© Name" line is as often an author's or site's copyright as a photo credit, so it is
# not treated as a caption (copyright lines have their own rule).
# Captions are a sentence or two; a longer line ending in a credit-like tail is not a caption.
CAPTION_MAX_CHARS = 400


@line_cache
def has_credit(text: str) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > CAPTION_MAX_CHARS:
        return False
    if CREDIT_LINE.match(stripped):
        return True
    match = CREDIT_TAIL.search(stripped)
    if match is None:
        return False
    # Chinese sets a bracketed credit right after the caption's last character, no space,
    # and Japanese its "=" and the credit.
    return match.group().startswith(("（", "=", "＝")) or bool(BEFORE_CREDIT.search(stripped[: match.start()]))


@rule("C101", "credited-caption", scope="line")
def credited_caption(page: Page) -> Iterator[Hit]:
    """An image caption or photo credit line is removed.

    Captions describe a picture the text no longer shows; the credit marker ("[Getty]",
    "(AP Photo/...)", "(J. Scott Applewhite/AP)", "© Reuters / ...", "Photo: ...", "Credit... ...",
    ".../Getty Images", "REUTERS/Kevin Lamarque")
    is what tells a caption from a paragraph. A caption that runs on into the next paragraph
    without a line break ("... in Washington.In a letter, the doctors ...") loses only the
    caption.

    Before: ``"Title\\n\\nAround 500 militants have possibly fled Sirte [Getty]\\n\\nBody text.\\n"``
    After:  ``"Title\\n\\nBody text.\\n"``
    """
    headline = page.headline
    candidates = {
        *page.lines_containing(CREDIT_WORDS),
        *page.lines_matching(CREDIT_CAPITALS),
        *page.lines_matching(SLASHED_BRACKET_END),
    }
    for line in sorted(candidates):
        if line != headline and has_credit(line.text) and not _in_a_fact_box(page, line):
            glued = _glued_paragraph(line.text)
            if glued:
                # The caption ran into the next paragraph without a line break: only it goes.
                yield Hit(line.start, line.start + glued, f"caption with photo credit {line.stripped[:60]!r}", "")
                continue
            start, end = page.line_removal(line)
            yield Hit(start, end, f"caption with photo credit {line.stripped[:60]!r}", "")


# A line of a fact box: a short label, a colon and its value ("Director: Nelson").
FACT_LINE = re.compile(r"^\s*[^\W\d][^:：.!?]{0,24}[:：]\s*\S")
# Credit labels that also name a film: a review's fact box opens with "படம்: ஜெயிலர்" (Tamil)
# or "ছবি: ..." (Bengali) over the director and the cast.
FILM_LABEL = re.compile(r"^\s*(?:படம்|ছবি)\s*[:：]")


def _in_a_fact_box(page: Page, line: Line) -> bool:
    """A credit labelled with a word that also names a film, right beside another labelled
    line that is no credit: a film review's fact box ("படம்: ஜெயிலர்" over "இயக்குநர்:
    ..."). Only the lines right beside it are read: the engine looks again at those after
    every fix, so the decision never goes stale."""
    if not FILM_LABEL.match(line.text):
        return False
    neighbours = (page.previous_line(line), page.next_line(line))
    return any(n is not None and FACT_LINE.match(n.text) and not has_credit(n.text) for n in neighbours)


# A sentence glued to the one before it: a full stop after a word or a number and before a
# capitalised word or a quote, with no space ("... in Washington.In a Nov. 5 letter, ...",
# "... on May 18, 2018."As a law enforcement agency ...").
GLUED_SENTENCE = re.compile(r"(?<=[a-z0-9]{2})\.(?=[\"“‘]?[A-Z][a-z])")


def _glued_paragraph(text: str) -> int:
    """Where a paragraph glued to the end of a caption starts (0 if none): after the last
    glued full stop, when the text after it reads as prose."""
    for match in reversed(list(GLUED_SENTENCE.finditer(text))):
        if is_prose(text[match.end() :]):
            return match.end()
    return 0
