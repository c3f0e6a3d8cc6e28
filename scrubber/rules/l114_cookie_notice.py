from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.needles import Needles
from scrubber.regex import LazyPattern
from scrubber.registry import Hit, rule
from scrubber.text import Line, Page

# A site telling its reader about its cookies: "We use cookies ...", "This website uses
# cookie or similar technologies ...", "By continuing to browse, you agree ...", "Cookie
# Policy", "Accept all cookies". In the languages most scraped.
NOTICE = LazyPattern(
    r"\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies?\b|\bcookie\s+(?:policy|settings|preferences|consent)\b"
    r"|\baccept\s+(?:all\s+)?cookies\b|\bby\s+(?:continuing\s+to\s+(?:browse|use)|using)\s+(?:this|our)\s+(?:web)?site\b"
    r"|\bnous\s+utilisons\s+des\s+cookies\b|\bwir\s+verwenden\s+cookies\b|\butilizamos\s+cookies\b"
    r"|\butilizziamo\s+(?:i\s+)?cookie\b|\busamos\s+cookies\b|\bиспользуем\s+(?:файлы\s+)?cookie"
    r"|\bużywamy\s+(?:plików\s+)?cookies?\b|\b(?:wij|we)\s+gebruiken\s+cookies\b|\bkami\s+menggunakan\s+cookie"
    r"|\bçerez(?:ler)?\s+kullan"
    # "This site uses cookies", with the site as the subject, in the same languages.
    r"|\bce\s+site\s+utilise\s+des\s+cookies\b|\bdiese\s+(?:web)?seite\s+verwendet\s+cookies\b|\bdiese\s+website\s+verwendet\s+cookies\b"
    r"|\beste\s+(?:sitio|site)\s+(?:web\s+)?utiliza\s+cookies\b|\bquesto\s+sito\s+(?:web\s+)?utilizza\s+(?:i\s+)?cookie"
    r"|\bdeze\s+(?:web)?site\s+gebruikt\s+cookies\b|\bta\s+strona\s+(?:używa|wykorzystuje)\s+(?:plików\s+)?cookie"
    r"|\bэтот\s+сайт\s+использует\s+(?:файлы\s+)?cookie|\bsitus\s+ini\s+menggunakan\s+cookie",
    re.IGNORECASE,
)
NEEDLES = Needles(("cookie", "by continuing", "by using", "çerez"))
MAX_WORDS = 80
# A quotation is somebody's words about cookies, reported by the article.
QUOTATION = re.compile('["“”«»„]')
# The banner's buttons, on the lines right after its text.
BUTTON = re.compile(
    r"\s*(?:ok|okay|got\s+it|i\s+agree|agree|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?|decline"
    r"|manage\s+(?:preferences|settings|cookies)|cookie\s+settings|more\s+info(?:rmation)?|learn\s+more|close"
    # The same buttons in the languages of the notices above.
    r"|(?:alle\s+)?akzeptieren|(?:tout\s+)?accepter|aceptar(?:\s+todo)?|accetta(?:\s+tutto)?|aceitar(?:\s+todos)?"
    r"|(?:alles\s+)?accepteren|akceptuję|принять(?:\s+все)?|kabul\s+et|setuju|einstellungen|paramètres|configuración"
    r"|impostazioni|настройки|ustawienia)[.!]?\s*",
    re.IGNORECASE,
)


def _buttons_after(page: Page, line: Line) -> Line:
    """The last of the banner's button lines right below ``line`` (or ``line`` itself)."""
    last = line
    following = page.next_line(line)
    while following is not None and not following.is_blank and BUTTON.fullmatch(following.text):
        last = following
        following = page.next_line(following)
    return last


@rule("L114", "cookie-notice", scope="line")
def cookie_notice(page: Page) -> Iterator[Hit]:
    """A site's cookie notice, with the buttons right under it, is removed.

    Consent banners ("We use cookies to improve your experience. By continuing to browse,
    you agree ...", then "Accept" and "Manage preferences") are saved with the page; they
    speak for the site, never for the article. A line that quotes somebody about cookies is
    the article's, and stays.

    Before: ``"Headline\\nWe use cookies to improve your experience on our site.\\nAccept\\nThe story begins.\\n"``
    After:  ``"Headline\\nThe story begins.\\n"``
    """
    done_until = -1
    for line in page.lines_containing(NEEDLES):
        if line.start < done_until:
            continue
        text = line.text
        if len(text.split()) > MAX_WORDS or QUOTATION.search(text) or not NOTICE.search(text):
            continue
        last = _buttons_after(page, line)
        done_until = last.break_end
        start, end = page.line_removal(line, last)
        yield Hit(start, end, f"cookie notice {line.stripped[:60]!r}", "")
