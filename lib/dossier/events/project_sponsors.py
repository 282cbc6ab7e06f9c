"""Who sponsors an infrastructure project: who pays for it, plans it or builds it.

Read from the parse around a project term, for :mod:`dossier.events.projects`:

* the subject of the verb that builds or plans it, or of the verb it complements (``The
  Kremlin ... is building``, ``Russia is working with Iran ... to develop``: both), or of the
  verb whose object the plan is (``signed deals worth $2 billion to build``); "we" for the state
  that wrote the text; not the subject of a verb that only reacts (``welcomes``, ``rejected``);
* the agent of ``financed by``/``built by`` on it or its verb, the source of ``financing
  from``/``a loan from``/``$40 billion from X to build``, who gives the financing (``X will
  provide a loan to build``, ``X approved financing for``) and who receives it (``a loan to Y
  to build``), the owner of the purchase or loan
  for it (``X's purchase of equipment for``), the state whose investments build it (``Norwegian
  investments, including ... to build``), the company invested in for it (``invest $20 million
  in Y for the development of``) and who finances the financer (``X provides a loan guarantee to
  Y, who is financing ...``);
* people stand for their states (officials named without one for the government whose
  statement it is, :mod:`dossier.events.officials`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.actors.mentions import ActorIndex, ancestors
from dossier.events.author import stands_for
from dossier.events.officials import official_state
from dossier.records import Actor
from dossier.text.lexicon import entities

#: Verbs whose agent pays for or builds the project (``financed by X``).
FINANCE_VERBS = {"finance", "fund", "build", "construct", "back", "support", "bankroll"}
#: Nouns for money given to a project (``a loan from X``).
FINANCE_NOUNS = {"financing", "finance", "loan", "investment", "funding", "grant", "equity", "support"}
#: Verbs whose subject reacts to a project rather than pays for it.
REACTION_VERBS = {"welcome", "applaud", "praise", "hail", "commend", "celebrate", "note", "criticize", "criticise",
                  "condemn", "oppose", "reject"}


def project_sponsors(index: ActorIndex, root: Token, subject_verbs: list[Token],
                     author: str | None) -> dict[str, Actor]:
    """The sponsors of the project phrase headed by ``root``, by the rules in the module
    docstring, given the verb whose subject does what the project's verb says."""
    sponsors: dict[str, Actor] = {}
    for v in subject_verbs[:1]:
        if v.lemma_.lower() in REACTION_VERBS:
            continue  # "Kenya welcomes Norwegian investments to build ...": Norway's, not Kenya's
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "prep" and c.lower_ == "with":
                toks = [c] if c.dep_ != "prep" else [o for o in c.children if o.dep_ == "pobj"]
                if c.tag_ in ("WP", "WDT") and v.dep_ == "relcl":  # "X, who is financing ...": X
                    toks = [v.head]
                for tok in toks:
                    me = stands_for(index, tok, author)  # "we will build": the author's state
                    if me:
                        sponsors.setdefault(me, index.by_id[me])
                    last = tok.i if c.tag_ in ("WP", "WDT") else tok.right_edge.i  # not the relative clause
                    for a in index.within(tok.left_edge.i, last + 1, types=("state", "person", "organization")):
                        key = index.state_of(a) or official_state(index, a, author) or a.id
                        sponsors.setdefault(key, index.by_id.get(key, a))
    backers = [t for v in subject_verbs[:1] for t in (*_upstream_financers(v), *_investees(index, v))]
    for tok in _financers(root) + backers:
        for a in index.within(tok.left_edge.i, tok.right_edge.i + 1, types=("state", "person", "organization")):
            key = official_state(index, a, author) if a.type == "person" else a.id
            sponsors.setdefault(key or a.id, index.by_id.get(key or a.id, a))
    return sponsors


