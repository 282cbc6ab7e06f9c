"""Which sanctions are in play: who imposes them on whom, in which domains, in force or not.

A sanction is named by a noun (``data/sanction_terms.csv``: sanctions, export controls, visa
restrictions, a price cap, designations; ``data/sanction_nouns.csv``: a ban or curbs on imports,
penalties against a state, named so only with what they fall on) or done by a verb (``data/sanction_verbs.csv``:
sanctioned, froze assets, designated X as a terrorist organization, banned the airline, cut off
from ..., added X to the Entity List, imposed costs on X, drove X's exports to zero), both matched
on lemmas (the verbs and the nouns named so only with what they fall on:
:mod:`dossier.events.sanction_triggers`). Rules, read from the parse around each:

* **imposer**: the object of ``from``/``by`` (``sanctions from Western countries``,
  ``sanctions imposed by Canada on Peru``: its objects are the targets), the
  owner of the measure (``our sanctions``, ``U.S. sanctions``), else the subject of the verb
  that imposes, threatens or lifts it (also through ``a round of``/``a package of``), or does
  it (``the EU imposed sanctions``, ``Treasury designated``), passed down to a verb without
  its own subject (``acted in lockstep to freeze``, ``directs the Secretary to impose``: the
  one directed); "he" or "she" is the person last named, "it" in a reported clause the one
  reporting (``the EU said it was ready to impose``);
* a measure called ``international`` or ``multilateral`` with no imposer named is the UN
  Security Council's, else the United Nations', when the text names either (UN sanctions are
  what "international sanctions" means in news on sanctions);
* **who that is** (:mod:`dossier.events.sanction_parties`): a person stands for their state (an
  official named without one, for the government whose statement it is:
  :mod:`dossier.events.officials`), a government agency for its state, and "we", "our" and "the
  Administration" for the state that wrote the text (:mod:`dossier.events.author`);
* **targets**: the objects of ``on``/``against``/``with respect to`` on the measure or its
  verb, the object or passive subject of a sanctioning verb (``sanctioned X``, ``He was
  sanctioned``: "he" is the person last named), the subject of a verb that undergoes it
  (``Iran faces sanctions``, ``helped Iran evade sanctions``, ``Cuba is under an embargo``,
  ``is subject to sanctions``; "who" for the one it relates to),
  the object of a verb the measure is the subject of (``the designations target X``), the
  target of the measure coordinated after it (``an asset freeze and travel ban on X``),
  ``the country`` or ``the regime`` for the state last named (not the imposer), else the
  actors of a purpose clause (``to limit the price that Russia receives``); any
  actor type, a government named for its state too; the subject of any other verb is neither
  (``Minsk called the sanctions illegal``);
* ending an exemption from a measure tightens it: the clause of the verb that ends it is the
  sanction's (``Canada will rescind a rule that exempted X from its sanctions``: Canada's
  act, expected, not lifted);
* a term naming the kind of a regime or policy is about it (``launched a sanctions regime
  targeting X``: its targets are what it targets, and ``for``/``to`` whom it is);
* **status**: ``lifted`` (lift, revoke, terminate, suspend, ease, bring to an end; a waiver,
  sanctions relief or a licence eases a measure, for whom it is granted ``to``), ``threatened`` (threaten,
  is prepared to, possible sanctions), ``expected`` under a future, modal or directive (``will
  impose``, ``directs ... to impose``), else ``in_force`` (``imposed``, ``is imposing``, ``designated``);
* a mention with neither imposer nor target (``existing sanctions``, ``sanctioned oil``) or
  under a negated verb (``did not sanction``) is no sanction: it names none in play;
* **span**: the clause from the imposer or target subject through the verb's objects and
  purpose clause, else the measure's own phrase from the verb of the clause it is in
  (``exempted payments from our sanctions on X``);
* **domains**: domain words (``data/sanction_domains.csv``) in the sentence;
* **effects**: the verb phrases of a relative clause on the term (``sanctions that have
  weakened its armed group``); **countermeasures**: evasion words in the sentence;
* **one record per sanction** (:mod:`dossier.events.items`): the records of one measure's
  mentions, and the definite phrases that refer back to it (``the measures``), are gathered
  into one item with every mention in ``mentions``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.actors.mentions import ActorIndex, ancestors
from dossier.events.author import FIRST_PERSON_PLURAL, author_state
from dossier.events.items import sanction_items
from dossier.events.officials import government_state, official_state
from dossier.events.sanction_parties import (
    INTERNATIONAL,
    PERSONAL,
    agent_objects,
    antecedent,
    issued,
    person_before,
    refers_to_state,
    reporter,
    state_before,
    who,
    world_body,
)
from dossier.events.sanction_triggers import amounts, noun_triggers, objects, verb_triggers
from dossier.records import Actor, Sanction, SanctionStatus
from dossier.text.article import NormalizedText
from dossier.text.lexicon import matches, table

IMPOSING_VERBS = {"impose", "slap", "level", "levy", "announce", "introduce", "extend", "tighten", "expand",
                  "adopt", "unveil", "issue", "apply", "enforce", "implement", "place", "renew", "broaden",
                  "restore", "reimpose", "complete", "approve", "launch", "establish", "create", "grant"}
#: Nouns a sanction term may name the kind of (``a sanctions regime``, ``a visa restriction policy``).
REGIME_NOUNS = {"regime", "policy", "programme", "program", "package", "framework", "law", "list", "system"}
#: Verbs that bar their object from something: the something is the target (``barred investors from X's bonds``).
BARRING_VERBS = {"bar", "prohibit"}
#: Measures that ease a sanction rather than impose one (``granted a waiver to X``).
EASING = {"waiver"}
UNDERGOING_VERBS = {"face", "suffer", "endure", "hit", "target", "include", "remain", "evade", "circumvent", "bypass",
                    "escape"}
#: Verbs whose object is the target of the measure that is their subject ("the designations target X").
AIMING_VERBS = {"target", "hit", "cover", "affect", "penalize", "punish"}
#: Measures whose destination is their target ("an embargo on arms to X").
DESTINATION_MEASURES = {"export controls", "embargo", "arms embargo", "ban"}
#: Nouns that count or group measures: "a fresh round of sanctions" is imposed as the sanctions are.
MEASURE_GROUPS = {"round", "wave", "package", "set", "series", "raft", "slew", "batch", "tranche", "list", "range"}
#: Verbs that only weigh an act: lifting that is considered leaves a measure in force.
WEIGHING_VERBS = {"consider", "weigh", "mull", "discuss", "debate", "explore", "study"}
#: Words for a share of the measures in play ("lifted most of the sanctions").
SHARES = {"most", "all", "some", "many", "part", "half", "rest", "remainder", "majority", "several", "none"}
GROUPED = MEASURE_GROUPS | SHARES
LIFTING_VERBS = {"lift", "ease", "remove", "waive", "relax", "end", "suspend", "revoke", "terminate", "rescind",
                 "repeal", "unfreeze", "drop"}
THREATENING_VERBS = {"threaten", "warn", "consider", "propose", "mull", "weigh", "prepare", "prepared", "ready",
                     "possible", "potential"}
HEDGES = {"will", "would", "likely", "could", "may", "might", "shall", "should", "must", "expect", "direct",
          "instruct", "order", "plan", "intend", "seek", "aim"}
COUNTERMEASURES = {"evade", "evasion", "circumvent", "bypass", "alternative", "workaround", "smuggle"}
#: Verbs whose subject decides on a sanction (imposes, threatens or lifts it).
ACTING_VERBS = IMPOSING_VERBS | LIFTING_VERBS | THREATENING_VERBS
#: Verbs that exempt something from a measure (``a rule that exempted payments from sanctions``).
EXEMPTING_VERBS = {"exempt", "shield", "spare", "excuse", "carve"}
#: Verbs whose object, not subject, does what their clause complement says (``directs X to impose``).
OBJECT_CONTROL = {"direct", "instruct", "order", "ask", "urge", "call", "authorize", "task", "encourage"}


def _exemption_ender(verb: Token) -> Token | None:
    """The verb that ends an exemption from a measure (``will rescind a rule that exempted X
    from its sanctions``: rescind), or ``None``: ending an exemption tightens the measure."""
    if verb.lemma_.lower() not in EXEMPTING_VERBS or verb.dep_ != "relcl" or verb.head.dep_ not in ("dobj",
                                                                                                   "nsubjpass"):
        return None
    ender = verb.head.head
    return ender if ender.lemma_.lower() in LIFTING_VERBS | {"close"} else None


def _governor(root: Token) -> Token:
    """The clause verb a sanction phrase depends on (through prepositions like "including")."""
    chain = list(ancestors(root, 6)) or [root]
    return next((t for t in chain if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), chain[-1])


def _phrase_root(term: Span) -> Token:
    """The noun a sanction term heads or hangs on: "pressure ... to isolate Iran" is about the
    pressure, "a new sanctions regime targeting X" about the regime."""
    root = term.root
    if root.pos_ == "VERB" and root.dep_ in ("acl", "xcomp") and root.head.pos_ == "NOUN":
        return root.head
    if root.dep_ == "compound" and root.head.lemma_.lower() in REGIME_NOUNS:
        return root.head
    return root


def _ends(verb: Token) -> bool:
    """Whether a verb brings what it governs to an end (``brought the embargo to an end``)."""
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() in ("end", "close", "halt")
                                                              for o in p.children) for p in verb.children)


def _granted_to(verb: Token) -> list[Token]:
    """Whom a verb grants its object to: ``granted a waiver to X``, ``granted X a waiver``."""
    found = objects(verb, {"to"})
    for c in verb.children:
        if c.dep_ == "dative":
            found += [c] if c.pos_ in ("PROPN", "NOUN") else [o for o in c.children if o.dep_ == "pobj"]
    return found


def _aimed_at(root: Token) -> list[Token]:
    """The objects of a participle that aims the measure (``a regime targeting X``, ``aimed at X``)."""
    found = []
    for c in root.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("target", "aim", "direct"):
            found += [o for o in c.children if o.dep_ == "dobj"] + objects(c, {"at", "against"})
    return found


def _verb_phrase(index: ActorIndex, verb: Token) -> str:
    """A verb with its objects, without the verbs coordinated with it."""
    ends = [c.right_edge.i for c in verb.children if c.dep_ not in ("conj", "cc", "punct") and c.i > verb.i]
    return index.text(verb.i, max(ends, default=verb.i) + 1)


def _subjects(verb: Token) -> tuple[list[Token], Token]:
    """The subject tokens of a verb, passed down from the verb it depends on when it has none
    (``acted to freeze``: the actor; ``directs X to impose``: X), and the verb they belong to."""
    v = verb
    for _ in range(6):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if subj:
            return subj, v
        if v.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "acomp", "oprd", "acl") or v.head == v:
            break
        head = v.head if v.dep_ != "pcomp" else next((a for a in ancestors(v, 4) if a.pos_ == "VERB"), v.head)
        if v.dep_ == "acl":  # "is taking actions to impose costs": who takes them
            if head.dep_ != "dobj":
                break
            head = head.head
        if v.dep_ in ("xcomp", "advcl") and head.lemma_ in OBJECT_CONTROL:
            obj = [c for c in head.children if c.dep_ == "dobj"]
            if obj:
                return obj, head
        v = head
    return [], verb


def _negated(verb: Token) -> bool:
    return any(any(c.dep_ == "neg" for c in v.children) for v in [verb, *ancestors(verb, 3)]
               if v.pos_ in ("VERB", "AUX"))


def _status(term: Span, verb: Token, *, lifting: bool, easing: bool = False) -> SanctionStatus:
    """The status of a measure from its verb; a waiver eases a measure (lifted), unless it is
    itself ended (``rescind existing sanctions waivers`` tightens the measure: its modality decides)."""
    if easing:
        ends_it = verb.lemma_.lower() in LIFTING_VERBS or _ends(verb)
        return _status(term, verb, lifting=False) if ends_it else "lifted"
    chain = [verb, *verb.children, *term.root.children, *term.root.head.children]
    up = verb
    while up.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "acomp") and up.head != up:
        up = up.head
        chain += [up, *(c for c in up.children if c.dep_ in ("aux", "acomp", "advmod"))]
    # "last May" is no "may", nor "the order imposes" an order to impose
    lemmas = {t.lemma_.lower() for t in chain if t.pos_ not in ("PROPN", "NOUN")}
    if lifting and (verb.lemma_.lower() in LIFTING_VERBS or _ends(verb)):
        # "would consider lifting the restrictions": only weighed, they stay in force
        return "in_force" if lemmas & WEIGHING_VERBS else "lifted"
    if lemmas & THREATENING_VERBS:
        return "threatened"
    if lemmas & HEDGES:
        return "expected"
    return "in_force"


def _own_end(token: Token) -> int:
    """The last token of a phrase without the phrases coordinated with it."""
    return max([token.i] + [c.right_edge.i for c in token.children if c.i > token.i and c.dep_ not in ("conj", "cc")])


def _clause_end(verb: Token, arg: Token) -> int:
    """The last token of a verb's own objects and purpose clause: not its coordinated verbs, nor
    the measures coordinated with this one (``sanctions on X and export controls on Y``)."""
    ends = [verb.i]
    for c in verb.children:
        if c.i < verb.i or c.dep_ in ("conj", "cc", "punct", "parataxis", "relcl", "ccomp"):
            continue
        if c.dep_ == "advcl" and not any(x.lower_ == "to" for x in c.children if x.dep_ == "aux"):
            continue
        ends.append(_own_end(c) if c == arg or arg.dep_ == "conj" and c == arg.head else c.right_edge.i)
    return max(ends)


def sanctions(doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...], *, outlet: str | None = None,
              url: str | None = None) -> tuple[Sanction, ...]:
    """The sanctions of a parsed article, by the rules in the module docstring."""
    index = ActorIndex.of(doc, norm, actors)
    author = author_state(index, outlet=outlet, url=url)
    domains_of = table("sanction_domains.csv", "word", "domain")
    verbal = verb_triggers(doc, index)
    taken = {s.start for s, _ in verbal}
    terms = [(s, m) for s, m in matches(doc, table("sanction_terms.csv", "term", "measure"))
             if s.root.i not in taken and s.root.dep_ != "amod"] + verbal
    named = {i for s, _ in terms for i in range(s.start, s.end)}
    terms += [(s, m) for s, m in noun_triggers(doc, index) if s.start not in named]
    out: list[Sanction] = []
    spans: set[tuple[int, int]] = set()
    measure_roots = sorted(_phrase_root(t).i for t, _ in terms)
    terms_at = {_phrase_root(t).i: _phrase_root(t).left_edge.i for t, _ in terms}
    # the verbs that are a measure or take one ("imposed sanctions"): a verb coordinated after one is another
    measure_verbs = set(measure_roots) | {doc[r].head.i for r in measure_roots if doc[r].dep_ in ("dobj", "nsubjpass")}
    for term, measure in sorted(terms, key=lambda m: m[0].start):
        is_verb = term.start in taken or term.root.pos_ == "VERB" and _phrase_root(term) == term.root
        root = term.root if term.start in taken else _phrase_root(term)
        verb = root if is_verb else _governor(root)
        if _negated(verb):
            continue
        ended = None if is_verb else _exemption_ender(verb)
        verb = ended or verb  # "rescind a rule that exempted X from its sanctions": rescinding tightens them
        # "sanctions imposed by Canada on Peru": the participle's agent and objects are the measure's
        # "the sanctions it had imposed on Niger": a relative clause's objects too
        participles = [c for c in root.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ACTING_VERBS] \
            if not is_verb else []
        # "sanctions from Western countries"; but "barred X from Y" is barred from Y, not by it
        imposer_tokens = objects(root, {"by"} if is_verb else {"from", "by"}) + [
            o for c in participles for o in objects(c, {"by"})]
        owners = [c for c in root.children if c.dep_ in ("poss", "compound", "amod", "nmod")] if not is_verb else []
        imposers = who(index, imposer_tokens or owners, author, as_imposer=True)
        if not imposers and any(o.lower_ in INTERNATIONAL for o in owners):
            imposers = world_body(index)  # "the return of international sanctions": the UN's
        subjects, subject_verb = _subjects(verb)
        passive = any(c.dep_ in ("nsubjpass", "agent") for c in subject_verb.children)
        arg = root
        while arg.dep_ == "pobj" and arg.head.lower_ == "of" and arg.head.head.lemma_.lower() in GROUPED:
            arg = arg.head.head  # "imposed a fresh round of sanctions", "lifted most of the sanctions"
        acting = is_verb or ended is not None or (verb.lemma_ in ACTING_VERBS or _ends(verb)) and arg.dep_ in (
            "dobj", "nsubjpass", "conj")
        doers = agent_objects([s for s in subjects if s.dep_ != "nsubjpass"]) if passive else subjects
        # "the EU said it was ready to impose": "it" in a reported clause is the one reporting
        doers = [r for d in doers for r in ([c for c in reporter(d).children if c.dep_ == "nsubj"]
                                             if d.lower_ in ("it", "they") and reporter(d) != d else [d])]
        if not imposers and acting:
            imposers = who(index, doers, author, as_imposer=True)
            if not imposers:  # "he would impose": the person last named, for their state
                people = [p for d in doers if d.lower_ in PERSONAL for p in person_before(index, d)]
                imposers = [official_state(index, index.by_id[p], author) or p for p in people[:1]]
        target_tokens = (objects(root, {"on", "against", "targeting"}) + _aimed_at(root)
                         + (objects(root, {"for", "to"}) if root.lemma_.lower() in REGIME_NOUNS or measure in EASING
                            else [])
                         + (_granted_to(verb) if measure in EASING and arg.dep_ == "dobj" else [])
                         + [o for c in participles for o in objects(c, {"on", "against"})]
                         + [o for t in imposer_tokens for o in objects(t, {"on", "against"})]
                         + [c for t in (root, term.root) for c in t.children if c.dep_ == "dobj"])
        if root.dep_ == "conj" and not is_verb:  # "an asset freeze and travel ban on X": the ban's too
            target_tokens += [o for o in objects(root.head, {"on", "against"}) if o.i > root.i]
        if arg.dep_ == "dobj" and not is_verb:
            target_tokens += objects(verb, {"on", "against"}) + objects(arg, {"on", "against", "targeting"})
        elif arg.dep_ == "conj" and arg.head.dep_ == "dobj" and not is_verb:
            target_tokens += [o for o in objects(verb, {"on", "against"}) if o.i > root.i]
        # "sanctions on X and export controls on Y": what follows the next measure is that measure's,
        # unless this one has no target before it ("an asset freeze and a travel ban on X": both's),
        # then only what hangs on the next measure is
        later = [t for t in target_tokens if any(root.i < r < t.i and doc[r].dep_ == "conj" for r in measure_roots)]
        target_tokens = [t for t in target_tokens if t not in later] or [
            t for t in target_tokens if not any(root.i < r < t.i and doc[r].dep_ == "conj" and doc[r] in t.ancestors
                                                for r in measure_roots)]
        if measure in DESTINATION_MEASURES:  # "export controls on chips to China"
            target_tokens += [o for t in (root, verb, *(x.head for x in objects(root, {"on"})))
                              for o in objects(t, {"to", "into"})]
        if is_verb:
            target_tokens += amounts(verb)
            # "froze the assets of Gazprom", "froze Gazprom's accounts": whose holdings are frozen
            held = [d for d in verb.children if d.dep_ in ("dobj", "nsubjpass")]
            target_tokens += [o for d in held for o in objects(d, {"of"})]
            target_tokens += [c for d in held for c in d.children if c.dep_ == "poss"]
        if is_verb and verb.lemma_.lower() in BARRING_VERBS and objects(verb, {"from"}):
            target_tokens = objects(verb, {"from"})  # "barred its investors from X's bonds": X is the target
        if is_verb and passive:
            target_tokens += [s for s in subjects if s.dep_ == "nsubjpass"]
            if not imposers:  # "is banned in Turkey": the state it is banned in
                places = [o for o in objects(verb, {"in"}) if (a := index.at(o)) is not None and a.type == "state"]
                imposers = who(index, places, author, as_imposer=True)
        if not target_tokens and root.dep_ == "pobj" and root.head.lower_ == "under":  # "Cuba is under an embargo"
            target_tokens = [c for c in root.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not target_tokens and root.dep_ == "pobj" and root.head.lower_ == "to" \
                and root.head.head.lemma_ == "subject":  # "Peru is subject to sanctions"
            target_tokens = [c for c in root.head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not target_tokens and verb.lemma_ in AIMING_VERBS and arg.dep_ == "nsubj":  # "the designations target X"
            target_tokens = [c for c in verb.children if c.dep_ == "dobj"]
        if not target_tokens and not acting and verb.lemma_ in UNDERGOING_VERBS:
            target_tokens = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "X, who is subject to sanctions": the relative pronoun's antecedent
        target_tokens = [antecedent(t) for t in target_tokens]
        target_tokens = list({t.i: t for t in target_tokens}.values())
        targets = [a for a in who(index, target_tokens, author, as_imposer=False) if a not in imposers]
        targets += [p for t in target_tokens for w in t.subtree if w.lower_ in PERSONAL and w.pos_ == "PRON"
                    for p in person_before(index, w) if p not in targets]
        if not targets:  # "an asset freeze and travel ban on X": the target of the measure coordinated with it
            targets = [a for c in root.children if c.dep_ == "conj" and c.i in measure_roots
                       for a in who(index, objects(c, {"on", "against"}), author, as_imposer=False)
                       if a not in imposers]
        if not targets:  # "imposed a blockade on the country": the state last named, not the imposer
            targets = [x for t in target_tokens if refers_to_state(t) and index.at(t) is None
                       for x in state_before(index, t, imposers)[:1]]
        purpose = [c for c in verb.children if c.dep_ == "advcl" and any(x.lower_ == "to" for x in c.children)]
        if not targets and purpose:
            targets = [a for a in who(index, purpose, author, as_imposer=False) if a not in imposers]
        if not imposers and not targets:
            continue
        if not imposers and is_verb and passive and any(t.lower_ in PERSONAL | {"they", "it"} for t in subjects):
            # "He was further sanctioned": by whoever sanctioned him before
            imposers = next(([x.imposer] for x in reversed(out) if x.imposer and set(x.targets) & set(targets)), [])
        sent = term.sent
        domains = sorted({domains_of[t.lemma_.lower()] for t in sent if t.lemma_.lower() in domains_of})
        effects = tuple(_verb_phrase(index, v) for r in root.children if r.dep_ == "relcl"
                        for v in [r, *(x for x in r.children if x.dep_ == "conj")])
        counter = tuple(sorted({t.text for t in sent if t.lemma_.lower() in COUNTERMEASURES}))
        start, end = root.left_edge.i, max(_own_end(root), _own_end(term.root))
        if acting or is_verb:
            # a verb coordinated after a verb of another measure shares its subject: its measure starts at the
            # verb ("imposed sanctions on X and froze the assets of Y": two measures, the second without the first's
            # words); after a verb of none ("labelled X a terrorist and levied sanctions") it is the whole
            shared = verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.i in measure_verbs \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            start = min([start, verb.i] + ([] if shared else [s.left_edge.i for s in subjects if s.sent == sent]))
            end = max(end, _clause_end(verb, arg))
        else:  # the evidence reaches back to the subject only when the subject is the target
            start = min([start] + [c.left_edge.i for c in target_tokens if c.dep_ in ("nsubj", "nsubjpass")
                                   and c.i < root.i])
            if verb.sent == sent and verb.i < root.i and verb.dep_ in ("relcl", "acl", "xcomp", "advcl"):
                start = min(start, verb.i)  # "exempted payments from our sanctions": the clause it is in
        end = max([end] + [t.right_edge.i for t in target_tokens if t.i > root.i and t.sent == sent])
        later = [terms_at[r] for r in measure_roots if root.i < r <= end and terms_at[r] > root.i
                 and doc[r].dep_ == "conj" and root in doc[r].ancestors]
        end = min([end] + [t - 1 for t in later])
        start, end = max(start, sent.start), min(end + 1, sent.end)
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
            end -= 1
        if (start, end) in spans:
            continue
        person = index.by_id.get(imposers[0]) if imposers else None
        if person is not None and person.type == "person":  # "President X signed ...": for their country
            imposers = [official_state(index, person, author, besides=set(targets)) or person.id]
        # "The order imposes ...", "we are imposing ...": the government whose statement it is
        if not imposers and any(issued(d) or d.lower_ in FIRST_PERSON_PLURAL and d.pos_ == "PRON"
                                for d in (doers if acting else owners)):
            imposers = [s for s in [government_state(index, author, besides=set(targets))] if s]
        spans.add((start, end))
        s, e = index.orig(start, end)
        words = imposer_tokens or ([t for t in doers if t.dep_ != "nsubjpass"] if acting else owners)
        imposer_text = index.text(words[0].left_edge.i, words[0].right_edge.i + 1) if words else ""
        out.append(Sanction(
            id=f"s{len(out) + 1}", imposer=imposers[0] if imposers else None,
            targets=tuple(targets), domains=tuple(domains),
            status=_status(term, verb, lifting=not is_verb and not ended, easing=measure in EASING),
            text=norm.original[s:e], span=(s, e), imposer_text=imposer_text, measure=measure,
            effects=effects, countermeasures=counter))
    measures = {t: m for t, m in table("sanction_terms.csv", "term", "measure").items() if " " not in t}
    return sanction_items(doc, index, out, measures=measures)
