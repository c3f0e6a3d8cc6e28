"""Recognise lines that hold nothing but a date, a time, or a publication stamp.

A scraped page prints its publication stamp on a line of its own ("08 December, 2016",
"Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM"). The same words inside a sentence are
content, so the test is about the *whole* line: every token must be part of a date, a time,
or a stamp keyword, and at least one token must be a real date or time signal.
"""

from __future__ import annotations

import re

from scrubber.regex import LazyPattern
from scrubber.text import CLOSERS, SENTENCE_END, WORD_MARKS, line_cache

# Month and weekday names of English and of other languages widely scraped (Spanish,
# Portuguese, French, German, Italian, Dutch, Scandinavian, Polish, Czech, Romanian,
# Turkish, Indonesian, Vietnamese, Thai, Russian, Ukrainian, Arabic), so stamps like
# "sexta-feira, 22 de outubro de 2010 às 20:13" or "19 ноября 2019, 09:24" read as dates.
# Slavic dates use the genitive ("19 listopada"), so both forms are listed.
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "januar februar märz juni juli oktober dezember "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "januari februari maart mei augustus "
    "maj okt desember "  # Scandinavian, beyond the forms above
    "styczeń stycznia luty lutego marzec marca kwiecień kwietnia czerwiec czerwca lipiec lipca sierpień "
    "sierpnia wrzesień września październik października listopad listopada grudzień grudnia "
    "leden ledna únor února březen března duben dubna květen května červen června červenec července srpen "
    "srpna září říjen října prosinec prosince "
    "ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie "
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "
    "augusti marts "  # Swedish and Danish
    "január február március április május június július augusztus szeptember október "  # Hungarian
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta "  # Finnish, as dates write them
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga "  # Croatian
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
    "νοεμβρίου δεκεμβρίου "  # Greek, as dates write them
    "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר "
    "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר "  # Hebrew "in March"
    "maret agustus desember "
    "mac julai ogos disember "  # Malay, beyond the forms above
    "machi aprili julai agosti septemba oktoba novemba desemba "  # Swahili
    "marec junij julij avgust "  # Slovene
    "gener febrer març maig juny juliol agost setembre octubre desembre "  # Catalan
    "pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre "  # Tagalog, beyond the above
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra "  # Slovak
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio "
    "avgust septembar oktobar novembar decembar "  # Serbian in Latin letters, beyond the above
    "јануар фебруар април мај јун јул август септембар октобар новембар децембар "  # in Cyrillic
    "януари февруари юни юли септември октомври ноември декември "  # Bulgarian, beyond the above
    "tháng "  # Vietnamese: "tháng 11" is November
    "январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа "
    "сентябрь сентября октябрь октября ноябрь ноября декабрь декабря "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
    # Persian: the solar months, then the European ones as Persian writes them.
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند "
    "ژانویه فوریه آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر "
    "जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर "
    "दिसम्बर "
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม "
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. "  # Thai, and as abbreviated
    "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর "  # Bengali
    "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر "  # Urdu
    "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர் "  # Tamil
    "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్ "  # Telugu
    "जानेवारी फेब्रुवारी एप्रिल मे जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर "  # Marathi, beyond Hindi's
    "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი "  # Georgian
    "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի "
    "դեկտեմբերի "  # Armenian, as dates write them
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан "  # Kazakh
    "yanvar fevral aprel iyun iyul avgust avqust sentyabr oktyabr noyabr dekabr "  # Uzbek, Azerbaijani
    "janar shkurt prill qershor korrik gusht shtator tetor nëntor dhjetor".split()  # Albanian
)
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lunes martes miércoles jueves viernes sábado domingo "
    "feira "  # Portuguese weekdays are "sexta-feira" and so on, which tokenize in three
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "pondělí úterý čtvrtek pátek neděle "
    "pazartesi salı çarşamba perşembe cuma cumartesi "
    "senin selasa rabu kamis jumat sabtu "
    "понедельник вторник среда четверг пятница суббота воскресенье "
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "شنبه یکشنبه یک‌شنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه "
    "月 火 水 木 金 土 日".split()  # Japanese weekdays, printed alone in brackets: "(火)"
    # Thai, alone and as Thai dates write them, run into "ที่" ("the"): "วันอังคารที่ 12 มีนาคม".
    + [day + suffix for day in "วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์".split() for suffix in ("", "ที่")]
)
# Words a publication stamp wraps around its date. Kept to stamp vocabulary only: a line with
# any other word is not a bare stamp, and precision matters more than catching every stamp.
# The words that name a stamp as the publication's: "Published", "Updated", "Mis à jour",
# "Aktualisiert", in the languages whose dates are known.
PUBLICATION_WORDS = frozenset(
    "updated posted published modified अपडेटेड प्रकाशित "
    "publié publiée mis modifié aktualisiert veröffentlicht actualizado publicado atualizado aggiornato "
    "pubblicato modifica bijgewerkt gepubliceerd обновлено опубликовано diperbarui diterbitkan "
    "opublikowano aktualizacja güncellendi yayınlandı güncelleme yayınlanma objavljeno ažurirano "
    "oppdatert publisert opdateret publiceret publicerad uppdaterad julkaistu päivitetty frissítve "
    "közzétéve aktualizováno publikováno actualizat publicat dipublikasikan δημοσίευση δημοσιεύθηκε "
    "انتشار منتشر بروزرسانی به‌روزرسانی "  # Persian
    "обновена обновено публикувана публикувано actualitzat publicat atnaujinta paskelbta dikemas kini "
    "imesasishwa imechapishwa posodobljeno objavljeno aktualizované publikované "
    "uuendatud avaldatud atjaunināts publicēts ажурирано објављено "
    "ενημερώθηκε פורסם עודכן نشر تحديث cập อัปเดต เผยแพร่ 更新 更新日時 更新时间 更新時間 发布 发布时间 "
    "發佈 發布時間 公開 公開日 公開日時 配信 配信日時 投稿 投稿日 입력 수정 등록 기사입력 최종수정 "
    # The nouns of "Last update" ("Ultimo aggiornamento", "Última actualización") and "Created".
    "aggiornamento actualización atualização zaktualizowano erstellt оновлено опубліковано aangepast "
    # Bengali, Urdu, Tamil, Telugu, Georgian, Armenian, Kazakh, Azerbaijani and Albanian.
    "প্রকাশিত প্রকাশ আপডেট হালনাগাদ شائع اشاعت வெளியிடப்பட்டது புதுப்பிக்கப்பட்டது ప్రచురించబడింది "
    "నవీకరించబడింది გამოქვეყნდა განახლდა հրապարակվել թարմացվել жарияланды жаңартылды "
    "yayımlanıb yenilənib publikuar përditësuar".split()
)
# "Today" and "Yesterday" in the languages whose dates are known ("Publicado hoy a las 14:35").
# They name the day the page was served; in a bare stamp, beside a clock time, they date it
# as a month and a number do ("Vandaag, 09:15", "Yesterday at 6:40 PM"). Only in a bare
# stamp: with other words ("Join us today at 6pm") they announce, not date.
RELATIVE_DAYS = frozenset(
    "today yesterday heute gestern hoy ayer hoje ontem oggi ieri vandaag gisteren dzisiaj wczoraj "
    "сегодня вчера bugün dün".split()
)
STAMP_WORDS = (
    PUBLICATION_WORDS
    | RELATIVE_DAYS
    | frozenset(
        "last original originally first on at "
        "am pm a p m edt est cdt cst mdt mst pdt pst gmt utc bst cet cest ist hkt jst aest aedt "
        "et ct mt pt "
        # The small words that join a date in the same languages ("22 de outubro de 2010 às 20:13").
        "de del à às le um am el segunda terça quarta quinta sexta "
        "ob "  # Slovene "at" ("12. 3. 2024 ob 14.35")
        "na "  # Tagalog "Na-update: Marso 12, 2024"
        "ngày năm lúc г года в мск "  # Vietnamese "ngày 19 tháng 11 năm 2019", Russian "2019 г.", "МСК"
        # Vietnamese weekdays are "day two" to "day seven" and "Sunday" ("Thứ Ba, 12/3/2024, 14:35"),
        # and "updated" is "cập nhật".
        "thứ hai ba tư sáu bảy chủ nhật "
        # The rest of the labels: "Mis à jour le 19 novembre 2019", "Aktualisiert am 19.11.2019 um
        # 09:24 Uhr", "Laatste update:", "Stand:", "Ultima modifica il".
        "jour uhr um a las em alle ore il om pukul wib wita wit tarihi laatste update stand h kl klo آخر "
        "تاریخ ساعت شده آخرین "  # Persian "date", "hour", "(published) was", "last"
        # "Last" of "Last updated" in the same languages: "Dernière mise à jour", "Zuletzt aktualisiert",
        # "Laatst bijgewerkt", "Senast uppdaterad", Turkish "Son güncelleme".
        "ultimo ultima última dernière mise zuletzt laatst senast son "
        "giriş "  # Turkish "entry", beside "Güncelleme" ("Giriş: 15.03.2024 10:32")
        "오전 오후 "  # Korean "a.m.", "p.m."
        "วันที่ เวลา น พ.ศ. ค.ศ. "  # Thai "date", "time", "o'clock" (น.), and the Buddhist and Christian eras
        "승인".split()
    )
)
# Chinese, Japanese and Korean write a date as numbers with unit signs, in one token or a
# few: "2019年11月19日", "2019년 11월 19일", "午前9時24分". French writes times "09h24".
UNIT_DATE = re.compile(r"\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일号號]")
UNIT_DATE_TOKEN = re.compile(r"^(?:(?:午前|午後)?\d{1,4}[年月日時分秒년월일시분초号號])+$|^\d{1,2}h\d{2}$")
# Words keep their combining marks (see WORD_MARKS). Thai abbreviates with full stops inside a
# word ("มี.ค." is March, "พ.ศ." the Buddhist era): such an abbreviation is one token.
THAI_ABBREVIATION = r"[\u0e40-\u0e44]?[\u0e01-\u0e2e][\u0e30-\u0e3a\u0e47-\u0e4e]*\.[\u0e01-\u0e2e]\."
TOKEN = re.compile(rf"{THAI_ABBREVIATION}|[\w{WORD_MARKS}]+|[^\w\s]")
PUNCTUATION = frozenset(",.:;/|-–—•·@()[]+：，（）")
# Central European dates may set a space after each dot: "12. 3. 2024"; and German, Nordic
# and Finnish pages date this year's stories by day and month alone, each with its dot
# ("12.3. 14:35").
NUMERIC_DATE = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}\.\s\d{1,2}\.\s\d{4}\b"
    r"|\b(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?![\w.])"
)
CLOCK_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
ORDINAL_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$", re.IGNORECASE)
# The minutes of a clock time with "am" or "pm" set close ("6:30am" reads as "6", ":", "30am").
MINUTES_AM_PM = re.compile(r"^\d{1,2}[ap]m$", re.IGNORECASE)
TIMEZONE = re.compile(r"^(?:[A-Z]{1,3}T|UTC|GMT|Z)$")
# "Janeiro (27)", "March 2019 (12)": an archive link and its post count, not a date.
POST_COUNT = re.compile(r"\s*\(\d+\)$")
# No stamp is longer than this; the length test rules out paragraphs first.
STAMP_MAX_CHARS = 120
# "0339 GMT" style military times and plain day/year numbers.
NUMBER = re.compile(r"^\d{1,4}$")


