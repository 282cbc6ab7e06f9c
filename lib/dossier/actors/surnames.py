"""Which person a name, a lone surname or a surname the NER left untagged refers to.

A mixin of the actor resolver (:mod:`dossier.actors.resolver`, whose module docstring states the
rules in order): it reads and grows the resolver's clusters of mentions of the doc.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from dossier.actors.clusters import Cluster
from dossier.actors.names import Name, is_given_name, is_title_word, organisation_heads
from dossier.actors.spelling import FUZZY_MIN
from dossier.text.lexicon import tokens

#: Possessives and reflexives of a person, and of a thing.
PERSONAL = frozenset({"his", "her", "himself", "herself"})
IMPERSONAL = frozenset({"its", "itself"})


def _owned(span: Span) -> set[str]:
    """The possessives and reflexives in what the clause a mention is the subject of does to
    its object or its prepositions' objects (``Roe was loading her boat``: her)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb: Token = root.head
    return {w.lower_ for c in verb.children if c.dep_ in ("dobj", "prep", "attr", "dative", "npadvmod")
            for w in c.subtree if w.lower_ in PERSONAL | IMPERSONAL and (w.tag_ == "PRP$" or w.lower_.endswith("self"))}


class Surnames:
    """Person look-ups by name for :class:`dossier.actors.resolver._Resolver`."""

    def people(self) -> list[Cluster]:
        return [c for c in self.clusters if c.type == "person"]

    def person_for(self, name: Name, at: int) -> Cluster | None:
        """The person a name refers to, by the rules in the module docstring."""
        last = name.last.lower()
        people = self.people()
        if len(name.words) > 1 and not name.first[:1].islower():  # "bin Saud" is a surname alone
            first = name.first.lower()
            for c in people:
                if c.first.lower() == first and (c.last.lower() == last or self.close(c.last, name.last)):
                    return c
            written = " " + " ".join(name.words).lower()
            double = [c for c in people if any(n.lower().endswith(written) for n in c.names)]
            return double[0] if len(double) == 1 else None  # "Sá Carvalho" for Henrique Sá Carvalho
        exact = [c for c in people if c.last.lower() == last]
        if exact:  # the one introduced first: news style gives the others their full names again
            return min(exact, key=lambda c: min(c.mentions))
        given = [c for c in people if c.first.lower() == last]
        if len(given) == 1:  # "Mr. Wang" for Wang Yi: family name first
            return given[0]
        paternal = [c for c in people if not is_given_name(name.last) and last in c.paternal_surnames()]
        if len(paternal) == 1:  # "Mancera" for Tulio Mancera Ortiz: the first of two surnames
            return paternal[0]
        close = [c for c in people if c.last and self.close(c.last, name.last)]
        return close[0] if len(close) == 1 else None

    @staticmethod
    def close(a: str, b: str) -> bool:
        return (len(a) >= 5 and len(b) >= 5 and a[:2].lower() == b[:2].lower()
                and fuzz.ratio(a.lower(), b.lower()) >= FUZZY_MIN)

    def person_by_surname_only(self, name: Name) -> Cluster | None:
        """``Morgan Moyo`` tagged ORG, where the person was otherwise named by surname only."""
        found = [c for c in self.people() if c.last.lower() == name.last.lower() and c.first == c.last]
        if len(found) == 1 and name.first[:1].isupper():
            found[0].first = name.first
            return found[0]
        return None

    def person_by_initials(self, text: str) -> Cluster | None:
        """``FBS`` for Faisal bin Saud: capitals that are the initials of one person's name."""
        if len(text) < 3 or not text.isupper() or not text.isalpha():
            return None
        found = [c for c in self.people() if text in c.initials]
        return found[0] if len(found) == 1 else None

    def add_untagged_surnames(self) -> None:
        """A capitalised proper noun the NER left out that is the surname of a person already
        named (``Rashidi`` after ``Omar Al-Rashidi``) is a mention of that person."""
        taken = {i for c in self.clusters for s in c.spans for i in range(s.start, s.end)}
        self.add_untagged_double_surnames(taken)
        surnames = {c.last.lower() for c in self.people() if c.last and len(c.last) > 2}
        surnames |= {w for c in self.people() for w in c.paternal_surnames() if not is_given_name(w.title())}
        firsts = [c.first.lower() for c in self.people() if c.first and len(c.first) > 2]
        given = {f for f in firsts if firsts.count(f) == 1}
        toks = tokens(self.doc)
        for t in toks:
            if t.i in taken or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ \
                    or t.i > 1 and toks[t.i - 1].text == "-" and not toks[t.i - 2].whitespace_:
                continue
            end = t.i + 1
            while end + 1 < len(toks) and toks[end].text == "-" and not toks[end - 1].whitespace_ \
                    and not toks[end].whitespace_ and toks[end + 1].text[:1].isupper():
                end += 2  # "Pellow-Ure", three tokens
            text = self.doc[t.i:end].text
            if text.lower() not in surnames | given and not any(self.close(s, text.lower()) for s in surnames):
                continue
            if t.i > 0 and toks[t.i - 1].pos_ == "PROPN" or end < len(toks) \
                    and (toks[end].pos_ == "PROPN" or is_title_word(toks[end]) and toks[end].pos_ != "VERB"):
                continue  # part of a longer name, or whom an office serves ("Houthi leader")
            span = Span(self.doc, t.i, end, label="PERSON")
            person = self.person_for(Name((text,)), self.where(span)[0])
            if person is not None:
                person.add(span, text, self.where(span))

    def add_untagged_double_surnames(self, taken: set[int]) -> None:
        """Two capitalised proper nouns the NER left out that end a longer name of one person
        (``Vaz Pimentel`` after ``Joaquim Vaz Pimentel``) are a mention of that person."""
        pairs: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
        for c in self.people():
            for n in {n.lower() for n in c.names if len(n.split()) >= 3}:
                pairs[tuple(n.split()[-2:])].append(c)
        if not pairs:
            return
        toks = tokens(self.doc)
        for a, b in itertools.pairwise(toks):
            owners = pairs.get((a.lower_, b.lower_), [])
            if len(set(map(id, owners))) != 1 or {a.i, b.i} & taken or a.ent_type_ or b.ent_type_ \
                    or not a.text[:1].isupper() or a.i > 0 and toks[a.i - 1].pos_ == "PROPN":
                continue
            span = Span(self.doc, a.i, b.i + 1, label="PERSON")
            owners[0].add(span, span.text, self.where(span))
            taken |= {a.i, b.i}

    def retype_owners(self) -> None:
        """``Tawhiri was loading her scull onto a trailer``: a one-word "organisation" the
        gazetteer does not know, no organisation's head noun nor an acronym, that is the subject
        of a clause doing something to her or his own (and never its own) is a person named by
        surname (the NER takes unfamiliar surnames for organisations), and so is the one
        unknown "organisation" of two or three words ending in that surname: the full name."""
        heads = organisation_heads()
        for c in self.clusters:
            if c.type != "organization" or c.key in self.gaz.entries or any(" " in n for n in c.names):
                continue
            name = c.names[0]
            if not name[:1].isupper() or name.isupper() or name.lower() in heads or not name.isalpha():
                continue
            owned = set().union(*(_owned(s) for s in c.spans))
            if not owned & PERSONAL or owned & IMPERSONAL:
                continue
            c.type, c.first, c.last = "person", name, name
            full = [o for o in self.clusters if o.type == "organization" and o.key not in self.gaz.entries
                    and all(2 <= len(n.split()) <= 3 and n.split()[-1] == name and n[:1].isupper() for n in o.names)]
            if len(full) == 1:  # "Tui Parata" tagged an organisation too: the person's full name
                c.first = full[0].names[0].split()[0]
                self.merge(full[0], c)

