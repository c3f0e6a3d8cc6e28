"""Candidate pairs from MinHash signatures by banding, in numpy, band by band.

Two documents become candidates when all rows of some band agree. With bands of two rows
out of 64, a pair with Jaccard similarity 0.3 (an abridged copy) is found with probability
0.95, while unrelated articles (Jaccard near 0) rarely meet. Huge buckets (thousands of
documents sharing a band, e.g. empty texts) are skipped: exact duplicates are found by the
exact key, and such buckets carry no near-duplicate evidence.
"""

from __future__ import annotations

import numpy as np

ROWS_PER_BAND = 2
MAX_BUCKET = 500


def candidate_pairs(signatures: np.ndarray, rows: int = ROWS_PER_BAND, max_bucket: int = MAX_BUCKET) -> np.ndarray:
    """Unique candidate pairs as an (n, 2) array of document indexes, first < second."""
    count, size = signatures.shape
    found: list[np.ndarray] = []
    for band in range(size // rows):
        block = signatures[:, band * rows : (band + 1) * rows].astype(np.uint64)
        keys = block[:, 0]
        for row in range(1, rows):
            keys = keys * np.uint64(0x100000001B3) ^ block[:, row]
        order = np.argsort(keys, kind="stable")  # stable: each bucket lists documents in order
        found.extend(pairs_in_groups(keys[order], order, max_bucket, count))
    return decode_pairs(np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64), count)


def pairs_in_groups(sorted_keys: np.ndarray, documents: np.ndarray, max_group: int, count: int) -> list[np.ndarray]:
    """Every pair of documents that share a key, encoded as ``first * count + second``.

    ``documents`` are ordered by ``sorted_keys``, and by index within one key. Groups of one
    size are expanded together, as one block (a loop per group would cost a numpy call per
    bucket); groups larger than ``max_group`` are skipped.
    """
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, sorted_keys.size])
    kept = (sizes > 1) & (sizes <= max_group)
    encoded: list[np.ndarray] = []
    for size in np.unique(sizes[kept]).tolist():
        block = documents[starts[kept & (sizes == size)][:, None] + np.arange(size)].astype(np.int64)
        first, second = np.triu_indices(size, k=1)
        encoded.append((block[:, first] * count + block[:, second]).ravel())
    return encoded


def decode_pairs(encoded: np.ndarray, count: int) -> np.ndarray:
    """The (n, 2) array of pairs ``pairs_in_groups`` encoded."""
    return np.stack([encoded // count, encoded % count], axis=1).astype(np.int64)
