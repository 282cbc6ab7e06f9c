"""Entity pages: one page for each actor that appears in more than one article, with its
articles, its claims, the sanctions it imposes or faces, and the projects and agreements it is
party to, each linked to its words on its article's page (as the Gender Gap Tracker and GDELT
summarise people).

Actors are merged across articles by :func:`dossier.corpus.merged_keys`, the rules that merge
them within one. Pages are rebuilt from the articles' records on every run: deterministic, and
cheap next to a parse.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from dossier import __version__
from dossier.config import PACKAGE
from dossier.corpus import merged_keys
from dossier.records import Dossier

#: The folder of entity pages inside the site.
FOLDER = "actors"


@dataclass(frozen=True)
class Row:
    """One record an entity takes part in: its article, where its words are, what it says."""

    article: str
    title: str
    href: str  # the record's words on its article's page, from the entity's page
    text: str
    detail: str = ""


@dataclass
class Entity:
    """An actor across articles: its corpus key, name, type, and the records it takes part in."""

    key: str
    name: str
    type: str
    articles: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    sanctions: list[Row] = field(default_factory=list)
    projects: list[Row] = field(default_factory=list)
    agreements: list[Row] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slug(self.key)


def slug(key: str) -> str:
    """The file name of an entity's page: its corpus key in lower-case letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "actor"


def entities(dossiers: list[Dossier], *, min_articles: int = 2,
             keys: dict[str, dict[str, str]] | None = None) -> list[Entity]:
    """The actors in at least ``min_articles`` articles, most articles first, with their records
    (``keys``: the actors' corpus keys when already merged, :func:`dossier.corpus.merged_keys`)."""
    keys = keys if keys is not None else merged_keys(dossiers)
    found: dict[str, Entity] = {}
    for d in dossiers:
        a = d.article
        title = a.title or a.id
        here = keys[a.id]

        def row(kind: str, rid: str, text: str, detail: str = "", *, aid: str = a.id, t: str = title) -> Row:
            return Row(aid, t, f"../{aid}/index.html#at-{kind}-{rid}", text, detail)

        for actor in d.actors:
            e = found.setdefault(here[actor.id], Entity(here[actor.id], actor.name, actor.type))
            if len(actor.name) > len(e.name) and actor.type == "person":
                e.name = actor.name
            e.articles.append(Row(a.id, title, f"../{a.id}/index.html#at-actor-{actor.id}", actor.name,
                                  f"{len(actor.mentions)} mention{'s' if len(actor.mentions) != 1 else ''}"))
        for c in d.claims:
            if c.speaker in here:
                found[here[c.speaker]].claims.append(row("claim", c.id, c.text, c.kind))
        for s in d.sanctions:
            for who, role in [(s.imposer, "imposes"), *((t, "faces") for t in s.targets)]:
                if who in here:
                    found[here[who]].sanctions.append(row("sanction", s.id, s.text, f"{role} · {s.status}"))
        for p in d.projects:
            roles = {**{h: "hosts" for h in p.hosts}, **{b: "builds" for b in p.builders},
                     **{s: "sponsors" for s in p.sponsors}}
            for who, role in roles.items():
                if who in here:
                    found[here[who]].projects.append(row("project", p.id, p.text, f"{role} · {p.kind} · {p.status}"))
        for g in d.agreements:
            for who in g.parties:
                if who in here:
                    found[here[who]].agreements.append(row("agreement", g.id, g.text, g.name or ""))
    kept = [e for e in found.values() if len({r.article for r in e.articles}) >= min_articles]
    return sorted(kept, key=lambda e: (-len({r.article for r in e.articles}), e.name.lower(), e.key))


def files(found: list[Entity]) -> dict[str, str]:
    """Each entity's key mapped to its page's file name (without ``.html``); two keys that read
    alike get distinct names, in the order given."""
    names: dict[str, str] = {}
    for e in found:
        name, n = e.slug, 2
        while name in names.values():
            name, n = f"{e.slug}-{n}", n + 1
        names[e.key] = name
    return names


def page_of_names(dossiers: list[Dossier], *, pages: str) -> dict[str, str]:
    """Every name an article gives an actor that has an entity page, mapped to that page's path
    (``pages``: the site's root as seen from where the links are)."""
    keys = merged_keys(dossiers)
    found = entities(dossiers, keys=keys)
    names = files(found)
    out: dict[str, str] = {}
    for d in dossiers:
        for a in d.actors:
            key = keys[d.article.id][a.id]
            if key in names:
                out.setdefault(a.name, f"{pages}/{FOLDER}/{names[key]}.html")
    for e in found:
        out.setdefault(e.name, f"{pages}/{FOLDER}/{names[e.key]}.html")
    return out


@cache
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(PACKAGE / "templates"), autoescape=select_autoescape(["html", "j2"]))


def write(out: Path, dossiers: list[Dossier], *, date: str) -> dict[str, str]:
    """Write ``out/actors/``: a page per entity and an index of them, replacing the folder whole
    (removing it when no actor is in two articles); returns each entity's corpus key mapped to
    its page's path from ``out``."""
    found = entities(dossiers)
    if not found:  # one article, or none shared: no folder of entity pages
        shutil.rmtree(out / FOLDER, ignore_errors=True)
        return {}
    tmp = out / f".tmp-{FOLDER}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    env = _env()
    names = files(found)
    for e in found:
        (tmp / f"{names[e.key]}.html").write_text(env.get_template("entity.html.j2").render(
            e=e, version=__version__, date=date, many=len(dossiers)), encoding="utf-8")
    (tmp / "index.html").write_text(env.get_template("entities.html.j2").render(
        entities=found, files=names, version=__version__, date=date, many=len(dossiers)), encoding="utf-8")
    target = out / FOLDER
    old = out / f".old-{FOLDER}"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return {key: f"{FOLDER}/{name}.html" for key, name in names.items()}
