"""Whom a speaker speaks for and in what capacity: read from the records alone (no parse)."""

from __future__ import annotations

from functools import cache

from dossier.records import Actor
from dossier.text.gazetteer import rows


@cache
def title_categories() -> dict[str, str]:
    """Title -> the capacity its holder speaks in: official, analyst, media or other."""
    return {row["title"]: row["category"] for row in rows("titles.csv")}


Capacity = str  # official, analyst, media, state, organization, group, document, unknown


def capacity(actor: Actor | None, speaker_text: str = "", kind: str = "") -> Capacity:
    """In what capacity a speaker speaks: from a person's titles (``data/titles.csv``), else from
    the actor's type; a document speaks as a document; unresolved speakers are a group when
    their words name a plural."""
    if kind == "document":
        return "document"
    if actor is None:
        words = speaker_text.lower().split()
        cats = title_categories()
        for w in words:
            singular = w[:-1] if w.endswith("s") else w
            if singular in cats:
                return cats[singular]
        return "group" if any(w.endswith("s") for w in words) else "unknown"
    if actor.type == "person":
        cats = title_categories()
        for role in actor.roles:
            r = role.lower()
            for title in sorted(cats, key=len, reverse=True):
                if r == title or r.endswith(" " + title):
                    return cats[title]
        return "unknown"
    return {"media": "media", "state": "state", "organization": "organization"}.get(actor.type, "group")


def side(actor: Actor | None, speaker_text: str = "", actors: tuple[Actor, ...] = ()) -> str:
    """Whom a speaker speaks for: a person's affiliation, a state itself, a medium's owner; for an
    unresolved speaker, the states and groups its words name (``Iranian leaders``: Iran)."""
    if actor is None:
        head = speaker_text.split(" of ")[0].split(" in ")[0].split(" at ")[0].split(" for ")[0]
        words = f" {head} "
        named = [a.name for a in actors if a.type in ("state", "group")
                 and any(f" {alias} " in words or f" {alias}'s " in words for alias in a.aliases)]
        return " & ".join(named) if named else (speaker_text or "unknown")
    if actor.type in ("state", "group"):
        return actor.name
    return actor.affiliation or (actor.name if actor.type == "organization" else "unaffiliated")
