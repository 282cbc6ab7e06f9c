"""Speakers that are several actors: plural words (``the two leaders``, ``both ministers``,
``they``) that refer back to a coordination of actors named before.

A joint statement or a readout reports what two leaders said together ("President A and Prime
Minister B discussed X. The two leaders agreed that ..."): no single actor is the speaker, and
the words of the subject alone ("The two leaders") name nobody. The rules, read from the parse:

* a **group noun** is a plural noun of people or states (``leaders``, ``ministers``, ``sides``,
  ``countries``; ``data/group_nouns.csv``) with ``both``, a number or ``the`` before it and no
  modifier naming a group of its own (``the opposition leaders``, ``the leaders of the rebel
  groups``; ``the leaders of both countries`` still counts those named before);
* a group noun, or ``they``, refers back to the last main-clause subject that coordinates two
  or more actors of the right kind (``President A and Prime Minister B``) within
  :data:`GROUP_WINDOW` sentences (``they``: only the last subject, as for ``it``); a subject
  that is itself a group noun passes the reference on (``The two leaders met. They agreed``);
* a numbered group noun (``both``, ``two``; ``the leaders``: two) with no coordination before
  (``A met B in Oslo. The two leaders agreed``) names the last that many persons (or states)
  mentioned before it; ``the leaders`` with no number only when those two met, the subject and
  the object of one verb (``A welcomed B``);
* the speaker's words are then the coordination's words (``President A and Prime Minister
  B``), or the names of the actors found, joined by ``and`` (also for a coordination of bare
  surnames: ``both Lind and Ruud`` is ``Anna Lind and Tomas Ruud``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dossier.actors.mentions import ActorIndex
from dossier.records import Actor
from dossier.text.gazetteer import rows
from dossier.text.lexicon import sentences

#: How many sentences back a group noun looks for the coordination it refers to.
GROUP_WINDOW = 8
NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Group:
    """The actors a plural speaker stands for, and the words that name them together."""

    actors: tuple[Actor, ...]
    words: str


@cache
def group_nouns() -> dict[str, tuple[str, ...]]:
    """Plural-noun lemma -> the actor types it may refer to."""
    return {r["noun"]: tuple(r["types"].split()) for r in rows("group_nouns.csv")}


@cache
def pair_nouns() -> frozenset[str]:
    """Plural-noun lemmas that, after ``the``, mean the two who met (``The leaders agreed``)."""
    return frozenset(r["noun"] for r in rows("group_nouns.csv") if r["pair"] == "yes")


def _lemma(t: Token) -> str:
    """The singular of a plural noun, also where the parser keeps a capitalised plural (``Leaders``)."""
    low = t.lemma_.lower()
    return low[:-1] if low not in group_nouns() and low.endswith("s") else low


def group_types(subj: Token) -> tuple[str, ...] | None:
    """The actor types a plural group noun refers to (``the two leaders``: persons), or None
    when the subject is no group noun (``officials``, ``the leader``)."""
    if subj.tag_ not in ("NNS", "NNPS") or _lemma(subj) not in group_nouns():
        return None
    if not any(c.lower_ in ("the", "these", "all") or c.lower_ in NUMBERS
               for c in subj.children if c.dep_ in ("det", "predet", "nummod", "quantmod")):
        return None
    if _restricted(subj):
        return None
    return group_nouns()[_lemma(subj)]


def _restricted(subj: Token) -> bool:
    """Whether a group noun names a group of its own by a modifier: a noun before it (``the
    opposition leaders``), a possessor or a phrase after it (``the leaders of the rebel
    groups``, ``the countries in the region``) but one counting those named before (``the
    leaders of both countries``)."""
    for c in subj.children:
        if c.dep_ in ("compound", "poss") and c.i < subj.i:
            return True
        if c.dep_ == "prep" and c.i > subj.i:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if not any(n.lower_ in NUMBERS for o in objs for n in o.children):
                return True
    return False


def _number(subj: Token) -> int | None:
    """How many a group noun counts: ``both``, a number, or two for ``the leaders``."""
    n = next((NUMBERS[c.lower_] for c in subj.children if c.lower_ in NUMBERS), None)
    if n is None and _lemma(subj) in pair_nouns() and any(c.lower_ == "the" for c in subj.children):
        return 2
    return n


def _counted(subj: Token) -> bool:
    """Whether a group noun says how many it names (``both``, ``two``), not only ``the``."""
    return any(c.lower_ in NUMBERS for c in subj.children)


def _clause_head(t: Token) -> Token:
    """The verb a name is the subject or object of, through a preposition (``met with B``)
    and through the words of its own phrase (``Prime Minister B``)."""
    while t.dep_ in ("compound", "flat", "appos") and t.head is not t:
        t = t.head
    if t.dep_ == "pobj":
        t = t.head
    return t.head


def _met(first: Token, second: Token) -> bool:
    """Whether two names are the subject and an object of one verb (``A welcomed B``)."""
    return _clause_head(first).i == _clause_head(second).i


def _conjuncts(head: Token) -> list[Token]:
    """The head of a coordination and each of its conjuncts, in order."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def _joined(actors: list[Actor]) -> str:
    """``A and B``, ``A, B and C``: the actors' names."""
    names = [a.name for a in actors]
    return ", ".join(names[:-1]) + " and " + names[-1]


