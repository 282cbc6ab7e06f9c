"""Which agreements bind whom: treaties, agreements, declarations and alliances, with their
parties, dates and the clauses the article says they include or exclude.

Rules, read from the parse (terms from ``data/agreement_terms.csv``, clause phrases from
``data/agreement_clauses.csv``, matched on lemmas):

* an agreement is **introduced** by an indefinite agreement term that is signed (the object
  of ``sign``/``conclude``/``reach``..., or carrying a ``signed`` clause) or names a party
  (``a security treaty with Belarus``), with at least two parties: the signers (people stand
  for their states) and the objects of ``with``/``between``; a clause without its own signer
  borrows the signer of the sentence (``Russia signed X, and in December, a treaty with
  Belarus ...``);
* a **bloc** is an organisation whose members the text lists (``the Collective Security
  Treaty Organization, which includes Belarus ...``), led or joined by the subject;
* a definite term (``the treaty``, ``the deal with Iran``, ``Both treaties``) **refers** to an
  agreement already introduced: the one with the party it names, the last two for "both",
  the latest bloc for ``organization``/``alliance``, else the latest agreement;
* a **clause** phrase in a sentence that refers to or introduces agreements is stated for
  them, or denied when its verb is negated (``does not include mutual defense clauses``);
* the **date** is the DATE entity on the signing clause (``on Friday``, ``In June``), resolved
  against the article's date from its sidecar when it has one.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import day_name, month_name
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .article import NormalizedText
from .lexicon import matches, table
from .mentions import ActorIndex, ancestors
from .records import Actor, Agreement

SIGNING_VERBS = {"sign", "conclude", "reach", "ink", "seal", "strike", "finalize", "agree", "adopt"}
MEMBERSHIP_VERBS = {"include", "comprise", "consist", "unite", "group"}
BLOC_NOUNS = {"organization", "organisation", "alliance", "bloc", "union", "group"}
DEFINITE = {"the", "this", "that", "these", "those", "both", "its", "their"}
BLOC_WORDS = ("Treaty", "Alliance", "Pact", "Organization", "Organisation", "Union", "Council")


@dataclass
class _Draft:
    parties: list[str]
    start: int
    end: int
    date: str | None = None
    name: str | None = None
    organization: str | None = None
    members: list[str] = field(default_factory=list)
    clauses: dict[str, bool] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    bloc: bool = False


def resolve_date(text: str | None, article_date: str | None) -> str | None:
    """A weekday or month name resolved to the latest such day or month on or before the
    article's date (ISO ``YYYY-MM-DD``); ``None`` when either is missing or unreadable."""
    if not text or not article_date:
        return None
    try:
        ref = dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return None
    words = text.lower().split()
    for i, name in enumerate(day_name):
        if name.lower() in words:
            return (ref - dt.timedelta(days=(ref.weekday() - i) % 7)).isoformat()
    for m, name in enumerate(month_name):
        if m and name.lower() in words:
            year = ref.year if m <= ref.month else ref.year - 1
            found = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
            return f"{int(found.group()) if found else year:04d}-{m:02d}"
    return None


def _parties_of(index: ActorIndex, tokens: list[Token]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        for a in index.within(t.left_edge.i, t.right_edge.i + 1, types=("state", "person", "organization")):
            key = index.state_of(a) or (a.id if a.type != "person" else None)
            if key and key not in out:
                out.append(key)
    return out


def _pobjs(token: Token, preps: set[str]) -> list[Token]:
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def _signing_verb(term: Token) -> Token | None:
    if term.dep_ == "dobj" and term.head.lemma_ in SIGNING_VERBS:
        return term.head
    for c in term.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.lemma_ in SIGNING_VERBS:
            return c
    return None


def _date_near(doc: Doc, verb: Token) -> str | None:
    for ent in doc.ents:
        if ent.label_ == "DATE" and ent.sent == verb.sent:
            t = ent.root
            for _ in range(3):
                if t.head is t:
                    break
                t = t.head
                if t == verb:
                    return ent.text
    return None


def _clause_verb(token: Token) -> Token:
    """The nearest verb that heads a clause of its own (not a participle inside a phrase)."""
    chain = [token, *ancestors(token, 7)]
    return next((t for t in chain if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp", "advcl",
                                                                                 "relcl")), chain[-1])


def _negated(token: Token) -> bool:
    t = token
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for c in t.children):
            return True
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return False
        t = t.head
    return False


