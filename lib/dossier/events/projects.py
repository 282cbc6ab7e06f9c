"""Which infrastructure projects are planned or built, by whom, where, and how far along.

Rules, read from the parse around each project term (``data/project_kinds.csv``, lemmas,
longest match first; kinds are the annotation guide's):

* a phrase is a **project** only when it is described as one: a project word governs it
  (built, developed, financed, reopened, announced; ``the development of``, ``a feasibility
  study for``, ``work on``), a participle on it does (``the jointly-financed cable``), it is
  called a project, it is a named pipeline, cable or corridor, money is given for it
  (``approved $300 million for a highway``), or it has a route; a term that
  only modifies another noun (``port visits``) or a corridor for people or militants (``a
  humanitarian corridor``) is none;
* a term inside another term's phrase is part of that project (``two nuclear reactors at
  Iran's Bushehr nuclear power plant`` is one project; ``a railway ... to ports in the
  Persian Gulf`` is a railway, not a port; nor is ``the port of Lamu`` in ``build a railway to
  the port of Lamu``, where it goes); coordinated terms are separate projects with
  their own spans (``a cable and a hydrogen pipeline``); ``an alternative to Swift`` is a
  payment system;
* a line, link or connection said to carry goods is a project of the kind the goods give it
  (``a line to carry ammonia``: a pipeline; ``a subsea link for power and data``: a cable;
  ``data/carried_goods.csv``) when someone plans or builds it; keeping a plant running
  describes it as operating, and going ahead (or not) or moving forward describes a project;
* **status** from the governing verbs and their modality (a study or proposal for it: proposed),
  and from the nouns and particles that describe it (``data/project_status.csv``): ``is
  building`` is under construction, ``wants to build`` or ``will allow`` planned,
  ``develop``/``financing for``/``provides a loan to build`` in development,
  ``feasibility study`` proposed, ``broke ground`` under construction, ``came online`` or
  ``completed`` operating (``to complete`` still under construction, ``to open`` planned),
  ``reopen`` halted; a
  progressive ``build`` outranks the modal words around it;
* **sponsors**: who pays for, plans or builds it (:mod:`dossier.events.project_sponsors`: the subject
  of the verb that builds or plans it, the source of its financing, who gives the loan);
* **hosts**: the owner (``Iran's Bushehr plant``; "its" for the state that builds it), the
  state ``in``/``through`` which it runs, the country of a town or US state it is in (``in
  Tennessee``), a state in its name (``the Iraq-Turkey Pipeline``), else the states of its
  route's ends (``from Mombasa to Kampala``); the **place** is a site named in its phrase or
  on its verb (``across the Mediterranean``);
* **span**: the project's phrase, from the verb that builds or plans it, or from the money
  spent on it (``up to $40 billion from X in Y to build ...``: its places host it too), through
  the verb it is the subject of (``the pipeline ... opened in 2020``);
* **one record per project** (:mod:`dossier.events.items`): the records of one project's
  mentions, and the definite phrases that refer back to it (``the pipeline``), are gathered
  into one item with every mention in ``mentions``;
* **origin** and **destination**: ``from X to Y``, ``between X and Y``, ``connect X to Y`` or
  ``linking X and Y``
  in the project's clause (``build a railway from X to Y``); **quantity**: a number on the
  term (``two nuclear reactors``); **name**: proper nouns compounded with the term
  (``Bushehr``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.actors.mentions import ActorIndex, ancestors
from dossier.events.author import author_state
from dossier.events.items import clause_span, definite, project_items
from dossier.events.project_sponsors import (
    FINANCE_NOUNS,
    argument_of,
    controllers,
    money_before,
    project_sponsors,
    verbs_above,
)
from dossier.records import Actor, Project, ProjectStatus
from dossier.text.article import NormalizedText
from dossier.text.lexicon import matches, table, tokens_with_lemma
from dossier.text.places import country_of

STATUS_ORDER: tuple[ProjectStatus, ...] = ("halted", "operating", "under_construction", "in_development",
                                           "proposed", "planned")
ROUTE_VERBS = {"connect", "link", "join", "run", "carry", "transport", "stretch"}
PAYMENT_TARGETS = {"swift", "payment", "payments", "messaging"}
#: Status words that say how sure a plan is, not that something is a project.
MODALS = {"will", "would", "allow", "want", "aim", "seek", "intend", "agree", "plan", "consider", "discuss", "run",
          "open", "stop", "freeze", "suspend", "operation", "ground", "online"}
#: Verbs of works on what exists, planned ("will expand") or under way ("are expanding").
WORKS_VERBS = {"expand", "upgrade", "extend", "modernize", "modernise", "rebuild", "restore", "refurbish", "repair",
               "electrify", "lay", "install"}
#: Participles of planning that describe a project they modify ("the planned terminal").
PLANNED = {"planned", "proposed", "projected", "envisaged"}
#: Nouns of planning that describe a project though their verbs only say what someone wants.
PLAN_NOUNS = {"plan", "plans"}
#: Words that count only with their particle: "broke ground", "came online".
PARTICLES = {"ground", "online"}
PARTICLE_VERBS = {"break", "come", "go", "bring"}
#: Status words that count only as nouns ("work on the line"; "is working with X" is no construction).
NOUN_CUES = {"work", "operation", "investment", "financing", "loan", "development", "construction"}
#: Terms whose proper names name projects (a named airport or port is more often just a place).
NAMED_KINDS = {"pipeline", "cable", "corridor", "interconnector", "hub"}
#: Prepositions that place a project: "in X", "at X", "across the Mediterranean".
SITE_PREPS = {"in", "near", "at", "across", "along", "off", "outside"}
NOT_INFRASTRUCTURE = {"terror", "terrorist", "humanitarian", "evacuation", "safe", "security", "migration"}
#: Nouns that are a project when said to carry goods (``a line to carry ammonia``, ``a link for power``).
CARRIER_NOUNS = {"line", "link", "connection", "conduit", "route"}
CARRYING_VERBS = {"carry", "transport", "deliver", "supply", "move", "ship", "pump", "transmit", "bring", "export"}
#: Verbs that keep a project going when what they keep it doing is operating (``keep the plant running``).
KEEPING_VERBS = {"keep", "extend"}
KEPT_DOING = {"run", "operate", "open", "online", "work"}
#: Verbs that, with "ahead" or "forward", say a project proceeds ("going ahead", "move forward").
ADVANCING_VERBS = {"go", "move", "press", "push", "forge"}
#: Nouns for works on infrastructure: a term compounded with one is the project (``the Suez Canal expansion``).
WORKS_NOUNS = {"expansion", "extension", "upgrade", "modernization", "modernisation", "rehabilitation",
               "construction", "project", "doubling", "electrification"}
#: Verbs whose infinitive says a project is still being built ("to complete the line").
FINISHING_VERBS = {"complete", "finish", "commission", "inaugurate"}
#: Nouns that make what they are about only proposed, whatever is done with them (``commissioned a study for``).
PROPOSING_NOUNS = {"study", "feasibility", "proposal"}


def _alternatives(doc: Doc, index: ActorIndex) -> list[tuple[Span, str]]:
    """``an alternative to Swift`` (or to a payment or messaging system) names a payment system."""
    found = []
    for t in tokens_with_lemma(doc, {"alternative"}):
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                target = index.at(obj)
                if obj.lower_ in PAYMENT_TARGETS or target is not None and target.name.lower() in PAYMENT_TARGETS:
                    found.append((doc[t.left_edge.i:obj.right_edge.i + 1], "payment_system"))
    return found


def _carried(token: Token) -> str | None:
    """The project kind of what a line or link is said to carry (``a line to carry ammonia to the
    coast``: pipeline; ``a subsea link for power and data``: cable), from ``data/carried_goods.csv``."""
    goods = table("carried_goods.csv", "word", "kind")
    things = [o for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CARRYING_VERBS
              for o in c.children if o.dep_ == "dobj"]
    things += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
               if o.dep_ == "pobj"]
    for thing in things:
        for w in (thing, *(c for c in thing.children if c.dep_ in ("compound", "conj", "amod"))):
            if w.lemma_.lower() in goods:
                return goods[w.lemma_.lower()]
    return None


def _carrying_lines(doc: Doc, terms: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Lines and links said to carry goods, as one-token terms with the kind the goods give them."""
    found = []
    for t in tokens_with_lemma(doc, CARRIER_NOUNS):
        if t.pos_ == "NOUN" and not _is_term(t, terms):
            kind = _carried(t)
            if kind is not None:
                found.append((doc[t.i:t.i + 1], kind))
    return found


