"""Who a sanction's parties are: the actors the imposer and target phrases name.

Used by :mod:`dossier.events.sanctions`: a person stands for their state (an official named without
one for the government whose statement it is, :mod:`dossier.events.officials`), a government agency
for its state, and "we", "our" and "the Administration" for the state that wrote the text
(:mod:`dossier.events.author`; else for the government whose statement it is, by
:func:`dossier.events.officials.government_state`); "it" in a reported clause is the reporter, "he" or "she" the person
last named, "who" the one it relates to, ``the country`` or ``the regime`` the state last
named; "the order" or "this action" the government whose statement it is; "international"
sanctions are the UN Security Council's or the United Nations'.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.actors.mentions import ActorIndex
from dossier.events.author import agency_state, stands_for
from dossier.events.officials import government_state, official_state

#: Actor types that can impose or undergo a sanction.
PARTIES = ("state", "organization", "group", "person")
#: Pronouns that stand for the person last named.
PERSONAL = {"he", "him", "she", "her"}
#: Nouns that, with "the", stand for the state last named (``a blockade on the country``).
STATE_NOUNS = {"country", "nation", "regime", "state"}
#: Words that make a measure the international community's (``international sanctions``).
INTERNATIONAL = {"international", "multilateral"}
#: Nouns for what a government issues: "the order imposes sanctions" is the government's act.
ISSUED_NOUNS = {"order", "proclamation", "memorandum", "directive", "action", "decree", "determination"}
#: Gazetteer keys of the bodies that impose international sanctions, the most specific first.
WORLD_BODIES = ("org:UNSC", "org:UN")


def world_body(index: ActorIndex) -> list[str]:
    """The body that imposes "international" sanctions, when the text names it: the UN Security
    Council, else the United Nations."""
    by_key = {a.key: a.id for a in index.actors if a.key}
    return next(([by_key[k]] for k in WORLD_BODIES if k in by_key), [])


def agent_objects(tokens: list[Token]) -> list[Token]:
    """Subject tokens with a passive agent replaced by the agent's object (``by the EU``)."""
    return [o for t in tokens for o in ([x for x in t.children if x.dep_ == "pobj"] if t.dep_ == "agent" else [t])]


def who(index: ActorIndex, tokens: list[Token], author: str | None, *, as_imposer: bool) -> list[str]:
    """Actor ids the tokens' phrases name: people and agencies stand for their states when they
    impose, and so do "we" and "the Administration" for the author, and what a government
    issued (``the order``) for that government."""
    found: dict[str, None] = {}
    for t in tokens:
        # an imposer is the phrase's head and what precedes or is coordinated with it, not the
        # phrases hanging on it ("by Canada on Peru": Canada)
        words = head_phrase(t) if as_imposer else list(t.subtree)
        for w in words if as_imposer else ():
            if index.at(w) is None:
                me = stands_for(index, w, author)
                if me:
                    found.setdefault(me)
        actors = [a for w in words if (a := index.at(w)) is not None and a.type in PARTIES]
        if as_imposer and not actors and issued(t) and (state := government_state(index, author)):
            found.setdefault(state)  # "the order imposes ...": the government's act
        for a in dict.fromkeys(actors):
            state = agency_state(index, a.id, author) or official_state(index, a, author)
            if as_imposer:
                found.setdefault(state or a.id)
            else:
                found.setdefault(a.id)
                if state and a.type == "organization":
                    found.setdefault(state)
    return list(found)


def issued(token: Token) -> bool:
    """Whether a token is a common noun for what a government issued (``the order``, ``this action``)."""
    return token.lemma_.lower() in ISSUED_NOUNS and token.pos_ == "NOUN"


def head_phrase(token: Token) -> list[Token]:
    """A noun phrase without the prepositional phrases and clauses hanging on it, "of" aside
    (``the Secretary of Commerce``; ``Canada on Peru``: Canada)."""
    out = [token]
    for c in token.children:
        if c.dep_ in ("prep", "agent") and c.lower_ != "of" or c.dep_ in ("relcl", "acl", "advcl", "punct"):
            continue
        out += head_phrase(c)
    return sorted(out, key=lambda w: w.i)


def reporter(pronoun: Token) -> Token:
    """The reporting verb of the clause a pronoun is the subject of (``X said it would``: said),
    or the pronoun itself when it is not in a reported clause."""
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "acomp", "conj") and clause.head != clause:
        clause = clause.head
    return clause.head if clause.dep_ == "ccomp" and clause.head != clause else pronoun


def person_before(index: ActorIndex, token: Token) -> list[str]:
    """The person last named before a personal pronoun, within the two sentences before it."""
    start = max(0, token.sent.start - 80)
    for i in range(token.i - 1, start - 1, -1):
        a = index.at(index.doc[i])
        if a is not None and a.type == "person":
            return [a.id]
    return []


def antecedent(token: Token) -> Token:
    """What a relative pronoun stands for (``X, who is under sanctions``: X), else the token."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None) if token.tag_ in ("WP", "WDT") else None
    return clause.head if clause is not None else token


def refers_to_state(token: Token) -> bool:
    """``the country``, ``the regime``: a definite noun that stands for a state named before."""
    return token.lemma_.lower() in STATE_NOUNS and any(c.lower_ == "the" for c in token.children if c.dep_ == "det")


def state_before(index: ActorIndex, token: Token, not_these: list[str]) -> list[str]:
    """The state last named before a token, within the two sentences before it, other than the given ones."""
    start = max(0, token.sent.start - 80)
    for i in range(token.i - 1, start - 1, -1):
        a = index.at(index.doc[i])
        state = index.state_of(a) if a is not None else None
        if state and state not in not_these:
            return [state]
    return []
