"""Which sales between states are deals: a state that will sell, supply or deliver named goods to another.

Used by :mod:`dossier.events.agreements` for agreements with no word for one. A sale is a deal when
it is committed, not just reported as trade:

* a sale verb (``sell``, ``supply``, ``deliver``, ``transfer``, ``lease``) under a future or a
  commitment (``will sell``, ``intends to sell``, ``agreed to supply``, ``approved ... to
  deliver``), or a sale noun (``the sale of X to Y``) that is approved, agreed, signed or
  announced;
* of countable or named goods (``four Scorpene class submarines``, ``S-300 missile systems``,
  ``Gripen fighter jets``): a number or a proper name on the goods, not a bulk commodity
  (``Russia will sell gas to China`` is trade);
* between the seller's state (the subject; people and agencies for their states, "we" for the
  author; a company's sale is trade) and the buyer: the indirect object, the object of
  ``to``, or a state named before the goods (``sell Chile four submarines``, which the parser
  may hang on the goods).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.actors.mentions import ActorIndex
from dossier.events.agreement_parties import parties_of, resolved, subjects_of
from dossier.events.author import agency_state, stands_for
from dossier.text.lexicon import tokens

SALE_VERBS = {"sell", "supply", "deliver", "transfer", "lease"}
SALE_NOUNS = {"sale", "delivery", "transfer", "supply", "lease"}
#: Words that commit to a sale: a future, an intention, an agreement or an approval.
COMMITTING = {"will", "shall", "intend", "plan", "agree", "approve", "decide", "offer", "commit", "sign",
              "announce", "finalize", "clear", "authorize", "conclude"}


def sale_deals(index: ActorIndex, sent: Span, author: str | None) -> list[tuple[list[str], int, int, Token]]:
    """The committed sales of named goods between states in a sentence, by the rules in the module
    docstring: (parties, start token, end token, verb) for each."""
    found = []
    for t in tokens(sent.doc)[sent.start:sent.end]:
        lemma = t.lemma_.lower()
        if lemma in SALE_VERBS and t.pos_ == "VERB" and _committed(t):
            verb, goods = t, [c for c in t.children if c.dep_ == "dobj"]
            buyers = [c for c in t.children if c.dep_ in ("dative", "iobj")]
        elif lemma in SALE_NOUNS and t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") \
                and t.head.lemma_.lower() in COMMITTING:
            verb = t.head
            goods = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"]
            buyers = [p for p in (*t.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "to"]
        else:
            continue
        goods = [g for g in goods if _countable(g)]
        if not goods:
            continue
        buyers += [p for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
        # "sell Poland tanks" (the buyer itself), "sell tanks to Poland" (the object of "to")
        buyer_tokens = [o for b in dict.fromkeys(buyers) for o in ([b] if b.pos_ in ("PROPN", "NOUN", "PRON")
                                                                  else b.children) if o.dep_ != "punct"]
        # "sell Chile four submarines": the buyer the parser hangs on the goods
        buyer_tokens += [c for g in goods for c in g.children if c.dep_ in ("nmod", "compound") and c.i < g.i]
        buyers_states = [p for p in parties_of(index, buyer_tokens, author)
                         if getattr(index.by_id.get(p), "type", "") == "state"]
        subjects = resolved(subjects_of(verb))
        sellers = [agency_state(index, p, author) or p for p in parties_of(index, subjects, author)]
        sellers += [me for s in subjects if (me := stands_for(index, s, author))]
        sellers = [p for p in sellers if getattr(index.by_id.get(p), "type", "") == "state"]  # not a company
        parties = list(dict.fromkeys(sellers + buyers_states))
        if not sellers or not buyers_states or len(parties) < 2:
            continue
        start = min([verb.i, t.i] + [s.left_edge.i for s in subjects if s.sent == sent])
        end = max([g.right_edge.i for g in goods] + [b.right_edge.i for b in buyers]) + 1
        found.append((parties, start, end, verb))
    return found


def _committed(verb: Token) -> bool:
    """Whether a sale verb is committed: a future or an intention above it."""
    chain = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    v = verb
    while v.dep_ in ("xcomp", "conj") and v.head != v:
        v = v.head
        chain += [v, *(c for c in v.children if c.dep_ == "aux")]
    return any(t.lemma_.lower() in COMMITTING for t in chain[1:] if t.pos_ != "PROPN")


def _countable(goods: Token) -> bool:
    """Countable or named goods: a number or a proper name on them (``four submarines``, ``Gripen jets``)."""
    return any(c.dep_ == "nummod" or c.dep_ == "compound" and (c.pos_ == "PROPN" or any(ch.isdigit() for ch in c.text))
               for c in goods.children) or any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in goods.children)