def _kept_running(root: Token, verbs: list[Token]) -> bool:
    """Whether the verb above a project keeps it operating (``keep the old power station running``)."""
    return any(v.lemma_.lower() in KEEPING_VERBS and any(
        c.lemma_.lower() in KEPT_DOING and c.dep_ in ("xcomp", "ccomp", "oprd", "acomp", "advmod", "acl")
        for c in [*v.children, *root.children]) for v in verbs[:1])


def _going_ahead(root: Token) -> bool:
    """Whether a phrase is said to go ahead or move forward (or not): only projects do."""
    verbs = [c for c in root.children if c.dep_ in ("acl", "relcl")]
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(root.head)
    return any(v.lemma_.lower() in ADVANCING_VERBS and any(c.lower_ in ("ahead", "forward") for c in v.children)
               for v in verbs)


def _is_term(token: Token, terms: list[tuple[Span, str]]) -> bool:
    return any(t.start <= token.i < t.end for t, _ in terms)


def _cues() -> dict[str, str]:
    """Words that describe infrastructure as a project, with the status they give it."""
    words = table("project_status.csv", "word", "status")
    return {w: s for w, s in words.items() if w not in MODALS}


def _nominal_cues(root: Token) -> list[Token]:
    """Nouns that make the phrase a project: ``the development of``, ``a feasibility study for``,
    ``work on``, ``financing for``, and the subject of the verb it follows (``Construction began
    on X``)."""
    head = argument_of(root)
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":  # "a spur line ... was under study"
        under = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in _cues()]
        if under:
            return under[:1]
    if head.pos_ in ("VERB", "AUX") and root.dep_ == "pobj" and root.head.lower_ in ("on", "of"):
        # a sentence's first word may be tagged a proper noun ("Work began on ...")
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                and (c.lemma_.lower() in _cues() or c.lower_ in _cues())][:1]
    cue = head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_ if head.pos_ == "PROPN" else ""
    # "plans for a power station": the noun describes a project as its verb ("plan to") does not
    return [head] if (cue in _cues() or cue in PLAN_NOUNS) and head != root else []


