#!/usr/bin/env python3
"""Build an oracle prediction (schema dossier/1-like records) from a held-out set's gold, for
checking the scorer: python3 make_oracle.py SETDIR OUTDIR  -> OUTDIR/ID.json, then
python3 /work/shared/eval/score_set.py SETDIR OUTDIR   should give 1.0 everywhere.
Gold actors of type 'group' are written as 'organization', because score.py only counts predicted
actors typed person/state/organization/media."""
import json
import os
import sys

ROOT, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)


def norm(s):
    s = (s or "").strip().lower()
    return s[4:] if s.startswith("the ") else s


def span(text, s):
    i = text.find(s)
    return [i, i + len(s)]


def records(g, text, key, build):
    groups = {}
    for j, e in enumerate(g[key]):
        groups.setdefault(e.get("item") or f"#{j}", []).append(e)
    recs = []
    for ents in groups.values():
        main = next((e for e in ents if e["required"]), ents[0])
        r = build(main)
        r["span"] = span(text, main["evidence"])
        r["mentions"] = [span(text, e["evidence"]) for e in ents if e is not main]
        recs.append(r)
    return recs


def oracle(tid, g, text):
    actors, idof = [], {}
    for i, a in enumerate(g["actors"]):
        aid = f"a{i}"
        t = "organization" if a["type"] == "group" else a["type"]
        actors.append({"id": aid, "name": a["name"], "type": t, "aliases": a["aliases"], "roles": a["roles"]})
        for al in a["aliases"] + [a["name"]]:
            idof.setdefault(norm(al), aid)

    def ids(xs):
        return [idof[norm(x)] for x in xs if norm(x) in idof]

    claims = [{"speaker": idof.get(norm(c["speaker"])), "speaker_text": c["speaker"], "kind": c["kind"],
               "quote": c["quote"], "cue": c["cue"], "span": span(text, c["quote"])} for c in g["claims"]]
    sanctions = records(g, text, "sanctions", lambda e: {
        "imposer": idof.get(norm(e["imposer"])) if e["imposer"] else None, "imposer_text": e["imposer"],
        "targets": ids(e["targets"]), "domains": e["domains"], "status": e["status"]})
    projects = records(g, text, "projects", lambda e: {"kind": e["kind"], "name": e["name"], "status": e["status"],
                                                       "sponsors": ids(e["sponsors"]), "hosts": ids(e["hosts"])})
    agreements = records(g, text, "agreements", lambda e: {"name": e["name"], "parties": ids(e["parties"])})
    return {"schema": "dossier/1", "article": {"id": tid}, "actors": actors, "claims": claims,
            "sanctions": sanctions, "projects": projects, "agreements": agreements}


for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    tid = fn[:-5]
    with open(os.path.join(ROOT, "gold", fn), encoding="utf-8") as f:
        gold = json.load(f)
    with open(os.path.join(ROOT, "texts", tid + ".txt"), encoding="utf-8") as f:
        article = f.read()
    with open(os.path.join(out, tid + ".json"), "w", encoding="utf-8") as f:
        json.dump(oracle(tid, gold, article), f, ensure_ascii=False, indent=1)
print("wrote", len(os.listdir(out)), "files to", out)
