"""Who said it: the actor a speech verb's subject refers to, with pronouns and nouns resolved back.

Rules, read from the parse and the actors resolved before:

* the subject of a cue is its ``nsubj``, inherited through ``conj``/``advcl``/``xcomp`` from the
  verb it hangs on; in inverted order (``“...,” insists Dunn``, ``reply Burton and Nick``, which
  the parser may tag as a noun) the first name or pronoun right after the cue;
* ``he``/``she`` of a cue that goes on (``“Twice,” he added``): the person who spoke last
  before, within a few sentences, if the gender fits;
* ``he``/``she``: the most recent person named as a subject whose gender does not contradict the
  pronoun; a person's gender is the text's own evidence: a courtesy or gendered title next to a
  mention (``Mr``, ``Ms``, ``spokeswoman``, ``queen``; ``data/gendered_words.csv``), a role of that
  kind, or ``his``/``her`` in a clause the person is the subject of; failing that, the first name
  (``data/given_names.csv``);
* ``the two leaders``, ``both ministers``, ``they`` after a coordinated subject (``President A
  and Prime Minister B met``): the actors named together, in ``speaker_text`` (``groups.py``);
* ``it``, ``they``, ``we``: the organisation or state the last subject before names, within a
  few sentences (after ``Residents gathered.`` they stay unresolved);
* a name with a description before it (``a defiant Brenner``) is the one person named before
  whose name ends with it;
* a text or a spokesperson speaks for its owner (``X's office``, ``a statement by X``, ``the
  statement`` after ``X, in a statement, ...``; ``voices.py``), its words kept;
* a definite noun (``the spokesman``) after an unnamed speaker introduced by the same noun
  (``A police spokesman said ...``) is that speaker again, in the words that introduced it;
* a common noun subject (``the company said``, ``the 24-year-old said``;
  ``data/speaker_nouns.csv``) refers back to the most recent organisation, state or person
  named before, a title alone (``the ambassador``) to the one person holding that role;
* an unnamed source owned by the speaker that reports it (``The paper reported its source said
  ...``) is named through that speaker (``Daily Courier's source``), the speaker being the relay;
* anything else keeps its words in ``speaker_text`` with no actor (``analysts of Russian policy``).

``capacity`` and ``side`` (in :mod:`dossier.actors.sides`, from the records alone) say in what capacity and
for whom a resolved speaker speaks.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from spacy.tokens import Token

from dossier.actors.entities import MASTHEADS
from dossier.actors.mentions import ActorIndex
from dossier.actors.sides import Capacity, capacity, side, title_categories  # noqa: F401  (also used as speakers.capacity)
from dossier.actors.title_holders import anonymous
from dossier.claims.genders import Genders, gendered_words
from dossier.claims.groups import Groups
from dossier.claims.subjects import (
    SUBJECT_DEPS,
    contact_object,
    inverted_subject,
    speech_lemmas,
    subject_of,
    words_end,
    words_start,
)
from dossier.claims.voices import issuer_before, owner, voice_nouns
from dossier.records import Actor
from dossier.text.gazetteer import rows
from dossier.text.lexicon import sentences, tokens

PERSON_PRONOUNS = {"he": "m", "she": "f", "i": None, "him": "m", "her": "f"}
GROUP_PRONOUNS = {"it", "they", "we", "them"}
POSSESSIVES = {"its", "his", "her", "their"}
#: Nouns by which a state speaks when a state names them ("the Nigerian government").
STATE_NOUNS = {"government", "administration", "authorities", "leadership", "regime", "cabinet"}
#: How many sentences back ``it``/``they`` and common nouns look for what they refer to.
REFERENCE_WINDOW = 4
#: Nouns for a company, which refer back to no organisation the gazetteer lists (a bloc, an agency).
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "conglomerate", "carrier", "airline", "lender",
                           "insurer", "retailer", "manufacturer", "miner", "producer", "developer", "operator",
                           "contractor", "supplier", "exporter", "importer", "refiner", "shipper"})
#: Words for some of a group ("one of them", "two of the officials", "several of them").
PART_WORDS = frozenset({"one", "some", "several", "many", "most", "all", "both", "each", "none", "few"})
#: Cues that go on with what their speaker said before ("he added"): a pronoun there is that speaker.
CONTINUING = frozenset({"add", "continue", "go"})


@cache
def speaker_nouns() -> dict[str, str]:
    """Common noun -> the kind of actor it refers back to (organization, media, force, state, person)."""
    return {r["noun"]: r["kind"] for r in rows("speaker_nouns.csv")}


def _placed(noun: Token) -> bool:
    """Whether a noun says which one it is by a name after it (``the embassy in Canberra``, ``the
    office of the UN envoy``): then it is no word for whatever body was named last."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in", "for", "at") and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or any(w.pos_ == "PROPN" for w in o.subtree)) for o in c.children)
        for c in noun.children)