# Capitalised, these are English words before they are months: "Mars 2020" is a rover (French
# writes its month "mars", lower-case).
NOT_MONTHS = frozenset({"Mars", "MARS"})


def _is_day_name(token: str) -> bool:
    """A month or weekday name."""
    lower = token.lower()
    return (lower in MONTHS and token not in NOT_MONTHS) or lower in WEEKDAYS


def _is_date_token(token: str) -> bool:
    lower = token.lower()
    return (
        token in PUNCTUATION
        or _is_day_name(token)
        or lower in STAMP_WORDS
        or bool(NUMBER.match(token))
        or bool(ORDINAL_DAY.match(token))
        or bool(MINUTES_AM_PM.match(token))
        or bool(TIMEZONE.match(token))
        or bool(UNIT_DATE_TOKEN.match(token))
    )


def _is_day_or_year(token: str) -> bool:
    """A number that can be a day of the month or a year: "Outubro (217)", an archive link
    with its post count, names no day."""
    if not NUMBER.match(token):
        return False
    value = int(token)
    return 1 <= value <= 31 or 1900 <= value <= 2099


def has_calendar_date(text: str) -> bool:
    """True when ``text`` names a day: a numeric date, or a month or weekday with a number."""
    if NUMERIC_DATE.search(text) or UNIT_DATE.search(text):
        return True
    tokens = TOKEN.findall(text)
    has_number = any(_is_day_or_year(t) or ORDINAL_DAY.match(t) for t in tokens)
    return has_number and any(_is_day_name(t) for t in tokens)


