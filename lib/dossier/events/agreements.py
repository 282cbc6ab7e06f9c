"""Which agreements bind whom: treaties, agreements, declarations and alliances, with their
parties, dates and the clauses the article says they include or exclude.

Rules, read from the parse (terms from ``data/agreement_terms.csv``, clause phrases from
``data/agreement_clauses.csv``, matched on lemmas):

* an agreement is **introduced** by an indefinite agreement term that is signed (the object
  of ``sign``/``conclude``/``reach``/``announce``/``launch``..., its apposition: ``announced X
  – a new partnership``, ``entered into`` it, or carrying a ``signed`` clause) or names a party
  (``a security treaty with Belarus``), with at least two parties: the signers (people stand
  for their states; a verb without a subject takes its head's: ``led X to launch``,
  ``concluded negotiations to launch``; "it" in a reported clause is the reporter) and the
  objects of ``with``/``between``; a clause without its own signer borrows the signer of the
  sentence (``Russia signed X, and in December, a treaty with Belarus ...``); the subject of a
  clause acting ``under``/``per`` an agreement is a party (``Under a new memorandum, the two
  countries ...``: "the two countries" are the last two states named); "we" is the state that
  wrote the text (:mod:`dossier.events.author`);
* a definite term signed, joined or left by parties that no earlier agreement has (``Benin and
  Nigeria joined the free trade area``, ``Chile withdrew from the Peru fishing deal``: a state
  compounded with the term is a party) introduces one too; a signing verb with a ``with``
  needs only one named party if it is a state (``the rebels reached a deal with X``), but a one-party mention
  of a party of an earlier agreement is that agreement again;
* a **named** agreement (``the 2008 U.S.-Iraq Strategic Framework Agreement``, ``the NATO
  treaty``, ``a new Memorandum of Cooperation``) is introduced at its first mention, with the
  states and organisations its name names among its parties (parts of hyphenated compounds
  too) and the subject of a verb that withdraws from, rejoins, violates, honours or invokes it
  or an article of it, or states a commitment to it (``the United States withdrew from the
  Paris Agreement``, ``X invoked Article 5 of the treaty``, ``X and Y reaffirmed their
  commitment to the Z Treaty``); a presidential or executive memorandum
  is a directive, not an agreement; a term inside
  an organisation's name or inside another term's phrase is not one;
* two or more parties that ``agreed to``, ``committed to`` or ``pledged to`` do something
  together make an agreement with no word for one (``the two leaders agreed to expand
  cooperation``, ``X and the EU committed to issue loans``): a joint commitment binds them;
* a state that will sell, supply or deliver named goods to another (``Brazil intends to sell
  Chile four submarines``, ``approved the sale of Gripen jets to Peru``) makes a deal with it
  (:mod:`dossier.events.agreement_sales`);
* a **bloc** is an organisation whose members the text lists (``the Collective Security
  Treaty Organization, which includes Belarus ...``), led or joined by the subject;
* a definite term (``the treaty``, ``the deal with Iran``, ``Both treaties``) **refers** to an
  agreement already introduced: the one with the party it names, the last two for "both",
  the latest bloc for ``organization``/``alliance``, else the latest agreement;
* a **clause** phrase in a sentence that refers to or introduces agreements is stated for
  them, or denied when its verb is negated (``does not include mutual defense clauses``);
* the **date** is the DATE entity on the signing clause (``on Friday``, ``In June``), resolved
  against the article's date from its sidecar when it has one;
* **one record per agreement** (:mod:`dossier.events.items`): records of one agreement (one
  name in the other, or a named and an unnamed one between the same parties) are one item with
  all their mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import day_name, month_name
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dossier.actors.mentions import ActorIndex, ancestors
from dossier.events.agreement_names import agreement_name, name_date, name_parties, name_range
from dossier.events.agreement_parties import UNDER, acting_under, pairs, parties_of, resolved, subjects_of
from dossier.events.agreement_sales import sale_deals
from dossier.events.author import author_state, stands_for
from dossier.events.items import agreement_items
from dossier.records import Actor, Agreement
from dossier.text.article import NormalizedText
from dossier.text.lexicon import entities, matches, sentences, table, tokens

#: Nouns for the written form of an agreement, signed or initialled for it.
TEXT_NOUNS = {"text", "draft", "wording"}
SIGNING_VERBS = {"sign", "conclude", "reach", "ink", "seal", "strike", "finalize", "agree", "adopt", "announce",
                 "launch", "establish", "form", "enter", "negotiate", "join", "ratify", "unveil", "forge", "renew",
                 "approve", "endorse", "upgrade", "elevate", "issue", "broker", "draft", "propose", "clinch", "secure",
                 "hammer", "set", "outline", "work", "initial"}
#: Nouns for the talks that make an agreement: concluding them on one signs it.
TALKS_NOUNS = {"negotiation", "talk", "talks", "negotiations"}
#: Verbs whose subject is a party to the agreement they govern.
PARTY_VERBS = {"withdraw", "leave", "exit", "quit", "rejoin", "return", "violate", "breach", "honor", "honour",
               "implement", "abide", "comply", "uphold", "respect", "extend", "suspend", "abandon", "accede",
               "invoke", "cite", "trigger"}
#: Nouns for a party's tie to an agreement: who states their commitment to it is a party.
COMMITMENT_NOUNS = {"commitment", "adherence", "obligation", "obligations", "allegiance"}
#: Nouns for a part of an agreement: invoking ``Article 5 of the treaty`` invokes the treaty.
PART_NOUNS = {"article", "clause", "provision", "section", "chapter", "paragraph"}
MEMBERSHIP_VERBS = {"include", "comprise", "consist", "unite", "group"}
BLOC_NOUNS = {"organization", "organisation", "alliance", "bloc", "union", "group"}
DEFINITE = {"the", "this", "that", "these", "those", "both", "its", "their"}
BLOC_WORDS = ("Treaty", "Alliance", "Pact", "Organization", "Organisation", "Union", "Council")
#: Units of a length of time (``two decades``), which dates no agreement.
DURATION_UNITS = {"decade", "year", "month", "week", "day", "hour", "minute", "century"}
#: Verbs whose subjects, two or more, bind themselves to do what their complement says.
JOINT_VERBS = {"agree", "commit", "pledge"}


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


def _pobjs(token: Token, preps: set[str]) -> list[Token]:
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def _signing_verb(term: Token) -> Token | None:
    """The verb that signs, announces or joins an agreement term: its object (or the object's
    apposition: ``announced X – a new partnership``), ``entered into``/``signed on to`` it, or a
    ``signed`` clause on it."""
    if term.dep_ == "appos" and term.head.dep_ == "dobj":
        term = term.head
    if term.dep_ == "pobj" and term.head.lower_ == "of" and term.head.head.lemma_.lower() in TEXT_NOUNS:
        term = term.head.head  # "initialled the text of a peace treaty", "signed a draft of the accord"
    if term.dep_ in ("dobj", "nsubjpass") and term.head.lemma_ in SIGNING_VERBS:
        return term.head
    if term.dep_ == "dobj" and term.head.lemma_ == "have" and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in term.children):
        return term.head  # "which has a mutual defence treaty with X": an agreement in force
    if term.dep_ == "pobj" and term.head.lower_ in ("into", "to", "on") and term.head.head.lemma_ in SIGNING_VERBS:
        return term.head.head
    talks = term.head.head if term.dep_ == "pobj" and term.head.lower_ in ("on", "for", "over") else None
    if talks is not None and talks.lemma_.lower() in TALKS_NOUNS and talks.dep_ in ("dobj", "nsubjpass") \
            and talks.head.lemma_ in SIGNING_VERBS:
        return talks.head  # "concluded negotiations on a free trade agreement"
    for c in term.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.lemma_ in SIGNING_VERBS:
            return c
    return None


def _party_verb(term: Token, *, named: bool) -> Token | None:
    """A verb whose subject is a party to the agreement it governs: one that withdraws from,
    rejoins, violates, honours or invokes it (or an article of it), or, for a named one, states
    a commitment to it (a commitment to "the partnership between X and Y" is no agreement)."""
    if term.dep_ == "pobj" and term.head.lower_ == "of" and term.head.head.lemma_.lower() in PART_NOUNS:
        term = term.head.head  # "cited Article 5 of the NATO treaty"
    holder = term.head.head if term.dep_ == "pobj" and term.head.lower_ == "to" and named else None
    if holder is not None and holder.lemma_.lower() in COMMITMENT_NOUNS and holder.head.pos_ == "VERB":
        return holder.head  # "reaffirmed their commitment to the Lima Treaty"
    if term.dep_ in ("dobj", "nsubjpass") and term.head.lemma_ in PARTY_VERBS:
        return term.head
    if term.dep_ == "pobj" and term.head.lower_ in ("from", "to", "with", "under") \
            and term.head.head.lemma_ in PARTY_VERBS:
        return term.head.head
    return None


def _date_near(doc: Doc, verb: Token) -> str | None:
    """The DATE entity on a verb's clause (within three heads of it), not a length of time."""
    for ent in entities(doc):
        if ent.label_ == "DATE" and ent.sent == verb.sent and not _is_duration(ent):
            t = ent.root
            for _ in range(3):
                if t.head is t:
                    break
                t = t.head
                if t == verb:
                    return ent.text
    return None


