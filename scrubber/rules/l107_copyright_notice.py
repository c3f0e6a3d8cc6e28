from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.model import Safety
from scrubber.needles import Needles
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.text import Page

# "© 2019 Hearst Communications, Inc.", "Copyright 2019 Hawaii News Now. All rights reserved.",
# Korean "ⓒ 한겨레신문사" and "<저작권자 ⓒ 연합뉴스, ...>" ("copyright holder").
NOTICE = re.compile(r"^[<(\[]?\s*(?:©|ⓒ|\(c\)|copyright\b|저작권자)", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# dpa-infocom, which syndicates dpa's stories to German sites, signs each with its story
# number instead of a year: "© dpa-infocom, dpa:240312-99-123456/2".
DPA_STORY_NUMBER = re.compile(r"\bdpa:\d{6}-\d{2}-\d+")
MAX_WORDS = 30
# "All rights reserved" alone on a line, in the languages most scraped, is the same notice
# with the name left on the line above or dropped.
RIGHTS_RESERVED = frozenset(
    {
        "all rights reserved",
        "alle rechte vorbehalten",
        "tous droits réservés",
        "todos los derechos reservados",
        "todos os direitos reservados",
        "tutti i diritti riservati",
        "riproduzione riservata",
        "alle rechten voorbehouden",
        "wszelkie prawa zastrzeżone",
        "все права защищены",
        "tüm hakları saklıdır",
        "hak cipta dilindungi undang-undang",
        "版权所有",
        "版權所有",
        "無断転載を禁じます",
        "สงวนลิขสิทธิ์",
        # The same alone in more languages: Ukrainian, Czech, Slovak, Hungarian, Romanian,
        # Swedish, Danish, Norwegian, Finnish, Greek, Hebrew, Arabic, Hindi, Bulgarian,
        # Croatian, Serbian, Slovene, Lithuanian, Latvian, Estonian, Catalan, Malay,
        # Swahili, Tagalog.
        "усі права захищені",
        "всі права захищені",
        "všechna práva vyhrazena",
        "všetky práva vyhradené",
        "minden jog fenntartva",
        "toate drepturile rezervate",
        "alla rättigheter förbehållna",
        "alle rettigheder forbeholdes",
        "alle rettigheter reservert",
        "kaikki oikeudet pidätetään",
        "με επιφύλαξη παντός δικαιώματος",
        "כל הזכויות שמורות",
        "جميع الحقوق محفوظة",
        "सर्वाधिकार सुरक्षित",
        "всички права запазени",
        "sva prava pridržana",
        "sva prava zadržana",
        "сва права задржана",
        "vse pravice pridržane",
        "visos teisės saugomos",
        "visas tiesības aizsargātas",
        "kõik õigused kaitstud",
        "tots els drets reservats",
        "hak cipta terpelihara",
        "haki zote zimehifadhiwa",
        "lahat ng karapatan ay nakalaan",
    }
)
# Japanese and Chinese forbid reproduction in several wordings: "無断転載・複製を禁じます",
# "版权所有 未经授权不得转载".
JAPANESE_RIGHTS = r"無断(?:転載|複製|転用)[^\n]{0,20}?(?:禁じます|禁止(?:します|です|いたします)?)"
CHINESE_RIGHTS = r"版[权權]所有[\s，,、·|]*(?:未经|未經)[^\n]{0,20}?(?:转载|轉載|使用)"
# Korean pages close with "no reproduction or redistribution without permission", spaced and
# joined many ways: "무단전재 및 재배포 금지", "무단 전재-재배포 금지", "무단전재, 재배포 및 AI학습 이용 금지".
KOREAN_RIGHTS = r"무단\s*전재[^\n]{0,30}?금지"
# Persian: "all rights (material and moral, of this site ...) are reserved".
PERSIAN_RIGHTS = r"(?:کلیه|تمامی|همه)\s+(?:ی\s+)?حقوق[^\n]{0,60}?محفوظ(?:\s+(?:است|می[\u200c ]?باشد))?"
RIGHTS_PHRASE = LazyPattern(
    "|".join(
        [
            *(re.escape(phrase) for phrase in sorted(RIGHTS_RESERVED, key=len, reverse=True)),
            KOREAN_RIGHTS,
            PERSIAN_RIGHTS,
            JAPANESE_RIGHTS,
            CHINESE_RIGHTS,
        ]
    ),
    re.IGNORECASE,
)
# What lines_containing searches for: the signs, the phrases themselves, and a word every
# wording of the four phrase patterns holds. Every line the rule takes holds one.
PATTERN_NEEDLES = ("ⓒ", "무단", "محفوظ", "無断", "版权", "版權")
NEEDLES = Needles(("©", "(c)", "copyright", *PATTERN_NEEDLES, *sorted(phrase.lower() for phrase in RIGHTS_RESERVED)))


@rule("L107", "copyright-notice", safety=Safety.UNSAFE, scope="line")
def copyright_notice(page: Page) -> Iterator[Hit]:
    """A site's copyright line is removed (unsafe).

    "© 2019 CBS Interactive Inc. All Rights Reserved." belongs to the page, not the article.
    Some publishers print the notice as part of a wire story, and readers of such archives
    may want it kept, so the fix is applied only with ``--unsafe-fixes``. So is a line that
    only says "All rights reserved" ("Alle Rechte vorbehalten", "Все права защищены"). A
    bare "© Name" (a photo credit or signature) is not a notice.

    Before: ``"Last paragraph.\\n© 2019 Hearst Communications, Inc.\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    for line in page.lines_containing(NEEDLES):
        text = line.stripped
        signed = NOTICE.match(text) and (
            YEAR.search(text) or RIGHTS_PHRASE.search(text) or DPA_STORY_NUMBER.search(text)
        )
        notice = bool(signed) and len(text.split()) <= MAX_WORDS
        # The phrase alone may carry the sign after it: "Riproduzione riservata ©".
        if notice or RIGHTS_PHRASE.fullmatch(text.rstrip(".© ")):
            start, end = page.line_removal(line)
            yield Hit(start, end, f"copyright notice {text[:60]!r}", "")
