#!/usr/bin/env python3
"""Build an oracle prediction (schema dossier/1-like records) from the set4 gold, for checking the
scorer: python3 make_oracle.py OUTDIR  -> OUTDIR/ID.json, then
python3 /work/shared/eval/score_set.py <set4> OUTDIR   should give 1.0 everywhere.
Gold actors of type 'group' are written as 'organization', because score.py only counts predicted
actors typed person/state/organization/media."""
import json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def norm(s):
    s = (s or "").strip().lower()
    return s[4:] if s.startswith("the ") else s


for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    tid = fn[:-5]
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    text = open(os.path.join(ROOT, "texts", tid + ".txt"), encoding="utf-8").read()
    actors, idof = [], {}
    for i, a in enumerate(g["actors"]):
        aid = f"a{i}"
        t = "organization" if a["type"] == "group" else a["type"]
        actors.append({"id": aid, "name": a["name"], "type": t, "aliases": a["aliases"], "roles": a["roles"]})
        for al in a["aliases"] + [a["name"]]:
            idof.setdefault(norm(al), aid)

    def span(s):
        i = text.find(s)
        return [i, i + len(s)]

    claims = []
    for c in g["claims"]:
        claims.append({"speaker": idof.get(norm(c["speaker"])), "speaker_text": c["speaker"], "kind": c["kind"],
                       "quote": c["quote"], "cue": c["cue"], "span": span(c["quote"])})

    def records(key, build):
        groups = {}
        for j, e in enumerate(g[key]):
            groups.setdefault(e.get("item") or f"#{j}", []).append(e)
        recs = []
        for ents in groups.values():
            main = next((e for e in ents if e["required"]), ents[0])
            r = build(main)
            r["span"] = span(main["evidence"])
            r["mentions"] = [span(e["evidence"]) for e in ents if e is not main]
            recs.append(r)
        return recs

    ids = lambda xs: [idof[norm(x)] for x in xs if norm(x) in idof]
    sanctions = records("sanctions", lambda e: {"imposer": idof.get(norm(e["imposer"])) if e["imposer"] else None,
                                               "imposer_text": e["imposer"], "targets": ids(e["targets"]),
                                               "domains": e["domains"], "status": e["status"]})
    projects = records("projects", lambda e: {"kind": e["kind"], "name": e["name"], "status": e["status"],
                                             "sponsors": ids(e["sponsors"]), "hosts": ids(e["hosts"])})
    agreements = records("agreements", lambda e: {"name": e["name"], "parties": ids(e["parties"])})
    rec = {"schema": "dossier/1", "article": {"id": tid}, "actors": actors, "claims": claims,
           "sanctions": sanctions, "projects": projects, "agreements": agreements}
    json.dump(rec, open(os.path.join(out, tid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("wrote", len(os.listdir(out)), "files to", out)