def has_date_signal(text: str) -> bool:
    """True when ``text`` names a calendar date or a clock time, not just a number."""
    return has_calendar_date(text) or bool(CLOCK_TIME.search(text))


# "19 hours ago", "2 days ago", "an hour ago" (the body serves whole-line searches too).
RELATIVE_TIME_BODY = r"""
        (?:(?:(?:last\s+)?updated|posted|published)\s*:?\s+)?(?:\d+|an?|one)\s+
        (?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|hr|hrs|day|days|week|weeks|month|months|year|years)
        \s+ago(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?
      # The same in the languages most scraped: "há 2 horas", "hace 3 días", "il y a 5 minutes",
      # "vor 2 Stunden", "2 ore fa", "2 часа назад", "2 uur geleden", "2 jam lalu", "2 saat önce",
      | (?:atualizad[oa]\s*:?\s+)?há\s+(?:\d+|um|uma)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)
      | (?:actualizad[oa]\s*:?\s+)?hace\s+(?:\d+|un|una)\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)
      | (?:mis\s+à\s+jour\s*:?\s+)?il\s+y\s+a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)
      | (?:aktualisiert\s*:?\s+)?vor\s+(?:\d+|einer?|einem)\s+
        (?:sekunden?|minuten?|stunden?|tagen?|tag|wochen?|monaten?|monat|jahren?|jahr)
      | (?:\d+|un|una)\s+(?:secondi|minuti|ore|ora|giorni|giorno|settimane|mesi|mese|anni|anno)\s+fa
      | (?:\d+|одну?|один)\s+(?:секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|год\w*|лет)\s+назад
      | (?:\d+|een)\s+(?:seconden|minuten|minuut|uur|uren|dagen|dag|weken|week|maanden|maand|jaar|jaren)\s+geleden
      | (?:\d+|satu)\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu
      | \d+\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce
      | \d+\s+(?:sekund\w*|minut\w*|godzin\w*|dni|dzień|tygodni\w*|miesi\w*|lat|rok)\s+temu
      # South Slavic, Slovak, Baltic, Catalan, Swahili and Tagalog: "преди 2 часа", "prije 2 sata",
      # "pred 2 hodinami", "prieš 2 val.", "pirms 2 stundām", "2 tundi tagasi", "fa 2 hores",
      # "saa 2 zilizopita", "2 oras ang nakalipas".
      | (?:преди|пре|prije|pre|pred|prieš|pirms)\s+\d+\s+
        (?:секунд\w*|минут\w*|час\w*|сата?|сати|дн\w*|дана|sekund\w*|minut\w*|min\.?|sat[ai]?|hodin\w*|urami|urama|uro
        |dn\w*|dana|val\.?|valand\w*|d\.|dien\w*|stund\w*|minūt\w*)
      | \d+\s+(?:sekundit|minutit|tundi|päeva|nädalat|kuud|aastat)\s+tagasi
      | fa\s+\d+\s+(?:segons|minuts|hores|hora|dies|dia|setmanes|mesos|anys)
      | (?:sekunde|dakika|saa|siku|wiki|miezi|miaka)\s+\d+\s+(?:zilizopita|iliyopita)
      | \d+\s+(?:segundo|minuto|oras|araw|linggo|buwan|taon)\s+(?:na\s+)?(?:ang\s+)?nakalipas
      # Vietnamese "2 giờ trước", Thai "2 ชั่วโมงที่แล้ว", Chinese "2小时前", Japanese "2時間前",
      # Korean "2시간 전".
      | \d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước
      | \d+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*ที่แล้ว
      | \d+\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|个月|個月|か月|ヶ月|年)\s*前
      | \d+\s*(?:초|분|시간|일|주|개월|년)\s*전
    """