def _is_duration(ent: Span) -> bool:
    """A length of time, not a date: ``two decades of conflict``, ``for 120 hours`` (``two years
    ago`` and ``the past two years`` date something)."""
    root = ent.root
    return root.lemma_.lower() in DURATION_UNITS and any(c.dep_ == "nummod" for c in root.children) \
        and not any(t.lower_ in ("ago", "past", "last", "next") for t in (*ent, *root.children))


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
               article_date: str | None = None, outlet: str | None = None,
               url: str | None = None) -> tuple[Agreement, ...]:
    """The agreements of a parsed article, by the rules in the module docstring; ``outlet`` and
    ``url`` (from the sidecar) may name the state that "we" stands for."""
    index = ActorIndex.of(doc, norm, actors)
    author = author_state(index, outlet=outlet, url=url)
    # a term inside a longer name is not the agreement (``Collective Security Treaty Organization``)
    terms = [(span, kind) for span, kind in matches(doc, table("agreement_terms.csv", "term", "type"))
             if span.root.dep_ != "compound"]
    roots = {span.root.i for span, _ in terms}
    # a term within another term's phrase is part of it ("the Free Trade Area (AfCFTA) agreement")
    terms = [(span, kind) for span, kind in terms if not any(a.i in roots for a in ancestors(span.root, 3))
             or span.root.dep_ in ("conj", "appos")]
    clause_words = matches(doc, table("agreement_clauses.csv", "phrase", "clause"))
    drafts: list[_Draft] = []
    for sent in sentences(doc):
        here = [t for t, _ in terms if sent.start <= t.start < sent.end]
        touched: list[_Draft] = []
        for span in here:
            root = span.root
            det = {c.lower_ for c in root.children if c.dep_ in ("det", "poss", "predet")}
            verb = _signing_verb(root)
            withs = [o for t in span for o in _pobjs(t, {"with", "between"})]
            withs += _pobjs(verb, {"with"}) if verb is not None else []
            talks = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("on", "for", "over") else None
            talks = talks if talks is not None and talks.lemma_.lower() in TALKS_NOUNS else None
            if talks is not None:
                withs += _pobjs(talks, {"with", "between"})  # "Talks between Chad and Niger on a new water accord"
            name = agreement_name(doc, root)
            if verb is None:  # "the United States withdrew from the Paris Agreement": a party
                verb = _party_verb(root, named=bool(name))
            # plural terms only when signed ("the two countries signed 12 agreements")
            indefinite = not det & DEFINITE and (root.tag_ not in ("NNS", "NNPS") or verb is not None)
            known = [d for d in drafts if name and d.name and (d.name in name or name in d.name)]
            if name and not indefinite and known:
                known[-1].mentions.append((span.start, span.end))
                touched.append(known[-1])
                continue
            # a definite term signed or joined with nothing before it to refer to introduces one too
            # ("Benin and Nigeria joined the free trade area")
            if indefinite and (verb is not None or withs or acting_under(root) is not None) or name \
                    or verb is not None:
                words = tokens(doc)[sent.start:sent.end]
                signer = verb if verb is not None else next(
                    (t for t in words if t.lemma_ in SIGNING_VERBS and t.pos_ == "VERB"), None)
                acting = acting_under(root) if verb is None else None
                subjects = subjects_of(acting) if acting is not None else []
                if not subjects and signer is not None:
                    subjects = subjects_of(signer)
                parties = parties_of(index, resolved(subjects) + withs, author) + name_parties(index, doc, root)
                # "the Peru fishing deal": a state compounded with an unnamed term is a party
                parties += [a.id for c in root.children if c.dep_ in ("compound", "nmod") and not name
                            for a in index.within(c.left_edge.i, c.right_edge.i + 1, types=("state",))]
                parties += pairs(index, subjects)
                parties += [me for t in subjects if (me := stands_for(index, t, author))]  # "we signed ..."
                parties = list(dict.fromkeys(parties))
                # one named party is enough with a signing verb and a "with" ("rebels reached a deal with X")
                # a definite term signed or joined by parties no earlier agreement has introduces one
                # too ("Benin and Nigeria joined the free trade area")
                fresh = indefinite or name or not any(set(parties) & set(d.parties) for d in drafts if not d.bloc)
                # "A deal was struck with X" after one with X and Y: that one again
                fresh = fresh and not (len(parties) == 1 and not name
                                       and any(parties[0] in d.parties for d in drafts if not d.bloc))
                one_state = len(parties) == 1 and getattr(index.by_id.get(parties[0]), "type", "") == "state"
                # a named agreement signed or joined is one even when its parties go unnamed ("four more
                # countries joined the Harbour Accords")
                # "Colombia and the ELN rebels signed a ceasefire": two signers, one of them no actor the
                # text names, still sign one
                joint = verb is not None and indefinite and len(parties) == 1 and len(
                    [t for t in subjects if t.pos_ in ("PROPN", "NOUN")]) >= 2
                if fresh and (len(parties) >= 2 or name and (parties or verb is not None)
                              or verb is not None and withs and one_state or joint):
                    gov = verb if verb is not None else acting if acting is not None and not name \
                        else talks if talks is not None else root.head
                    if name and verb is None:
                        start, end = name_range(doc, root) or (root.i, root.i + 1)
                        start = min(start, root.left_edge.i)
                        if acting is not None and acting.head == root:  # "X, under which both sides pledged to ..."
                            end = max(end, acting.right_edge.i + 1)
                        if root.head.lower_ in UNDER and root.dep_ == "pobj":  # "Under a new memorandum"
                            start = root.head.i
                    else:
                        start = min([gov.i, root.left_edge.i] + [t.left_edge.i for t in subjects
                                                                  if t.sent == sent and t.dep_ != "conj"])
                        stops = [c.i for c in gov.children if c.dep_ in ("punct", "cc", "conj", "advcl")
                                 and c.i > gov.i]
                        end = max([root.right_edge.i] + [c.right_edge.i for c in gov.children
                                                         if c.dep_ in ("prep", "npadvmod", "dobj", "advmod")
                                                         and c.i > gov.i and c.i < min(stops, default=len(doc))]) + 1
                    d = _Draft(parties=parties, start=start, end=end,
                               date=_date_near(doc, gov) or name_date(doc, root), name=name)
                    d.mentions.append((span.start, span.end))
                    drafts.append(d)
                    touched.append(d)
                    continue
            # a reference to an agreement introduced before
            if not drafts:
                continue
            named = parties_of(index, withs)
            if "both" in det or any(c.lower_ in ("two", "both") for c in root.children):
                refs = [d for d in drafts if not d.bloc][-2:]
            elif named:
                refs = [d for d in drafts if set(named) <= set(d.parties)][-1:]
            else:
                refs = [d for d in drafts if not d.bloc][-1:]
            for d in refs:
                d.mentions.append((span.start, span.end))
            touched.extend(refs)
        for t in tokens(doc)[sent.start:sent.end]:  # "The organization ..." refers to the latest bloc
            if t.lemma_.lower() in BLOC_NOUNS and t.dep_ in ("nsubj", "nsubjpass") and not t.ent_type_:
                touched.extend([d for d in drafts if d.bloc][-1:])
        touched.extend(_blocs(doc, index, sent, drafts))
        if not here:
            touched.extend(_agreed_to(doc, index, sent, drafts, author))
            touched.extend(_sales(doc, index, sent, drafts, author))
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
    return agreement_items(out, norm.original)


