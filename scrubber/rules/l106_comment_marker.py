from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.registry import Hit, rule
from scrubber.shapes import COMMENT_WORD, heads_its_paragraph
from scrubber.text import LinePattern, Page

# A blog's like button prints "Like" and, until its script runs, "Loading..." (WordPress, in
# the languages of its sites: "Suka Memuat...", "Me gusta Cargando...").
MARKER = LinePattern(
    # The lookahead lets the search pass over lines that start with any other character.
    rf"""[-–—|•·:]*\s*(?=[(\[0-9abcdghijklmnoprstvyzσкнопתاتटคแコ評评댓ند热最क])(?:loading\s+comments.*|view\s+(?:all\s+)?comments|show\s+comments|hide\s+comments
    |(?:top\s+rated\s+)?{COMMENT_WORD}|\[?\s*\d+\s+{COMMENT_WORD}\s*\]?|{COMMENT_WORD}\s*[(（]\s*\d+\s*[)）]
    |leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|no\s+comments:|\d+\s+comments?:|add\s+a\s+comment|join\s+the\s+conversation
    |nessun\s+commento|(?:like\s+)?loading[.…]*|\(?view\s+all\)?(?:\s*\(\d+\))?
    |(?:suka|me\s+gusta|j['’]aime|gefällt\s+mir|curtir|mi\s+piace|vind\s+ik\s+leuk|beğen|lubię|нравится)
        \s+(?:memuat|cargando|chargement|wird\s+geladen|carregando|caricamento|laden|yükleniyor|wczytywanie|загрузка)[.…]*
    |kommentare\s+(?:öffnen|anzeigen|lesen)|jetzt\s+kommentieren|leggi\s+i\s+commenti|voir\s+les\s+(?:commentaires|contributions)|contribuer
    |コメントを(?:書く|投稿する)|热门评论|最新评论
    # Links down to the comments: "Go to comments", "Ir a los comentarios", "Aller aux commentaires".
    |(?:go|jump|skip)\s+to\s+(?:the\s+)?comments|ir\s+a\s+los\s+comentarios|ir\s+para\s+os\s+comentários|aller\s+aux\s+commentaires
    |zu\s+den\s+kommentaren|vai\s+ai\s+commenti|naar\s+de\s+reacties|przejdź\s+do\s+komentarzy|перейти\s+к\s+комментариям
    |reply|report\s+comment|répondre|responder|rispondi|ответить|odpowiedz|yanıtla
    |réagir(?:\s+à\s+(?:cet\s+article|l['’]article))?|reageer|reageren
    |leave\s+a\s+(?:comment|reply)\s+cancel\s+reply|cancel\s+reply|comment\s+on\s+this\s+(?:story|article|post)
    |deixe\s+(?:um\s+comentário|uma\s+resposta)|laisser\s+un\s+commentaire|kommentar\s+(?:verfassen|schreiben)
    |deja\s+(?:un\s+comentario|una\s+respuesta)|lascia\s+un\s+commento|tinggalkan\s+(?:komentar|balasan)
    |оставить\s+комментарий|dodaj\s+komentarz|yorum\s+(?:yap|yaz)|कमेंट\s+करें|tulis\s+komentar|gửi\s+bình\s+luận|แสดงความคิดเห็น
    |publicar\s+un\s+comentario|postar\s+um\s+comentário|publier\s+un\s+commentaire
    |kommentar\s+veröffentlichen|posta\s+un\s+commento|opublikuj\s+komentarz|yorum\s+gönder|kirim\s+komentar)\s*[-–—|•·:]*""",
    re.IGNORECASE | re.VERBOSE,
)


# The comment forms of the common platforms print the same sentences on every site that
# uses them (WordPress, Akismet, Disqus): a line that is only one of them is the form.
PLATFORM_LINE = LinePattern(
    r"""(?:please\s+)?enable\s+javascript\s+to\s+view\s+the\s+comments\s+powered\s+by\s+disqus\.?.{0,40}
    |(?:blog\s+)?comments\s+powered\s+by\s+disqus\.?
    |save\s+my\s+name,?\s+email,?\s+and\s+website\s+in\s+this\s+browser\s+for\s+the\s+next\s+time\s+i\s+comment\.?
    |notify\s+me\s+(?:of|via)\s+[\w\t -]{0,40}(?:comments?|posts?|answers\s+my\s+comment)(?:\s+(?:by|via)\s+e-?mail)?\.?
    |this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam\..{0,80}
    |your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s+required\s+fields\s+are\s+marked\s*\*?)?
    |required\s+fields\s+are\s+marked\s*\*?
    |(?:name|e-?mail|website|comment|message)\s*\*|reader\s+interactions""",
    re.IGNORECASE | re.VERBOSE,
)


@rule("L106", "comment-marker", scope="line")
def comment_marker(page: Page) -> Iterator[Hit]:
    """A line that only labels or counts comments is removed.

    "Loading comments...", "View Comments", "12 Comments", "Leave a reply" are widgets of the
    comment section, not text; so are the sentences of the common platforms' comment forms
    ("Save my name, email, and website in this browser for the next time I comment.").

    Before: ``"Last paragraph.\\n12 Comments\\n"``
    After:  ``"Last paragraph.\\n"``
    """
    found = {*page.pattern_lines(MARKER), *page.pattern_lines(PLATFORM_LINE)}
    for line in sorted(found):
        if heads_its_paragraph(page, line):
            continue  # "Comments" above a paragraph about comment sections: a subheading
        start, end = page.line_removal(line)
        yield Hit(start, end, f"comment widget {line.stripped!r}", "")