def _described(root: Token) -> bool:
    """Whether a phrase is described as a project: a project word governs it (built, developed,
    financed, reopened, the development of ...), a participle on it does (``Chinese-financed``),
    or it is called a project (in apposition either way)."""
    cues = _cues()
    if root.lemma_.lower() == "project" or _nominal_cues(root) or _kept_running(root, verbs_above(root)):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() == "project" \
            or any(c.dep_ == "appos" and c.lemma_.lower() == "project" for c in root.children):
        return True  # "a Chinese-financed project, the Salkadamna power plant,", "the X farm, a 36-turbine project"
    if _going_ahead(root):
        return True  # "stop the terminal going ahead", "the pipeline will not move forward"
    if root.dep_ == "compound" and root.head.lemma_.lower() in WORKS_NOUNS and root.head.pos_ == "NOUN":
        return _described(root.head)  # "inaugurated the Suez Canal expansion": the works describe it
    if root.lemma_.lower() in NAMED_KINDS and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                                                  for c in root.children):
        return True  # "the Nord Stream pipeline": a named pipeline, cable or corridor is a project
    head = argument_of(root)
    chain = [head, *(t for t in ancestors(head, 2) if t.pos_ == "VERB" and head.dep_ in ("xcomp", "advcl", "conj"))]
    if any(v.pos_ == "VERB" and v.lemma_.lower() in cues and (
            v.lemma_.lower() not in PARTICLE_VERBS or any(c.lemma_.lower() in PARTICLES for c in v.children))
           for v in chain):
        return True
    if any(c.dep_ in ("amod", "acl") and (c.lemma_.lower() in cues or c.lower_ in PLANNED)
           for c in root.children):
        return True  # "the jointly-financed cable", "the planned LNG terminal"
    # "approved $300 million in financing for a highway": money given for it
    return root.dep_ == "pobj" and root.head.lower_ == "for" and head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in head.children)


