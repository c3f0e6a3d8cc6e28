"""Candidate pairs for copies of very different lengths, from a content-defined sample.

MinHash banding finds pairs by Jaccard similarity, which falls with the difference in size:
a 300-word story inside a page four times its length (another site's header, teasers and
footer around it) has Jaccard near 0.2 and is often missed. Here every document keeps the
shingles whose hash is a multiple of ``SAMPLE_MODULUS``, so a copy samples the same shingles
wherever they occur, and a short copy's samples are a subset of a long one's. Two documents
sharing ``MIN_SHARED_SAMPLES`` sampled shingles become candidates, whatever their sizes;
the exact containment check in ``cluster`` decides.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from scrubber.dedupe.lsh import decode_pairs, pairs_in_groups

# One shingle in 32 is kept: a 300-word story keeps about nine, enough for three to meet by
# content rather than by chance. (Dedupe quality set: moduli 16 and 32 with three shared
# samples find the same clusters; 64 finds fewer.)
SAMPLE_MODULUS = 32
MIN_SHARED_SAMPLES = 3
# A sampled shingle in more documents than this is a stock phrase ("one of the most"), not
# evidence of a copy. The limit also bounds the work: the pairs drawn from a shingle grow
# with the square of its documents, and chance sharing grows with the corpus (100,000
# generated articles without copies: 0.36 million pairs to count at 100, 0.89 million at
# 500). Larger families of copies are found by the MinHash bands.
MAX_POSTING = 100


def sampled_shingles(shingles: np.ndarray) -> np.ndarray:
    """The shingles a document samples: those whose hash is a multiple of the modulus."""
    sample: np.ndarray = shingles[shingles % SAMPLE_MODULUS == 0]
    return sample


def contained_pairs(
    samples: Sequence[np.ndarray], min_shared: int = MIN_SHARED_SAMPLES, max_posting: int = MAX_POSTING
) -> np.ndarray:
    """Unique pairs (first < second) of documents sharing at least ``min_shared`` of their
    sampled shingles, as an (n, 2) array of indexes into ``samples``."""
    count = len(samples)
    lengths = np.fromiter(map(len, samples), dtype=np.int64, count=count)
    if count < 2 or lengths.sum() == 0:
        return np.zeros((0, 2), dtype=np.int64)
    hashes = np.concatenate(samples)
    documents = np.repeat(np.arange(count, dtype=np.int64), lengths)
    order = np.argsort(hashes, kind="stable")  # stable: each posting lists documents in order
    keys = pairs_in_groups(hashes[order], documents[order], max_posting, count)
    if not keys:
        return np.zeros((0, 2), dtype=np.int64)
    pairs, counts = np.unique(np.concatenate(keys), return_counts=True)
    return decode_pairs(pairs[counts >= min_shared], count)
