"""Who the actors are: entity mentions resolved into one actor per real-world entity.

Mentions come from the statistical NER and the gazetteer ruler (:mod:`dossier.text.nlp`), repaired
by :mod:`dossier.actors.entities` (spans, labels, acronyms, names the NER missed). They are resolved
by these rules, in order:

* a mention the gazetteer knows (``U.S.``, ``the United States``, ``Moscow``, ``the Kremlin``,
  ``Iranian``, ``the Government of Chile``) is a mention of its state, organisation or bloc:
  metonyms and demonyms are not separate actors; but a capital where something happens
  (``living in Lisbon``) is a place, and a state's name qualifying a currency (``Hong Kong
  dollars``) no mention of it (:mod:`dossier.actors.metonyms`), and an unknown "organisation" named
  as where something happens (``the plant at Yanbu``) that is a known town is a place;
* people with two or more name parts are one person when first and last names agree (middle
  initials, generational suffixes and titles aside, :mod:`dossier.actors.names`: ``Anna K.
  Berg`` = ``Anna Berg``); different first names are different people even with the
  same surname; two words that end a longer name are its bearer (``Sá Carvalho`` for Henrique
  Sá Carvalho, a double surname);
* a one-word name (or ``bin Saud``, or a hyphenated ``Okonkwo-Rhee``) joins the person whose
  surname it is (the one introduced first when several share it: news style names the others in
  full again), else the only person with that first name (``Farid``, ``Mr. Wang`` for Wang Yi),
  else the only person whose first of two surnames it is, when it is no given name (``Mancera``
  for Tulio Mancera Ortiz), else, for
  transliteration variants (``Aragushi`` for ``Araghchi``), the only person whose surname is
  close in spelling (similarity of at least :data:`FUZZY_MIN`, same first two letters); an
  organisation or place mention that is a known surname or a person's initials (``FBS``) is
  that person, and so is a capitalised proper noun the NER left untagged;
* organisations merge by name without a leading "the", a company suffix, a plural ending, a
  seat (``Embassy in Baghdad``) or the form of their state (``U.S.`` = ``United States``), by
  acronym (``CSTO``) and by an acronym defined in parentheses (``the Regional Recovery Fund
  (RRF)``); a one-word "person" that is an organisation's first word (``Kelvar`` for ``Kelvar Holdings``) is it,
  and so is a one-word organisation that heads one "<head> of ..." name (``the Chamber`` for ``the
  Chamber of Deputies``);
* an office named alone (``the Foreign Secretary``, ``the crown princess``) is the person who
  holds it, by :func:`dossier.actors.roles.holds`; a capitalised office of two or more words that
  nobody named holds (``the Surgeon General``) is a person of its own, named by the office;
* places (cities, seas, regions) and unknown groups (``European``) are kept, typed place and
  group.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

from spacy.tokens import Doc, Span

from dossier.actors.acronyms import Acronym
from dossier.actors.aliases import GROUP_NOUNS, Alias, aliases
from dossier.actors.clusters import Cluster
from dossier.actors.cooccurrence import CoOccurrence, cooccurrence
from dossier.actors.entities import entity_mentions, key_of
from dossier.actors.metonyms import (
    apposed_settlement,
    means_the_place,
    names_a_home,
    names_a_route_end,
    names_where,
    qualifies_a_currency,
)
from dossier.actors.name_runs import courtesy
from dossier.actors.names import (
    Name,
    acronym,
    is_given_name,
    is_title_word,
    organisation_core,
    organisation_heads,
    split_name,
)
from dossier.actors.roles import Role, roles, shared_title, title_before
from dossier.actors.surnames import Surnames
from dossier.actors.title_holders import TitleHolders
from dossier.records import Actor, ActorType
from dossier.text.article import NormalizedText
from dossier.text.gazetteer import gazetteer
from dossier.text.lexicon import tokens
from dossier.text.places import coordinates

__all__ = ["CoOccurrence", "actors", "cooccurrence"]



def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"


class _Resolver(Surnames, TitleHolders):
    def __init__(self, doc: Doc, norm: NormalizedText, home: str | None = None) -> None:
        self.doc = doc
        self.norm = norm
        self.home = home
        self.gaz = gazetteer()
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, Cluster] = {}
        self._roles: dict[tuple[int, int], list[Role]] = {}

    def where(self, span: Span) -> tuple[int, int]:
        return self.norm.to_original(span.start_char, span.end_char)

    def keyed(self, key: str, type_: ActorType, name: str) -> Cluster:
        if key not in self.by_key:
            c = Cluster(type_, key, first=name)
            self.by_key[key] = c
            self.clusters.append(c)
        return self.by_key[key]

    def add_person(self, span: Span) -> None:
        name = split_name(span.text)
        where = self.where(span)
        c = self.person_for(name, where[0])
        if c is None:
            key = f"person:{len(self.clusters)}"
            c = self.keyed(key, "person", "")
            c.first, c.last = name.first, name.last
        written = " ".join(name.words)
        c.add(span, written, where)
        prev = span.start - 1
        if prev >= 0 and courtesy(span.doc[prev]):
            c.extra_aliases.append(f"{span.doc[prev].text} {written}")
        if name.lead:
            c.extra_aliases.append(f"{' '.join(name.lead)} {written}")

    def resolve(self) -> None:
        ents, pairs = entity_mentions(self.doc)
        # An unknown organisation right after a personal title, or sharing the plural title of
        # the name before it, is a person the NER mislabelled ("Chancellor Olaf Scholz" tagged ORG,
        # "Presidents A of X and Olaf Scholz of Y"); not the body a title's "of" names ("president
        # of United Steelworkers Local 1066").
        ents = [Span(self.doc, e.start, e.end, label="PERSON")
                if e.label_ == "ORG" and not key_of(e) and self.gaz.lookup(e.text) is None and len(e) > 1
                and (e.start == 0 or self.doc[e.start - 1].lower_ not in ("of", "for", "at"))
                and (title_before(e) or shared_title(e)) is not None else e for e in ents]
        persons = [e for e in ents if e.label_ == "PERSON"]
        # Full names first, so that a lone surname can find its person wherever it appears.
        for e in sorted(persons, key=lambda e: (len(split_name(e.text).words) < 2, e.start)):
            self.add_person(e)
        for e in ents:
            if e.label_ == "PERSON":
                continue
            form = self.gaz.lookup(e.text)
            key = key_of(e) or (form.key if form else "")
            entry = self.gaz.entries.get(key)
            weak = form is not None and form.weak or not key
            # "Houthi leader Abdul-Malik al-Houthi": a word before a title is whom the office serves
            # ... and a settlement named so ("the town of Rubaya") is no surname
            serves = e.end < len(self.doc) and is_title_word(self.doc[e.end]) and self.doc[e.end].pos_ != "VERB" \
                or e.id_.startswith("place:")  # not "Haddad-Price chairs the association"
            one_word = " " not in e.text  # "Okonkwo-Rhee" is three tokens
            person = self.person_for(Name((e.text,)), self.where(e)[0]) if weak and one_word and not serves \
                else None
            if person is None and weak and len(e) == 1:
                person = self.person_by_initials(e.text)
            if person is None and not key and len(e) in (2, 3) and e.label_ == "ORG":
                person = self.person_by_surname_only(split_name(e.text))
                if person is not None:
                    person.add(e, e.text, self.where(e))
                    continue
            if person is not None and (e.text.lower() in (person.last.lower(), person.first.lower(),
                                                          *person.paternal_surnames())
                                       or self.close(person.last, e.text) and e.label_ != "NORP"  # "the Houthis"
                                       or e.text in person.initials):
                person.add(e, e.text, self.where(e))
            elif entry is not None and entry.type == "state" and qualifies_a_currency(e):
                continue  # "Hong Kong dollars"
            elif entry is not None and form is not None and e.text != entry.name and means_the_place(e) and (
                    form.kind == "capital" or entry.type == "organization" and coordinates(e.text)):
                # not a city state ("in Singapore"); "talks in Brussels" are where, not the EU
                self.keyed(f"place:{e.text}", "place", e.text).add(e, e.text, self.where(e))
            elif entry is not None:
                self.keyed(entry.key, entry.type, entry.name).add(e, e.text, self.where(e))
            elif e.label_ == "ORG":
                self.add_org(e)
            elif e.label_ == "NORP":
                self.keyed(f"group:{e.text}", "group", e.text).add(e, e.text, self.where(e))
            else:
                self.keyed(f"place:{e.text}", "place", e.text).add(e, e.text, self.where(e))
        self.join_acronyms(pairs)
        self.join_aliases(aliases(self.doc, [s for c in self.clusters for s in c.spans]))
        self.retype_towns()
        self.retype_owners()
        self.join_org_first_words()
        self.join_org_heads()
        self.add_untagged_surnames()
        self.add_title_mentions()
        self.add_description_mentions()
        self.add_recent_descriptions()

    def join_aliases(self, found: list[Alias]) -> None:
        """``X, known as Y``: Y's mentions are X's; after a group noun, Y is an organisation
        (:mod:`dossier.actors.aliases`)."""
        for alias in found:
            named = next((c for c in self.clusters if any(s.start <= alias.name.start < s.end for s in c.spans)), None)
            first = next((c for c in self.clusters if c is not named
                          and any(s.start <= alias.before.i < s.end for s in c.spans)), None)
            if named is None:
                if first is not None:  # "the Northern Brigade, also known as the Sons of Ruvu": untagged
                    first.add(alias.name, alias.name.text, self.where(alias.name))
                continue
            if first is not None:
                self.merge(named, first)
            elif alias.before.lemma_.lower() in GROUP_NOUNS and named.type in ("person", "place"):
                named.type = "organization"  # "a coalition that calls itself X": the group's own name
                named.first = max(named.names, key=len)

    def cluster_of(self, span: Span) -> Cluster | None:
        return next((c for c in self.clusters if any(s.start == span.start and s.end == span.end
                                                     for s in c.spans)), None)

    def merge(self, source: Cluster, into: Cluster) -> None:
        """Move every mention of ``source`` to ``into``."""
        if source is into:
            return
        into.names.extend(source.names)
        into.mentions.extend(source.mentions)
        into.spans.extend(source.spans)
        into.extra_aliases.extend(source.extra_aliases)
        self.clusters.remove(source)
        for key, c in list(self.by_key.items()):
            if c is source:
                self.by_key[key] = into

    def retype_towns(self) -> None:
        """``the plant at Yanbu``: an unknown "organisation" (or a one-word "person") named as
        where something happens whose name is a town the place gazetteer knows is that place.
        A one-word "person" or "organisation" the gazetteer does not know, that is no given name,
        is a place when every mention of it names where people live (``residents of Kelby``, ``Tom
        Hale, 45, from Kelby``, the latter only for a "person": ``Ann Roe from Acme`` names her
        employer); "in the Senate" or "hosted by Widodo" is not enough."""
        for c in self.clusters:
            one_word = c.type == "person" and all(" " not in n for n in c.names) and not c.titles
            known = (c.type == "organization" or one_word) and c.key not in self.gaz.entries \
                and coordinates(c.names[0]) and any(means_the_place(s) or names_a_route_end(s) for s in c.spans)
            single = c.type == "organization" and all(" " not in n for n in c.names)
            unknown = (one_word or single) and c.key not in self.gaz.entries and not is_given_name(c.names[0]) \
                and bool(c.spans) and all(names_a_home(s, origin=one_word) for s in c.spans)
            # "a pharmacist in Nizhna Rudka": an unknown "person" with no given name, never the surname of
            # another, only ever named as where something is
            located = c.type == "person" and not c.titles and c.key not in self.gaz.entries and bool(c.spans) \
                and not is_given_name(c.names[0].split()[0]) and all(names_where(s) for s in c.spans) \
                and not any(o is not c and o.type == "person" and any(n.endswith(" " + c.names[0]) for n in o.names)
                            for o in self.clusters)
            # "Kelby Cross, a market town ..., in Kelby Cross": an unknown "organisation" of any length
            # set in apposition to a settlement and otherwise only named as where something is
            settled = c.type == "organization" and c.key not in self.gaz.entries and bool(c.spans) \
                and c.names[0].lower().split()[-1] not in organisation_heads() \
                and any(apposed_settlement(s) for s in c.spans) \
                and all(names_a_home(s) or names_where(s) for s in c.spans)
            if known or unknown or located or settled:
                if c.type == "person":
                    c.first, c.last = "", ""  # a place is named whole, not by a given name
                c.type = "place"
        places = {n: c for c in self.clusters if c.type == "place" for n in c.names}
        heads = organisation_heads()
        for c in [c for c in self.clusters if c.type in ("person", "organization", "place") and not c.titles]:
            words = c.names[0].lower().split()
            home = places.get(c.names[0]) if all(n == c.names[0] for n in c.names) \
                and (len(words) == 1 or c.type != "person" and words[-1] not in heads) else None
            if home is not None and home is not c and c.key not in self.gaz.entries:
                # "the town of Rubaya ... around Rubaya", "Kelby Cross, a market town ... in Kelby Cross":
                # one place, however the NER took it
                self.merge(c, home)

    def join_acronyms(self, pairs: list[Acronym]) -> None:
        """``the Regional Recovery Fund (RRF)``: the acronym's actor is the long name's."""
        for pair in pairs:
            long, short = self.cluster_of(pair.long), self.cluster_of(pair.short)
            if long is None or short is None or long is short or "person" in (long.type, short.type):
                continue
            if short.key in self.gaz.entries and long.key not in self.gaz.entries:
                self.merge(long, short)
            else:
                self.merge(short, long)

    def join_org_first_words(self) -> None:
        """A name that is an organisation's name without its suffix (``Kelvar`` for ``Kelvar
        Holdings``, ``Vostok Shipping`` for ``Vostok Shipping Limited``) is that organisation, even
        when the NER took it for a person; so is an unknown one-word organisation that is the
        first word of one organisation's name (``Calloway`` for ``Calloway and Sons Steel``)."""
        for c in list(self.clusters):
            if c.type != "person" and not (c.type == "organization" and c.key not in self.gaz.entries
                                           and all(" " not in n for n in c.names)):
                continue

            def short_for(org: Cluster, names: list[str] = c.names) -> bool:
                core = organisation_core(org.first)
                return len(org.first.split()) > 1 and all(
                    n == core or n.split() == core.split()[:1] for n in names)

            orgs = [o for o in self.clusters if o.type == "organization" and o is not c and short_for(o)]
            if len(orgs) == 1:
                self.merge(c, orgs[0])

    def join_org_heads(self) -> None:
        """``the House`` after ``the House of Representatives``, ``the Election Commission`` after
        ``the Election Commission of India``: an organisation whose name is what opens one
        organisation's name "<name> of ..." is that organisation; and a name
        ending in "-<another organisation's name>" (``Varnak Army-Kestrel Brigade``) is that
        unit."""
        for c in list(self.clusters):
            tails = {n.rsplit("-", 1)[1] for n in c.names if "-" in n and " " in n.rsplit("-", 1)[1]}
            unit = [o for o in self.clusters if o.type == c.type == "organization" and o is not c
                    and o.first in tails]
            if len(unit) == 1:
                self.merge(c, unit[0])
                continue
            if c.type != "organization" or c.key in self.gaz.entries or not c.first:
                continue
            head = c.first.split()
            longer = [o for o in self.clusters if o.type == "organization" and o is not c
                      and any(n.split()[:len(head)] == head and n.split()[len(head):len(head) + 1] == ["of"]
                              for n in o.names)]
            if len(longer) == 1:
                self.merge(c, longer[0])

    def add_org(self, e: Span) -> None:
        text = e.text
        core = organisation_core(text)
        for c in self.clusters:
            if c.type == "organization" and (text in c.names or text == acronym(c.first)
                                             or acronym(text) == c.first
                                             or core in {organisation_core(n) for n in c.names}):
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
        final_roles = {id(c): self.roles_of(c) for c in order}  # the clusters are final now
        out = []
        for c in order:
            name = self.display_name(c)
            found_roles, aff_key, aff_span = final_roles[id(c)]
            if aff_key is None and aff_span is None:
                aff_key = self.affiliation_by_title(c, found_roles, final_roles)
            entry = self.gaz.entries.get(c.key)
            if aff_key is None and entry is not None and entry.affiliation:
                aff_key = entry.affiliation
            aff_name = None
            if aff_key is not None:
                target = self.by_key.get(aff_key)
                aff_name = self.display_name(target) if target else self.gaz.entries[aff_key].name
            elif aff_span is not None:
                aff_name = aff_span
            aliases = sorted(set(c.names) | set(c.extra_aliases) | self.stateless_names(c))
            out.append(Actor(
                id=ids[id(c)], name=name, type=c.type, aliases=tuple(aliases),
                roles=tuple(found_roles), affiliation=aff_name,
                affiliation_id=key_ids.get(aff_key) if aff_key else None,
                mentions=tuple(sorted(set(c.mentions))),
                key=c.key if c.key in self.gaz.entries else None,
            ))
        return tuple(out)

    def stateless_names(self, c: Cluster) -> set[str]:
        """``Argonne National Laboratory`` for ``U.S. Argonne National Laboratory``: an
        organisation is also named without the state its name opens with."""
        if c.type != "organization":
            return set()
        out = set()
        for name in c.names:
            words = name.split()
            for n in (3, 2, 1):
                form = self.gaz.lookup(" ".join(words[:n])) if len(words) > n + 1 else None
                if form is not None and form.kind in ("state", "demonym"):
                    out.add(" ".join(words[n:]))
                    break
        return out

    def display_name(self, c: Cluster) -> str:
        if c.type == "person":
            names = [n for n in c.names if n not in c.titles and n not in c.descriptions] or c.names
            return max(names, key=lambda n: (len(n.split()), len(n)))
        if c.key in self.gaz.entries:
            return self.gaz.entries[c.key].name
        return c.first or c.names[0]

    def span_roles(self, span: Span) -> list[Role]:
        """The roles the text gives one mention, read from the parse once."""
        key = (span.start, span.end)
        if key not in self._roles:
            self._roles[key] = roles(span)
        return self._roles[key]

    def roles_of(self, c: Cluster) -> tuple[list[str], str | None, str | None]:
        """Roles (deduplicated, case-insensitively) and the first stated affiliation."""
        if c.type != "person":
            return [], None, None
        seen: dict[str, str] = {}
        aff_key = aff_text = None
        for span in c.spans:
            for role in self.span_roles(span):
                title = _without_article(role.title)  # a description met again: "the human rights chief"
                seen.setdefault(title.lower(), title)
                if role.affiliation and aff_key is None and aff_text is None:
                    aff_key, aff_text = self.affiliation(role)
        for title in map(_without_article, c.titles):
            seen.setdefault(title.lower(), title)
        return list(seen.values()), aff_key, aff_text

    @cached_property
    def tokens_by_lower(self) -> dict[str, list]:
        """The doc's tokens by their lower-case text, read once."""
        found: dict[str, list] = defaultdict(list)
        for t in tokens(self.doc):
            found[t.lower_].append(t)
        return found

    def affiliation_by_title(self, c: Cluster, found_roles: list[str],
                             all_roles: dict[int, tuple[list[str], str | None, str | None]]) -> str | None:
        """A possessive title with no name ("Iran's ambassador to Moscow") gives its affiliation to
        the one person holding that title in the article (``all_roles``: each cluster's
        ``roles_of``, by ``id``)."""
        if c.type != "person" or not found_roles:
            return None
        mine = {r.lower().split()[-1] for r in found_roles}
        holders = [o for o in self.people()
                   if o is not c and {r.lower().split()[-1] for r in all_roles[id(o)][0]} & mine]
        if holders:
            return None
        for t in sorted((t for w in mine for t in self.tokens_by_lower.get(w, ())), key=lambda t: t.i):
            if t.ent_type_ != "PERSON" and not any(x.ent_type_ == "PERSON" for x in t.children):
                for p in t.children:
                    if p.dep_ == "poss":
                        owner = next((k for k in self.clusters if k.type in ("state", "organization")
                                      and any(s.start <= p.i < s.end for s in k.spans)), None)
                        if owner is not None:
                            return owner.key
        return None

    def affiliation(self, role: Role) -> tuple[str | None, str | None]:
        assert role.affiliation is not None
        span = self.doc[role.affiliation[0]:role.affiliation[1]]
        while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
            span = span[:-1]
        for c in self.clusters:
            if any(s.start == span.start and s.end == span.end for s in c.spans):
                return c.key, None
        for c in self.clusters:
            if c.type != "person" and any(s.start <= span.start and span.end <= s.end
                                          or span.start <= s.start and s.end <= span.end for s in c.spans):
                return c.key, None
        return None, span.text


def _without_article(title: str) -> str:
    first, _, rest = title.partition(" ")
    return rest if rest and first.lower() in ("the", "a", "an") else title


def actors(doc: Doc, norm: NormalizedText, *, home: str | None = None) -> tuple[Actor, ...]:
    """The actors of a parsed article, resolved by the rules in the module docstring.

    ``norm`` is the normalized text the doc was parsed from; mentions are reported as
    offsets into the original text through its map. ``home`` is the gazetteer key of the state
    whose government published the text (``state:USA`` for the White House), if known: a bare
    office title it uses before naming any holder is its own officeholder, not one named later.
    """
    resolver = _Resolver(doc, norm, home)
    resolver.resolve()
    return resolver.actors()
