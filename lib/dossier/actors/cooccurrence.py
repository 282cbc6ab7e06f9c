"""Which actors are named in the same sentence: pairs read from the records alone (no parse)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from dossier.records import Actor, ActorType


@dataclass(frozen=True)
class CoOccurrence:
    """Two actors named in the same sentences (``a`` sorts before ``b``)."""

    a: str
    b: str
    sentences: tuple[int, ...]


def cooccurrence(actors: tuple[Actor, ...], sentences: tuple[tuple[int, int], ...], *,
                 types: tuple[ActorType, ...] = ("person", "state", "organization", "media", "group"),
                 ) -> tuple[CoOccurrence, ...]:
    """Pairs of actors mentioned in the same sentence, with the sentences' indices."""
    starts = [s for s, _ in sentences]
    in_sentence: dict[int, set[str]] = defaultdict(set)
    for a in actors:
        if a.type not in types:
            continue
        for start, _ in a.mentions:
            in_sentence[bisect_right(starts, start) - 1].add(a.id)
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in sorted(in_sentence):
        for a, b in combinations(sorted(in_sentence[i]), 2):
            pairs[(a, b)].append(i)
    return tuple(CoOccurrence(a, b, tuple(s)) for (a, b), s in sorted(pairs.items()))