# A stamp may end with how long ago it was updated: "19/11/2019 09h24 Atualizado há 2 horas".
RELATIVE_TAIL = LazyPattern(rf"\s+(?:{RELATIVE_TIME_BODY})$", re.IGNORECASE | re.VERBOSE)


@line_cache
def is_date_only(text: str, *, calendar: bool = False) -> bool:
    """True when ``text`` is a bare date/time stamp (naming a day, when ``calendar``).

    >>> is_date_only("Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM")
    True
    >>> is_date_only("The vote is on November 19, 2019.")
    False
    """
    stripped = text.strip()
    if not stripped or len(stripped) > STAMP_MAX_CHARS or POST_COUNT.search(stripped):
        return False
    tail = RELATIVE_TAIL.search(stripped)
    if tail is not None:
        stripped = stripped[: tail.start()]
    tokens = TOKEN.findall(stripped)
    if not all(_is_date_token(t) for t in tokens):
        return False
    if not calendar:
        return has_date_signal(stripped)
    return has_calendar_date(stripped) or (
        any(t.lower() in RELATIVE_DAYS for t in tokens) and CLOCK_TIME.search(stripped) is not None
    )


# Words that label a date on a line of its own, above it: "Publish date:", "Datum:".
DATE_LABEL_WORDS = frozenset(
    "publish publication date dated datum fecha data tarih дата tanggal 日期 日付 날짜 วันที่".split()
)
STAMP_LABEL_WORDS = PUBLICATION_WORDS | DATE_LABEL_WORDS
STAMP_LABEL_MAX_WORDS = 4


