"""Which infrastructure projects are planned or built, by whom, where, and how far along.

Rules, read from the parse around each project term (``data/project_kinds.csv``, lemmas,
longest match first):

* a term inside another term's phrase is part of that project (``two nuclear reactors at
  Iran's Bushehr nuclear power plant`` is one project; ``a railway ... to ports in the
  Persian Gulf`` is a railway, not a port); ``an alternative to Swift`` is a payment system;
* **status** from the governing verbs and their modality (``data/project_status.csv``):
  ``is building`` is under construction, ``wants to build`` or ``will allow`` planned,
  ``develop`` in development; a progressive ``build`` outranks the modal words around it;
* **sponsors**: the subject of the governing verb (``The Kremlin ... is building``, ``Russia is
  working with Iran ... to develop``: both), mapped to the states they stand for;
* **hosts**: the owner (``Iran's Bushehr plant``) or the place ``in``/``through`` which it runs;
* **origin** and **destination**: ``from X to Y`` or ``connect X to Y`` in the project's
  clause; **quantity**: a number on the term (``two nuclear reactors``); **name**: proper
  nouns compounded with the term (``Bushehr``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .article import NormalizedText
from .lexicon import matches, table
from .mentions import ActorIndex, ancestors
from .records import Actor, Project, ProjectStatus

STATUS_ORDER: tuple[ProjectStatus, ...] = ("halted", "operating", "under_construction", "in_development",
                                           "proposed", "planned")
ROUTE_VERBS = {"connect", "link", "join", "run", "carry", "transport", "stretch"}
PAYMENT_TARGETS = {"swift", "payment", "payments", "messaging"}


def _alternatives(doc: Doc, index: ActorIndex) -> list[tuple[Span, str]]:
    """``an alternative to Swift`` (or to a payment or messaging system) names a payment system."""
    found = []
    for t in doc:
        if t.lemma_.lower() != "alternative":
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                target = index.at(obj)
                if obj.lower_ in PAYMENT_TARGETS or target is not None and target.name.lower() in PAYMENT_TARGETS:
                    found.append((doc[t.left_edge.i:obj.right_edge.i + 1], "payment_system"))
    return found


def _verbs_above(token: Token) -> list[Token]:
    return [t for t in ancestors(token) if t.pos_ in ("VERB", "AUX")]


def _status(term: Span, verbs: list[Token]) -> ProjectStatus:
    words = table("project_status.csv", "word", "status")
    found: set[ProjectStatus] = set()
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma in words:
            status = words[lemma]
            if status == "under_construction" and v.tag_ != "VBG":
                status = "planned"  # "to build" is a plan; "is building" is construction
            found.add(status)  # type: ignore[arg-type]
        found |= {words[c.lemma_.lower()] for c in v.children if c.dep_ == "aux" and c.lemma_.lower() in words}
    if "under_construction" in found and verbs and verbs[0].tag_ == "VBG":
        return "under_construction"
    for status in STATUS_ORDER:
        if status in found:
            return status
    return "planned"


def _route(index: ActorIndex, tokens: list[Token]) -> tuple[str | None, str | None]:
    """``from X to Y``, or ``connect X to Y``, among the given tokens' subtrees."""
    origin = destination = None
    for t in tokens:
        for w in t.subtree:
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
    return origin, destination


def projects(doc: Doc, norm: NormalizedText, actors: tuple[Actor, ...]) -> tuple[Project, ...]:
    """The infrastructure projects of a parsed article, by the rules in the module docstring."""
    index = ActorIndex.of(doc, norm, actors)
    terms = matches(doc, table("project_kinds.csv", "term", "kind")) + _alternatives(doc, index)
    terms.sort(key=lambda m: (m[0].start, -len(m[0])))
    # a term within another term's phrase belongs to it (the outermost phrase wins)
    groups: list[list[tuple[Span, str]]] = []
    for term, kind in terms:
        phrase = range(term.root.left_edge.i, term.root.right_edge.i + 1)
        verb = next(iter(_verbs_above(term.root)), None)
        for g in groups:
            head = g[0][0].root
            same_clause = verb is not None and verb == next(iter(_verbs_above(head)), None) and kind == g[0][1]
            if term.start in range(head.left_edge.i, head.right_edge.i + 1) or g[0][0].start in phrase \
                    or same_clause:
                g.append((term, kind))
                break
        else:
            groups.append([(term, kind)])
    out = []
    for group in groups:
        outer = min(group, key=lambda m: m[0].root.left_edge.i - m[0].root.right_edge.i)
        term, kind = outer
        kinds = {k for _, k in group}
        if len(kinds) > 1 and kind == "port":
            kind = next(k for _, k in group if k != "port")
        root = term.root
        verbs = _verbs_above(root)
        subject_verbs = [v for v in verbs if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
        sponsors: dict[str, Actor] = {}
        for v in subject_verbs[:1]:
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "prep" and c.lower_ == "with":
                    toks = [c] if c.dep_ != "prep" else [o for o in c.children if o.dep_ == "pobj"]
                    for tok in toks:
                        for a in index.within(tok.left_edge.i, tok.right_edge.i + 1, types=("state", "person",
                                                                                              "organization")):
                            state = index.state_of(a)
                            key = state or a.id
                            sponsors.setdefault(key, index.by_id.get(key, a))
        hosts: dict[str, Actor] = {}
        for t, _ in group:
            for w in t.root.subtree:
                if w.dep_ == "poss" or w.dep_ == "prep" and w.lower_ in ("in", "through"):
                    tok = w if w.dep_ == "poss" else next((o for o in w.children if o.dep_ == "pobj"), None)
                    if tok is not None:
                        for a in index.within(tok.left_edge.i, tok.right_edge.i + 1, types=("state",)):
                            hosts.setdefault(a.id, a)
        for v in verbs[:2]:
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
        # the route may hang on the project phrase or on a participle after it
        route_tokens = [root, *(t for t in root.sent if t.i > root.i and t.dep_ in ("advcl", "acl", "relcl")
                                and t.lemma_ in ROUTE_VERBS)]
        origin, destination = _route(index, route_tokens)
        sites = [a for t, _ in group for a in index.within(t.root.left_edge.i, t.root.right_edge.i + 1,
                                                              types=("place",))
                 if a.name not in (origin, destination)]
        quantity = None
        nums = [c for t, _ in group for c in t.root.children if c.dep_ == "nummod"]
        if nums:
            t0 = next(t for t, _ in group if nums[0].head == t.root)
            quantity = index.text(nums[0].i, t0.end)
        names = [c for c in root.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        name = index.text(names[0].i, term.end) if names else None
        start = min(t.root.left_edge.i for t, _ in group)
        first = next((v for v in reversed(verbs[:3]) if v.lemma_.lower() in table("project_status.csv", "word",
                                                                                      "status")), None)
        if first is not None and first.i < start and first.sent == root.sent and first.dep_ != "ROOT":
            start = first.i
        end = max([t.root.right_edge.i for t, _ in group] + [c.right_edge.i for c in route_tokens[1:]]) + 1
        s, e = index.orig(start, end)
        out.append(Project(
            id=f"p{len(out) + 1}", kind=kind, name=name, status=_status(term, verbs),
            text=norm.original[s:e], span=(s, e),
            sponsors=tuple(k for k in sponsors if k not in hosts) or tuple(sponsors), builders=builders,
            hosts=tuple(hosts), origin=origin, destination=destination, quantity=quantity,
            place=sites[0].name if sites else None))
    return tuple(out)
