"""Whom a text or a spokesperson speaks for: ``X's statement``, ``a lawyer for X``, ``the statement``.

A claim made by a document or by someone speaking for another (``Tomas Ruud's office said``,
``A statement from the ministry said``, ``The Turkish statement called for ...``) is the
position of the one it speaks for. The rules, read from the parse:

* a **voice noun** is a text (``data/document_nouns.csv``: statement, report, letter ...) or
  someone who speaks for another (``data/voice_nouns.csv``: spokesman, office, lawyer ...);
* its **owner** is the actor named as its possessor (``X's``; ``his``/``her``: the person
  named last, resolved in ``speakers.py``), its modifier (``the Turkish
  statement``, ``the ministry spokesman``) or the object of ``by``, ``from``, ``for`` or ``of``
  (``a statement by X``, ``a lawyer for X``), also through a participle (``a statement released
  by X``); but what an inquiry examines is not its owner (``an audit of X``, ``the X
  investigation`` with X a state);
* a definite text with no owner (``the statement said``) is the one mentioned last within
  :data:`ISSUE_WINDOW` sentences (``X, in a statement, announced ...``, ``X released a
  statement``): its owner, else the actor subject of the verb of issuing it is the object of
  (``issued``, ``sent``; not ``received``, ``obtained``) or that it is ``in`` (not of a clause
  it is merely named in: ``according to a report in the paper``); a definite text that spoke
  before (``The statement also said ...``) is that same text again.

Not owners: a source *close to* X, officials *in* X (they speak of X, not for it).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from spacy.tokens import Token

from dossier.actors.mentions import ActorIndex
from dossier.records import Actor
from dossier.text.gazetteer import lines
from dossier.text.lexicon import sentences

#: How many sentences back ``the statement`` looks for the statement it means.
ISSUE_WINDOW = 4
OWNER_PREPOSITIONS = {"by", "from", "for", "of"}
OWNER_DEPS = ("poss", "amod", "compound", "nmod")
#: Verbs by which a subject puts out a text of its own ("X issued a statement"), unlike those by
#: which it gets one ("X received a letter", "the paper obtained a report").
ISSUING = frozenset({"issue", "release", "publish", "send", "write", "sign", "deliver", "post", "put", "make",
                     "give", "file", "submit", "present", "table", "unveil", "draft", "pen", "tweet", "share",
                     "launch", "produce", "prepare", "circulate", "distribute", "lodge", "bring", "compile",
                     "commission", "conduct", "carry", "run", "broadcast", "air", "address"})
#: Texts that examine something: ``of`` names what is examined (``an audit of the ministry``), and
#: so does a state before them (``the Russia investigation``), not their author.
INQUIRY_NOUNS = {"investigation", "inquiry", "probe", "review", "audit", "assessment", "analysis", "study",
                 "survey", "poll", "indictment", "complaint", "lawsuit", "evaluation", "examination"}


@cache
def voice_nouns() -> frozenset[str]:
    """Lemmas of texts and of those who speak for another."""
    return frozenset(lines("document_nouns.csv")) | frozenset(lines("voice_nouns.csv"))


def _actor(index: ActorIndex, t: Token) -> Actor | None:
    a = index.at(t)
    return a if a is not None and a.type != "place" else None


def owner(noun: Token, index: ActorIndex) -> Actor | None:
    """The actor a voice noun speaks for, by the rules in the module docstring."""
    if noun.lemma_.lower() not in voice_nouns():
        return None
    inquiry = noun.lemma_.lower() in INQUIRY_NOUNS
    for c in noun.children:
        if c.dep_ in OWNER_DEPS and (a := _actor(index, c)) is not None:
            if inquiry and c.dep_ == "compound" and a.type == "state":
                continue  # "the Russia investigation": what is investigated
            return a
    for c in noun.children:
        preps = [c] if c.dep_ == "prep" else [p for p in c.children if p.dep_ in ("agent", "prep")] \
            if c.dep_ == "acl" else []
        for p in preps:
            if p.dep_ == "agent" or p.lower_ in OWNER_PREPOSITIONS and not (inquiry and p.lower_ == "of"):
                for o in p.children:
                    if o.dep_ == "pobj" and (a := _actor(index, o)) is not None:
                        return a
    return None


def issuer_before(noun: Token, index: ActorIndex, quoted: frozenset[int] = frozenset()) -> Actor | None:
    """The owner of the text a definite voice noun with no owner of its own refers back to."""
    if noun.lemma_.lower() not in voice_nouns() or not any(c.lower_ == "the" for c in noun.children):
        return None
    doc = noun.doc
    starts = [s.start for s in sentences(doc)]
    here = bisect_left(starts, noun.i + 1) - 1
    for t in reversed(doc[starts[max(0, here - ISSUE_WINDOW)]:noun.i]):
        if t.lemma_ != noun.lemma_ or t.i in quoted:
            continue
        a = owner(t, index)
        if a is not None:
            return a
        # "X issued a statement", "X, in a statement, announced": the subject of that verb
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ISSUING:
            head = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ in ("VERB", "AUX"):
            head = t.head.head
        elif t.dep_ == "nsubj" and any(c.lower_ == "the" for c in t.children):
            return issuer_before(t, index, quoted)  # "The statement also said ...": the same text again
        else:
            return None  # "according to a report in the paper": not the clause's subject's
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)  # not "X was quoted in a report"
        return _actor(index, subj) if subj is not None else None
    return None
