"""A document's fingerprint for duplicate detection: pure, picklable, computed once.

The text is cleaned first (so boilerplate does not make unrelated pages look alike), then
reduced to words (case, punctuation and spacing ignored). From all the words comes an exact
key (their hash); from the words of the paragraphs come the set of word 3-gram shingles
(32-bit hashes, sorted) and a MinHash signature over them, used only to find candidate
pairs. Shingles skip short lines because the menus, labels and stamps that cleaning leaves
behind differ between copies of one article and would only blur their likeness.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

from scrubber.shapes import visible_words
from scrubber.text import CJK_LETTERS, SOUTHEAST_ASIAN_LETTERS, WORD_MARKS

# Scripts written without spaces (Chinese, Japanese, Thai, Lao, Burmese, Khmer) have no words
# to split on: each of their characters is a token, so their shingles are character 3-grams
# (as "words" their clauses would change whole with one edited character).
UNSPACED = SOUTHEAST_ASIAN_LETTERS + CJK_LETTERS
UNSPACED_CHARACTER = re.compile(f"[{UNSPACED}]")
# Other words keep their combining marks (see WORD_MARKS).
WORD = re.compile(f"[{UNSPACED}]|(?:[^\\W{UNSPACED}]|[{WORD_MARKS}])+")
# The same words in ASCII text, where a simpler pattern finds them faster.
ASCII_WORD = re.compile(r"\w+")
SHINGLE_WORDS = 3
# A line of at least this many words is a paragraph; labels and menu items have at most four
# words, bylines and stamps rarely more than five. A character of an unspaced script counts
# as half a word (Chinese words are one to three characters long). (Measured on the dedupe quality set:
# thresholds of 5 to 8 words all give F1 0.960-0.964, against 0.950 for every line.)
PARAGRAPH_WORDS = 6
# Below this many paragraph words a text is all short lines (a list, a table): use them all.
MIN_PARAGRAPH_WORDS = 20
SIGNATURE_SIZE = 64
# Multiply-shift hashing: h(x) = (a * x + b) mod 2**64, top 32 bits. Fixed seeds, so every
# worker process computes the same signature for the same text.
_SEEDS = np.random.default_rng(20261123).integers(1, 2**63, size=(2, SIGNATURE_SIZE), dtype=np.uint64)
_MULTIPLIERS = _SEEDS[0] | np.uint64(1)
_OFFSETS = _SEEDS[1]
# Per-position multipliers that combine word hashes into one shingle hash.
_POSITION = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
    dtype=np.uint64,
)


@dataclass(frozen=True)
class Fingerprint:
    """What dedupe keeps of a document: never its text."""

    path: str
    characters: int
    words: int
    exact_key: bytes
    signature: np.ndarray  # uint32[SIGNATURE_SIZE]; all 0xFFFFFFFF when there are no shingles
    shingles: np.ndarray  # sorted unique uint32 shingle hashes
    mtime: float = 0.0


class _WordHashes(dict[str, int]):
    """CRC-32 of each word, remembered: a corpus repeats its words. A plain dict's lookup
    is twice as fast as an LRU cache's; it is emptied when full, which costs a few misses."""

    limit = 1 << 18

    def __missing__(self, word: str) -> int:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_word_hash = _WordHashes().__getitem__


def shingle_hashes(words: list[str]) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word n-grams (of all words, if fewer than n)."""
    if not words:
        return np.zeros(0, dtype=np.uint32)
    hashes = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    width = min(SHINGLE_WORDS, len(words))
    count = len(words) - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for position in range(width):
        combined ^= hashes[position : position + count] * _POSITION[position]
    return np.unique((combined >> np.uint64(32)).astype(np.uint32))


def minhash(shingles: np.ndarray) -> np.ndarray:
    if shingles.size == 0:
        return np.full(SIGNATURE_SIZE, 0xFFFFFFFF, dtype=np.uint32)
    values = shingles.astype(np.uint64)[:, None] * _MULTIPLIERS[None, :] + _OFFSETS[None, :]
    signature: np.ndarray = (values.min(axis=0) >> np.uint64(32)).astype(np.uint32)
    return signature


def _paragraph_words(lines: list[list[str]]) -> list[str]:
    """Words of the lines long enough to be paragraphs (of every line, if those hold fewer
    than ``MIN_PARAGRAPH_WORDS``)."""
    words = [word for line in lines if _word_count(line) >= PARAGRAPH_WORDS for word in line]
    if len(words) >= MIN_PARAGRAPH_WORDS:
        return words
    return [word for line in lines for word in line]


def _word_count(line: list[str]) -> float:
    if len(line) < PARAGRAPH_WORDS or "".join(line).isascii():
        return len(line)  # the common case, without a look at each token
    return len(line) - sum(len(word) == 1 and UNSPACED_CHARACTER.match(word) is not None for word in line) / 2


def fingerprint_text(text: str, path: str, *, mtime: float = 0.0) -> Fingerprint:
    """Fingerprint of already-cleaned text."""
    # Words never span a line break, so the words of all lines are the words of the text.
    folded = text.casefold()
    words_of = (ASCII_WORD if folded.isascii() else WORD).findall
    # A link's address is not text a reader sees: "* Sport (https://example.com/sport)" is
    # a one-word menu line, not a seven-word paragraph.
    lines = [words_of(visible_words(line)) for line in folded.split("\n")]
    words = [word for line in lines for word in line]
    exact_key = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest()
    shingles = shingle_hashes(_paragraph_words(lines))
    return Fingerprint(path, len(text), len(words), exact_key, minhash(shingles), shingles, mtime)
