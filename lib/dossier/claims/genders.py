"""A person's gender as the text gives evidence of it, for resolving "he" and "she".

A mixin of :class:`dossier.claims.speakers.Speakers`: it reads the speaker index's mentions of
the doc. What a person is called (a gendered title or word: ``spokeswoman``, ``Mr``) counts
first, then their given name (``data/given_names.csv``), then the possessives of the clauses
they are the subject of (``Roe sold her shares``), which may belong to someone else.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dossier.actors import names
from dossier.actors.names import gendered_words
from dossier.claims.subjects import SUBJECT_DEPS
from dossier.records import Actor


@cache
def given_names() -> dict[str, str]:
    """Lower-case given name -> ``m`` or ``f``, for persons the text says nothing of."""
    return {name: g for name, g in names.given_names().items() if g in ("m", "f")}


def _word(token: Token) -> str:
    return token.lower_.rstrip(".")


#: Dependencies that open a clause of its own inside another.
CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj"})


def _embedded(word: Token, clause: Token) -> bool:
    """Whether ``word`` sits in a clause of its own below ``clause``'s head whose subject is
    someone named (``that X summoned her to his office``: X's; but ``denied that he or his staff
    ...``: the same person's)."""
    t = word
    while t.i != clause.i and t.head.i != t.i:
        if t.dep_ in CLAUSES and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in t.children):
            return True
        t = t.head
    return False


def _majority(votes: dict[str, int]) -> str | None:
    return None if votes["m"] == votes["f"] else ("m" if votes["m"] > votes["f"] else "f")


class Genders:
    """Gender evidence for :class:`dossier.claims.speakers.Speakers`."""

    def gender(self, actor: Actor) -> str | None:
        """``m``, ``f`` or None: the text's evidence about a person's gender."""
        if not hasattr(self, "_genders"):
            self._genders: dict[str, str | None] = {}
        if actor.id in self._genders:
            return self._genders[actor.id]
        words = gendered_words()
        named = {"m": 0, "f": 0}  # what the person is called: "spokeswoman", "Mr", "Mrs"
        owned = {"m": 0, "f": 0}  # the possessives of the clauses they are the subject of
        for role in actor.roles:
            for w in role.lower().split():
                if w in words:
                    named[words[w]] += 1
        doc = self.doc
        for i, a, _ in self._mentions():
            if a is not actor:
                continue
            if i == 0 or self.at(doc[i - 1]) is not actor:  # the first word of a mention, and the words before
                for t in doc[max(0, i - 3):i + 1]:  # not a possessive: "His neighbour, Ruth Okafor"
                    if _word(t) in words and t.pos_ != "VERB" and t.tag_ != "PRP$":
                        named[words[_word(t)]] += 1
            t = doc[i]
            if t.dep_ in SUBJECT_DEPS and self.at(t) is actor:
                own = range(t.left_edge.i, t.right_edge.i + 1)  # not "His neighbour, Ruth, ...": another's
                for w in t.head.subtree:
                    if w.i in own or _embedded(w, t.head):
                        continue  # nor one in a clause of its own: "testified that X summoned her to his office"
                    if w.lower_ in ("his", "himself"):
                        owned["m"] += 1
                    elif w.lower_ == "herself" or w.lower_ == "her" and w.tag_ == "PRP$":
                        owned["f"] += 1  # "her office", not "summoned her": an object is someone else
        g = _majority(named)
        if g is None and named["m"] == 0:
            g = given_names().get(actor.name.split()[0].lower()) if actor.name else None
        if g is None:
            g = _majority(owned)
        self._genders[actor.id] = g
        return g
