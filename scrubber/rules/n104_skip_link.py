from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.text import LinePattern, Page

# Links that move within the page: the accessibility link at its top, "back to top" at its
# foot, a recipe blog's jump button. In the languages most scraped.
SKIP_LINK = LinePattern(
    # The lookahead lets the search pass over lines that start with any other letter.
    r"""(?=[sbgrjdzapivlпİnhvtkнyペト返맨ecmも上前查次点다더목이])(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|footer|search)|skip\s+navigation
    |(?:back|scroll|go|return)\s+to\s+(?:the\s+)?top|(?:jump\s+to\s+(?:the\s+)?(?:recipe|comments|content|video|section|navigation|search)\s*){1,3}
    |(?:(?:jump\s+to|print|pin|save)\s+(?:the\s+)?recipe\s*[·•|]?\s*){1,4}|cook\s+mode|prevent\s+your\s+screen\s+from\s+going\s+dark
    |toggle\s+(?:navigation|menu)
    |(?:direkt\s+)?zum\s+inhalt(?:\s+springen)?|(?:aller|passer)\s+au\s+contenu(?:\s+principal)?
    |(?:ir|saltar)\s+al\s+contenido(?:\s+principal)?|(?:pular|ir)\s+para\s+o\s+conteúdo(?:\s+principal)?
    |vai\s+al\s+contenuto(?:\s+principale)?|перейти\s+к\s+(?:содержанию|содержимому|контенту)|içeriğe\s+geç|langsung\s+ke\s+konten
    |show\s+(?:more|less)|show\s+key\s+events\s+only|load\s+more|see\s+all|expand(?:\s+all)?|collapse(?:\s+all)?
    |ver\s+(?:más|mais)|voir\s+plus|mehr\s+anzeigen|mostra(?:\s+di)?\s+più|mostrar\s+(?:más|mais)
    |もっと見る|もっと読む|查看更多|点击查看全文|查看全文|더\s*보기|목록(?:으로|\s*보기)?
    |上一篇\s*下一篇|(?:前|次)のページ(?:へ)?|(?:이전|다음)\s*페이지
    |zum\s+seitenanfang|(?:zurück\s+)?zur\s+startseite|retour\s+à\s+l['’]accueil|volver\s+a\s+(?:la\s+)?portada|back\s+to\s+home(?:page)?
    |torna\s+alla\s+home(?:page)?|(?:zurück\s+)?nach\s+oben|(?:retour\s+en\s+)?haut\s+de\s+(?:la\s+)?page|retour\s+en\s+haut
    |(?:volver|ir)\s+arriba|voltar\s+ao\s+topo|torna\s+(?:su|all'inizio)|(?:terug\s+)?naar\s+boven
    |наверх|powrót\s+na\s+górę|do\s+góry|başa\s+dön|yukarı\s+çık|kembali\s+ke\s+atas
    |ページ(?:の)?(?:トップ|先頭)へ(?:戻る)?|トップ(?:へ|に)戻る|返回顶部|맨\s*위로)
    \s*[↑^]?""",
    re.IGNORECASE | re.VERBOSE,
)


@rule("N104", "skip-link", scope="line")
def skip_link(page: Page) -> Iterator[Hit]:
    """A link or control that only acts within the page ("Back to top", "Show more") is removed.

    Pages open with a link that lets screen readers skip the menu and close with one back
    to the top ("Nach oben", "Retour en haut", "Наверх"); recipe blogs add "Jump to Recipe"
    and their recipe card's buttons ("Print Recipe", "Pin Recipe", "Cook Mode").
    The controls that open and close parts of it ("Show more", "Load more", "Collapse") go with
    them. Saved as text they point nowhere. Only a line that is nothing but such a link is
    removed.

    Before: ``"Skip to main content\\nHeadline\\nThe story begins.\\nBack to top\\n"``
    After:  ``"Headline\\nThe story begins.\\n"``
    """
    for line in page.pattern_lines(SKIP_LINK):
        start, end = page.line_removal(line)
        yield Hit(start, end, f"in-page link {line.stripped!r}", "")
