"""Writes profiles.jsonl, facets.jsonl and queries.jsonl (without relevance) from the authored sources.
Run from anywhere: python3 src/build.py ; then python3 grade.py"""
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import p_cdmo1, p_cdmo2, p_cro, p_vc, p_other  # noqa: E402
from queries import QUERIES  # noqa: E402

entries = p_cdmo1.P + p_cdmo2.P + p_cro.P + p_vc.P + p_other.P
SOURCE = "independent benchmark (fictional)"

counter = defaultdict(int)
profiles, facets = [], []
for e in entries:
    kind = e["kind"]
    idx = counter[kind]
    counter[kind] += 1
    pid = f"ind-{kind}-{idx + 1:03d}"
    free = e["free"] if e["free"] is not None else (idx % 5 in (1, 3))
    lab = e["labels"]
    rec = {"record": "organization", "id": pid, "kind": kind, "name": e["name"], "name_ja": e["name_ja"],
           "description": e["description"], "needs": e["needs"]}
    if not free:
        sites = lab["sites"]["positive"]
        pref = [s for s in sites if s.startswith("JP-")]
        other = [s for s in sites if s != "JP" and not s.startswith("JP")]
        region = (pref or other or [None])[0]
        if region:
            rec["region"] = region
        mods = lab["modalities"]["positive"]
        caps = lab["capabilities"]["positive"]
        if mods:
            rec["modalities"] = list(mods)
        if caps:
            rec["capabilities"] = list(caps)
        if kind == "vc" and lab["funding_stages"]["positive"]:
            rec["funding_stage"] = lab["funding_stages"]["positive"][0]
        certs = list(lab["certifications"]["positive"]) + list(e["decl_extra"].get("certifications", []))
        if certs:
            rec["certifications"] = sorted(set(certs))
    rec["source"] = SOURCE
    profiles.append(rec)
    facets.append({"id": pid, "lang": e["lang"], "text": e["description"], "labels": lab, "split": None})

# split: sort by (kind, language, id) and alternate over the whole list -> balanced within groups and overall
for n, f in enumerate(sorted(facets, key=lambda f: (f["id"].split("-")[1], f["lang"], f["id"]))):
    f["split"] = "dev" if n % 2 == 0 else "test"

with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
    for r in profiles:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "facets.jsonl"), "w", encoding="utf-8") as f:
    for r in facets:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

order = sorted(range(len(QUERIES)), key=lambda i: (QUERIES[i]["target"], QUERIES[i]["lang"], i))
qsplit = {i: ("dev" if n % 2 == 0 else "test") for n, i in enumerate(order)}
with open(os.path.join(OUT, "queries.jsonl"), "w", encoding="utf-8") as f:
    for i, q in enumerate(QUERIES):
        rec = {"id": f"iq{i + 1:02d}", "lang": q["lang"], "target": q["target"], "text": q["text"],
               "requires": q["requires"], "cross_lingual": None, "split": qsplit[i], "relevant": {}}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(profiles)} profiles, {len(facets)} facet lines, {len(QUERIES)} queries")