def agreements(doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...], *,
               article_date: str | None = None) -> tuple[Agreement, ...]:
    """The agreements of a parsed article, by the rules in the module docstring."""
    index = ActorIndex.of(doc, norm, actors)
    terms = [(span, kind) for span, kind in matches(doc, table("agreement_terms.csv", "term", "type"))
             if not span.root.ent_type_]
    clause_words = matches(doc, table("agreement_clauses.csv", "phrase", "clause"))
    drafts: list[_Draft] = []
    for sent in doc.sents:
        here = [t for t, _ in terms if sent.start <= t.start < sent.end]
        touched: list[_Draft] = []
        for span in here:
            root = span.root
            det = {c.lower_ for c in root.children if c.dep_ in ("det", "poss", "predet")}
            verb = _signing_verb(root)
            withs = _pobjs(root, {"with", "between"}) + (_pobjs(verb, {"with"}) if verb is not None else [])
            if not det & DEFINITE and root.tag_ != "NNS" and (verb is not None or withs):
                signer = verb if verb is not None else next(
                    (t for t in sent if t.lemma_ in SIGNING_VERBS and t.pos_ == "VERB"), None)
                subjects = [c for c in signer.children if c.dep_ in ("nsubj", "nsubjpass")] if signer else []
                subjects += [c for s in subjects for c in s.subtree if c.dep_ == "conj"]
                parties = _parties_of(index, subjects + withs)
                if len(parties) >= 2:
                    gov = verb if verb is not None else root.head
                    start = min(gov.i, root.left_edge.i)
                    stops = [c.i for c in gov.children if c.dep_ in ("punct", "cc", "conj", "advcl") and c.i > gov.i]
                    end = max([root.right_edge.i] + [c.right_edge.i for c in gov.children
                                                     if c.dep_ in ("prep", "npadvmod", "dobj", "advmod")
                                                     and c.i > gov.i and c.i < min(stops, default=len(doc))]) + 1
                    d = _Draft(parties=parties, start=start, end=end, date=_date_near(doc, gov))
                    d.mentions.append((span.start, span.end))
                    drafts.append(d)
                    touched.append(d)
                    continue
            # a reference to an agreement introduced before
            if not drafts:
                continue
            named = _parties_of(index, withs)
            if "both" in det or any(c.lower_ in ("two", "both") for c in root.children):
                refs = [d for d in drafts if not d.bloc][-2:]
            elif named:
                refs = [d for d in drafts if set(named) <= set(d.parties)][-1:]
            else:
                refs = [d for d in drafts if not d.bloc][-1:]
            for d in refs:
                d.mentions.append((span.start, span.end))
            touched.extend(refs)
        for t in sent:  # "The organization ..." refers to the latest bloc
            if t.lemma_.lower() in BLOC_NOUNS and t.dep_ in ("nsubj", "nsubjpass") and not t.ent_type_:
                touched.extend([d for d in drafts if d.bloc][-1:])
        touched.extend(_blocs(doc, index, sent, drafts))
        touched = list({id(d): d for d in touched}.values())
        for phrase, clause in clause_words:
            if not (sent.start <= phrase.start < sent.end) or not touched:
                continue
            # in a sentence about several agreements, a clause goes to those of its own clause
            verb = _clause_verb(phrase.root)
            own = [d for d in touched if any(_clause_verb(doc[a:b].root) == verb for a, b in d.mentions
                                             if a >= sent.start and b <= sent.end)]
            for d in own or touched:
                d.clauses.setdefault(clause, not _negated(phrase.root))
    out = []
    for d in sorted(drafts, key=lambda d: d.start):
        s, e = index.orig(d.start, d.end)
        out.append(Agreement(
            id=f"g{len(out) + 1}", parties=tuple(d.parties), date=d.date, text=norm.original[s:e], span=(s, e),
            name=d.name, mutual_defense=d.clauses.get("mutual_defense"),
            date_resolved=resolve_date(d.date, article_date), clauses=tuple(sorted(d.clauses.items())),
            organization=d.organization, members=tuple(d.members),
            mentions=tuple(index.orig(a, b) for a, b in d.mentions)))
    return tuple(out)


def _blocs(doc: Doc, index: ActorIndex, sent: Span, drafts: list[_Draft]) -> list[_Draft]:
    """Blocs whose members the sentence lists: an organisation with a membership clause."""
    found = []
    for t in sent:
        org = index.at(t)
        if org is None or org.type != "organization" or t.dep_ == "compound":
            continue
        if not any(w in org.name for w in BLOC_WORDS) and t.lemma_.lower() not in BLOC_NOUNS:
            continue
        clauses = [c for c in t.children if c.dep_ in ("relcl", "acl") and c.lemma_ in MEMBERSHIP_VERBS]
        if not clauses:
            continue
        members = _parties_of(index, [o for c in clauses for o in c.children if o.dep_ in ("dobj", "attr")])
        leader = t  # "Russia also leads an organization known as X, which includes ...": Russia
        while leader.head is not leader and not any(c.dep_ == "nsubj" for c in leader.children):
            leader = leader.head
        members = _parties_of(index, [c for c in leader.children if c.dep_ == "nsubj"]) + members
        members = list(dict.fromkeys(members))
        if len(members) < 2 or any(d.organization == org.id for d in drafts):
            continue
        start, end = t.left_edge.i, max(c.right_edge.i for c in clauses) + 1
        d = _Draft(parties=members, start=start, end=end, name=org.name, organization=org.id,
                   members=members, bloc=True)
        drafts.append(d)
        found.append(d)
    return found
