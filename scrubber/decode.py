"""Bytes to text, with a record of how the encoding was chosen.

The order matters, and each step guards against a known trap:

1. a byte-order mark (UTF-32 before UTF-16, whose mark is a prefix of UTF-32-LE's);
2. 7-bit ISO-2022 escape sequences (such text is also valid ASCII, so this comes before UTF-8);
3. UTF-16/32 without a mark (valid UTF-8 full of NUL bytes), told by where the NULs fall;
4. binary files (known magic numbers, or NUL bytes that are not UTF-16/32), refused;
5. strict UTF-8;
6. chardet with its default settings. Its guess on short text is weak, so the decodings of
   its candidates (and of cp1252, the web's commonest legacy encoding) are compared by how
   plausible they look, and the most plausible wins; chardet's order breaks ties. A
   decoding full of control characters is binary data after all, and refused.
   Before chardet: UTF-8 with a few stray legacy bytes (two sources pasted together) is read
   as UTF-8, each stray byte as Windows-1252. After it: a Latin-1 reading that prices things
   in the generic currency sign "¤" is the euro of ISO-8859-15.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from scrubber.errors import DecodeError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Escape sequences that switch ISO-2022 text into a double-byte set.
ISO2022_ESCAPES = (
    (b"\x1b$)C", "iso2022_kr"),
    (b"\x1b$B", "iso2022_jp"),
    (b"\x1b$@", "iso2022_jp"),
    (b"\x1b$(D", "iso2022_jp_2"),
    (b"\x1b$A", "iso2022_jp_2"),
    (b"\x1b$(C", "iso2022_jp_2"),
)
# Signatures of common binary formats: images, documents, archives, executables, media.
BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"\xca\xfe\xba\xbe",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"II*\x00",
    b"MM\x00*",
    b"SQLite format 3",
    b"\xd0\xcf\x11\xe0",
)
# chardet's own confidence above which its first guess is taken without a second look.
CONFIDENT = 0.9
# How much of a long file is looked at to choose among candidate encodings.
SAMPLE_BYTES = 65536
# Characters of each candidate decoding scored for plausibility (a Python loop: kept short).
PENALTY_SAMPLE = 8192
# C0 and C1 controls other than tab, line and page breaks: random bytes decoded in a code
# page are one eighth controls; legacy text files have none, or one end-of-file mark.
BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
BINARY_MIN_CONTROLS = 3
BINARY_CONTROL_SHARE = 0.01
# A valid UTF-8 sequence of two to four bytes.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
HIGH_BYTES = bytes(range(0x80, 0x100))
# A text counts as UTF-8 with stray legacy bytes when it holds this many valid multi-byte
# sequences, and at least as many as stray bytes.
MIXED_MIN_SEQUENCES = 3
# Candidates tried besides chardet's: the web's commonest legacy encoding.
FALLBACK_CANDIDATES = ("cp1252",)


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how: ``method`` is one of ``bom``, ``iso-2022``, ``utf-16/32``,
    ``utf-8``, ``chardet``, ``forced`` or ``replaced`` (undecodable bytes became U+FFFD)."""

    text: str
    encoding: str
    method: str
    confidence: float = 1.0
    candidates: tuple[tuple[str, float], ...] = field(default=())

    def describe(self) -> str:
        if self.method == "chardet":
            return f"{self.encoding} (chardet, confidence {self.confidence:.2f})"
        return f"{self.encoding} ({self.method})"