def _money_given(verbs: list[Token]) -> list[Token]:
    """The loan or financing the verbs above a project give (``is providing a loan to X to
    build``): financing puts a project in development."""
    return [c for v in verbs[:2] for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in FINANCE_NOUNS]


def _name_states(index: ActorIndex, root: Token) -> list[str]:
    """States named in a project's proper name: ``the Chile-Peru Pipeline``, ``the Fiji cable``."""
    names = {n.lower(): a.id for a in index.actors if a.type == "state" for n in (a.name, *a.aliases) if n}
    found = []
    for t in root.children:
        if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN":
            for w in t.subtree:
                parts = [w.text, *(p for p in w.text.replace("–", "-").split("-") if p)]
                found += [names[p.lower()] for p in parts if p.lower() in names]
    return list(dict.fromkeys(found))


def _place_states(index: ActorIndex, tokens: list[Token]) -> list[str]:
    """The states of the towns and regions a project is ``in`` (``in Tennessee``: the United States)."""
    by_key = {a.key: a.id for a in index.actors if a.key}
    found = []
    for t in tokens:
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                for w in obj.subtree:  # "in Tennessee and Alabama", "at the Port of Kingston"
                    a = index.at(w)
                    if a is not None and a.type == "place":
                        iso3 = country_of(a.name)
                        if iso3 and f"state:{iso3}" in by_key:
                            found.append(by_key[f"state:{iso3}"])
    return list(dict.fromkeys(found))