@line_cache
def is_stamp_label(text: str) -> bool:
    """True when ``text`` is a stamp's label without its date ("Published:", "Publish date:",
    "Last updated:"): pages that print label and date as two elements save them on two lines.

    >>> is_stamp_label("Publish date:")
    True
    >>> is_stamp_label("Dated:")
    True
    >>> is_stamp_label("On:")
    False
    """
    stripped = text.strip()
    if not stripped.endswith(":") or len(stripped) > STAMP_MAX_CHARS:
        return False
    words = [t.lower() for t in TOKEN.findall(stripped[:-1])]
    if not words or len(words) > STAMP_LABEL_MAX_WORDS:
        return False
    return all(w in STAMP_WORDS or w in DATE_LABEL_WORDS for w in words) and any(w in STAMP_LABEL_WORDS for w in words)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Lower-case words a stamp may carry besides the date: the byline's "by", "in <section>",
# a comment count. Any other lower-case word longer than three letters means a sentence.
STAMP_LINKS = frozenset({"by", "posted", "in", "comments", "comment", "and"})
# A stamp names an author, an agency or a section at most: a few more words than that is text.
STAMP_MAX_NAME_WORDS = 8


def _is_name_token(token: str) -> bool:
    """A capitalised word, a number, a word of a script without case, or a short link word."""
    first = token[:1]
    if first.isupper() or first.isdigit() or token.lower() in STAMP_LINKS:
        return True
    if first.isalpha() and not first.islower():
        return True  # Chinese, Korean, Arabic...: no case to tell a name by
    return token.islower() and len(token) <= 3


# One word and a colon open a label and its value ("Born: March 3, 1933"), not a name, unless
# a name follows ("Текст: Лида Буслаева · 11 октября 2018").
LEADING_LABEL = re.compile(r"([^\W\d_]+)\s*:")


@line_cache
def is_named_stamp(text: str) -> bool:
    """True when ``text`` is a publication stamp that also names its author or source.

    The date must be precise (a year, a numeric date or a clock time, not just "June 9",
    which schedules and tour lists use); the other words must read as names.

    >>> is_named_stamp("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST")
    True
    >>> is_named_stamp("June 9 – West Palm Beach, FL")
    False
    >>> is_named_stamp("Born: March 3, 1933")
    False
    """
    stripped = text.strip()
    if not stripped or len(stripped) > STAMP_MAX_CHARS or stripped.rstrip(CLOSERS)[-1:] in SENTENCE_END:
        return False
    if not has_calendar_date(stripped):
        return False
    if not (YEAR.search(stripped) or NUMERIC_DATE.search(stripped) or CLOCK_TIME.search(stripped)):
        return False
    label = LEADING_LABEL.match(stripped)
    names = 0
    for token in TOKEN.findall(stripped):
        if _is_date_token(token) or not token[:1].isalnum():
            continue
        if not _is_name_token(token):
            return False
        names += 1
    if label and names == 1 and label.group(1).lower() not in STAMP_LABEL_WORDS:
        return False  # "Born: March 3, 1933", "Deadline: May 1, 2024": a fact and its label
    return 1 <= names <= STAMP_MAX_NAME_WORDS
