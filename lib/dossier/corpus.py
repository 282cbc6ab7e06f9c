"""Questions across many articles: actors merged across articles, claims over time, and the
sanctions, projects and agreements of the whole corpus, built streaming from each article's records.

Actors merge across articles by the rules that merge them within one (:mod:`dossier.actors.resolver`):
the gazetteer key when the actor is a known one (``state:IRN``), people by first and last
name (middle initials aside), with a transliterated surname joining a person of the same first
name when the spellings are close; organisations and others by name.

Sanctions, projects and agreements are one record per real-world item within an article
(:mod:`dossier.events.items`); across articles they merge into corpus items by key: a sanction
by its imposer, measure and targets (as corpus actors), a named project by its kind and name
(without the words for its kind: ``the Nord Stream pipeline`` is ``Nord Stream``), an unnamed
one by its kind and route when it has both ends, a named agreement by its name. Other unnamed
projects and agreements stay items of their own article: nothing says two are one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import fuzz

from dossier import tables
from dossier.actors.spelling import FUZZY_MIN
from dossier.records import Actor, Dossier


def _person_parts(name: str) -> tuple[str, str]:
    words = [w for w in re.split(r"\s+", name.strip()) if w and not re.fullmatch(r"[A-Z]\.", w)]
    return (words[0].lower(), words[-1].lower()) if len(words) > 1 else ("", words[0].lower() if words else "")


@dataclass
class _Merger:
    """Assigns each article's actors a corpus-wide key."""

    people: dict[tuple[str, str], str] = field(default_factory=dict)

    def key(self, actor: Actor) -> str:
        if actor.key:
            return actor.key
        if actor.type != "person":
            return f"{actor.type}:{actor.name.lower()}"
        first, last = _person_parts(actor.name)
        if (first, last) in self.people:
            return self.people[(first, last)]
        same_last = {key for (f, lst), key in self.people.items() if lst == last}
        if first and ("", last) in self.people:  # the surname alone was seen first
            key = self.people[("", last)]
        elif not first and len(same_last) == 1:  # a surname alone: the one person bearing it
            key = same_last.pop()
        else:
            key = next((k for (f, lst), k in self.people.items() if f == first and first and len(lst) >= 5
                        and lst[:2] == last[:2] and fuzz.ratio(lst, last) >= FUZZY_MIN),
                       f"person:{first} {last}" if first else f"person:{last}")
        self.people[(first, last)] = key
        return key


def merged_keys(dossiers: Iterable[Dossier]) -> dict[str, dict[str, str]]:
    """Each article's actors' corpus keys (article id -> actor id -> key), merged by the rules in
    the module docstring, in the order the articles are given."""
    merger = _Merger()
    return {d.article.id: {a.id: merger.key(a) for a in d.actors} for d in dossiers}


@dataclass
class Corpus:
    """Tidy tables over all articles, one row per (article, record)."""

    articles: pd.DataFrame
    actors: pd.DataFrame
    claims: pd.DataFrame
    sanction_pairs: pd.DataFrame
    projects: pd.DataFrame
    sanctions: pd.DataFrame = field(default_factory=pd.DataFrame)
    agreements: pd.DataFrame = field(default_factory=pd.DataFrame)


#: Words for a kind of project, left out of the key a project's name gives it across articles.
_KIND_WORDS = {"pipeline", "gas", "oil", "cable", "subsea", "undersea", "submarine", "railway", "railroad", "rail",
               "line", "road", "highway", "corridor", "port", "terminal", "plant", "power", "station", "nuclear",
               "reactor", "project", "interconnector", "bridge", "dam", "airport", "mine", "hub", "the"}


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.lower())


def sanction_key(imposer: str, measure: str, targets: Iterable[str]) -> str:
    """The corpus key of a sanction: one regime is one imposer's measure on the same targets."""
    return f"sanction:{imposer}|{measure}|{','.join(sorted(targets))}"


def project_key(kind: str, name: str | None, origin: str | None, destination: str | None) -> str | None:
    """The corpus key of a project (None when nothing names it across articles)."""
    core = [w for w in _words(name or "") if w not in _KIND_WORDS]
    if core:
        return f"project:{kind}|{' '.join(core)}"
    if origin and destination:
        return f"project:{kind}|{' '.join(_words(origin))}>{' '.join(_words(destination))}"
    return None


def agreement_key(name: str | None) -> str | None:
    """The corpus key of an agreement (None for one without a name)."""
    words = [w for w in _words(name or "") if w != "the"]
    return f"agreement:{' '.join(words)}" if words else None