def _financers(root: Token) -> list[Token]:
    """Who pays or builds: the agent of a participle on the project or on its verb (``financed
    by X``), and the source of financing in its sentence (``financing from X``, ``a loan from X``)."""
    verb = next((v for v in verbs_above(root)[:1] if root.head == v), None)
    # "a rail link ..., a project financed partly by X": the project noun in apposition counts as the term
    described = [t for t in root.sent if t.dep_ == "appos" and t.lemma_.lower() == "project"
                 and root.left_edge.i <= t.head.i <= root.right_edge.i]
    found = [o for c in [*root.children, *(verb.children if verb is not None else ()),
                         *(x for d in described for x in d.children)]
             if c.dep_ in ("acl", "advcl") and (c.head in (root, *described) or c.lemma_.lower() in FINANCE_VERBS)
             for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    # "the U.S.- and EU-backed railway": the names hyphened onto a participle of paying before the term
    # (or before a term in apposition to it)
    heads = [root, *(c for c in root.children if c.dep_ == "appos")]
    for h in heads:
        words = list(root.doc[h.left_edge.i:h.i])
        for k, w in enumerate(words):
            if w.lemma_.lower() in FINANCE_VERBS and k > 0 and words[k - 1].text in ("-", "‑"):
                found += [x for x in words[:k] if x.pos_ in ("PROPN", "NOUN") and x.text[:1].isupper()]
    for t in root.sent:
        if t.lemma_.lower() in FINANCE_NOUNS:
            found += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj"]
    # "X will provide a loan to build Y", "X approved financing for Y": who gives the financing
    money = [t for t in (argument_of(root), *(v.head for v in ancestors(root, 3) if v.dep_ in ("acl", "relcl")),
                         # "X is providing a loan to Y to build Z"
                         *(c for v in ancestors(root, 3) if v.dep_ == "advcl" for c in v.head.children))
             if t.lemma_.lower() in FINANCE_NOUNS and t.dep_ == "dobj"]
    found += [c for m in money[:1] for c in m.head.children if c.dep_ == "nsubj"]
    # "X is providing a loan to Y to build Z": Y builds with it
    found += [o for m in money[:1] for p in (*m.children, *m.head.children)
              if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    # "$40 billion from X to build Y": X
    verb = next((v for v in verbs_above(root)[:1] if root.head == v), None)
    start = money_before(root.doc, verb) if verb is not None else None
    if start is not None:
        found += [o for t in root.doc[start:verb.i] if t.lower_ == "from" for o in t.children if o.dep_ == "pobj"]
    # "X's purchase of equipment for Y", "X's loan for Y": who buys or lends for the project
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "NOUN":
        found += [c for c in root.head.head.children if c.dep_ == "poss"]
    # "Norwegian investments, including ... to build Y": the state whose investments they are
    found += [c for t in root.sent if t.i < root.i and _is_money(t)
              for c in t.children if c.dep_ in ("amod", "poss") or c.dep_ == "compound" and c.pos_ == "PROPN"]
    return found


def _is_money(token: Token) -> bool:
    """A noun that names money given: ``financing``, ``a loan guarantee``."""
    return token.pos_ == "NOUN" and any(w.lemma_.lower() in FINANCE_NOUNS for w in (
        token, *(c for c in token.children if c.dep_ == "compound")))


def _upstream_financers(verb: Token) -> list[Token]:
    """Who finances the financer: ``X provides a loan to Y, who is financing Z``: X."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "pobj" or verb.head.head.lower_ != "to":
        return []
    giver = verb.head.head.head
    if not any(c.dep_ == "dobj" and _is_money(c) for c in giver.children):
        return []
    return [c for c in giver.children if c.dep_ == "nsubj"]


def _investees(index: ActorIndex, verb: Token) -> list[Token]:
    """``X will invest $20 million in Y for the development of Z``: the company Y develops it with
    X's money (a state invested in hosts it)."""
    if verb.lemma_.lower() not in ("invest", "inject"):
        return []
    money = [verb, *(w for c in verb.children if c.dep_ == "dobj" for w in c.subtree)]  # "$5 million of equity in Y"
    preps = [p for w in money for p in w.children if p.dep_ == "prep" and p.lower_ == "in"]
    return [o for p in preps for o in p.children
            if o.dep_ == "pobj" and (a := index.at(o)) is not None and a.type == "organization"]


def controllers(verbs: list[Token]) -> list[Token]:
    """The verb whose subject does what the project's verb says: the first verb above, or the
    verb it is the complement of (``wants to build``, ``is working with X to develop``), or the
    verb whose object the plan to build is (``signed deals worth $2 billion to build``: signed)."""
    if not verbs:
        return []
    v = verbs[0]
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return [v]
        if v.dep_ not in ("xcomp", "advcl", "conj", "acl") or v.head == v:
            return []
        v = v.head
        if v.pos_ == "ADJ" and v.dep_ == "amod":  # "deals worth $2 billion to build"
            v = v.head
        if v.pos_ == "NOUN":  # "a deal to build", "signed deals ... to build": the verb it is the object of
            if v.dep_ != "dobj":
                return []
            v = v.head
    return []


def money_before(doc: Doc, verb: Token) -> int | None:
    """The start of an amount of money just before an infinitive that spends it (``up to $40
    billion from X in Y to build ...``), when no punctuation separates them; else ``None``."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    i = verb.i - 1
    while i > verb.sent.start and verb.i - i < 16 and not doc[i - 1].is_punct:
        i -= 1
    money = [e for e in entities(doc) if e.label_ == "MONEY" and i <= e.start < verb.i]
    if not money:
        return None
    start = money[0].start
    while start > i and doc[start - 1].dep_ in ("quantmod", "advmod") or doc[start - 1].lower_ in ("up", "to"):
        start -= 1
    return start


def verbs_above(token: Token) -> list[Token]:
    """The verbs a token depends on, nearest first."""
    return [t for t in ancestors(token) if t.pos_ in ("VERB", "AUX")]


#: Nouns for a part of a line or site that works are done on ("a stretch of the highway").
STRETCHES = frozenset({"stretch", "section", "segment", "portion", "length", "leg", "phase", "part", "extension"})


def argument_of(root: Token) -> Token:
    """The word a project phrase is an argument of: through coordination and apposition to the
    verb it is the subject or object of, or the noun or verb whose preposition it follows."""
    t = root
    while t.dep_ in ("conj", "appos") and t.head != t:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in STRETCHES:
        return argument_of(t.head.head)  # "paving a 400-kilometre stretch of the highway": the highway is paved
    if t.dep_ == "pobj" and t.head.head != t.head:
        return t.head.head
    return t.head
