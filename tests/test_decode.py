"""Decoding bytes: byte-order marks, ISO-2022, BOM-less UTF-16/32, binary files, legacy code
pages (round trips on generated news-like paragraphs), forced encodings and replacement."""

from __future__ import annotations

import codecs
import random

import pytest

from scrubber import DecodeError, clean
from scrubber.decode import decode

# Small vocabularies, written for these tests, that exercise each code page's letters.
VOCABULARY = {
    "french": "le la les un une des et à été café élève où très déjà français mairie conseil budget "
    "réunion après année grève hôpital garçon cœur Noël île forêt dépêche sécurité première".split(),
    "german": "der die das und mit für über Straße Bürger Größe schön Ärzte Öffentlichkeit Rathaus "
    "Haushalt Sitzung Brücke Mädchen Übergang später hören Fußball Gemeinde Wähler".split(),
    "czech": "a v na se že město rada schválila rozpočet knihovny neděle úterý příští měsíc "
    "starosta řekl všechno dnes večer pražský brněnský obyvatelé škola zdraví".split(),
    "russian": "в и на по что город совет принял бюджет библиотеки воскресенье вторник мэр сказал "
    "жители школа больница ещё объём съезд журнал подъезд улица область".split(),
    "greek": "ο η το και στο δήμος συμβούλιο ενέκρινε προϋπολογισμό βιβλιοθήκη Κυριακή Τρίτη "
    "δήμαρχος είπε κάτοικοι σχολείο νοσοκομείο Άνοιξη Έλληνες ώρα ψηφοφορία".split(),
    "japanese": "市議会 は 日曜日 の 図書館 を 再開 する 予算 承認 しました 市長 住民 学校 病院 "
    "東京 大阪 ニュース 政府 経済 記者 発表 今年 来月".split(),
    "chinese_simplified": "市议会 批准 了 恢复 周日 图书馆 开放 的 预算 市长 表示 居民 学校 医院 "
    "北京 上海 新闻 政府 经济 记者 今年 下个月 会议".split(),
    "chinese_traditional": "市議會 批准 了 恢復 週日 圖書館 開放 的 預算 市長 表示 居民 學校 醫院 "
    "台北 香港 新聞 政府 經濟 記者 今年 下個月 會議".split(),
    "korean": "시의회 는 일요일 도서관 개방 을 재개 하는 예산 승인 했습니다 시장 주민 학교 병원 "
    "서울 부산 뉴스 정부 경제 기자 올해 다음 달 회의".split(),
}
SPACED = {"japanese": False, "chinese_simplified": False, "chinese_traditional": False}
ENCODINGS = [
    ("cp1252", "french"),
    ("latin-1", "german"),
    ("cp1250", "czech"),
    ("cp1251", "russian"),
    ("koi8-r", "russian"),
    ("iso-8859-7", "greek"),
    ("shift_jis", "japanese"),
    ("euc-jp", "japanese"),
    ("gb2312", "chinese_simplified"),
    ("big5", "chinese_traditional"),
    ("euc-kr", "korean"),
    ("utf-16", "french"),
    ("utf-32", "japanese"),
]


def paragraph(language: str, rng: random.Random) -> str:
    """A news-like paragraph: a few sentences of the language's words, with punctuation."""
    words = VOCABULARY[language]
    spaced = SPACED.get(language, True)
    sentences = []
    for _ in range(rng.randint(2, 4)):
        chosen = [rng.choice(words) for _ in range(rng.randint(8, 16))]
        if spaced:
            sentence = " ".join(chosen)
            sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", ".", "?", "!"]))
        else:
            sentences.append("".join(chosen) + "。")
    return (" " if spaced else "").join(sentences)


@pytest.mark.parametrize(("encoding", "language"), ENCODINGS, ids=[e for e, _ in ENCODINGS])
def test_round_trip_of_generated_paragraphs(encoding: str, language: str) -> None:
    rng = random.Random(f"{encoding}-{language}")
    for _ in range(25):
        text = paragraph(language, rng)
        decoded = decode(text.encode(encoding))
        assert decoded.text == text, f"{encoding}: decoded as {decoded.describe()}: {decoded.text[:60]!r}"


def test_short_cp1252_paragraph_comes_back_right() -> None:
    # Two short lines give chardet little evidence; plausibility decides among candidates.
    text = "L’été dernier, le café a fermé.\n“Très triste”, dit-elle — déjà."
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text and decoded.method == "chardet"


def test_iso_8859_15_euro_prices_are_not_read_as_the_generic_currency_sign() -> None:
    # chardet ranks Latin-1 first here, which reads the euro's byte as "¤".
    text = (
        "Rooms near the old harbour cost from €60 a night, and a short walk uphill the family\n"
        "places serve grilled fish and a glass of wine for under €15. The ferry is €4 each way.\n"
    )
    assert decode(text.encode("iso8859-15")).text == text


