"""Frozen records for every question, and their JSON form (schema ``dossier/1``).

Records hold offsets into the article as read from disk and the text they cover, never spaCy
objects, so they can be cached, compared and serialised. The JSON field names are a contract
read by other tools: add fields freely, rename none.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

SCHEMA = "dossier/1"

ActorType = Literal["person", "state", "organization", "media", "group", "place"]
ACTOR_TYPES: tuple[ActorType, ...] = ("person", "state", "organization", "media", "group", "place")
ClaimKind = Literal["direct", "partial", "indirect", "according_to", "document", "denial"]
SanctionStatus = Literal["in_force", "threatened", "expected", "lifted"]
#: Where an article's title comes from (``article.title_source`` in schema ``dossier/1``).
TitleSource = Literal["sidecar", "headline", "first_sentence"]
ProjectStatus = Literal["proposed", "planned", "in_development", "under_construction", "operating", "halted"]

Span = tuple[int, int]


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    path: str
    sha256: str
    n_chars: int
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()
    title_source: TitleSource | None = None  # "sidecar", "headline" (the first line) or "first_sentence"
    source: str | None = None  # the web page or table row ("export.csv#row=3") the text was extracted from
    date_span: Span | None = None  # the line giving ``date`` when the text opens with one ("Sunday, October 27, 2019")
    dateline: str | None = None  # the place dateline the body opens with, as written ("PORTO (Reuters) —")
    dateline_span: Span | None = None
    place: str | None = None  # the place the dateline names ("PORTO")
    agency: str | None = None  # the agency the dateline names in brackets ("Reuters")


@dataclass(frozen=True)
class Actor:
    """One real-world entity with every mention of it, under whichever name it was mentioned."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    affiliation_id: str | None = None
    mentions: tuple[Span, ...] = ()
    key: str | None = None  # gazetteer key ("state:IRN", "org:NATO") when the actor is a known one


@dataclass(frozen=True)
class Claim:
    """What a speaker claimed: ``text``/``span`` is the whole claim (for indirect speech the
    reported clause); ``quote``/``quote_span`` are the words inside quotation marks, when any
    (for a ``partial`` claim, the short quotation the reported clause holds)."""

    id: str
    speaker: str | None
    speaker_text: str
    kind: ClaimKind
    cue: str | None
    text: str
    span: Span
    channel: str | None = None
    via: str | None = None
    quote: str | None = None
    quote_span: Span | None = None


@dataclass(frozen=True)
class Contest:
    """A claim (``claim``) and one that denies or contradicts it (``counter``), by claim id."""

    claim: str
    counter: str
    reason: str


@dataclass(frozen=True)
class Sanction:
    """A sanction in play: who imposes it on whom, in which domains, in force or not, and to what
    effect. ``imposer`` and ``targets`` are actor ids; ``imposer_text`` keeps the words. One
    record per real-world sanction: ``span`` is its fullest statement, ``mentions`` all of them."""

    id: str
    imposer: str | None
    targets: tuple[str, ...]
    domains: tuple[str, ...]
    status: SanctionStatus
    text: str
    span: Span
    imposer_text: str = ""
    measure: str = ""
    effects: tuple[str, ...] = ()
    countermeasures: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()  # every span that refers to this sanction, ``span`` among them


@dataclass(frozen=True)
class Project:
    """An infrastructure project; ``sponsors``, ``builders`` and ``hosts`` are actor ids, ``origin``
    and ``destination`` the places a route joins, as named in the text. One record per
    real-world project: ``span`` is its fullest statement, ``mentions`` all of them."""

    id: str
    kind: str
    name: str | None
    status: ProjectStatus
    text: str
    span: Span
    sponsors: tuple[str, ...] = ()
    builders: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    origin: str | None = None
    destination: str | None = None
    quantity: str | None = None
    place: str | None = None  # the town or site named in the project's phrase ("Bushehr")
    mentions: tuple[Span, ...] = ()  # every span that refers to this project, ``span`` among them


@dataclass(frozen=True)
class Agreement:
    """A treaty, agreement, declaration or alliance: its parties (actor ids), date as written and
    resolved against the article's date, and the clauses the text states (True) or denies
    (False), ``mutual_defense`` among them."""

    id: str
    parties: tuple[str, ...]
    date: str | None
    text: str
    span: Span
    name: str | None = None
    mutual_defense: bool | None = None
    date_resolved: str | None = None
    clauses: tuple[tuple[str, bool], ...] = ()
    organization: str | None = None
    members: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Dossier:
    """Everything extracted from one article."""

    article: ArticleInfo
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    sanctions: tuple[Sanction, ...] = ()
    projects: tuple[Project, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    contested: tuple[Contest, ...] = ()
    sentences: tuple[Span, ...] = field(default=(), repr=False)
    model: str = ""


def _jsonable(value: Any) -> Any:
    """Records as dicts, tuples as lists, in one pass (``dataclasses.asdict`` deep-copies every
    value first, which took a tenth of an article's extraction)."""
    if is_dataclass(value):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def to_json(dossier: Dossier) -> dict[str, Any]:
    """The schema ``dossier/1`` object for one article (tuples become lists)."""
    return {"schema": SCHEMA, **_jsonable(dossier)}


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


_RECORD_LISTS = {"actors": Actor, "claims": Claim, "sanctions": Sanction, "projects": Project,
                 "agreements": Agreement, "contested": Contest}


def _record(cls: type, data: dict[str, Any]) -> Any:
    known = {f for f in cls.__dataclass_fields__}
    return cls(**{k: _tuples(v) for k, v in data.items() if k in known})


def from_json(data: dict[str, Any]) -> Dossier:
    """The :class:`Dossier` a ``dossier/1`` object describes (unknown fields are ignored)."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} object: schema {data.get('schema')!r}")
    lists = {key: tuple(_record(cls, item) for item in data.get(key, [])) for key, cls in _RECORD_LISTS.items()}
    return Dossier(article=_record(ArticleInfo, data["article"]), **lists,
                   sentences=_tuples(data.get("sentences", [])), model=data.get("model", ""))
