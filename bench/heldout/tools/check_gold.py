#!/usr/bin/env python3
"""Consistency checks for a held-out set's gold files (plain python; does not use the extractor).

usage: python3 check_gold.py SETDIR [MIN_WORDS MAX_WORDS]   (set4: 250 550, set5: 300 500)
Checks: every claim quote / evidence snippet occurs exactly once in its text; aliases occur in the
text; no alias is shared by two actors; speakers / imposers / targets / sponsors / hosts / parties
resolve to actors (or are unnamed-source labels found in the text); enum values; one required entry
per real-world item; the number of words per text the set's brief asked for.
"""
import collections
import json
import os
import sys

ROOT = sys.argv[1]
MIN_WORDS, MAX_WORDS = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (250, 550)
TYPES = {"person", "state", "organization", "media", "group"}
KINDS = {"direct", "partial", "indirect", "according_to", "document", "denial"}
DOMAINS = {"trade", "finance", "energy", "arms", "technology", "individuals", "economy"}
SSTAT = {"in_force", "threatened", "expected", "lifted"}
PKIND = {"railway", "road", "corridor", "port", "pipeline", "gas_hub", "power_plant", "nuclear_plant",
         "payment_system", "cable", "airport", "mine"}
PSTAT = {"proposed", "planned", "in_development", "under_construction", "operating", "halted"}


def norm(s):
    s = (s or "").strip().lower()
    return s[4:] if s.startswith("the ") else s


errors = warnings = 0
tot = collections.Counter()


def err(f, m):
    global errors
    errors += 1
    print(f"ERROR {f}: {m}")


def warn(f, m):
    global warnings
    warnings += 1
    print(f"warn  {f}: {m}")


for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    if not fn.endswith(".json"):
        continue
    tid = fn[:-5]
    with open(os.path.join(ROOT, "gold", fn), encoding="utf-8") as f:
        g = json.load(f)
    with open(os.path.join(ROOT, "texts", tid + ".txt"), encoding="utf-8") as f:
        text = f.read()
    low = text.lower()
    nw = len(text.split())
    if not MIN_WORDS <= nw <= MAX_WORDS:
        err(fn, f"{nw} words")
    if g.get("article") != tid + ".txt":
        err(fn, "article field")
    for k in ("actors", "claims", "sanctions", "projects", "agreements", "notes"):
        if k not in g:
            err(fn, f"missing {k}")
    alias_of = {}
    for a in g["actors"]:
        if a["type"] not in TYPES:
            err(fn, f"actor type {a['type']}")
        if not isinstance(a["required"], bool):
            err(fn, f"required not bool: {a['name']}")
        if not a["aliases"]:
            err(fn, f"no aliases: {a['name']}")
        for al in a["aliases"] + [a["name"]]:
            n = norm(al)
            if n in alias_of and alias_of[n] != a["name"]:
                err(fn, f"alias {al!r} shared by {alias_of[n]!r} and {a['name']!r}")
            alias_of.setdefault(n, a["name"])
        for al in a["aliases"]:
            if al.lower() not in low:
                err(fn, f"alias not in text: {al!r} ({a['name']})")
    for a in g["actors"]:
        if a["affiliation"] and norm(a["affiliation"]) not in alias_of and a["affiliation"].lower() not in low:
            warn(fn, f"affiliation neither actor nor in text: {a['affiliation']!r}")

    def actor(x, what, fn=fn, alias_of=alias_of):
        if x is None:
            return
        if norm(x) not in alias_of:
            err(fn, f"{what} {x!r} is not an actor")

    for c in g["claims"]:
        if c["kind"] not in KINDS:
            err(fn, f"claim kind {c['kind']}")
        n = text.count(c["quote"])
        if n != 1:
            err(fn, f"quote occurs {n}x: {c['quote'][:70]!r}")
        sp = c["speaker"]
        if norm(sp) not in alias_of:
            parts = [p for p in sp.split(" and ")]
            if len(parts) == 2 and all(norm(p) in alias_of for p in parts):
                pass
            elif sp.lower() not in low:
                err(fn, f"speaker label not in text: {sp!r}")
        if c["cue"] is not None and c["cue"].lower() not in low:
            warn(fn, f"cue not in text: {c['cue']!r}")
        if c["kind"] == "direct" and c["cue"] is None and not c["required"]:
            warn(fn, "optional cue-less direct quote")
    for key, field in (("sanctions", "evidence"), ("projects", "evidence"), ("agreements", "evidence")):
        items = collections.defaultdict(list)
        for j, it in enumerate(g[key]):
            n = text.count(it[field])
            if n != 1:
                err(fn, f"{key} evidence occurs {n}x: {it[field][:70]!r}")
            items[it.get("item") or f"#{j}"].append(it)
            if key == "sanctions":
                actor(it["imposer"], "imposer")
                for t in it["targets"]:
                    actor(t, "target")
                if it["status"] not in SSTAT:
                    err(fn, f"sanction status {it['status']}")
                if not set(it["domains"]) <= DOMAINS:
                    err(fn, f"domains {it['domains']}")
            if key == "projects":
                for t in it["sponsors"] + it["hosts"]:
                    actor(t, "sponsor/host")
                if it["kind"] not in PKIND or it["status"] not in PSTAT:
                    err(fn, f"project kind/status {it['kind']}/{it['status']}")
            if key == "agreements":
                for t in it["parties"]:
                    actor(t, "party")
                if it["mutual_defense"] not in (True, False, None):
                    err(fn, "mutual_defense")
        for name, ents in items.items():
            nreq = sum(1 for e in ents if e["required"])
            if nreq > 1:
                err(fn, f"{key} item {name} has {nreq} required entries")
            tot[key + "_entries"] += len(ents)
            if nreq:
                tot[key + "_req_items"] += 1
            else:
                tot[key + "_opt_items"] += 1
    tot["texts"] += 1
    tot["words"] += nw
    tot["actors"] += len(g["actors"])
    tot["actors_req"] += sum(a["required"] for a in g["actors"])
    tot["claims"] += len(g["claims"])
    tot["claims_req"] += sum(c["required"] for c in g["claims"])

print(dict(tot))
print(f"{errors} errors, {warnings} warnings")
sys.exit(1 if errors else 0)