def _route_end(root: Token, project: Token) -> bool:
    """Whether a term is where an earlier project goes or comes from: the object of its ``to``,
    ``from`` or ``between``, or of the verb that builds it."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "from", "between") or project.i > root.i:
        return False
    return prep.head == project or prep.head == project.head and project.dep_ == "dobj"


def _own_end(root: Token) -> int:
    """The last token of a phrase without the phrases coordinated with it."""
    return max([root.i] + [c.right_edge.i for c in root.children if c.i > root.i and c.dep_ not in ("conj", "cc")])


def _route_states(index: ActorIndex, *ends: str | None) -> tuple[str, ...]:
    """The states a route's ends are in (``from Mombasa to Kampala``: Kenya and Uganda), for a
    route no other host is named for."""
    by_name = {a.name: a for a in index.actors}
    by_key = {a.key: a.id for a in index.actors if a.key}
    found: list[str] = []
    for end in ends:
        a = by_name.get(end or "")
        if a is None:
            continue
        iso3 = country_of(a.name) if a.type == "place" else None
        key = a.id if a.type == "state" else by_key.get(f"state:{iso3}") if iso3 else None
        if key and key not in found:
            found.append(key)
    return tuple(found)


def _status(term: Span, verbs: list[Token], *, nominal: list[Token] = ()) -> ProjectStatus:
    if any(n.lemma_.lower() in PROPOSING_NOUNS for n in nominal):
        return "proposed"  # "commissioned a study for a new line": the line is only proposed
    if _kept_running(term.root, verbs):
        return "operating"
    words = table("project_status.csv", "word", "status")
    found: set[ProjectStatus] = set()
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma in words and not (lemma in NOUN_CUES and v.pos_ not in ("NOUN", "PROPN")):
            status = words[lemma]
            if status == "under_construction" and v.tag_ != "VBG" and v.pos_ == "VERB":
                status = "planned"  # "to build" is a plan; "is building" is construction
            if status == "planned" and lemma in WORKS_VERBS and v.tag_ == "VBG" and v.pos_ == "VERB" \
                    and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children):
                status = "under_construction"  # "are expanding the port": the works are under way
            future = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in v.children)
            if status == "operating" and (v.tag_ in ("VB", "VBG", "VBZ", "VBP") or future) and v.pos_ == "VERB":
                # "to complete" or "would be completed" is still being built, "completed" is done; "to open" a plan
                status = "under_construction" if lemma in FINISHING_VERBS or v.tag_ not in ("VB", "VBN") \
                    else "planned"
            found.add(status)  # type: ignore[arg-type]
        found |= {words[c.lemma_.lower()] for c in v.children if c.lemma_.lower() in words and (
            c.dep_ == "aux" or c.lemma_.lower() in PARTICLES)}
    if "under_construction" in found and verbs and verbs[0].tag_ == "VBG":
        return "under_construction"
    for status in STATUS_ORDER:
        if status in found:
            return status
    return "planned"


def _route(index: ActorIndex, tokens: list[Token]) -> tuple[str | None, str | None]:
    """``from X to Y``, ``between X and Y``, or ``connect X to Y``, among the given tokens' subtrees."""
    origin = destination = None
    for t in tokens:
        for w in t.subtree:
            if w.dep_ == "prep" and w.lower_ == "between" and w.head.i == t.i and origin is None:
                obj = next((o for o in w.children if o.dep_ == "pobj"), None)
                ends = [] if obj is None else [obj, *(c for c in obj.children if c.dep_ == "conj")]
                names = [a.name for e in ends for a in index.within(e.i, e.i + 1, types=("place", "state"))]
                if len(names) >= 2:
                    origin, destination = names[0], names[1]
            if w.dep_ == "prep" and w.lower_ in ("from", "to") and w.head.lemma_ not in ("alternative",):
                obj = next((o for o in w.children if o.dep_ == "pobj"), None)
                if obj is None:
                    continue
                place = index.within(obj.left_edge.i, obj.right_edge.i + 1, types=("place", "state"))
                name = place[0].name if place else None
                if w.lower_ == "from" and origin is None:
                    origin = name
                elif w.lower_ == "to" and destination is None:
                    destination = name
            if w.lemma_ in ROUTE_VERBS and origin is None:
                obj = next((o for o in w.children if o.dep_ == "dobj"), None)
                if obj is not None:
                    place = index.within(obj.left_edge.i, obj.right_edge.i + 1, types=("place", "state"))
                    origin = place[0].name if place else None
                    if len(place) > 1 and destination is None and any(c.dep_ == "conj" for c in obj.children):
                        destination = place[1].name  # "linking Zambia and Angola"
    return origin, destination


def _in_heading(term: Span) -> bool:
    """A term in a heading: a sentence that opens a paragraph and ends with a colon, with no verb."""
    sent = term.sent
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == ":" and not any(t.pos_ in ("VERB", "AUX") for t in words)