def corpus(dossiers: Iterable[Dossier]) -> Corpus:
    """Build the corpus tables from a stream of dossiers; only table rows are kept in memory."""
    merger = _Merger()
    names: dict[str, str] = {}
    arts, actor_rows, claim_frames, pair_frames, project_frames = [], [], [], [], []
    sanction_rows, agreement_rows = [], []
    for d in dossiers:
        a = d.article
        arts.append({"article": a.id, "title": a.title or "", "date": a.date or "", "outlet": a.outlet or "",
                     "actors": len(d.actors), "claims": len(d.claims), "sanctions": len(d.sanctions),
                     "projects": len(d.projects), "agreements": len(d.agreements)})
        keys = {}
        for actor in d.actors:
            key = merger.key(actor)
            keys[actor.id] = key
            names.setdefault(key, actor.name)
            if len(actor.name) > len(names[key]) and actor.type == "person":
                names[key] = actor.name
            actor_rows.append({"key": key, "type": actor.type, "article": a.id, "date": a.date or "",
                               "mentions": len(actor.mentions), "name_here": actor.name})
        claims = tables.claims(d).assign(article=a.id, date=a.date or "")
        claims["speaker_key"] = [keys.get(s, "") for s in (c.speaker for c in d.claims)]
        claim_frames.append(claims)
        pair_frames.append(tables.sanction_pairs(d).assign(article=a.id))
        projects = tables.projects(d).assign(article=a.id, id=lambda f, aid=a.id: aid + ":" + f["id"])
        projects["item"] = [project_key(p.kind, p.name, p.origin, p.destination) or f"project:{a.id}:{p.id}"
                            for p in d.projects]
        project_frames.append(projects)
        for x in d.sanctions:
            imposer = keys.get(x.imposer or "", "") or x.imposer_text.lower()
            sanction_rows.append({
                "item": sanction_key(imposer, x.measure, (keys.get(t, t) for t in x.targets)), "article": a.id,
                "id": f"{a.id}:{x.id}", "imposer": names.get(keys.get(x.imposer or "", ""), x.imposer_text),
                "measure": x.measure, "targets": "; ".join(names.get(keys.get(t, ""), t) for t in x.targets),
                "status": x.status, "mentions": len({x.span, *x.mentions}), "text": x.text,
                "start": x.span[0], "end": x.span[1]})
        for g in d.agreements:
            agreement_rows.append({
                "item": agreement_key(g.name) or f"agreement:{a.id}:{g.id}", "article": a.id, "id": f"{a.id}:{g.id}",
                "name": g.name or "", "parties": "; ".join(names.get(keys.get(t, ""), t) for t in g.parties),
                "date": g.date_resolved or g.date or "", "mentions": len({g.span, *g.mentions}), "text": g.text,
                "start": g.span[0], "end": g.span[1]})
    actors = pd.DataFrame(actor_rows, columns=["key", "type", "article", "date", "mentions", "name_here"])
    actors.insert(1, "name", actors["key"].map(names))
    claims = pd.concat(claim_frames, ignore_index=True) if claim_frames else tables.claims_frame_empty()
    claims["speaker"] = [names.get(k, s) if k else s for k, s in zip(claims["speaker_key"], claims["speaker"],
                                                                        strict=True)]
    return Corpus(
        articles=pd.DataFrame(arts, columns=["article", "title", "date", "outlet", "actors", "claims", "sanctions",
                                             "projects", "agreements"]),
        actors=actors, claims=claims,
        sanction_pairs=pd.concat(pair_frames, ignore_index=True) if pair_frames else pd.DataFrame(
            columns=["imposer", "target", "status", "sanction", "article"]),
        projects=pd.concat(project_frames, ignore_index=True) if project_frames else pd.DataFrame(),
        sanctions=pd.DataFrame(sanction_rows, columns=SANCTION_COLUMNS),
        agreements=pd.DataFrame(agreement_rows, columns=AGREEMENT_COLUMNS),
    )


SANCTION_COLUMNS = ["item", "article", "id", "imposer", "measure", "targets", "status", "mentions", "text", "start",
                    "end"]
AGREEMENT_COLUMNS = ["item", "article", "id", "name", "parties", "date", "mentions", "text", "start", "end"]


def _across(df: pd.DataFrame, fields: list[str]) -> pd.DataFrame:
    """One row per corpus item: its fields from its first record, the articles that mention it
    (how many, and which) and its mentions in all; most articles first."""
    columns = ["item", *fields, "articles", "article_ids", "mentions"]
    if df.empty:
        return pd.DataFrame(columns=columns)
    g = df.groupby("item", sort=True)
    out = g[fields].first().join(g.agg(articles=("article", "nunique"), mentions=("mentions", "sum"),
                                       article_ids=("article", lambda s: "; ".join(sorted(set(s))))))
    out = out.reset_index()[columns]
    return out.sort_values(["articles", "mentions", "item"], ascending=[False, False, True], ignore_index=True)


def sanctions_across(c: Corpus) -> pd.DataFrame:
    """One row per sanctions regime of the corpus (imposer, measure, targets), with its articles."""
    return _across(c.sanctions, ["imposer", "measure", "targets", "status"])


def projects_across(c: Corpus) -> pd.DataFrame:
    """One row per project of the corpus (by name, or route), with its articles."""
    fields = ["kind", "name", "status", "origin", "destination"]
    if c.projects.empty:
        return _across(pd.DataFrame(columns=["item", "article", "mentions", *fields]), fields)
    return _across(c.projects, fields)


def agreements_across(c: Corpus) -> pd.DataFrame:
    """One row per agreement of the corpus (named ones merged by name), with its articles."""
    return _across(c.agreements, ["name", "parties", "date"])


def actors_across(c: Corpus) -> pd.DataFrame:
    """One row per corpus actor: in how many articles it appears, and its mentions in all."""
    if c.actors.empty:
        return pd.DataFrame(columns=["key", "name", "type", "articles", "mentions"])
    g = c.actors.groupby(["key", "name", "type"], observed=True).agg(articles=("article", "nunique"),
                                                                      mentions=("mentions", "sum"))
    return g.reset_index().sort_values(["articles", "mentions", "key"], ascending=[False, False, True],
                                       ignore_index=True)


def claims_over_time(c: Corpus) -> pd.DataFrame:
    """Claims per speaker and article date (``undated`` when the article's sidecar gives none)."""
    if c.claims.empty:
        return pd.DataFrame(columns=["date", "speaker", "claims"])
    df = c.claims.assign(speaker=c.claims["speaker"].where(c.claims["speaker"] != "", c.claims["speaker_text"]),
                         date=c.claims["date"].replace("", "undated"))
    out = df.groupby(["date", "speaker"]).size().rename("claims").reset_index()
    return out.sort_values(["date", "claims", "speaker"], ascending=[True, False, True], ignore_index=True)
