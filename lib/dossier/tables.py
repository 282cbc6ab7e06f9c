"""pandas at the edge: data frames built from records, in one place, sorted for stable output."""

from __future__ import annotations

import pandas as pd

from dossier.actors.cooccurrence import cooccurrence as cooccurrence_records
from dossier.actors.sides import capacity, side
from dossier.records import ACTOR_TYPES, Dossier
from dossier.text.places import coordinates


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


def claims_frame_empty() -> pd.DataFrame:
    """The claims table with no rows."""
    return pd.DataFrame(columns=CLAIM_COLUMNS)


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


def _names(d: Dossier, ids: tuple[str, ...] | list[str]) -> str:
    by_id = {a.id: a.name for a in d.actors}
    return "; ".join(by_id.get(i, i) for i in ids)


def sanctions(d: Dossier) -> pd.DataFrame:
    """One row per sanction (a real-world measure, however often named): imposer, targets,
    measure, domains, status, effects, its fullest statement and how many mentions it has."""
    by_id = {a.id: a.name for a in d.actors}
    rows = [{"id": s.id, "imposer": by_id.get(s.imposer, "") if s.imposer else "", "imposer_text": s.imposer_text,
             "targets": _names(d, s.targets), "measure": s.measure, "domains": "; ".join(s.domains),
             "status": s.status, "effects": "; ".join(s.effects), "countermeasures": "; ".join(s.countermeasures),
             "text": s.text, "start": s.span[0], "end": s.span[1], "mentions": len({s.span, *s.mentions})}
            for s in d.sanctions]
    return pd.DataFrame(rows, columns=["id", "imposer", "imposer_text", "targets", "measure", "domains", "status",
                                       "effects", "countermeasures", "text", "start", "end", "mentions"])


MENTION_COLUMNS = ["id", "mention", "start", "end", "text"]


def _item_mentions(records: tuple, text: str) -> pd.DataFrame:
    rows = [{"id": r.id, "mention": n, "start": a, "end": b, "text": text[a:b]}
            for r in records for n, (a, b) in enumerate(sorted({tuple(r.span), *(tuple(m) for m in r.mentions)}), 1)]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def sanction_mentions(d: Dossier, text: str) -> pd.DataFrame:
    """The evidence of each sanction: one row per mention (its own span among them), in text order."""
    return _item_mentions(d.sanctions, text)


def project_mentions(d: Dossier, text: str) -> pd.DataFrame:
    """The evidence of each project: one row per mention (its own span among them), in text order."""
    return _item_mentions(d.projects, text)


def agreement_mentions(d: Dossier, text: str) -> pd.DataFrame:
    """The evidence of each agreement: one row per mention (its own span among them), in text order."""
    return _item_mentions(d.agreements, text)


#: Words that stand for an imposer without naming one ("that", "it"): the imposer is not stated.
PRONOUNS = {"that", "which", "who", "it", "they", "this", "these", "those", "he", "she", "we", "i", "you"}


def sanction_pairs(d: Dossier) -> pd.DataFrame:
    """Tidy who-sanctions-whom: one row per (imposer, target, status); unknown imposers named so."""
    by_id = {a.id: a.name for a in d.actors}
    rows = [{"imposer": by_id.get(s.imposer, "") if s.imposer else (
                s.imposer_text if s.imposer_text and s.imposer_text.lower() not in PRONOUNS else "(not stated)"),
             "target": by_id.get(t, t), "status": s.status, "sanction": s.id}
            for s in d.sanctions for t in s.targets]
    return pd.DataFrame(rows, columns=["imposer", "target", "status", "sanction"])


