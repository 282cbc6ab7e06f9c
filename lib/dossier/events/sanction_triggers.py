"""Where a sanction is done or named without a sanction term: verbs and nouns from the lexicons
(``data/sanction_verbs.csv``, ``data/sanction_nouns.csv``), matched on lemmas and kept only with
the objects each needs, and the parse helpers that read those objects."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from dossier.actors.mentions import ActorIndex
from dossier.events.sanction_parties import PARTIES
from dossier.text.gazetteer import rows
from dossier.text.lexicon import tokens_with_lemma

#: Words before a quantity that stands for a verb's object (``froze over $3 billion of ...``).
AMOUNT_PREPS = {"over", "about", "around", "nearly", "some", "almost", "roughly"}
#: Flows of arms whose halt is an arms embargo (``halted arms exports to X``).
ARMS_FLOWS = {"export", "sale", "shipment", "delivery", "transfer"}
#: What a measure drives to zero (``driving X's copper exports to zero``).
TRADE_FLOWS = {"export", "import", "sale", "revenue", "shipment", "income"}


def objects(token: Token, preps: set[str]) -> list[Token]:
    found = []
    for p in token.children:
        if p.dep_ not in ("prep", "agent"):
            continue
        if p.lower_ in preps:
            found += [o for o in p.children if o.dep_ == "pobj"]
        elif p.lower_ == "with" and "on" in preps:  # "with respect to X", "with regard to X"
            found += [o2 for o in p.children if o.lemma_ in ("respect", "regard")
                      for p2 in o.children if p2.lower_ == "to" for o2 in p2.children if o2.dep_ == "pobj"]
    return found


def heads(token: Token) -> list[Token]:
    """A noun with its compounds and the nouns of its "of" phrases (``$300 billion of central
    bank assets``, ``the assets of X``): the words that say what the noun is."""
    out = [token, *(c for c in token.children if c.dep_ == "compound")]
    for p in token.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            out += [h for o in p.children if o.dep_ == "pobj" for h in heads(o)]
    return out


def _verb_needs(verb: Token, wanted: frozenset[str], index: ActorIndex) -> bool:
    """Whether a sanctioning verb has what ``data/sanction_verbs.csv`` says it needs."""
    if "*" in wanted:
        return True
    if "as" in wanted and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True
    if "off" in wanted and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True
    if "tolist" in wanted and any(o.lemma_.lower() in ("list", "blacklist") for o in objects(verb, {"to", "on"})):
        return True  # "added 45 entities to the Entity List"
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if "arms" in wanted and any(w.lemma_.lower() in ARMS_FLOWS and any(
            c.lemma_.lower() in ("arm", "arms", "weapon") for c in w.children if c.dep_ in ("compound", "amod"))
            for o in objs for w in heads(o)):
        return True  # "halted arms exports to X"
    if "zero" in wanted and any(o.lemma_.lower() == "zero" for o in objects(verb, {"to"})) \
            and any(w.lemma_.lower() in TRADE_FLOWS for o in objs for w in heads(o)):
        return True  # "driving X's copper exports to zero"
    # "immobilize over $300 billion of central bank assets": the object may sit in a quantity phrase
    things = objs + [o for p in amounts(verb) for o in p.children if o.dep_ == "pobj"]
    if any(w.lemma_.lower() in wanted for o in things for w in heads(o)):
        return True
    return "ACTOR" in wanted and any(index.within(o.left_edge.i, o.right_edge.i + 1, types=PARTIES) for o in objs)


def amounts(verb: Token) -> list[Token]:
    """Quantity phrases after a verb that stand for its object (``froze over $3 billion of ...``)."""
    return [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in AMOUNT_PREPS]


@cache
def _verb_rules() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """verb lemma -> [(the measure it names, what it needs), ...] in file order, from
    ``data/sanction_verbs.csv`` (a verb may name several measures: froze assets, froze arms sales)."""
    rules: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for r in rows("sanction_verbs.csv"):
        rules.setdefault(r["verb"].strip(), []).append((r["measure"].strip(), frozenset(r["needs"].strip().split(";"))))
    return rules


def verb_triggers(doc: Doc, index: ActorIndex) -> list[tuple[Span, str]]:
    """Verbs that impose a sanction without naming one, as one-token spans with their measure."""
    found = []
    for t in tokens_with_lemma(doc, frozenset(_verb_rules())):
        if t.pos_ != "VERB" or t.dep_ == "amod":
            continue
        measure = next((m for m, needs in _verb_rules().get(t.lemma_.lower(), ()) if _verb_needs(t, needs, index)),
                       None)
        if measure is not None:
            found.append((doc[t.i:t.i + 1], measure))
    return found


@cache
def _noun_rules() -> dict[str, tuple[str, frozenset[str]]]:
    """noun lemma -> (the measure it names, what it needs on it), from ``data/sanction_nouns.csv``."""
    return {r["noun"]: (r["measure"], frozenset(r["needs"].split(";"))) for r in rows("sanction_nouns.csv")}


def noun_triggers(doc: Doc, index: ActorIndex) -> list[tuple[Span, str]]:
    """``a ban on Russian gas imports``, ``penalties against the regime's banks``: nouns that name
    a measure only with what they fall on (``data/sanction_nouns.csv``), as one-token spans."""
    found = []
    for t in tokens_with_lemma(doc, frozenset(_noun_rules())):
        if t.pos_ != "NOUN":
            continue
        measure, needs = _noun_rules()[t.lemma_.lower()]
        for o in objects(t, {"on", "against"}):
            words = {w.lemma_.lower() for w in [o, *o.children] if w.dep_ in ("pobj", "compound", "amod", "nmod")}
            words |= {w.lemma_.lower() for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                      for w in p.children}  # "restrictions on exports of chips"
            if words & needs or "ACTOR" in needs and index.within(o.left_edge.i, o.right_edge.i + 1, types=PARTIES):
                found.append((doc[t.i:t.i + 1], measure))
                break
    return found
