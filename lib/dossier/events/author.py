"""Which state wrote a text: the state that "we", "our", "the Administration" and unnamed
government agencies stand for in a government's own statement.

A statement by a government speaks of its state in the first person ("we imposed", "our
sanctions") and names its agencies without the country ("Treasury designated ..."). The author
state is, in order:

* named by the sidecar's ``outlet`` or ``url`` (``data/government_outlets.csv``: "The White
  House", ``whitehouse.gov``; a seat of government in ``data/seats.csv`` counts too);
* named by a byline opening the text (``Statement by President X``, ``Readout of the
  Foreign Minister's call``): the state of the first actor after its "by", "from" or "of" (a
  title such as ``FACT SHEET: Imposing Costs on X`` names no author);
* else, when the narrative (outside quotation marks) speaks in the first person plural, the
  state that the subject of the text's first sentence stands for.

An agency named without its country (``Treasury``) acts for the author's state, else for the
state that the text's other agencies and offices are named for (``U.S. Department of State``).

The author is only resolved to an actor the text itself mentions: a record never names an
actor that is not in the article.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from dossier.actors.mentions import ActorIndex
from dossier.claims.speech import quotations
from dossier.text.gazetteer import gazetteer, rows
from dossier.text.lexicon import sentences, tokens

FIRST_PERSON_PLURAL = {"we", "our", "us", "ours", "ourselves"}
BYLINE_WORDS = {"statement", "remarks", "readout", "fact", "sheet", "message", "proclamation", "press",
                "release", "communiqué", "communique"}
#: Offices whose holders name their state ("United States Permanent Representative").
OFFICE_WORDS = {"representative", "ambassador", "embassy", "mission", "envoy"}
#: Words that more often name another state's government than the author's.
FOREIGN_WORDS = {"government", "regime"}
#: Common nouns that stand for the author's government in its own statement.
GOVERNMENT_NOUNS = {"administration", "government"}
#: Words in an organisation's name that make it a government agency (it stands for its state).
AGENCY_WORDS = {"department", "ministry", "treasury", "office", "bureau", "agency", "administration",
                "secretary", "commerce", "state", "cabinet", "directorate", "service", "government",
                "regime", "army", "navy", "police", "guard", "forces"}


def _outlet_keys(outlet: str | None, url: str | None) -> list[str]:
    """Gazetteer keys (``state:USA``) of the states an outlet or a url names."""
    found = []
    for source in (outlet, url):
        low = (source or "").lower()
        if not low:
            continue
        for r in rows("government_outlets.csv"):
            if r["pattern"].lower() in low:
                found.append(f"state:{r['iso3']}")
        for r in rows("seats.csv"):
            if r["seat"].lower() in low:
                found.append(f"state:{r['iso3']}")
    return found


def outlet_state(outlet: str | None, url: str | None) -> str | None:
    """The gazetteer key of the state whose government an outlet or a url is (``The White
    House``, ``whitehouse.gov``: ``state:USA``), None for any other outlet."""
    keys = _outlet_keys(outlet, url)
    return keys[0] if keys else None


def narrative_first_person(doc: Doc) -> list[Token]:
    """First-person plural pronouns outside quotation marks: the author speaking."""
    quoted = {i for q in quotations(doc) for i in range(q.start, q.end)}
    return [t for t in tokens(doc) if t.lower_ in FIRST_PERSON_PLURAL and t.pos_ == "PRON" and t.i not in quoted]


def author_state(index: ActorIndex, *, outlet: str | None = None, url: str | None = None) -> str | None:
    """The actor id of the state that wrote the text, by the rules in the module docstring
    (worked out once per doc: sanctions, projects and agreements all ask)."""
    key = ("author", outlet, url)
    if key not in index.memo:
        index.memo[key] = _author_state(index, outlet=outlet, url=url)
    return index.memo[key]


def _author_state(index: ActorIndex, *, outlet: str | None, url: str | None) -> str | None:
    doc = index.doc
    by_key = {a.key: a.id for a in index.actors if a.key}
    keys = _outlet_keys(outlet, url)
    if keys:  # the outlet names the author, mentioned in the text or not
        return next((by_key[k] for k in keys if k in by_key), None)
    sents = sentences(doc)
    if not sents:
        return None
    first = sents[0]
    by = next((t for t in first[:8] if t.lower_ in ("by", "from", "of")), None)
    if first[0].lower_ in BYLINE_WORDS and by is not None:  # "Statement by ...", not "FACT SHEET: Imposing ..."
        for a in index.within(by.i + 1, first.end, types=("state", "person", "organization")):
            state = index.state_of(a)
            if state:
                return state
    if not narrative_first_person(doc):
        return None
    for s in sents[:3]:
        subjects = [t for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for subj in subjects[:1]:
            for a in index.within(subj.left_edge.i, subj.right_edge.i + 1, types=("state", "person",
                                                                                   "organization")):
                state = index.state_of(a)
                if state:
                    return state
    return None


def stands_for(index: ActorIndex, token: Token, author: str | None) -> str | None:
    """The actor id a token stands for when it names the author: "we", "our", "the Administration",
    or an agency of the author's government; ``None`` otherwise."""
    if author is None:
        return None
    if token.lower_ in FIRST_PERSON_PLURAL and token.pos_ == "PRON":
        return author
    if token.lemma_.lower() in GOVERNMENT_NOUNS and not any(
            c.dep_ in ("poss", "compound", "amod") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return author  # "the Administration", not "Iraq's government" or "the government of Iraq"
    return None


def agency_state(index: ActorIndex, actor_id: str, author: str | None) -> str | None:
    """The state a government agency acts for: its affiliation, a state named in its name
    (``U.S. Department of State``), else, for an agency named without a country (``Treasury``,
    ``the Department of Commerce``), the author's state or the state the text's other
    organisations are named for; ``None`` for other organisations."""
    actor = index.by_id.get(actor_id)
    if actor is None or actor.type != "organization":
        return None
    state = index.state_of(actor)
    if state:
        return state
    words = {w.strip(".,").lower() for w in actor.name.split()}
    if not words & AGENCY_WORDS or actor.key:  # a body the gazetteer knows (the UN Security Council) is itself
        return None
    named = _state_in_name(index, actor.name)
    forms = (gazetteer().lookup(w) for w in actor.name.replace("'s", "").split())
    if named is None and any(f is not None and f.kind in ("state", "demonym") for f in forms):
        return None  # "the Bolivian army" when Bolivia is no actor of the text: not the author's
    return named or author or home_state(index)


def _state_in_name(index: ActorIndex, name: str) -> str | None:
    """The state actor whose name, alias or gazetteer form (``U.S.``) is part of a name."""
    forms = _state_forms()
    for a in index.actors:
        if a.type != "state":
            continue
        names = {a.name, *a.aliases, *forms.get(a.key or "", ())}
        if any(f" {n} " in f" {name} " for n in names if n):
            return a.id
    return None


@cache
def _state_forms() -> dict[str, tuple[str, ...]]:
    """Gazetteer key (``state:USA``) -> the names, abbreviations and demonyms of that state."""
    found: dict[str, list[str]] = {}
    for f in gazetteer().forms:
        if f.key.startswith("state:") and f.kind in ("state", "demonym"):
            found.setdefault(f.key, []).append(f.text)
    return {k: tuple(v) for k, v in found.items()}


def home_state(index: ActorIndex) -> str | None:
    """The state whose name the text's government offices carry most (``U.S. Department of
    State``, ``United States Permanent Representative``, as organisations or as persons known
    only by the office): an agency or official named without a country in the same text is that
    government's too. Ties go to the state listed first; worked out once per doc."""
    key = ("home_state",)
    if key not in index.memo:
        counts: dict[str, int] = {}
        for a in index.actors:
            words = {w.strip(".,").lower() for w in a.name.split()}
            office = a.type == "organization" or a.type == "person" and a.name in a.roles
            if office and words & (AGENCY_WORDS | OFFICE_WORDS) - FOREIGN_WORDS:
                state = _state_in_name(index, a.name)
                if state:
                    counts[state] = counts.get(state, 0) + 1
        order = {a.id: i for i, a in enumerate(index.actors)}
        index.memo[key] = min(counts, key=lambda k: (-counts[k], order[k])) if counts else None
    return index.memo[key]
