"""Corpus de-duplication: fingerprints of cleaned texts, MinHash/LSH candidates, exact
verification, and star clusters that never chain unrelated documents together."""

from __future__ import annotations

from scrubber.dedupe.cluster import DEFAULT_THRESHOLD, KEEP_POLICIES, Cluster, Duplicate, containment, find_clusters
from scrubber.dedupe.fingerprint import Fingerprint, fingerprint_text

__all__ = [
    "DEFAULT_THRESHOLD",
    "KEEP_POLICIES",
    "Cluster",
    "Duplicate",
    "Fingerprint",
    "containment",
    "find_clusters",
    "fingerprint_text",
]
