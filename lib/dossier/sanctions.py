"""Which sanctions are in play: who imposes them on whom, in which domains, in force or not.

Rules, read from the parse around each sanction term (``data/sanction_terms.csv``, matched
on lemmas):

* **imposer**: the object of ``from``/``by`` on the term (``sanctions from Western countries``,
  ``efforts by the US government``), else the subject of a verb that imposes, threatens or
  lifts it (``the EU imposed sanctions``);
* **targets**: the object of ``on``/``against`` (``sanctions on Iran``), the object of the
  term's verb (``to isolate Iran``), else the subject of the verb that undergoes it
  (``Iran and Russia face sanctions``, ``Iran faces ... including sanctions``);
* **status**: ``lifted`` or ``threatened`` from the governing verb, ``expected`` under a future
  or hedging modal (``will likely result in further pressure``), else ``in_force``;
* **domains**: domain words (``data/sanction_domains.csv``) in the sentence;
* **effects**: the verb phrases of a relative clause on the term (``sanctions that have
  weakened its armed group``); **countermeasures**: evasion words in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .article import NormalizedText
from .lexicon import matches, table
from .mentions import ActorIndex, ancestors
from .records import Actor, Sanction, SanctionStatus

IMPOSING_VERBS = {"impose", "slap", "level", "announce", "introduce", "extend", "tighten", "expand", "adopt"}
UNDERGOING_VERBS = {"face", "suffer", "endure", "hit", "target", "include", "remain"}
LIFTING_VERBS = {"lift", "ease", "remove", "waive", "relax", "end", "suspend"}
THREATENING_VERBS = {"threaten", "warn", "consider", "propose", "mull", "weigh"}
HEDGES = {"will", "would", "likely", "could", "may", "might", "further", "expect"}
COUNTERMEASURES = {"evade", "evasion", "circumvent", "bypass", "alternative", "workaround", "smuggle"}
PARTIES = ("state", "organization", "group")
#: Verbs whose subject decides on a sanction (imposes, threatens or lifts it).
ACTING_VERBS = IMPOSING_VERBS | LIFTING_VERBS | THREATENING_VERBS


def _governor(root: Token) -> Token:
    """The clause verb a sanction phrase depends on (through prepositions like "including")."""
    chain = list(ancestors(root, 6)) or [root]
    return next((t for t in chain if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), chain[-1])


def _phrase_root(term: Span) -> Token:
    """The noun a sanction term heads or hangs on: "pressure ... to isolate Iran" is about the pressure."""
    root = term.root
    if root.pos_ == "VERB" and root.dep_ in ("acl", "xcomp") and root.head.pos_ == "NOUN":
        return root.head
    return root


def _verb_phrase(index: ActorIndex, verb: Token) -> str:
    """A verb with its objects, without the verbs coordinated with it."""
    ends = [c.right_edge.i for c in verb.children if c.dep_ not in ("conj", "cc", "punct") and c.i > verb.i]
    return index.text(verb.i, max(ends, default=verb.i) + 1)


def _objects(token: Token, preps: set[str]) -> list[Token]:
    return [o for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def _actors_under(index: ActorIndex, tokens: list[Token]) -> list[Actor]:
    found: dict[str, Actor] = {}
    for t in tokens:
        for a in index.within(t.left_edge.i, t.right_edge.i + 1, types=PARTIES + ("person",)):
            found.setdefault(a.id, a)
    return list(found.values())


def _status(term: Span, verb: Token) -> SanctionStatus:
    chain = [verb, *verb.children, *term.root.children, *term.root.head.children]
    lemmas = {t.lemma_.lower() for t in chain}
    if lemmas & LIFTING_VERBS:
        return "lifted"
    if lemmas & THREATENING_VERBS:
        return "threatened"
    if lemmas & HEDGES:
        return "expected"
    return "in_force"


def sanctions(doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...]) -> tuple[Sanction, ...]:
    """The sanctions of a parsed article, by the rules in the module docstring."""
    index = ActorIndex.of(doc, norm, actors)
    domains_of = table("sanction_domains.csv", "word", "domain")
    out = []
    for term, measure in matches(doc, table("sanction_terms.csv", "term", "measure")):
        root = _phrase_root(term)
        verb = _governor(root)
        imposer_tokens = _objects(root, {"from", "by"})
        imposers = _actors_under(index, imposer_tokens)
        if not imposers and verb.lemma_ in ACTING_VERBS:
            imposers = _actors_under(index, [c for c in verb.children if c.dep_ == "nsubj"])
        target_tokens = (_objects(root, {"on", "against"})
                         + [c for t in (root, term.root) for c in t.children if c.dep_ == "dobj"])
        if not target_tokens and verb.lemma_ not in ACTING_VERBS:
            target_tokens = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        targets = [a for a in _actors_under(index, target_tokens) if a not in imposers]
        sent = term.sent
        domains = sorted({domains_of[t.lemma_.lower()] for t in sent if t.lemma_.lower() in domains_of})
        effects = tuple(_verb_phrase(index, v) for r in root.children if r.dep_ == "relcl"
                        for v in [r, *(x for x in r.children if x.dep_ == "conj")])
        counter = tuple(sorted({t.text for t in sent if t.lemma_.lower() in COUNTERMEASURES}))
        # the evidence reaches back to the subject only when the subject is the target
        subjects = [c for c in target_tokens if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
        start = min([root.left_edge.i] + [s.left_edge.i for s in subjects])
        end = max(root.right_edge.i, term.root.right_edge.i) + 1
        s, e = index.orig(start, end)
        imposer = imposers[0] if imposers else None
        if imposer_tokens:
            imposer_text = index.text(imposer_tokens[0].left_edge.i, imposer_tokens[0].right_edge.i + 1)
        else:
            imposer_text = imposer.name if imposer else ""
        out.append(Sanction(
            id=f"s{len(out) + 1}", imposer=imposer.id if imposer else None,
            targets=tuple(a.id for a in targets), domains=tuple(domains), status=_status(term, verb),
            text=norm.original[s:e], span=(s, e), imposer_text=imposer_text, measure=measure,
            effects=effects, countermeasures=counter))
    return tuple(out)