def _before_content(subj: Token) -> Token:
    """Where a speaker named after what it said refers back from: the start of that content
    (``The council should act, the group said``: not the council; ``Smith lied, he said``: not
    Smith), else the speaker's own word."""
    if contact_object(subj.head) is not None:
        return subj  # "X designated Y, a commander it said directed ...": what it said comes after
    content = [c for c in subj.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < subj.i]
    return subj.doc[min(c.left_edge.i for c in content)] if content else subj


class Speakers(Genders, ActorIndex):
    """Resolves the subject of a cue to an actor of the article."""

    #: Token indexes inside quotation marks (set by the claims extractor).
    quoted: frozenset[int] = frozenset()
    #: Token indexes of what claims found so far report (grown by the claims extractor): a subject
    #: there ("Smith said Jones had lied. He added ...") is not whom the next pronoun means.
    reported: frozenset[int] = frozenset()

    def actor_at(self, token: Token) -> Actor | None:
        return self.at(token)

    @property
    def _sent_starts(self) -> list[int]:
        if not hasattr(self, "_starts"):
            self._starts = [s.start for s in sentences(self.doc)]
        return self._starts

    def _sentence(self, i: int) -> int:
        return bisect_left(self._sent_starts, i + 1) - 1

    def _mentions(self) -> list[tuple[int, Actor, bool]]:
        """(token index, actor, named as a subject) for each token of an actor's mention."""
        if not hasattr(self, "_tokens"):
            def main_subject(t: Token) -> bool:
                if t.dep_ in ("compound", "flat", "appos", "conj"):
                    t = t.head
                # the subject of a relative clause ("in which X became minister") is not the topic
                return t.dep_ in SUBJECT_DEPS and t.head.dep_ not in ("relcl", "acl")

            self._tokens = [(t.i, a, main_subject(t)) for t in tokens(self.doc) if (a := self.at(t)) is not None]
        return self._tokens

    def last_person_before(self, token: Token, gender: str | None = None) -> Actor | None:
        """The most recent person named as a subject before ``token`` (else any person), whose
        gender does not contradict ``gender``; people named inside quotations (``quoted``, the
        token indexes set by the caller) are whom speakers talk about, not speakers."""
        before = [(i, a, subj) for i, a, subj in self._mentions() if i < token.i and a.type == "person"
                  and i not in self.quoted and (gender is None or self.gender(a) in (None, gender))]
        subjects = [(i, a) for i, a, subj in before if subj and i not in self.reported]
        if not before:
            return None
        # not a possessor inside an object ("Asked about the nurse's warning, she paused"), nor a
        # person named in what someone else reported ("She said Whitlow had been given ...")
        salient = [(i, a) for i, a, _ in before if i not in self.reported and not self._possessor_in_object(i)]
        last_i, last = salient[-1] if salient else before[-1][:2]
        chained = self._pronoun_before(token, gender, after=subjects[-1][0] if subjects else -1)
        if chained is not None:  # "She said X. “...,” she said": the topic goes on
            return self.last_person_before(chained, gender)
        if not subjects:
            return last
        # "Those were the words of Anne Kerbrat, who ... ¶ She told ...": the person the sentence
        # before names outranks a subject of sentences further back
        here = self._sentence(token.i)
        if self._sentence(last_i) >= here - 1 > self._sentence(subjects[-1][0]):
            return last
        return subjects[-1][1]

    def _pronoun_before(self, token: Token, gender: str | None, *, after: int) -> Token | None:
        """The subject pronoun of ``gender`` in the sentence before ``token`` or earlier in its own,
        with no person named as a subject since ``after``: the same person, as a topic goes on."""
        if gender is None:
            return None
        here = self._sentence(token.i)
        start = self._sent_starts[max(0, here - 1)]
        for t in reversed(self.doc[max(start, after + 1):token.i]):
            if t.dep_ in SUBJECT_DEPS and PERSON_PRONOUNS.get(t.lower_) == gender and t.i not in self.quoted \
                    and t.head.dep_ not in ("relcl", "acl"):
                return t
        return None

    def _possessor_in_object(self, i: int) -> bool:
        t = self.doc[i]
        while t.dep_ in ("compound", "flat") and t.head.i > t.i:
            t = t.head
        return t.dep_ == "poss" and t.head.dep_ in ("pobj", "dobj")

    def last_of_types_before(self, token: Token, types: tuple[str, ...], *, known: bool = True) -> Actor | None:
        """The most recent actor of these types named within :data:`REFERENCE_WINDOW`
        sentences before ``token``, a subject preferred; not one the gazetteer knows unless
        ``known`` (a company is none of the unions, blocs and agencies it lists)."""
        here = self._sentence(token.i)
        before = [(i, a, subj) for i, a, subj in self._mentions() if i < token.i and a.type in types
                  and (known or not a.key) and i not in self.quoted and here - self._sentence(i) <= REFERENCE_WINDOW]
        subjects = [a for _, a, subj in before if subj]
        return subjects[-1] if subjects else (before[-1][1] if before else None)

    def outlet_before(self, token: Token) -> Actor | None:
        """The most recent outlet named before ``token``: a media actor, or an organisation
        named by a masthead word (``the Daily Courier``, ``the Morning Herald``)."""
        here = self._sentence(token.i)
        before = [a for i, a, _ in self._mentions() if i < token.i and i not in self.quoted
                  and here - self._sentence(i) <= REFERENCE_WINDOW and (a.type == "media" or a.type == "organization"
                                                                        and a.name.split()[-1].lower() in MASTHEADS)]
        return before[-1] if before else None

    def topic_before(self, token: Token) -> Actor | None:
        """The actor the last main-clause subject before ``token`` names, if that subject (not a
        pronoun) was an actor within :data:`REFERENCE_WINDOW` sentences: ``it``/``they`` refer to
        it (``The ministry closed the port. It said ...``), but not past ``Residents gathered.``."""
        here = self._sentence(token.i)
        for t in reversed(self.doc[max(0, self._sent_starts[max(0, here - REFERENCE_WINDOW)]):token.i]):
            # not "Tariffs, it said, would ...": the clause "it" interrupts; nor a reported clause's
            if t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON" and t.head.dep_ not in ("relcl", "acl", "ccomp") \
                    and t.i not in self.quoted and t.head.i < token.i:
                return self.actor_at(t)
        return None

    def named_by(self, noun: Token, before: Token | None = None) -> Actor | None:
        """The actor named before ``noun`` (or ``before``) whose name holds the noun (``the
        agency``: the last named ``... Water Agency``)."""
        lemma = noun.lemma_.lower()
        cut = (before or noun).i
        named = [a for i, a, _ in self._mentions() if i < cut and a.type in ("organization", "media", "state")
                 and lemma in (w.lower() for w in a.name.split())]
        return named[-1] if named else None

    def introduced_before(self, noun: Token) -> Token | None:
        """The subject that introduced the unnamed speaker a definite noun refers back to
        (``A police spokesman said ... “...,” the spokesman said``): the last subject before,
        within :data:`REFERENCE_WINDOW` sentences, with the same noun after ``a``/``an``/``one``
        and no named person in apposition."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return None
        here = self._sentence(noun.i)
        for t in reversed(self.doc[self._sent_starts[max(0, here - REFERENCE_WINDOW)]:noun.i]):
            if t.dep_ in SUBJECT_DEPS and t.lemma_ == noun.lemma_ and t.i not in self.quoted:
                indefinite = any(c.lower_ in ("a", "an", "one") for c in t.children if c.dep_ in ("det", "nummod"))
                named = any(c.dep_ == "appos" for c in t.children) or self.actor_at(t) is not None
                return t if indefinite and not named else None
        return None

    def by_role(self, head: Token) -> Actor | None:
        """The person a title alone refers to (``the ambassador``, ``Niger's president``): the
        one holding that role (of the state or organisation named with it), else the one of
        them named last; with no holder known, ``the`` + a title is the person last named.
        A holder named only later counts only when nobody was named before (``The UN envoy
        warned ... , Jan Vrba said``), and ``a`` + a title is nobody named (``A spokesperson
        said ... Its spokesperson in Delhi, Ravi Rao``: two people)."""
        lemma = head.lemma_.lower()
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None  # "a company spokesperson said": someone new, not a holder named before
        holders = [a for a in self.actors if a.type == "person" and any(lemma in r.lower().split() for r in a.roles)]
        before = {a.id for i, a, _ in self._mentions() if i < head.i and a.type == "person"}
        if before:  # once someone is named, a title refers back; only a story's opening title looks ahead
            holders = [a for a in holders if a.id in before]
        of = {b.id for c in head.children if c.dep_ in ("poss", "compound", "amod")
              and (b := self.actor_at(c)) is not None}
        if of:
            holders = [a for a in holders if a.affiliation_id in of] or holders
        if len(holders) == 1:
            return holders[0]
        ids = {a.id for a in holders}
        named = [a for i, a, _ in self._mentions() if i < head.i and a.id in ids]
        if named:
            return named[-1]
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        is_title = lemma in title_categories() or any(t.endswith(" " + lemma) for t in title_categories())
        if definite and is_title and not of and not holders:
            return self.last_person_before(head, gendered_words().get(head.lower_))
        return None

    def previous_speaker(self, pron: Token, gender: str | None) -> Actor | None:
        """The person who spoke last before ``pron`` (``“Twice,” he added``: whoever said the
        words before, not a person named in between), within :data:`REFERENCE_WINDOW` sentences:
        the subject of the last cue before, resolved."""
        here = self._sentence(pron.i)
        start = self._sent_starts[max(0, here - REFERENCE_WINDOW)]
        for t in reversed(self.doc[start:pron.sent.start]):
            if t.lemma_ not in speech_lemmas() or t.pos_ != "VERB" or t.i in self.quoted:
                continue
            subj = subject_of(t) or inverted_subject(t)
            if subj is None or subj.lower_ in PERSON_PRONOUNS and subj.i >= pron.i:
                continue
            a = self.actor_at(subj) if subj.lower_ not in PERSON_PRONOUNS else \
                self.last_person_before(subj, PERSON_PRONOUNS[subj.lower_])
            if a is not None and a.type == "person":
                return a if gender is None or self.gender(a) in (None, gender) else None
        return None

    def named_again(self, subj: Token) -> Actor | None:
        """The person a proper name with a description before it refers to (``a defiant Brenner``,
        ``a stunned Anna Ramirez``: the parser and the entity recogniser take the adjective into
        the name or drop it): the one person whose name ends with these words, or these words
        with that name."""
        if subj.pos_ != "PROPN" or not any(c.dep_ == "amod" and c.i < subj.i for c in subj.children):
            return None
        name = " ".join(t.text for t in subj.subtree if t.pos_ == "PROPN" and t.i <= subj.i
                        and t.dep_ in ("compound", "flat", "nsubj", "nsubjpass") or t.i == subj.i)
        found = {a.id: a for a in self.actors if a.type == "person"
                 and any(n == name or n.endswith(" " + name) or name.endswith(" " + n) for n in [a.name, *a.aliases])}
        return next(iter(found.values())) if len(found) == 1 else None

    def group(self, subj: Token) -> str | None:
        """The words naming the several actors a plural subject stands for (``groups.py``)."""
        if subj.lower_ not in ("they", "them") and subj.tag_ not in ("NNS", "NNPS"):
            return None
        g = Groups(self, self.quoted).refers_to(subj)
        return g.words if g is not None else None

    def plural_source_before(self, subj: Token, lemma: str | None = None, window: int = 80) -> str | None:
        """The words of the last plural common noun that spoke before ``subj`` (``Officials
        familiar with the talks said ... One of them said``), as the subject of a cue or after
        "according to" (``according to three people familiar with the talks ... two of them
        said``), of the noun ``lemma`` when given (``one of the officials``): an unnamed source's
        members."""
        toks = tokens(self.doc)
        for t in reversed(toks[max(0, subj.i - window):subj.i]):
            spoke = t.dep_ == "nsubj" and t.head.lemma_ in speech_lemmas() or t.dep_ == "pobj" \
                and (t.head.lower_ == "to" and t.head.i > 0 and self.doc[t.head.i - 1].lower_ == "according"
                     or t.head.dep_ == "agent" and t.head.head.lemma_ in speech_lemmas())  # "described by two"
            if spoke and t.tag_ == "NNS" and (lemma is None or t.lemma_ == lemma):
                return self.text(words_start(t), words_end(t))
        return None

    def relayed(self, subj: Token, cue: Token) -> tuple[str, str] | None:
        """A source named through the speaker that reports it (``The paper reported its source
        said ...``, ``Dahl said his aides had ...``): (the source's words with the possessive
        pronoun replaced by that speaker's name, the speaker's name as the relay)."""
        pron = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
        outer = cue.head if cue.dep_ == "ccomp" else None
        if pron is None or outer is None or outer.lemma_ not in speech_lemmas():
            return None
        osubj = subject_of(outer)
        if osubj is None:
            return None
        oid, owords = self.speaker(osubj)
        owner = self.by_id[oid].name if oid is not None else owords
        if not owner or owner.lower() in PERSON_PRONOUNS or owner.lower() in GROUP_PRONOUNS:
            return None
        return f"{owner}'s {self.text(pron.i + 1, subj.right_edge.i + 1)}", owner

    def clause_subject(self, noun: Token) -> Actor | None:
        """The actor that is the subject of the clause a noun is in (``The US designated X, a
        commander it said ...``: "it" in a clause on the commander is the US)."""
        t = noun
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        return self.actor_at(subj) if subj is not None else None

    def speaker(self, subj: Token | None) -> tuple[str | None, str]:
        """(actor id or None, the speaker's words)."""
        if subj is None:
            return None, ""
        words = self.text(words_start(subj), words_end(subj))
        low = subj.lower_
        back = _before_content(subj)  # where to look back from
        if low in PERSON_PRONOUNS:
            if low == "i":
                return None, subj.text
            a = self.previous_speaker(subj, PERSON_PRONOUNS[low]) if subj.head.lemma_ in CONTINUING else None
            a = a or self.last_person_before(back, PERSON_PRONOUNS[low])
            return (a.id if a else None), subj.text
        group = self.group(subj)
        if group is not None:
            return None, group
        some = low in PART_WORDS or subj.like_num
        them = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.lower_ == "them" or o.tag_ == "NNS" and any(d.lower_ == "the" for d in o.children)),
                    None) if some else None
        if them is not None and (group := (self.group(them) if them.lower_ == "them" else None)
                                 or self.plural_source_before(subj, them.lemma_ if them.lower_ != "them" else None)):
            return None, group  # "one of them said", "two of the officials said": some of the group named before
        joint = Groups(self, self.quoted).coordination(subj, ("person", "state", "organization", "media", "group"))
        if joint is not None:
            return joint.actors[0].id, joint.words  # "President A and Prime Minister B said": both, the first's id
        if low in GROUP_PRONOUNS:
            a = self.clause_subject(subj.doc[subj.i - 1]) if contact_object(subj.head) is not None else None
            a = a or self.topic_before(back)
            return (a.id if a is not None and a.type in ("organization", "state", "media", "group") else None), \
                subj.text
        a = self.actor_at(subj)
        if a is None or a.type != "person":
            # "a Democrat, Jo Lind," / "its spokesman, Sam Ode,": the named apposition, also
            # when the parser hangs it lower ("the mayor of the town, Ruth Kessel,")
            verb = subj.head.i if subj.head.i > subj.i else len(self.doc)  # not one the parser hung past the verb
            for c in subj.subtree:
                if c.dep_ == "appos" and c.i < verb and (b := self.actor_at(c)) is not None and b.type == "person" \
                        and (c.head.i == subj.i or a is None):
                    return b.id, words
            # "One news site, the Daily Courier,": a named organisation in apposition to a common noun
            for c in subj.children:
                if a is None and c.dep_ == "appos" and c.i < verb and (b := self.actor_at(c)) is not None \
                        and b.type != "place":
                    return b.id, words
        if a is None:
            a = self.named_again(subj)
        if a is not None and a.type != "place":
            return a.id, words
        if subj.lower_ == "old" and any(c.lemma_ == "year" for c in subj.children):
            p = self.last_person_before(subj)  # "the 24-year-old said"
            return (p.id if p else None), words
        voiced = owner(subj, self) or issuer_before(subj, self, self.quoted)
        pron = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if voiced is None and pron is not None and subj.lemma_.lower() in voice_nouns():
            voiced = self.last_person_before(subj, "m" if pron.lower_ == "his" else "f")  # "his spokesman"
        if voiced is not None:
            return voiced.id, words  # "Tomas Ruud's office said", "the statement said": whom it speaks for
        if subj.lemma_.lower() in STATE_NOUNS or subj.lower_ in STATE_NOUNS:
            # "the Nigerian government", "Iran's leadership", "Niger's authorities", "the government of Peru"
            owners = [c for c in subj.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            owners += [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
            for c in owners:
                b = self.actor_at(c)
                if b is not None and b.type == "state":
                    return b.id, words
            pron = next((c for c in owners if c.lower_ in ("his", "her")), None)
            if pron is not None:  # "his government": the state of the person named last
                person = self.last_person_before(pron, "m" if pron.lower_ == "his" else "f")
                state = self.state_of(person) if person is not None else None
                if state:
                    return state, words
            elif not owners and subj.lemma_.lower() != "administration":
                state_actor = self.last_of_types_before(subj, ("state",))  # "The government denied ..."
                if state_actor is not None:
                    return state_actor.id, words
        if subj.pos_ == "NOUN" and subj.tag_ == "NN":
            first = self.introduced_before(subj)
            if first is not None:
                return self.speaker(first)
            if anonymous(subj):
                return None, words  # "the official, who asked not to be named": nobody named before
            holder = self.by_role(subj)
            if holder is not None:
                return holder.id, words
            kind = speaker_nouns().get(subj.lemma_.lower()) or speaker_nouns().get(subj.lower_)
            # "a source" is someone new; "its source", "the minister's aide" someone of the owner's
            if kind == "person" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss"
                                            for c in subj.children):
                g = gendered_words().get(subj.lower_)
                p = self.last_person_before(back, g)
                return (p.id if p else None), words
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their")
                           for c in subj.children)
            if kind == "force" and definite:
                o = self.named_by(subj)  # "the army said": the Army named before, never another party's
                return (o.id if o else None), words
            if kind in ("organization", "state", "media") and definite:
                types = (kind,) if kind == "state" else ("organization", "media")
                firm = subj.lemma_.lower() in COMPANY_NOUNS  # "The French company": no bloc or agency
                o = self.named_by(subj, back) or (self.outlet_before(back) if kind == "media" else None) \
                    or (None if _placed(subj) else self.last_of_types_before(back, types, known=not firm))
                return (o.id if o else None), words  # "the paper said": an outlet before a ministry
        return None, words

    def channel(self, verb: Token, channel_nouns: frozenset[str], prepositions: set[str]) -> str | None:
        """Where or to whom it was said: ``told reporters``, ``said in an interview``."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if objects and verb.lemma_ == "tell":
            return self.text(objects[0].left_edge.i, objects[-1].right_edge.i + 1)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in prepositions and any(t.lower_ in channel_nouns for t in c.subtree):
                return self.text(c.i, c.right_edge.i + 1)
        return None
