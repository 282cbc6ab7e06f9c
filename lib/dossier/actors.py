"""Who the actors are: entity mentions resolved into one actor per real-world entity.

Mentions come from the statistical NER and the gazetteer ruler (:mod:`dossier.nlp`). They are
resolved by these rules, in order:

* a mention the gazetteer knows (``U.S.``, ``the United States``, ``Moscow``, ``the Kremlin``,
  ``Iranian``) is a mention of its state, organisation or bloc: metonyms and demonyms are not
  separate actors;
* people with two or more name parts are one person when first and last names agree (middle
  initials and courtesy titles aside: ``Vladimir V. Putin`` = ``Vladimir Putin``); different
  first names are different people even with the same surname;
* a one-word name joins the person whose surname it is (the most recently mentioned one when
  several share it), else, for transliteration variants (``Aragushi`` for ``Araghchi``), the
  only person whose surname is close in spelling (similarity of at least
  :data:`FUZZY_MIN`, same first two letters); an organisation or place mention that is a
  known surname (``Trump`` tagged ORG) is that person;
* organisations merge by name without a leading "the" and by acronym (``CSTO``);
* places (cities, seas, regions) and unknown groups (``European``) are kept, typed place and
  group.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from .article import NormalizedText
from .gazetteer import gazetteer
from .records import Actor, ActorType
from .roles import Role, honorifics, roles, title_before, titles

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
FUZZY_MIN = 75.0


@dataclass(frozen=True)
class CoOccurrence:
    """Two actors named in the same sentences (``a`` sorts before ``b``)."""

    a: str
    b: str
    sentences: tuple[int, ...]


@dataclass
class _Cluster:
    type: ActorType
    key: str
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    first: str = ""
    last: str = ""
    extra_aliases: list[str] = field(default_factory=list)

    def add(self, span: Span, text: str, where: tuple[int, int]) -> None:
        self.names.append(text)
        self.mentions.append(where)
        self.spans.append(span)


def _trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive or punctuation from a mention."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1
    return Span(doc, start, end, label=span.label, span_id=span.id)


def _name_parts(span: Span) -> tuple[list[str], list[str]]:
    """(parts of a person's name, courtesy titles or titles the NER put inside the span)."""
    words = span.text.split()
    lead: list[str] = []
    while len(words) > 1 and (words[0] in honorifics() or words[0].lower() in titles()):
        lead.append(words.pop(0))
    return words, lead


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"


class _Resolver:
    def __init__(self, doc: Doc, norm: NormalizedText) -> None:
        self.doc = doc
        self.norm = norm
        self.gaz = gazetteer()
        self.clusters: list[_Cluster] = []
        self.by_key: dict[str, _Cluster] = {}

    def where(self, span: Span) -> tuple[int, int]:
        return self.norm.to_original(span.start_char, span.end_char)

    def keyed(self, key: str, type_: ActorType, name: str) -> _Cluster:
        if key not in self.by_key:
            c = _Cluster(type_, key, first=name)
            self.by_key[key] = c
            self.clusters.append(c)
        return self.by_key[key]

    def people(self) -> list[_Cluster]:
        return [c for c in self.clusters if c.type == "person"]

    def person_for(self, parts: list[str], at: int) -> _Cluster | None:
        """The person a name refers to, by the rules in the module docstring."""
        last = parts[-1].lower()
        if len(parts) > 1:
            first = parts[0].lower()
            for c in self.people():
                if c.first.lower() == first and (c.last.lower() == last or self.close(c.last, parts[-1])):
                    return c
            return None
        exact = [c for c in self.people() if c.last.lower() == last]
        if exact:
            return max(exact, key=lambda c: max((m[0] for m in c.mentions if m[0] <= at), default=-1))
        given = [c for c in self.people() if c.first.lower() == last]
        if len(given) == 1:  # "Mr. Wang" for Wang Yi: family name first
            return given[0]
        close = [c for c in self.people() if c.last and self.close(c.last, parts[-1])]
        return close[0] if len(close) == 1 else None

    @staticmethod
    def close(a: str, b: str) -> bool:
        return (len(a) >= 5 and len(b) >= 5 and a[:2].lower() == b[:2].lower()
                and fuzz.ratio(a.lower(), b.lower()) >= FUZZY_MIN)

    def add_person(self, span: Span) -> None:
        parts, lead = _name_parts(span)
        where = self.where(span)
        c = self.person_for(parts, where[0])
        if c is None:
            key = f"person:{len(self.clusters)}"
            c = self.keyed(key, "person", "")
            c.first, c.last = (parts[0], parts[-1]) if len(parts) > 1 else (parts[0], parts[0])
        c.add(span, " ".join(parts), where)
        prev = span.start - 1
        if prev >= 0 and span.doc[prev].text in honorifics():
            c.extra_aliases.append(f"{span.doc[prev].text} {' '.join(parts)}")
        c.extra_aliases.extend(f"{w} {' '.join(parts)}" for w in lead)

    def resolve(self) -> None:
        ents = [_trim(e) for e in self.doc.ents if e.label_ in ENTITY_LABELS]
        # An unknown organisation right after a personal title is a person the NER mislabelled
        # ("Chancellor Olaf Scholz" tagged ORG).
        ents = [Span(self.doc, e.start, e.end, label="PERSON")
                if e.label_ == "ORG" and not e.ent_id_ and self.gaz.lookup(e.text) is None
                and len(e) > 1 and title_before(e) is not None else e for e in ents]
        persons = [e for e in ents if e.label_ == "PERSON"]
        # Full names first, so that a lone surname can find its person wherever it appears.
        for e in sorted(persons, key=lambda e: (len(_name_parts(e)[0]) < 2, e.start)):
            self.add_person(e)
        for e in ents:
            if e.label_ == "PERSON":
                continue
            form = self.gaz.lookup(e.text)
            key = e.ent_id_ or (form.key if form else "")
            entry = self.gaz.entries.get(key)
            weak = form is not None and form.weak or not key
            person = self.person_for([e.text], self.where(e)[0]) if weak and len(e) == 1 else None
            if person is not None and person.last.lower() == e.text.lower():
                person.add(e, e.text, self.where(e))
            elif entry is not None:
                self.keyed(entry.key, entry.type, entry.name).add(e, e.text, self.where(e))
            elif e.label_ == "ORG":
                self.add_org(e)
            elif e.label_ == "NORP":
                self.keyed(f"group:{e.text}", "group", e.text).add(e, e.text, self.where(e))
            else:
                self.keyed(f"place:{e.text}", "place", e.text).add(e, e.text, self.where(e))

    def add_org(self, e: Span) -> None:
        text = e.text
        for c in self.clusters:
            if c.type == "organization" and (text in c.names or text == _acronym(c.first)
                                             or _acronym(text) == c.first):
                c.add(e, text, self.where(e))
                if len(text) > len(c.first):
                    c.first = text
                return
        self.keyed(f"org:{text}", "organization", text).add(e, text, self.where(e))

    def actors(self) -> tuple[Actor, ...]:
        order = sorted(self.clusters, key=lambda c: min(c.mentions))
        ids: dict[int, str] = {}
        used: set[str] = set()
        for c in order:
            name = self.display_name(c)
            base = _slug(name)
            slug, n = base, 2
            while slug in used:
                slug, n = f"{base}-{n}", n + 1
            used.add(slug)
            ids[id(c)] = slug
        key_ids = {c.key: ids[id(c)] for c in order}
        out = []
        for c in order:
            name = self.display_name(c)
            found_roles, aff_key, aff_span = self.roles_of(c)
            if aff_key is None and aff_span is None:
                aff_key = self.affiliation_by_title(c, found_roles)
            entry = self.gaz.entries.get(c.key)
            if aff_key is None and entry is not None and entry.affiliation:
                aff_key = entry.affiliation
            aff_name = None
            if aff_key is not None:
                target = self.by_key.get(aff_key)
                aff_name = self.display_name(target) if target else self.gaz.entries[aff_key].name
            elif aff_span is not None:
                aff_name = aff_span
            aliases = sorted(set(c.names) | set(c.extra_aliases))
            out.append(Actor(
                id=ids[id(c)], name=name, type=c.type, aliases=tuple(aliases),
                roles=tuple(found_roles), affiliation=aff_name,
                affiliation_id=key_ids.get(aff_key) if aff_key else None,
                mentions=tuple(sorted(set(c.mentions))),
                key=c.key if c.key in self.gaz.entries else None,
            ))
        return tuple(out)

    def display_name(self, c: _Cluster) -> str:
        if c.type == "person":
            return max(c.names, key=lambda n: (len(n.split()), len(n)))
        if c.key in self.gaz.entries:
            return self.gaz.entries[c.key].name
        return c.first or c.names[0]

    def roles_of(self, c: _Cluster) -> tuple[list[str], str | None, str | None]:
        """Roles (deduplicated, case-insensitively) and the first stated affiliation."""
        if c.type != "person":
            return [], None, None
        seen: dict[str, str] = {}
        aff_key = aff_text = None
        for span in c.spans:
            for role in roles(span):
                seen.setdefault(role.title.lower(), role.title)
                if role.affiliation and aff_key is None and aff_text is None:
                    aff_key, aff_text = self.affiliation(role)
        return list(seen.values()), aff_key, aff_text

    def affiliation_by_title(self, c: _Cluster, found_roles: list[str]) -> str | None:
        """A possessive title with no name ("Iran's ambassador to Moscow") gives its affiliation to
        the one person holding that title in the article."""
        if c.type != "person" or not found_roles:
            return None
        mine = {r.lower().split()[-1] for r in found_roles}
        holders = [o for o in self.people()
                   if o is not c and {r.lower().split()[-1] for r in self.roles_of(o)[0]} & mine]
        if holders:
            return None
        for t in self.doc:
            if t.lower_ in mine and t.ent_type_ != "PERSON" and not any(x.ent_type_ == "PERSON" for x in t.children):
                for p in t.children:
                    if p.dep_ == "poss":
                        owner = next((k for k in self.clusters if k.type in ("state", "organization")
                                      and any(s.start <= p.i < s.end for s in k.spans)), None)
                        if owner is not None:
                            return owner.key
        return None

    def affiliation(self, role: Role) -> tuple[str | None, str | None]:
        assert role.affiliation is not None
        span = _trim(self.doc[role.affiliation[0]:role.affiliation[1]])
        for c in self.clusters:
            if any(s.start == span.start and s.end == span.end for s in c.spans):
                return c.key, None
        return None, span.text


def actors(doc: Doc, norm: NormalizedText) -> tuple[Actor, ...]:
    """The actors of a parsed article, resolved by the rules in the module docstring.

    ``norm`` is the normalized text the doc was parsed from; mentions are reported as
    offsets into the original text through its map.
    """
    resolver = _Resolver(doc, norm)
    resolver.resolve()
    return resolver.actors()


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