def projects(d: Dossier) -> pd.DataFrame:
    """One row per project with its places resolved to coordinates (offline gazetteers);
    ``*_is_country`` says a place is a state the text names, placed at its capital;
    ``place_shown`` names what the site's coordinates are of: its place, or, when the gazetteers
    do not know the place, the host country standing in for it."""
    by_id = {a.id: a for a in d.actors}
    by_name = {a.name: a for a in d.actors}

    def where(name: str | None) -> tuple[float | None, float | None, bool]:
        if not name:
            return None, None, False
        actor = by_name.get(name)
        hit = coordinates(name, key=actor.key if actor else None)
        country = bool(actor and actor.key and actor.key.startswith("state:"))
        return (*hit, country) if hit else (None, None, False)

    rows = []
    for p in d.projects:
        host = by_id[p.hosts[0]].name if p.hosts else None
        site = p.place or (None if p.origin else host)
        (lat, lon, site_country), (olat, olon, o_country), (dlat, dlon, d_country) = \
            where(site), where(p.origin), where(p.destination)
        shown = site or ""  # the name whose coordinates place the site
        if lat is None and site != host and not p.origin:  # a site the gazetteers miss: its host's capital
            lat, lon, site_country = where(host)
            shown = host if lat is not None else shown
        rows.append({"id": p.id, "kind": p.kind, "name": p.name or "", "status": p.status,
                     "sponsors": _names(d, p.sponsors), "builders": _names(d, p.builders),
                     "hosts": _names(d, p.hosts), "place": site or "", "origin": p.origin or "",
                     "destination": p.destination or "", "quantity": p.quantity or "",
                     "lat": lat, "lon": lon, "origin_lat": olat, "origin_lon": olon,
                     "destination_lat": dlat, "destination_lon": dlon, "place_is_country": site_country,
                     "origin_is_country": o_country, "destination_is_country": d_country, "place_shown": shown,
                     "text": p.text, "start": p.span[0], "end": p.span[1], "mentions": len({p.span, *p.mentions})})
    return pd.DataFrame(rows, columns=["id", "kind", "name", "status", "sponsors", "builders", "hosts", "place",
                                       "origin", "destination", "quantity", "lat", "lon", "origin_lat",
                                       "origin_lon", "destination_lat", "destination_lon", "place_is_country",
                                       "origin_is_country", "destination_is_country", "place_shown", "text", "start",
                                       "end", "mentions"])


def agreements(d: Dossier) -> pd.DataFrame:
    """One row per agreement: parties, date, and each clause as yes / no / (blank: not stated)."""
    clauses = sorted({c for g in d.agreements for c, _ in g.clauses} | {"mutual_defense"})
    rows = []
    for g in d.agreements:
        stated = dict(g.clauses)
        row = {"id": g.id, "name": g.name or "", "parties": _names(d, g.parties), "date": g.date or "",
               "date_resolved": g.date_resolved or "", "organization": _names(d, [g.organization])
               if g.organization else "", "mentions": len({g.span, *g.mentions})}
        row |= {c: ("yes" if stated[c] else "no") if c in stated else "" for c in clauses}
        row |= {"text": g.text, "start": g.span[0], "end": g.span[1]}
        rows.append(row)
    return pd.DataFrame(rows, columns=["id", "name", "parties", "date", "date_resolved", "organization",
                                       "mentions", *clauses, "text", "start", "end"])


def agreement_parties(d: Dossier) -> pd.DataFrame:
    """Tidy parties: one row per (agreement, party), with whether it includes mutual defence."""
    by_id = {a.id: a.name for a in d.actors}
    rows = [{"agreement": g.id, "party": by_id.get(p, p),
             "mutual_defense": {True: "yes", False: "no", None: "not stated"}[g.mutual_defense],
             "label": _agreement_label(g)}
            for g in d.agreements for p in g.parties]
    return pd.DataFrame(rows, columns=["agreement", "party", "mutual_defense", "label"])


def _agreement_label(g) -> str:
    """What a figure calls an agreement: its name, else its first words, with its date."""
    words = g.name or " ".join(g.text.split()[:6]) + ("…" if len(g.text.split()) > 6 else "")
    return f"{words} ({g.date})" if g.date and g.date not in words else words