def test_cp1252_text_with_the_currency_sign_stays_cp1252() -> None:
    # Bytes 80-9F are printable only in cp1252: "¤" there is what the page wrote.
    text = "“Rooms cost from ¤60 a night,” the notice said — in the old generic sign, not the euro.\n"
    assert decode(text.encode("cp1252")).text == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    text = "Le café — 東京\n"
    decoded = decode(bom + text.encode(codec))
    assert (decoded.text, decoded.method) == (text, "bom")


@pytest.mark.parametrize("codec", ["iso2022_jp", "iso2022_kr"])
def test_seven_bit_iso_2022_is_not_taken_for_ascii(codec: str) -> None:
    text = {"iso2022_jp": "東京の市議会は予算を承認した。", "iso2022_kr": "서울 시의회는 예산을 승인했다."}[codec]
    data = text.encode(codec)
    assert data.isascii()
    decoded = decode(data)
    assert (decoded.text, decoded.method) == (text, "iso-2022")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_bomless_utf16_and_utf32(codec: str) -> None:
    text = "The council approved the budget on Tuesday, after a long debate.\n"
    decoded = decode(text.encode(codec))
    assert "\x00" not in decoded.text
    assert (decoded.text, decoded.encoding, decoded.method) == (text, codec, "utf-16/32")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize(
    "text",
    [
        "मुंबई नगर निगम ने मंगलवार को बजट पारित किया। बहस लंबी चली।\n",
        "市议会周二批准了预算。\n辩论持续了很长时间。\n",
        "Городской совет утвердил бюджет во вторник.\n",
    ],
    ids=["hindi", "chinese", "russian"],
)
def test_bomless_utf16_and_utf32_in_other_scripts(codec: str, text: str) -> None:
    # Few of these code units have a zero high byte (only spaces, digits and breaks do).
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.method) == (text, codec, "utf-16/32")


def test_random_bytes_without_nul_are_refused_as_binary() -> None:
    # Any byte string decodes in cp1252 bar five bytes; this one is not UTF-8 and its
    # control characters give it away.
    data = bytes(b for b in range(1, 256) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)) * 4
    with pytest.raises(DecodeError, match="control characters"):
        decode(data)


def test_legacy_text_with_a_dos_end_of_file_mark_still_decodes() -> None:
    text = "Le conseil a approuvé le budget mardi, après un long débat.\n"
    decoded = decode(text.encode("cp1252") + b"\x1a")
    assert decoded.text == text + "\x1a"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"\x7fELF\x02\x01\x01\x00",
        bytes(range(256)) * 4,
    ],
    ids=["png", "pdf", "zip", "elf", "all-bytes"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(data)


def test_forced_encoding() -> None:
    text = "Мэр сказал"
    assert decode(text.encode("koi8-r"), encoding="koi8-r").text == text
    with pytest.raises(DecodeError, match="cannot decode as utf-8"):
        decode("é".encode("latin-1"), encoding="utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"abc", encoding="no-such-codec")


def test_errors_replace() -> None:
    decoded = decode(b"caf\xe9 \xff\xfe ok", encoding="utf-8", errors="replace")
    assert decoded.text == "caf\ufffd \ufffd\ufffd ok" and decoded.method == "replaced"


def test_clean_utf8_passes_through_byte_identical() -> None:
    text = (
        "Le café “Chez Marie” — déjà fermé… Müller’s 東京 report: 한국어, русский, ελληνικά.\n\n"
        "Family emoji 👨\u200d👩\u200d👧 and Persian می\u200cخواهم stay as they are.\n"
    )
    data = text.encode("utf-8")
    decoded = decode(data)
    assert decoded.method == "utf-8"
    assert clean(decoded.text).text.encode("utf-8") == data


def test_utf8_with_a_paragraph_in_cp1252_is_read_as_both() -> None:
    # Two sources pasted together: UTF-8 paragraphs and one saved in Windows-1252.
    utf8 = "Die Bundesregierung hat einen Plan für den öffentlichen Verkehr vorgestellt. Rząd też.\n"
    legacy = "Le gouvernement a présenté mardi un nouveau plan ; les usagers sont déçus.\n"
    decoded = decode(utf8.encode("utf-8") + legacy.encode("cp1252"))
    assert (decoded.text, decoded.method) == (utf8 + legacy, "mixed")


def test_legacy_text_with_one_accidental_utf8_pair_is_not_mixed() -> None:
    # "Ã©" is a valid UTF-8 sequence in cp1252 bytes, but one among many stray bytes.
    text = "Café, thé, crème brûlée à l'hôtel Ã© près de la gare — déjà fermé.\n"
    decoded = decode(text.encode("cp1252"))
    assert decoded.method != "mixed"
    assert decoded.text == text
