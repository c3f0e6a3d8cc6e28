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
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, count])
        for start, bucket_size in zip(starts[sizes > 1], sizes[sizes > 1], strict=True):
            if bucket_size > max_bucket:
                continue
            members = np.sort(order[start : start + bucket_size])
            first, second = np.triu_indices(bucket_size, k=1)
            found.append(np.stack([members[first], members[second]], axis=1))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    return np.unique(pairs, axis=0)