def projects(doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...], *, outlet: str | None = None,
             url: str | None = None) -> tuple[Project, ...]:
    """The infrastructure projects of a parsed article, by the rules in the module docstring;
    ``outlet`` and ``url`` (from the sidecar) may name the state that "we" stands for."""
    index = ActorIndex.of(doc, norm, actors)
    author = author_state(index, outlet=outlet, url=url)
    terms = matches(doc, table("project_kinds.csv", "term", "kind")) + _alternatives(doc, index)
    carriers = _carrying_lines(doc, terms)
    terms += carriers
    planned_words = set(_cues()) | MODALS
    # "port visits", "road map", "airport security": a term that only modifies another noun is no project,
    # nor is a corridor for people or militants ("a humanitarian corridor", "a terror corridor")
    terms = [(t, k) for t, k in terms if not (t.root.dep_ == "compound" and t.root.head.pos_ in ("NOUN", "PROPN")
                                               and not _is_term(t.root.head, terms)
                                               and t.root.head.lemma_.lower() not in WORKS_NOUNS)
             and not any(c.lemma_.lower() in NOT_INFRASTRUCTURE for c in t.root.children)]
    # a heading names the project its paragraph goes on to describe ("Undersea Cable for Fiji: The cable...")
    terms = [(t, k) for t, k in terms if not _in_heading(t)]
    terms.sort(key=lambda m: (m[0].start, -len(m[0])))
    # a term within another term's phrase belongs to it (the outermost phrase wins)
    groups: list[list[tuple[Span, str]]] = []
    for term, kind in terms:
        phrase = range(term.root.left_edge.i, _own_end(term.root) + 1)
        verb = next(iter(verbs_above(term.root)), None)
        if any(_route_end(term.root, g[0][0].root) for g in groups):
            continue  # "build a railway to the port of Lamu": the port is where the railway goes
        for g in groups:
            head = g[0][0].root
            # two items of one kind under one verb are one project, unless coordinated ("a cable and a pipeline")
            same_clause = verb is not None and verb == next(iter(verbs_above(head)), None) and kind == g[0][1] \
                and term.root.dep_ != "conj"
            if term.start in range(head.left_edge.i, _own_end(head) + 1) or g[0][0].start in phrase \
                    or same_clause:
                g.append((term, kind))
                break
        else:
            groups.append([(term, kind)])
    out: list[Project] = []
    definite_at: list[bool] = []
    for group in groups:
        outer = min(group, key=lambda m: m[0].root.left_edge.i - m[0].root.right_edge.i)
        term, kind = outer
        kinds = {k for _, k in group}
        if len(kinds) > 1 and kind == "port":
            kind = next(k for _, k in group if k != "port")
        if "nuclear_plant" in kinds:  # "small modular reactor power plants"
            kind = "nuclear_plant"
        root = term.root
        # the route may hang on the project phrase or on a participle after it
        # (on this project's own phrase: not on a project coordinated after it)
        route_tokens = [root, *(t for t in root.sent if t.i > root.i and t.dep_ in ("advcl", "acl", "relcl")
                                and t.lemma_ in ROUTE_VERBS and not (t.dep_ in ("acl", "relcl")
                                                                     and t.head.i > _own_end(root)))]
        # "build a railway from X to Y" with "to Y" on the verb
        route_tokens += [p for v in verbs_above(root)[:1] if root.dep_ == "dobj" and root.head == v
                         for p in v.children if p.dep_ == "prep" and p.lower_ in ("from", "to")]
        origin, destination = _route(index, route_tokens)
        # a line said to carry goods is described as infrastructure when someone plans, builds or wants it
        carrying = any(t.root.i == c.root.i for t, _ in group for c, _ in carriers) and any(
            v.lemma_.lower() in planned_words for v in verbs_above(root)[:1])
        if not (_described(root) or any(_described(t.root) for t, _ in group) or origin or destination or carrying):
            continue  # a mention of a port, road or airport that no one builds, runs or plans
        verbs = verbs_above(root)
        subject_verbs = controllers(verbs)
        sponsors = project_sponsors(index, root, subject_verbs, author)
        hosts: dict[str, Actor] = {}
        # the places of the project, or of the investment that builds it ("$4 billion from X in Y to build")
        sited = [t.root for t, _ in group] + [v.head for v in verbs_above(root)[:1] if v.dep_ in ("acl", "relcl")]
        sited += [v for v in verbs_above(root)[:1] if root.dep_ == "dobj" and root.head == v]
        for v in sited[len(group):]:  # "$40 billion from X in Tennessee to build ...": the money's places
            money = money_before(doc, v)
            sited += [t.head for t in doc[money:v.i] if t.dep_ == "prep" and t.lower_ in SITE_PREPS] if money else []
        for key in _name_states(index, root) + _place_states(index, sited):
            hosts.setdefault(key, index.by_id[key])
        for t, _ in group:
            for w in t.root.subtree:
                if w.dep_ == "poss" or w.dep_ == "prep" and w.lower_ in ("in", "through"):
                    tok = w if w.dep_ == "poss" else next((o for o in w.children if o.dep_ == "pobj"), None)
                    if tok is not None:
                        for a in index.within(tok.left_edge.i, tok.right_edge.i + 1, types=("state",)):
                            hosts.setdefault(a.id, a)
                    if w.dep_ == "poss" and w.lower_ in ("its", "their"):  # "Kenya will build its first port"
                        for key in (k for k, a in sponsors.items() if a.type == "state"):
                            hosts.setdefault(key, sponsors[key])
        for v in verbs[:1]:
            for p in v.children:
                if p.dep_ == "prep" and p.lower_ in ("through", "in"):
                    for o in (o for o in p.children if o.dep_ == "pobj"):
                        for a in index.within(o.left_edge.i, o.right_edge.i + 1, types=("state",)):
                            hosts.setdefault(a.id, a)
        for v in verbs:
            if v.lemma_ == "become":  # "Iran becomes a conduit for ... pipelines": Iran hosts them
                for c in (c for c in v.children if c.dep_ == "nsubj"):
                    for a in index.within(c.left_edge.i, c.right_edge.i + 1, types=("state",)):
                        hosts.setdefault(a.id, a)
        builders = tuple(sponsors) if any(v.lemma_ in ("build", "construct") for v in verbs[:2]) else ()
        site_tokens = [t.root for t, _ in group] + [
            o for v in sited[len(group):] for p in v.children if p.dep_ == "prep" and p.lower_ in SITE_PREPS
            for o in p.children if o.dep_ == "pobj"]
        sites = [a for t in site_tokens for a in index.within(t.left_edge.i, t.right_edge.i + 1, types=("place",))
                 if a.name not in (origin, destination)]
        quantity = None
        nums = [c for t, _ in group for c in t.root.children if c.dep_ == "nummod"]
        if nums:
            t0 = next(t for t, _ in group if nums[0].head == t.root)
            quantity = index.text(nums[0].i, t0.end)
        names = [c for c in root.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        first_name = min((n.left_edge.i for n in names), default=None)  # "Palau Spur subsea cable"
        while first_name is not None and doc[first_name].pos_ not in ("PROPN",) and first_name < names[0].i:
            first_name += 1
        name = index.text(first_name, term.end) if first_name is not None else None
        start = min([t.root.left_edge.i for t, _ in group] + [n.left_edge.i for n in _nominal_cues(root)[:1]])
        first = next((v for v in reversed(verbs[:3]) if v.lemma_.lower() in table("project_status.csv", "word",
                                                                                      "status")), None)
        path = [root, *ancestors(root)][:[root, *ancestors(root)].index(first)] if first in verbs else []
        if first is not None and first.i < start and first.sent == root.sent and first.dep_ != "ROOT" \
                and not any(t.dep_ == "conj" for t in path):  # "build X and Y": the verb goes with X
            start = first.i
            if first.dep_ in ("acl", "relcl") and first.head.i < first.i:  # "$40 billion from X to build ..."
                start = first.head.left_edge.i
            else:
                start = money_before(doc, first) or start
        end = max([_own_end(t.root) for t, _ in group] + [c.right_edge.i for c in route_tokens[1:]]) + 1
        if root.dep_ == "compound" and root.head.lemma_.lower() in WORKS_NOUNS:  # "the Suez Canal expansion"
            start, end = min(start, root.head.left_edge.i), max(end, _own_end(root.head) + 1)
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
            end = max(end, clause_span(root)[1])  # "The pipeline ... opened in 2020": the act, not the name alone
        s, e = index.orig(start, end)
        out.append(Project(
            id=f"p{len(out) + 1}", kind=kind, name=name,
            status=_status(term, verbs + _nominal_cues(root) + [c for c in root.children if c.dep_ in ("amod", "acl")]
                          + _money_given(verbs), nominal=_nominal_cues(root)),
            text=norm.original[s:e], span=(s, e),
            sponsors=tuple(k for k in sponsors if k not in hosts) or tuple(sponsors), builders=builders,
            hosts=tuple(hosts) or _route_states(index, origin, destination), origin=origin,
            destination=destination, quantity=quantity,
            place=sites[0].name if sites else None))
        definite_at.append(definite(root) and not name)
    kinds = {t: k for t, k in table("project_kinds.csv", "term", "kind").items() if " " not in t}
    return project_items(doc, index, out, definite_at, kind_words=kinds)