class Groups:
    """Resolves plural speakers against the actors of one doc."""

    def __init__(self, index: ActorIndex, quoted: frozenset[int] = frozenset()) -> None:
        self.index = index
        self.quoted = quoted

    @property
    def _starts(self) -> list[int]:
        """Token index of each sentence's start (read once per doc)."""
        key = "groups.sentence_starts"
        if key not in self.index.memo:
            self.index.memo[key] = [s.start for s in sentences(self.index.doc)]
        return self.index.memo[key]

    def _sentence(self, i: int) -> int:
        return bisect_left(self._starts, i + 1) - 1

    def coordination(self, subj: Token, types: tuple[str, ...]) -> Group | None:
        """The actors a coordinated subject names (``President A and Prime Minister B``), when
        there are two or more, all of these types."""
        parts = _conjuncts(subj)
        if len(parts) < 2:
            return None
        found: list[Actor] = []
        for p in parts:
            a = self.index.at(p)
            if a is None or a.type not in types:
                return None
            if a not in found:
                found.append(a)
        if len(found) < 2:
            return None
        doc = self.index.doc
        if len(found) == len(parts) and all(a.type == "person" and len(a.name.split()) > 1 and
                                            not any(c.dep_ in ("compound", "flat") for c in p.children)
                                            for a, p in zip(found, parts, strict=True)):
            return Group(tuple(found), _joined(found))  # "both Lind and Ruud": their full names
        start = subj.left_edge.i
        while start < subj.i and doc[start].lower_ in ("both", "the"):
            start += 1
        end = parts[-1].right_edge.i + 1
        return Group(tuple(found), self.index.text(start, end))

    def _subjects_before(self, token: Token) -> list[Token]:
        """Main-clause subjects before ``token`` within the window, nearest first."""
        doc = self.index.doc
        here = self._sentence(token.i)
        first = self._starts[max(0, here - GROUP_WINDOW)]
        return [t for t in reversed(doc[first:token.i]) if t.dep_ in SUBJECT_DEPS and t.i not in self.quoted
                and t.head.dep_ not in ("relcl", "acl") and t.dep_ != "conj"]

    def refers_to(self, subj: Token) -> Group | None:
        """The group a plural speaker refers back to, by the rules in the module docstring."""
        if subj.lower_ == "they":
            types: tuple[str, ...] = ("person", "state", "organization", "group", "media")
            only_last = True
        else:
            found = group_types(subj)
            if found is None:
                return None
            types, only_last = found, False
        for t in self._subjects_before(subj):
            if t.pos_ == "PRON":
                continue
            g = self.coordination(t, types)
            if g is not None:
                return g
            if group_types(t) is not None:
                continue  # "The two leaders met. They agreed": the reference passes on
            if only_last:
                return None
        n = _number(subj)
        return self._last_named(subj, n, types, met=not _counted(subj)) if n else None

    def _last_named(self, subj: Token, n: int, types: tuple[str, ...], met: bool = False) -> Group | None:
        """The last ``n`` distinct actors of these types (persons first) named before ``subj``;
        with ``met`` (``the leaders``, no number), only two who met: the subject and the object
        of one verb (``A welcomed B``, ``A met with B``), not two named apart (``A chaired the
        meeting, while B objected``: ``the ministers`` are all who met)."""
        here = self._sentence(subj.i)
        doc = self.index.doc
        for kind in [k for k in ("person", "state", "organization") if k in types]:
            found: list[Actor] = []
            tokens: list[Token] = []
            for t in reversed(doc[self._starts[max(0, here - GROUP_WINDOW)]:subj.i]):
                a = self.index.at(t)
                if a is not None and a.type == kind and t.i not in self.quoted and a not in found:
                    found.append(a)
                    tokens.append(t)
                    if len(found) == n:
                        if met and not _met(tokens[1], tokens[0]):
                            return None
                        return Group(tuple(reversed(found)), _joined(list(reversed(found))))
        return None
