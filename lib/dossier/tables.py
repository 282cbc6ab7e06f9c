"""pandas at the edge: data frames built from records, in one place, sorted for stable output."""

from __future__ import annotations

import pandas as pd

from .actors import cooccurrence as cooccurrence_records
from .records import ACTOR_TYPES, Dossier


def actors(d: Dossier) -> pd.DataFrame:
    """One row per actor: name, type, roles, affiliation, mention count, aliases, first offset."""
    rows = [{
        "id": a.id, "name": a.name, "type": a.type, "roles": "; ".join(a.roles),
        "affiliation": a.affiliation or "", "mentions": len(a.mentions),
        "aliases": "; ".join(a.aliases), "first_mention": a.mentions[0][0] if a.mentions else -1,
    } for a in d.actors]
    df = pd.DataFrame(rows, columns=["id", "name", "type", "roles", "affiliation", "mentions",
                                     "aliases", "first_mention"])
    df["type"] = pd.Categorical(df["type"], categories=list(ACTOR_TYPES))
    return df.sort_values(["mentions", "first_mention", "id"], ascending=[False, True, True],
                          ignore_index=True)


def mentions(d: Dossier, text: str) -> pd.DataFrame:
    """One row per mention, with the exact words of the article ``text`` (the evidence)."""
    rows = [{"actor": a.id, "name": a.name, "type": a.type, "start": s, "end": e,
             "text": text[s:e]} for a in d.actors for s, e in a.mentions]
    return pd.DataFrame(rows, columns=["actor", "name", "type", "start", "end", "text"]).sort_values(
        ["start", "actor"], ignore_index=True)


def cooccurrence(d: Dossier, *, types: tuple[str, ...] = ("person", "state", "organization", "media", "group"),
                 ) -> pd.DataFrame:
    """Tidy co-occurrence: one row per pair of actors named in the same sentence(s)."""
    names = {a.id: a.name for a in d.actors}
    rows = [{"a": c.a, "b": c.b, "name_a": names[c.a], "name_b": names[c.b],
             "sentences": len(c.sentences), "sentence_ids": " ".join(map(str, c.sentences))}
            for c in cooccurrence_records(d.actors, d.sentences, types=types)]  # type: ignore[arg-type]
    return pd.DataFrame(rows, columns=["a", "b", "name_a", "name_b", "sentences", "sentence_ids"]).sort_values(
        ["sentences", "a", "b"], ascending=[False, True, True], ignore_index=True)