def decode(data: bytes, *, encoding: str | None = None, errors: str = "strict") -> Decoded:
    """Decode ``data``; raise :class:`DecodeError` when it is binary or cannot be decoded.

    ``encoding`` forces an encoding. ``errors="replace"`` turns undecodable bytes into
    U+FFFD instead of failing (binary files are refused either way).
    """
    if errors not in ("strict", "replace"):
        raise DecodeError(f"unknown error handling {errors!r}; use strict or replace")
    if encoding:
        return _forced(data, encoding, errors)
    for bom, name in BOMS:
        if data.startswith(bom):
            return _strict_or_replace(data, name, "bom", errors)
    iso2022 = _iso2022(data)
    if iso2022 is not None:
        return iso2022
    if b"\x00" in data:
        wide = _bomless_wide(data)
        if wide is not None:
            return wide
        raise DecodeError("binary file (contains NUL bytes); pass --encoding if it is text")
    if data.startswith(BINARY_MAGIC):
        raise DecodeError("binary file (its first bytes are a known binary format's signature)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    detected = _detect(data)
    if detected is not None:
        if _reads_as_binary(detected.text):
            raise DecodeError("binary file (control characters throughout); pass --encoding if it is text")
        return detected
    if errors == "replace":
        return Decoded(data.decode("utf-8", "replace"), "utf-8", "replaced", 0.0)
    raise DecodeError("not UTF-8 and no encoding fits; pass --encoding NAME or --errors replace")


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes of a legacy code page: texts pasted together from two
    sources. Legacy text almost never forms a valid UTF-8 sequence, so when valid multi-byte
    sequences outnumber the stray bytes, the text is UTF-8 and each stray byte is read as
    Windows-1252 (the web's commonest legacy code page; Latin-1 for its five unused bytes)."""
    sequences = UTF8_SEQUENCE.findall(data)
    valid = len(sequences)
    stray = len(data) - len(data.translate(None, HIGH_BYTES)) - sum(map(len, sequences))
    if valid < MIXED_MIN_SEQUENCES or valid < stray:
        return None
    return Decoded(data.decode("utf-8", errors=_LEGACY_FALLBACK), "utf-8+cp1252", "mixed")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    stray = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in stray), error.end


_LEGACY_FALLBACK = "scrubber-cp1252-fallback"
codecs.register_error(_LEGACY_FALLBACK, _cp1252_fallback)


def _reads_as_binary(text: str) -> bool:
    """Bytes that are neither UTF-8 nor padded with NULs still decode in any single-byte code
    page; what gives binary data away then is its control characters, which text has none of
    (bar tabs, breaks, a form feed or a DOS end-of-file mark)."""
    sample = text[:PENALTY_SAMPLE]
    controls = len(BINARY_CONTROL.findall(sample))
    return controls >= BINARY_MIN_CONTROLS and controls > BINARY_CONTROL_SHARE * len(sample)


def _forced(data: bytes, encoding: str, errors: str) -> Decoded:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    return _strict_or_replace(data, encoding, "forced", errors)


def _strict_or_replace(data: bytes, name: str, method: str, errors: str) -> Decoded:
    try:
        return Decoded(data.decode(name), name, method)
    except UnicodeDecodeError as error:
        if errors == "replace":
            return Decoded(data.decode(name, "replace"), name, "replaced", 0.0)
        raise DecodeError(f"cannot decode as {name}: {error.reason} at byte {error.start}") from None


def _iso2022(data: bytes) -> Decoded | None:
    if b"\x1b" not in data or not data.isascii():
        return None
    for escape, name in ISO2022_ESCAPES:
        if escape in data:
            for candidate in (name, "iso2022_jp_2", "iso2022_jp_ext"):
                try:
                    return Decoded(data.decode(candidate), candidate, "iso-2022")
                except UnicodeDecodeError:
                    continue
    return None


def _bomless_wide(data: bytes) -> Decoded | None:
    """UTF-16/32 without a byte-order mark, told by where the NUL bytes fall.

    The top bytes of a UTF-32 code unit are zero for any text in the Basic Multilingual
    Plane. In UTF-16, Latin text puts a zero in the high byte of most units; in other
    scripts only spaces, digits and line breaks do (a fifth of Hindi units, a twentieth of
    Chinese ones), yet more zeros fall on the high byte than on the low one (U+4E00, U+3000).
    Either way the decoding must then read as text: strict, without NUL, few odd characters.
    """
    sample = data[:SAMPLE_BYTES]
    for name, width, high, low in (
        ("utf-32-le", 4, (2, 3), 0),
        ("utf-32-be", 4, (0, 1), 3),
        ("utf-16-le", 2, (1,), 0),
        ("utf-16-be", 2, (0,), 1),
    ):
        units = len(sample) // width
        if len(data) % width or units == 0:
            continue
        zeros_high = min(sample[offset::width].count(0) for offset in high)
        zeros_low = sample[low::width].count(0)
        if zeros_high < 0.3 * units and zeros_high <= zeros_low:
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and implausibility(text[:SAMPLE_BYTES]) < 0.05 * max(len(text[:SAMPLE_BYTES]), 1):
            return Decoded(text, name, "utf-16/32")
    return None


def _detect(data: bytes) -> Decoded | None:
    import chardet  # imported here: most inputs are UTF-8 and never need it

    guesses = chardet.detect_all(data[: SAMPLE_BYTES * 4])
    candidates: list[tuple[str, float]] = []
    for guess in guesses:
        name = guess.get("encoding")
        if name and _codec(name) and all(_codec(name) != _codec(seen) for seen, _ in candidates):
            candidates.append((name, float(guess.get("confidence") or 0.0)))
    for name in FALLBACK_CANDIDATES:
        if all(_codec(name) != _codec(seen) for seen, _ in candidates):
            candidates.append((name, 0.0))
    if candidates and candidates[0][1] >= CONFIDENT:
        choice = _try(data, candidates[0][0])
        if choice is not None:
            confident = Decoded(choice, candidates[0][0].lower(), "chardet", candidates[0][1], tuple(candidates))
            return _with_euro_sign(confident, data)
    # chardet's order stands unless a later candidate reads clearly better: its penalty must
    # be lower by a margin, since chardet's statistics know more than our character classes.
    best: tuple[int, str, float, str] | None = None
    sample = data[:SAMPLE_BYTES]
    for name, confidence in _with_japanese(data, candidates):
        text = _try(data, name)
        if text is None:
            continue
        scored = (_try(sample, name, partial=True) or text)[:PENALTY_SAMPLE]
        penalty = implausibility(scored)
        if _codec(name) in CHINESE_CODECS:
            # Kana are written only in Japanese: kana in a Chinese decoding mean the bytes
            # are Japanese (EUC-JP kana rows read the same in GB2312).
            penalty += 2 * len(KANA.findall(scored))
        if best is None or penalty < best[0] - max(2, len(scored) // 200):
            best = (penalty, name, confidence, text)
    if best is None:
        return None
    return _with_euro_sign(Decoded(best[3], best[1].lower(), "chardet", best[2], tuple(candidates)), data)


def _with_euro_sign(decoded: Decoded, data: bytes) -> Decoded:
    """ISO-8859-15 is Latin-1 with the euro sign at byte A4, which Latin-1 and cp1252 read
    as the generic currency sign "¤" that no one writes: a Western page showing "¤" beside
    a number, and none of the seven other characters the two tables swap, is ISO-8859-15."""
    if _codec(decoded.encoding) not in WESTERN_CODECS or not CURRENCY_BESIDE_NUMBER.search(decoded.text):
        return decoded
    if any(char in decoded.text for char in LATIN1_NOT_LATIN9) or C1_BYTES.search(data):
        return decoded
    return Decoded(data.decode("iso8859-15"), "iso8859-15", decoded.method, decoded.confidence, decoded.candidates)


def _with_japanese(data: bytes, candidates: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """chardet can miss EUC-JP and offer only GB18030, which reads Japanese kana unchanged:
    when a Chinese candidate's decoding holds kana, the Japanese encodings are tried too."""
    for name, _ in candidates:
        if _codec(name) in CHINESE_CODECS:
            text = _try(data[:SAMPLE_BYTES], name, partial=True) or ""
            if KANA.search(text):
                known = {_codec(n) for n, _ in candidates}
                return candidates + [(n, 0.0) for n in ("euc_jp", "cp932") if _codec(n) not in known]
    return candidates


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _try(data: bytes, name: str, *, partial: bool = False) -> str | None:
    try:
        if partial:  # a sample may end inside a multi-byte character
            return codecs.getincrementaldecoder(name)().decode(data, final=False)
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


WESTERN_CODECS = frozenset({"iso8859-1", "cp1252"})
CURRENCY_BESIDE_NUMBER = re.compile(r"\d ?\u00a4|\u00a4 ?\d")
# What ISO-8859-15 puts in place of Latin-1's other swapped symbols (Š š Ž ž Œ œ Ÿ).
LATIN1_NOT_LATIN9 = "\u00a6\u00a8\u00b4\u00b8\u00bc\u00bd\u00be"
# Bytes cp1252 prints and ISO-8859-15 leaves to C1 controls.
C1_BYTES = re.compile(rb"[\x80-\x9f]")
CHINESE_CODECS = frozenset({"gb2312", "gbk", "gb18030", "big5", "big5hkscs", "hz", "cp950", "cp936"})
KANA = re.compile("[\u3041-\u309f\u30a0-\u30ff]")
# Unicode categories that do not occur in ordinary running text.
IMPLAUSIBLE = frozenset({"Cc", "Cf", "Co", "Cn", "Cs"})
ODD = frozenset({"So", "Sk", "Sm", "No"})


# Scripts written together without spaces count as one.
EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC"})


def script_of(char: str) -> str:
    """The script a character belongs to, by the first word of its Unicode name ("LATIN",
    "CYRILLIC"); the scripts of East Asia, written together, count as one ("CJK")."""
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0].split("-", 1)[0] if name else "?"
    return "CJK" if script in EAST_ASIAN else script


def implausibility(text: str) -> int:
    """How implausible ``text`` is as written language: a lower score reads more like text.

    Controls, private-use and unassigned characters cost most; rare symbols cost some; so do
    a letter whose script differs from the letter before it inside a word ("Ð±Ñ"), and an
    upper-case letter after a lower-case one inside a word ("LíÈtÈ"), the marks of a wrong
    single-byte code page.
    """
    penalty = 0
    previous = " "
    previous_script = ""
    for char in text:
        if char in "\t\n\r":
            previous, previous_script = char, ""
            continue
        category = unicodedata.category(char)
        if category in IMPLAUSIBLE or char == "\ufffd":
            penalty += 4
        elif category in ODD:
            penalty += 1
        if char.isalpha():
            script = script_of(char)
            if previous.isalpha():
                if previous_script and script != previous_script:
                    penalty += 2
                if char.isupper() and previous.islower():
                    penalty += 2
            previous_script = script
        else:
            previous_script = ""
        previous = char
    return penalty
