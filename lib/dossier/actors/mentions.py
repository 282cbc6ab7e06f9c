"""Which actor each token of a parsed article names, offsets back to the original text, and
the walk up the dependency tree that the extractors share.

The extractors of claims, sanctions, projects and agreements read the parse token by token;
this index joins those tokens to the actors (records with original offsets) resolved before.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dossier.records import Actor
from dossier.text.article import NormalizedText


def ancestors(token: Token, limit: int = 8) -> Iterator[Token]:
    """The token's head, its head's head, ... up to the sentence root or ``limit`` steps."""
    t = token
    for _ in range(limit):
        if t.head.i == t.i:
            return
        t = t.head
        yield t


class ActorIndex:
    """Token -> actor look-ups and token-range -> original-offset maps for one doc."""

    def __init__(self, doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...]) -> None:
        self.doc = doc
        self.norm = norm
        self.actors = actors
        self.by_id = {a.id: a for a in actors}
        self.memo: dict = {}  # what the extractors read from this doc once and share (the author state)
        spans = sorted((s, e, a.id) for a in actors for s, e in a.mentions)
        starts = [s for s, _, _ in spans]
        origin = norm.origin
        self._at: dict[int, Actor] = {}
        for i, idx in enumerate(doc.to_array("IDX").tolist()):
            s = origin[idx] if idx < len(origin) else len(norm.original)
            k = bisect_right(starts, s) - 1
            if k >= 0 and spans[k][0] <= s < spans[k][1]:
                self._at[i] = self.by_id[spans[k][2]]

    @classmethod
    def of(cls, doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...]) -> ActorIndex:
        """The index of ``doc`` for these actors, built once and kept with the doc."""
        key = ("dossier.ActorIndex", id(actors))
        index = doc.user_data.get(key)
        if not isinstance(index, cls) or index.actors is not actors:
            index = doc.user_data[key] = cls(doc, norm, actors)
        return index

    @staticmethod
    def forget(doc: Doc) -> None:
        """Drop the indexes, and everything else extraction kept with ``doc`` (``dossier.`` keys)."""
        for key in [k for k in doc.user_data if isinstance(k, tuple) and k and str(k[0]).startswith("dossier.")]:
            del doc.user_data[key]

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the token range ``[start, end)``."""
        doc = self.doc
        if end <= start:
            i = doc[start].idx if start < len(doc) else len(self.norm.text)
            return self.norm.to_original(i, i)
        return self.norm.to_original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def text(self, start: int, end: int) -> str:
        """The original words of the token range ``[start, end)``."""
        s, e = self.orig(start, end)
        return self.norm.original[s:e]

    def at(self, token: Token) -> Actor | None:
        """The actor a token is part of a mention of, if any."""
        return self._at.get(token.i)

    def within(self, start: int, end: int, *, types: tuple[str, ...] = ()) -> list[Actor]:
        """Actors mentioned in the token range, in order of first mention, optionally by type."""
        seen: dict[str, Actor] = {}
        for i in range(start, end):
            a = self._at.get(i)
            if a is not None and (not types or a.type in types):
                seen.setdefault(a.id, a)
        return list(seen.values())

    def state_of(self, actor: Actor) -> str | None:
        """The state an actor stands for: itself, or a person's or medium's affiliated state."""
        if actor.type == "state":
            return actor.id
        if actor.affiliation_id and self.by_id.get(actor.affiliation_id, actor).type == "state":
            return actor.affiliation_id
        return None
