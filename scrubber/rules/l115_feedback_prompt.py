from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import heads_its_paragraph
from scrubber.text import LinePattern, Page

# The page's questions to its reader about the article itself, and their buttons: rating
# widgets ("Was this article helpful?", "Rate this article"), error reports ("Report a
# typo", "Spotted an error? Let us know.") and tip lines ("Have a tip? Send it to ...").
# A prompt is its whole line; the same words inside a paragraph are the article's.
PROMPT_LINE = LinePattern(
    r"""(?=[wdrthsfgylmo¿cnievzончqб【\[纠기こ이0-5])(?:
        (?:was|is)\s+this\s+(?:article|story|page|post|information)\s+(?:helpful|useful)\??
      | did\s+you\s+find\s+this\s+(?:article|story|page|post)\s+(?:helpful|useful)\??
      | rate\s+this\s+(?:article|story|post|recipe)
      # A recipe card's rating, as its plugin prints it: "4.92 from 36 votes".
      | [0-5](?:[.,]\d{1,2})?\s+from\s+\d[\d,]*\s+(?:votes?|ratings?|reviews?)
      | did\s+you\s+(?:make|try)\s+this\s+recipe\s*\??(?:\s+[^\n]{1,120})?
      | tag\s+@[\w.]{2,30}\s+on\s+instagram[^\n]{0,80}
      | thanks?\s+(?:you\s+)?for\s+(?:your\s+)?(?:feedback|rating)[.!]?
      | (?:give|send)\s+(?:us\s+)?(?:your\s+)?feedback|feedback
      | report\s+(?:a\s+typo|an\s+error|a\s+mistake|a\s+correction(?:\s+or\s+typo)?)|submit\s+a\s+correction
      | (?:spotted|found|see|notice[d]?)\s+(?:an?\s+)?(?:error|typo|mistake)s?\?[^\n]{0,80}
      | (?:have|got)\s+a\s+(?:confidential\s+)?(?:news\s+)?tip
        (?:\s+for\s+(?:our|the)\s+(?:reporters?|journalists?|newsroom))?\?[^\n]{0,80}
      | war\s+dieser\s+artikel\s+hilfreich\?
      | (?:sie\s+haben\s+)?(?:einen\s+)?fehler\s+(?:im\s+(?:artikel|text)\s+)?gefunden\?[^\n]{0,80}
      # Polish: "Masz newsa, zdjęcie lub filmik? Prześlij nam ...", "Oceń jakość naszego artykułu".
      | masz\s+newsa[^\n]{0,120}|oceń\s+(?:jakość\s+)?(?:naszego\s+)?(?:artykuł|tekst)\w*
      | cet\s+article\s+vous\s+a-t-il\s+été\s+utile\s*\?
      | questo\s+articolo\s+(?:ti|le)\s+è\s+stato\s+utile\?|(?:este|esse)\s+(?:artigo|conteúdo)\s+foi\s+útil\?
      | was\s+(?:dit|deze)\s+(?:artikel|bericht|pagina)\s+(?:nuttig|handig)\?|была\s+ли\s+(?:эта\s+)?статья\s+полезной\?
      | ¿(?:te|le)\s+(?:ha\s+resultado|resultó)\s+útil\s+(?:este|esta)\s+(?:artículo|noticia)\?
      | did\s+you\s+(?:like|enjoy)\s+this\s+(?:article|story)\?
      # The same question without "did you", over a like or share button: "Like this article?",
      # "Like this story? Share it with a friend!"
      | (?:like|enjoy(?:ed)?)\s+this\s+(?:article|story|post)\?(?:\s+share\s+it\s+with\s+a\s+friend!?)?
      | hat\s+ihnen\s+(?:dieser|der)\s+artikel\s+gefallen\?|cet\s+article\s+vous\s+a-t-il\s+plu\s*\?
      | ti\s+è\s+piaciuto\s+(?:questo\s+)?articolo\?
      | ¿te\s+(?:ha\s+gustado|gustó)\s+(?:este|esta)\s+(?:artículo|nota|noticia)\?
      | gostou\s+d(?:este|esta|o)\s+(?:conteúdo|artigo|matéria|texto)\?
      # Error reports in the languages most scraped: "Fehler melden", "Signaler une erreur".
      | reportar\s+un\s+error|informar\s+de\s+un\s+error|comunicar\s+(?:um\s+)?erro|fehler\s+melden
      | signaler\s+une\s+erreur|segnala\s+un\s+errore|zgłoś\s+błąd|hata\s+bildir
      | оцените\s+(?:статью|материал|новость)|что\s+думаешь\?\s*оцени!?|нашли\s+(?:ошибку|опечатку)\s*\?[^\n]{0,80}
      | [【\[]?纠错[】\]]?|기사\s*제보
      # "If you liked this article" over a like button, "I recommend this article".
      | この記事が(?:気に入ったら|良かったら)[^\n]{0,30}|이\s*기사를\s*추천(?:합니다|하기)
      | (?:¿encontraste|encontrou|hai\s+trovato|(?:vous\s+avez\s+)?repéré)
        \s+(?:un|um|une|algún)\s+(?:error|erro|errore|erreur)\s*\?[^\n]{0,80}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# The answer buttons of a rating widget, right under its question.
ANSWER_BUTTONS = re.compile(
    r"^\s*(?:yes|no|ja|nein|oui|non|sí)(?:\s*[/|·]?\s*(?:yes|no|ja|nein|oui|non|sí))*\s*$", re.IGNORECASE
)


@rule("L115", "feedback-prompt", scope="line")
def feedback_prompt(page: Page) -> Iterator[Hit]:
    """A line that asks the reader to rate, correct or tip off the page is removed.

    Sites close articles with a rating widget ("Was this article helpful?" and its "Yes No"
    buttons), an error report link ("Report a typo", "Spotted an error? Let us know.") or a
    tip line ("Have a tip? Send it to tips@example.com."). Saved as text they are page
    furniture. Only a line that is nothing but such a prompt is removed, and "Yes No" only
    right under one.

    Before: ``"Last paragraph.\\nWas this article helpful?\\nYes No\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    for line in page.pattern_lines(PROMPT_LINE):
        if heads_its_paragraph(page, line):
            continue  # "Feedback" over a paragraph about the feedback: a subheading
        following = page.next_content_line(line)
        if following is not None and ANSWER_BUTTONS.match(following.text):
            start, end = page.line_removal(line, following)
        else:
            start, end = page.line_removal(line)
        yield Hit(start, end, f"reader prompt {line.stripped[:60]!r}", "")
