"""Bytes to text, with a record of how the encoding was chosen.

Order: a byte-order mark; then strict UTF-8; then chardet's guess. Binary files (NUL bytes
where text has none) are refused rather than decoded into garbage.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from scrubber.errors import DecodeError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# chardet below this confidence is a guess we will not act on silently.
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how: ``method`` is one of ``bom``, ``utf-8``, ``chardet``, ``forced``."""

    text: str
    encoding: str
    method: str
    confidence: float = 1.0


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`DecodeError` when it is binary or cannot be decoded."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding, "forced")
        except (UnicodeDecodeError, LookupError) as error:
            raise DecodeError(f"cannot decode as {encoding}: {error}") from None
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name, "bom")
            except UnicodeDecodeError as error:
                raise DecodeError(f"byte-order mark says {name} but the bytes are not: {error}") from None
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    import chardet  # imported here: most inputs are UTF-8 and never need it

    guess = chardet.detect(data)
    detected: str | None = guess.get("encoding")
    confidence = float(guess.get("confidence") or 0.0)
    if not detected or confidence < MIN_CONFIDENCE:
        raise DecodeError("not UTF-8 and the encoding cannot be detected; pass --encoding NAME")
    try:
        return Decoded(data.decode(detected), detected.lower(), "chardet", confidence)
    except (UnicodeDecodeError, LookupError) as error:
        raise DecodeError(f"detected {detected} but cannot decode: {error}") from None