def _agreed_to(doc: Doc, index: ActorIndex, sent: Span, drafts: list[_Draft],
               author: str | None) -> list[_Draft]:
    """Agreements with no word for one: two or more parties that ``agreed to`` (committed, pledged
    to) do something together (``the two leaders agreed to expand cooperation``, ``X and the EU
    committed to issue loans``); not ``agreed on the importance``."""
    found = []
    for verb in tokens(doc)[sent.start:sent.end]:
        if verb.lemma_ not in JOINT_VERBS or verb.pos_ != "VERB" or _negated(verb):
            continue
        # the infinitive of what they bind themselves to (the parser makes some an adverbial clause)
        plan = next((c for c in verb.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in c.children))), None)
        subjects = subjects_of(verb)
        if plan is None or not subjects:
            continue
        parties = list(dict.fromkeys(parties_of(index, resolved(subjects), author) + pairs(index, subjects)
                                     + parties_of(index, _pobjs(verb, {"with"}), author)))
        if len(parties) < 2:
            continue
        start = min(s.left_edge.i for s in subjects)
        d = _Draft(parties=parties, start=start, end=plan.right_edge.i + 1, date=_date_near(doc, verb))
        d.mentions.append((verb.i, verb.i + 1))
        drafts.append(d)
        found.append(d)
    return found


