"""Clusters of duplicates from fingerprints: exact groups, verified near pairs, star clusters.

Candidate pairs come from MinHash bands (similar texts) and from shared sampled shingles
(a copy inside a much longer page). Every candidate pair is verified with an exact
similarity on the shingle sets: containment, the overlap divided by the smaller set, which
stays high for an abridged copy or a copy wrapped in another site's header and footer
(where Jaccard falls). Clusters are stars around a keeper, and a document joins a cluster
only if it is a verified duplicate of the keeper and of every member already in it, so a
chain A~B~C never puts unrelated A and C together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from scrubber.dedupe.fingerprint import Fingerprint
from scrubber.dedupe.lsh import candidate_pairs
from scrubber.dedupe.sampled import contained_pairs, sampled_shingles

DEFAULT_THRESHOLD = 0.7
# Members of one cluster must also overlap each other at least this much: two excerpts of
# one article do, two unrelated texts that a long page happens to contain (a chain A~B~C)
# do not.
MEMBER_THRESHOLD = 0.2
# A document this much shorter than the other (in shingles) is an excerpt, not a copy; and
# a pair must share this many shingles, so a short text that happens to sit inside a long
# one is not taken for its copy.
MIN_SIZE_RATIO = 0.1
MIN_SHARED_SHINGLES = 20
MIN_SHINGLES = 8
KEEP_POLICIES = ("longest", "first", "newest")


@dataclass(frozen=True)
class Duplicate:
    path: str
    similarity: float
    reason: str  # "exact" or "near"


@dataclass(frozen=True)
class Cluster:
    keep: str
    duplicates: tuple[Duplicate, ...]


def overlap(first: np.ndarray, second: np.ndarray) -> int:
    return int(np.intersect1d(first, second, assume_unique=True).size)


def containment(first: np.ndarray, second: np.ndarray) -> float:
    smaller = min(first.size, second.size)
    return overlap(first, second) / smaller if smaller else 0.0


def _comparable(first: Fingerprint, second: Fingerprint) -> bool:
    small, large = sorted((first.shingles.size, second.shingles.size))
    return small >= MIN_SHINGLES and small >= MIN_SIZE_RATIO * large


def keeper_order(fingerprints: Sequence[Fingerprint], keep: str) -> list[int]:
    """Indexes in the order documents are preferred as keepers.

    ``longest``: most characters of cleaned text (the fullest copy); ``first``: input order;
    ``newest``: latest modification time. Ties fall back to the path, so the result never
    depends on the order files were read in.
    """
    indexes = range(len(fingerprints))
    if keep == "longest":
        return sorted(indexes, key=lambda i: (-fingerprints[i].characters, fingerprints[i].path))
    if keep == "newest":
        return sorted(indexes, key=lambda i: (-fingerprints[i].mtime, fingerprints[i].path))
    if keep == "first":
        return list(indexes)
    raise ValueError(f"unknown keep policy {keep!r}; use one of {', '.join(KEEP_POLICIES)}")


def find_clusters(
    fingerprints: Sequence[Fingerprint],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    keep: str = "longest",
    progress: Callable[[int, int], None] | None = None,
) -> list[Cluster]:
    """Clusters of two or more documents, each with its keeper and its duplicates."""
    count = len(fingerprints)
    order = keeper_order(fingerprints, keep)
    rank = {index: position for position, index in enumerate(order)}
    exact: dict[bytes, list[int]] = defaultdict(list)
    for index, fp in enumerate(fingerprints):
        if fp.words:
            exact[fp.exact_key].append(index)
    exact_of = {i: group for group in exact.values() if len(group) > 1 for i in group}

    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    if count > 1:
        signatures = np.stack([fp.signature for fp in fingerprints])
        # Similar texts meet in the MinHash bands; a copy inside a much longer page meets
        # its original through the shingles both sampled.
        contained = contained_pairs([sampled_shingles(fp.shingles) for fp in fingerprints])
        pairs = np.unique(np.concatenate([candidate_pairs(signatures), contained]), axis=0)
        for done, (a, b) in enumerate(pairs.tolist()):
            first, second = fingerprints[a], fingerprints[b]
            if first.exact_key == second.exact_key or not _comparable(first, second):
                continue
            shared = overlap(first.shingles, second.shingles)
            similarity = shared / min(first.shingles.size, second.shingles.size)
            if similarity >= threshold and shared >= MIN_SHARED_SHINGLES:
                neighbours[a][b] = neighbours[b][a] = similarity
            if progress and done % 10000 == 0:
                progress(done, len(pairs))

    def compatible(a: int, b: int) -> bool:
        if fingerprints[a].exact_key == fingerprints[b].exact_key or b in neighbours[a]:
            return True
        return containment(fingerprints[a].shingles, fingerprints[b].shingles) >= MEMBER_THRESHOLD

    def linked(a: int, b: int) -> bool:
        if b in neighbours[a] or (fingerprints[a].exact_key == fingerprints[b].exact_key):
            return True
        first, second = fingerprints[a], fingerprints[b]
        return _comparable(first, second) and containment(first.shingles, second.shingles) >= threshold

    # Centres are the documents with the most verified copies (the middle of a cluster, not
    # its fullest member, which may carry another site's chrome); the keeper is chosen among
    # the members afterwards, by the keep policy.
    degree = {i: len(neighbours[i]) + len(exact_of.get(i, [])) for i in range(count)}
    centres = sorted(range(count), key=lambda i: (-degree[i], rank[i]))
    assigned: set[int] = set()
    groups: list[list[int]] = []
    for centre in centres:
        if centre in assigned or not fingerprints[centre].words or degree[centre] == 0:
            continue
        members = [centre]
        assigned.add(centre)
        direct = [i for i in exact_of.get(centre, []) if i != centre]
        direct += sorted(neighbours[centre], key=lambda i: (-neighbours[centre][i], rank[i]))
        queue = [i for i in dict.fromkeys(direct) if i not in assigned]
        queued = set(queue)
        while queue:
            candidate = queue.pop(0)
            if candidate in assigned or not linked(centre, candidate):
                continue
            if all(compatible(candidate, member) for member in members):
                members.append(candidate)
                assigned.add(candidate)
                # A copy LSH did not pair with the centre is often paired with another copy:
                # such second-hop candidates are verified against the centre itself.
                for hop in sorted(neighbours[candidate], key=rank.__getitem__):
                    if hop not in queued and hop not in assigned:
                        queued.add(hop)
                        queue.append(hop)
        if len(members) > 1:
            groups.append(members)
    return [
        _as_cluster(group, fingerprints, rank) for group in sorted(groups, key=lambda g: min(map(rank.__getitem__, g)))
    ]


def _as_cluster(group: list[int], fingerprints: Sequence[Fingerprint], rank: dict[int, int]) -> Cluster:
    keeper = min(group, key=rank.__getitem__)
    kept = fingerprints[keeper]
    duplicates = []
    for index in sorted(group, key=rank.__getitem__):
        if index == keeper:
            continue
        other = fingerprints[index]
        if other.exact_key == kept.exact_key:
            duplicates.append(Duplicate(other.path, 1.0, "exact"))
        else:
            duplicates.append(Duplicate(other.path, round(containment(kept.shingles, other.shingles), 4), "near"))
    return Cluster(kept.path, tuple(duplicates))
