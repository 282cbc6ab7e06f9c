"""Who is party to an agreement: the actors of the clause that signs it or acts under it.

Shared by the agreement rules (:mod:`dossier.events.agreements`): the subjects of a signing verb with
their conjuncts, passed down to a verb without its own; "it" in a reported clause as the
reporter; ``the two countries`` as the last two states named; people standing for their states
(officials named without one for the government whose statement it is).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.actors.mentions import ActorIndex
from dossier.events.officials import official_state

#: Prepositions through which a clause acts under an agreement (``Under a new memorandum, X and Y ...``).
UNDER = {"under", "per", "through", "via", "within", "in"}
#: Nouns that, counted as two, stand for the last two states named (``the two countries``).
PAIR_NOUNS = {"country", "nation", "leader", "government", "side", "state", "partner", "ally"}
PRONOUNS = {"it", "they"}


def parties_of(index: ActorIndex, tokens: list[Token], author: str | None = None) -> list[str]:
    """Party ids the tokens' phrases name: states and organisations, people for their states (an
    official named without one for the government whose statement it is, :mod:`dossier.events.officials`)."""
    out: list[str] = []
    for t in tokens:
        for a in index.within(t.left_edge.i, t.right_edge.i + 1, types=("state", "person", "organization")):
            key = index.state_of(a) or (official_state(index, a, author) if a.type == "person" else a.id)
            if key and key not in out:
                out.append(key)
    return out


def acting_under(root: Token) -> Token | None:
    """The verb of a clause that acts under an agreement (``Under X, the two nations will ...``, ``X,
    under which both sides pledged to ...``)."""
    if root.dep_ == "pobj" and root.head.lower_ in UNDER and root.head.head.pos_ in ("VERB", "AUX"):
        return root.head.head
    # "a draft agreement under which the army and the militia would guarantee ...": the relative clause
    for clause in (c for c in root.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
        if any(p.dep_ == "prep" and p.lower_ in UNDER and any(o.tag_ in ("WDT", "WP") for o in p.children)
               for p in clause.children):
            return clause
    return None


def subjects_of(verb: Token) -> list[Token]:
    """A verb's subjects with their conjuncts (a passive's agent: ``was signed by X and Y``),
    passed down to a verb without its own (``led X to launch``: X; ``concluded talks to
    launch``: the subject of concluded)."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "a memorandum was signed by X and Y": the agent signs, not the passive subject
        agents = [o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if agents:
            subj = agents
        if subj and subj[0].tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            subj = [v.head]  # "the United States, which has a treaty with X": the noun the clause is on
        if subj:
            return subj + [c for s in subj for c in s.subtree if c.dep_ == "conj"]
        if v.dep_ not in ("xcomp", "advcl", "conj", "acl") or v.head == v:
            return []
        head = v.head
        if v.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        obj = [c for c in head.children if c.dep_ == "dobj"]
        if v.dep_ == "xcomp" and obj and _can_act(obj[0]):
            return obj
        v = head
    return []


def _can_act(token: Token) -> bool:
    """Whether a token is a noun phrase that can act (not a clause or a number)."""
    return token.pos_ in ("PROPN", "NOUN")


def resolved(subjects: list[Token]) -> list[Token]:
    """Subjects with "it" or "they" in a reported clause replaced by the reporting verb's subject
    (``the militia announced it had signed a pact``: the militia)."""
    out = []
    for s in subjects:
        if s.lower_ in PRONOUNS and s.head.dep_ == "ccomp":
            out += [c for c in s.head.head.children if c.dep_ == "nsubj"]
        else:
            out.append(s)
    return out


def pairs(index: ActorIndex, subjects: list[Token]) -> list[str]:
    """``the two countries`` (nations, leaders, sides) as the last two states named before."""
    for s in subjects:
        if s.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in s.children):
            found: list[str] = []
            for i in range(s.i - 1, -1, -1):
                a = index.at(index.doc[i])
                state = index.state_of(a) if a is not None else None
                if state and state not in found:
                    found.append(state)
                if len(found) == 2:
                    return found[::-1]
    return []