def _sales(doc: Doc, index: ActorIndex, sent: Span, drafts: list[_Draft], author: str | None) -> list[_Draft]:
    """Committed sales of named goods between states (:mod:`dossier.events.agreement_sales`)."""
    found = []
    for parties, start, end, verb in sale_deals(index, sent, author):
        d = _Draft(parties=parties, start=start, end=end, date=_date_near(doc, verb))
        d.mentions.append((verb.i, verb.i + 1))
        drafts.append(d)
        found.append(d)
    return found


def _blocs(doc: Doc, index: ActorIndex, sent: Span, drafts: list[_Draft]) -> list[_Draft]:
    """Blocs whose members the sentence lists: an organisation with a membership clause."""
    found = []
    for t in tokens(sent.doc)[sent.start:sent.end]:
        org = index.at(t)
        if org is None or org.type != "organization" or t.dep_ == "compound":
            continue
        if not any(w in org.name for w in BLOC_WORDS) and t.lemma_.lower() not in BLOC_NOUNS:
            continue
        clauses = [c for c in t.children if c.dep_ in ("relcl", "acl") and c.lemma_ in MEMBERSHIP_VERBS]
        if not clauses:
            continue
        members = parties_of(index, [o for c in clauses for o in c.children if o.dep_ in ("dobj", "attr")])
        leader = t  # "Russia also leads an organization known as X, which includes ...": Russia
        while leader.head is not leader and not any(c.dep_ == "nsubj" for c in leader.children):
            leader = leader.head
        members = parties_of(index, [c for c in leader.children if c.dep_ == "nsubj"]) + members
        members = list(dict.fromkeys(members))
        if len(members) < 2 or any(d.organization == org.id for d in drafts):
            continue
        start, end = t.left_edge.i, max(c.right_edge.i for c in clauses) + 1
        d = _Draft(parties=members, start=start, end=end, name=org.name, organization=org.id,
                   members=members, bloc=True)
        drafts.append(d)
        found.append(d)
    return found
