"""Offices named alone ("the Foreign Secretary", "The President") linked to the person who holds them.

A mixin of the actor resolver (:mod:`dossier.actors.resolver`): it reads the resolver's clusters of
mentions, the doc and the state the text's author speaks for (``home``).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import combinations

from spacy.tokens import Token

from dossier.actors.clusters import Cluster
from dossier.actors.names import gendered_words, given_name_gender, is_occupation, title_words
from dossier.actors.roles import description_of, holds, title_mentions
from dossier.text.lexicon import tokens, tokens_with_lemma

SUBJECTS = ("nsubj", "nsubjpass")
#: Words that make a role's last word no head noun ("head of the union").
PREPOSITIONS = frozenset({"of", "for", "to", "the", "and", "in", "at"})
#: How many sentences back a definite description looks for the person just named.
RECENT_SENTENCES = 2
#: Members of parties, by which political news names a politician it has just named ("the
#: Texas Republican", "the Labour MP" aside): Anglophone parties' members.
PARTY_MEMBERS = frozenset({"republican", "democrat", "conservative", "tory", "liberal", "socialist", "nationalist",
                           "unionist", "populist", "centrist", "progressive"})
#: Words for a relative ("The grandmother said", "the father of three"): whoever was named last,
#: of the gender ``data/gendered_words.csv`` gives the word.
KIN_WORDS = frozenset({"mother", "father", "grandmother", "grandfather", "widow", "widower", "son", "daughter",
                       "brother", "sister", "husband", "wife"})
#: Nouns for a person that fit whatever office or calling the person was named with.
GENERIC_PERSON_NOUNS = frozenset({"official", "diplomat", "envoy", "officer", "leader", "politician", "lawmaker",
                                  "executive", "veteran", "campaigner", "activist", "worker", "man", "woman",
                                  "figure", "boss", "chief"})


#: Lemmas of the asides by which a source stays unnamed ("who asked not to be named",
#: "speaking on condition of anonymity", "who declined to be identified").
ANONYMITY = frozenset({"anonymity", "anonymously"})
#: Verbs of naming, and the words that deny them ("not to be named", "declined to be identified").
NAMING = frozenset({"name", "identify"})
REFUSAL = frozenset({"not", "decline", "refuse", "without"})


def anonymous(subj: Token) -> bool:
    """Whether a speaker is said to stay unnamed, in an aside on it or on its verb (``The
    official, who asked not to be named, said``): then it is no one named before."""
    asides = [c for c in subj.children if c.dep_ in ("relcl", "acl")]
    asides += [c for c in subj.head.children if c.dep_ in ("advcl", "prep") and c.i != subj.i]
    for a in asides:
        lemmas = {t.lemma_.lower() for t in a.subtree}
        if lemmas & ANONYMITY or any(t.lemma_.lower() in NAMING and t.tag_ in ("VB", "VBN") for t in a.subtree) \
                and lemmas & REFUSAL:
            return True
    return False


class TitleHolders:
    """``add_title_mentions`` and ``qualifier`` for :class:`dossier.actors.resolver._Resolver`."""

    def add_title_mentions(self) -> None:
        """``The Foreign Secretary also met...``: an office named alone is the person who holds
        it: the one person whose roles hold the title; if several and the title is bare, those
        whose title names no state or body (or the text's own government's), as a text names its
        own officials and qualifies another's ("President A welcomed President B of Kenya. The
        President said" is A); then the most recently mentioned. In a government's own text, a
        bare title used before any holder is named (``Today, the President spoke with President
        B of Kenya``) is its own unnamed officeholder. With no holder, a title of two or more
        capitalised words (``the Attorney General``) is a person of its own, named by the
        office, as news and statements use it."""
        taken = {i for c in self.clusters for s in c.spans for i in range(s.start, s.end)}
        named = {i for c in self.people() for s in c.spans for i in range(s.start, s.end)}
        unnamed: set[str] = set()  # bare titles a government's text uses for its own unnamed officeholder
        self.own_offices: set[int] = set()  # ... and the tokens of those mentions
        for span in title_mentions(self.doc):
            office = span
            while len(office) > 1 and (office[0].ent_type_ in ("GPE", "NORP") or office[0].tag_ == "POS"
                                       or office[0].i in taken):  # the state before the office
                office = office[1:]
            cut = next((t.i for t in office if t.lower_ in ("of", "to", "for")), office.end)
            if any(i in taken for i in range(office.start, cut if office.root.dep_ in SUBJECTS else office.end)) \
                    or any(i in named for i in range(office.start, office.end)):
                continue  # "The Permanent Representative to the United Nations will vote": an actor in its name
            title = office.text.lower()
            where = self.where(span)
            holders = [c for c in self.people() if c.spans and any(
                holds(r, title) for r in self.roles_of(c)[0] + c.titles)]
            beside = self.apposed_person(span)
            if beside is not None:  # "Chile's Minister of State for Mines, Ana Ruiz, said": Ruiz, whatever her roles
                holders = [beside]
            of_state = self.state_after(office, cut)
            if not holders and of_state is not None:  # "the President of Chile": Chile's president
                core = self.doc[office.start:cut].text.lower()
                holders = [c for c in self.people() if c.spans and self.qualifier(c) == of_state
                           and any(holds(r, core) for r in self.roles_of(c)[0] + c.titles)]
            bare = cut == office.end and not (office.end < len(self.doc)
                                              and self.doc[office.end].lower_ in ("of", "for", "to"))
            if bare and self.home is not None and (title in unnamed or holders and not any(
                    m[0] < where[0] for c in holders for m in c.mentions)):
                unnamed.add(title)  # a government's text: "Today, the President spoke with President B of Kenya"
                self.own_offices.update(range(span.start, span.end))
                continue
            if bare and holders:
                home = [c for c in holders if self.qualifier(c) in (None, self.home)]
                if home and len(home) < len(holders):
                    holders = home  # "President A welcomed President B of Kenya. The President said": A
            if holders:
                c = max(holders, key=lambda c: max((m[0] for m in c.mentions if m[0] <= where[0]), default=-1))
            elif len(office) > 1 and office[0].text[:1].isupper() and office[-1].text[:1].isupper():
                content = " ".join(sorted(w for w in title.split() if w not in ("of", "the", "for")))
                c = self.keyed(f"person:title:{content}", "person", span.text)
                c.first, c.last = "", ""
            else:
                continue
            c.add(span, span.text, where)
            if holders:
                self.drop_states_named_in(span)
            if span.text not in c.titles:
                c.titles.append(span.text)

    def apposed_person(self, span):
        """The person a name in apposition to the office names (``Chile's Minister of State for
        Mines, Ana Ruiz,``, ``Ana Ruiz, Chile's Minister of State for Mines,``), if any."""
        root = span.root
        linked = [c for t in span for c in t.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
        if root.dep_ == "appos":
            linked.append(root.head)
        for t in linked:
            for c in self.people():
                if any(s.start <= t.i < s.end for s in c.spans):
                    return c
        return None

    def drop_states_named_in(self, office) -> None:
        """``the President of France`` said of the person who holds it: the state after ``of``
        qualifies the office and is no mention of the state (a state named only so is no actor)."""
        doc = self.doc
        of = next((t.i for t in doc[office.start:min(office.end + 1, len(doc))] if t.lower_ == "of"), None)
        if of is None:
            return
        start = of + 2 if of + 1 < len(doc) and doc[of + 1].lower_ == "the" else of + 1
        for o in [o for o in self.clusters if o.type == "state"]:
            for k in reversed(range(len(o.spans))):
                if o.spans[k].start == start:
                    del o.spans[k], o.names[k], o.mentions[k]
            if not o.spans:
                self.clusters.remove(o)

    def add_description_mentions(self) -> None:
        """``Rupert Vance, the agency's human rights chief, ... the human rights chief said``: the
        apposition that describes a person beside the name is a mention of that person
        (:func:`dossier.actors.roles.description_of`); and a description given of one person (a role
        of two or more words that no one else holds), met again after ``the`` and after that
        person is named, is one too, also shortened to words of it that end with its head noun
        (``the former officer`` for ``a former police officer``): news names people by their
        description once they are introduced."""
        for c in self.people():
            others = {i for o in self.clusters if o is not c for s in o.spans for i in range(s.start, s.end)}
            for name in list(c.spans):
                span = description_of(name)
                if span is None or any(i in others for i in range(span.start, span.end)) \
                        or any(s.start == span.start and s.end == span.end for s in c.spans):
                    continue
                for k in reversed(range(len(c.spans))):  # "The group's leader": its title, met first, is in it
                    if span.start <= c.spans[k].start and c.spans[k].end <= span.end:
                        del c.spans[k], c.names[k], c.mentions[k]
                c.add(span, span.text, self.where(span))
                c.descriptions.append(span.text)
        taken = {i for c in self.clusters for s in c.spans for i in range(s.start, s.end)}
        owners: dict[tuple[str, ...], list[Cluster]] = {}
        for c in self.people():
            for role in self.roles_of(c)[0]:
                words = tuple(role.lower().split())
                lone = [] if set(words) & PREPOSITIONS else [words[-1:]]  # a lone title only after an age, below
                for short in {*_shortened(words), *lone}:
                    if c not in owners.setdefault(short, []):
                        owners[short].append(c)
        doc = self.doc
        the = {t.i + 1: t.i for t in tokens_with_lemma(doc, frozenset({"the"}))}
        aged = {_after_age(doc, i): det for i, det in the.items() if _after_age(doc, i) != i}
        the |= aged  # "the 34-year-old teacher"
        after_the = sorted(the)  # where a description may start, and its "the"
        lowers = {i: doc[i].lower_ for i in after_the if i < len(doc)}
        for words, cs in owners.items():
            if len(cs) != 1:
                continue
            c = cs[0]
            first = min(s.start for s in c.spans) if c.spans else len(doc)
            n = len(words)
            for i in after_the:
                if n == 1 and words[0] in title_words() and i not in aged:
                    continue  # "the minister" alone is add_title_mentions'
                if i <= first or i + n > len(doc) or lowers.get(i) != words[0] \
                        or any(j in taken for j in range(i, i + n)) or tuple(t.lower_ for t in doc[i:i + n]) != words:
                    continue
                if i + n < len(doc) and doc[i + n].lower_ in ("of", "for", "to") or doc[i + n - 1].dep_ == "compound":
                    continue  # "the human rights chief of another body", "the rights chief post"
                span = doc[the[i]:i + n]
                c.add(span, span.text, self.where(span))
                c.descriptions.append(span.text)  # named by its description, not called so
                taken.update(range(the[i], i + n))


    def add_recent_descriptions(self) -> None:
        """``Ana Ruiz, the WFP's deputy director, told reporters ... The WFP official said``: a
        definite description no rule above claimed, the subject of its clause, headed by a noun for
        a person (:func:`dossier.actors.names.is_occupation`) with no name beside it, is the person
        named last before it within :data:`RECENT_SENTENCES` sentences, as news refers to someone
        just introduced; a noun of a particular calling (``the hospital director``) only for someone
        with a role of that noun or, after an age (``the 62-year-old farmer``), with no role or
        description yet, a generic one (:data:`GENERIC_PERSON_NOUNS`) for anyone; and not past an
        unnamed person introduced with the same noun (``A senior official said``). A relative's word
        (:data:`KIN_WORDS`) or an age alone (``the 19-year-old``) is the person the sentence before
        was about, of the word's gender. A party's
        member (``the Texas Republican``, :data:`PARTY_MEMBERS`) is such a description too, and no
        mention of the party or its people."""
        doc = self.doc
        taken = {i for c in self.clusters for s in c.spans for i in range(s.start, s.end)} | self.own_offices
        people = {i for c in self.people() for s in c.spans for i in range(s.start, s.end)} | self.own_offices
        starts = [s.start for s in doc.sents]
        for head in tokens(doc):
            member = head.lower_ in PARTY_MEMBERS and head.i not in people  # "the Texas Republican"
            kin = head.lower_ in KIN_WORDS  # "The grandmother", "the father of three"
            aged = head.lower_ == "old" and head.i >= 2 and doc[head.i - 2].lower_ == "year"  # "the 19-year-old"
            # "the father of three": a number of children is no complement that names someone else
            counted = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       and all(o.like_num for o in c.children)]
            if head.dep_ not in SUBJECTS or head.i in taken and not member \
                    or not (is_occupation(head) or member or kin or aged) or head.tag_ in ("NNS", "NNPS") \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                    or any(c.dep_ in ("appos", "prep", "relcl", "acl") and c not in counted for c in head.children):
                continue
            start = head.left_edge.i
            # a state or body named as its modifier is no matter ("The Swedish diplomat", "The UN official")
            if any(i in people for i in range(start, head.i + 1)) or doc[start].lower_ != "the" or anonymous(head):
                continue  # not "Speaking on condition of anonymity, the diplomat said"
            here = bisect_right(starts, head.i) - 1
            first = starts[max(0, here - RECENT_SENTENCES)]
            before = [(s.start, c) for c in self.people() for s in c.spans if first <= s.start < start
                      and not any(s.start <= i < s.end for i in range(start, head.i + 1))]
            if member:  # a party's member: the one whose sentences say so ("Wade Ellingsworth of Texas")
                said = [t.lower_ for t in doc[start + 1:head.i] if t.is_alpha] or [head.lower_]
                before = [(at, c) for at, c in before if any(  # where named, not described
                    s.start < start and s.root.pos_ == "PROPN" and all(w in s.sent.text.lower() for w in said)
                    for s in c.spans)]
            if not before:
                continue
            if kin or aged:  # the person the sentence before was about, not one named in passing there
                before = [(at, c) for at, c in before if doc[at].sent.root.i in
                          {s.root.head.i for s in c.spans if s.start == at and s.root.dep_ in SUBJECTS}] or before
            at, c = max(before, key=lambda x: x[0])
            word = head.lower_
            if kin and given_name_gender(c.first or "") in ({"m", "f"} - {gendered_words()[word]}):
                continue  # "Tom Hale ... The grandmother": someone else
            told = self.roles_of(c)[0] + c.descriptions
            # a particular calling: someone described so before, or, given an age, someone not described
            # yet ("Tom Hale lost his orchard. The 62-year-old farmer said ...")
            aging = any(_after_age(doc, i) != i for i in range(start, head.i))
            if word not in GENERIC_PERSON_NOUNS and not (member or kin or aged) and (told or not aging) \
                    and not any(word in r.lower().split() for r in told):
                continue
            if any(t.lemma_ == head.lemma_ and any(d.lower_ in ("a", "an", "one") for d in t.children)
                   for t in doc[first:start]):
                continue  # "A senior official, who ..., said ... The official said": that unnamed one
            span = doc[start:max([head.i, *(c.right_edge.i for c in counted)]) + 1]
            if member:
                self.drop_mentions_at(head.i)  # a party's member, not the party or its people
            c.add(span, span.text, self.where(span))
            c.descriptions.append(span.text)
            taken.update(range(span.start, span.end))

    def drop_mentions_at(self, i: int) -> None:
        """Take the mentions at token ``i`` from every cluster, and drop a cluster left with none."""
        for o in list(self.clusters):
            for k in reversed(range(len(o.spans))):
                if o.spans[k].start <= i < o.spans[k].end:
                    del o.spans[k], o.names[k], o.mentions[k]
            if not o.spans:
                self.clusters.remove(o)
                for key in [key for key, v in self.by_key.items() if v is o]:
                    del self.by_key[key]

    def state_after(self, office, cut: int) -> str | None:
        """The key of the state an office names after its ``of`` (``the President of Chile``)."""
        if cut >= office.end or self.doc[cut].lower_ != "of":
            return None
        return next((c.key for c in self.clusters if c.type == "state" and c.key and any(
            cut < s.start < office.end + 1 for s in c.spans)), None)

    def qualifier(self, c: Cluster) -> str | None:
        """The key of the state or body a person's title is qualified by: an affiliation stated
        with a role (``Kenyan President A``) or ``of`` and a name after a mention (``President B
        of Kenya``); "" when that name is no actor; None when no mention is qualified."""
        aff = self.roles_of(c)[1]
        if aff is not None:
            return aff
        for s in c.spans:
            after = [t for t in self.doc[s.end:s.end + 3] if t.lower_ != "the"]
            if len(after) > 1 and after[0].lower_ == "of" and after[1].ent_type_ in ("GPE", "ORG"):
                return next((o.key for o in self.clusters if o is not c and o.key
                             and any(x.start <= after[1].i < x.end for x in o.spans)), "")
        return None


def _after_age(doc, i: int) -> int:
    """Where a description goes on after an age written before it (``34-year-old``), else ``i``."""
    words = [t.lower_ for t in doc[i:i + 5]]
    if len(words) == 5 and doc[i].like_num and words[1:] == ["-", "year", "-", "old"]:
        return i + 5
    return i


def _shortened(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A role of two or more words and its shorter forms of two or more words that keep its head
    noun last and its other words in order (``former police officer``: ``former officer``,
    ``police officer``); and an occupation that is no office title, alone (``pharmacist``, and
    ``electrician`` of ``retired electrician``): offices named alone are
    :meth:`TitleHolders.add_title_mentions`'s."""
    alone = [words[-1:]] if words and words[-1] not in title_words() and words[-1].isalpha() else []
    if len(words) < 2 or len(words) > 6 or set(words) & PREPOSITIONS:
        return [words] if len(words) >= 2 else alone  # "leader of the X": its last word is no head noun
    *mods, head = words
    return [(*kept, head) for n in range(len(mods), 0, -1) for kept in combinations(mods, n)] + alone
