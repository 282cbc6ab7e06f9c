"""pandas at the edge: data frames built from records, in one place, sorted for stable output."""

from __future__ import annotations

import pandas as pd

from .actors import cooccurrence as cooccurrence_records
from .claims import capacity, side
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


CLAIM_COLUMNS = ["id", "speaker", "speaker_text", "kind", "cue", "text", "channel", "via", "capacity", "side",
                 "start", "end"]


def claims(d: Dossier) -> pd.DataFrame:
    """One row per claim, in article order: who (resolved and as written), how, the exact words."""
    by_id = {a.id: a for a in d.actors}
    rows = []
    for c in d.claims:
        actor = by_id.get(c.speaker) if c.speaker else None
        rows.append({"id": c.id, "speaker": actor.name if actor else "", "speaker_text": c.speaker_text,
                     "kind": c.kind, "cue": c.cue or "", "text": c.text, "channel": c.channel or "",
                     "via": c.via or "", "capacity": capacity(actor, c.speaker_text, c.kind),
                     "side": side(actor, c.speaker_text, d.actors), "start": c.span[0], "end": c.span[1]})
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def contested(d: Dossier) -> pd.DataFrame:
    """One row per contested claim: the claim and its counter, side by side."""
    table = claims(d).set_index("id")
    rows = []
    for p in d.contested:
        a, b = table.loc[p.claim], table.loc[p.counter]
        rows.append({"claim": p.claim, "claimed_by": a["speaker"] or a["speaker_text"], "claim_text": a["text"],
                     "counter": p.counter, "countered_by": b["speaker"] or b["speaker_text"],
                     "counter_kind": b["kind"], "counter_text": b["text"], "reason": p.reason})
    return pd.DataFrame(rows, columns=["claim", "claimed_by", "claim_text", "counter", "countered_by",
                                       "counter_kind", "counter_text", "reason"])
