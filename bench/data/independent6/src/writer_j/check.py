#!/usr/bin/env python3
"""Validate facets.jsonl against /work/briefs/set6/terms.md."""
import json, re, sys, collections
TERMS = "/work/briefs/set6/terms.md"
SECMAP = {"org_kinds": "kind", "modalities": "modalities", "capabilities": "capabilities", "compliance": "compliance",
          "stages": "stages", "funding_stages": "funding_stages", "certifications": "certifications", "scales": "scales"}
SECS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
ids = collections.defaultdict(set); cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^##\s+(\w+)", line)
    if m:
        cur = SECMAP.get(m.group(1)); continue
    m = re.match(r"^-\s+([a-z0-9_]+):", line)
    if m and cur: ids[cur].add(m.group(1))
def site_ok(s):
    if s == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    return bool(re.fullmatch(r"[A-Z]{2}", s) or re.fullmatch(r"US-[A-Z]{2}", s))
errs = []; seen = set()
kinds = collections.Counter(); langs = collections.Counter(); splits = collections.Counter(); kl = collections.Counter()
lab = {s: collections.Counter() for s in SECS}
rows = 0
for n, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "/work/set6j/facets.jsonl", encoding="utf-8"), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
    rows += 1
    for k in ["id","lang","kind","text","labels","split"]:
        if k not in r: errs.append(f"line {n}: missing {k}")
    rid = r.get("id","?")
    if rid in seen: errs.append(f"{rid}: duplicate id")
    seen.add(rid)
    if not re.fullmatch(r"ind6j-[a-z_]+-\d{3}", rid) or rid.split("-")[1] != r.get("kind"): errs.append(f"{rid}: bad id")
    if r.get("lang") not in ("en","ja"): errs.append(f"{rid}: bad lang")
    if r.get("kind") not in ids["kind"]: errs.append(f"{rid}: bad kind")
    if r.get("split") not in ("dev","test"): errs.append(f"{rid}: bad split")
    if not r.get("text","").strip(): errs.append(f"{rid}: empty text")
    L = r.get("labels", {})
    if set(L) != set(SECS): errs.append(f"{rid}: sections {sorted(L)}")
    for s in SECS:
        d = L.get(s, {})
        if set(d) != {"positive","negative"}: errs.append(f"{rid}: {s} keys {sorted(d)}"); continue
        for pol in ("positive","negative"):
            if len(d[pol]) != len(set(d[pol])): errs.append(f"{rid}: {s}.{pol} duplicates")
            for t in d[pol]:
                ok = site_ok(t) if s == "sites" else t in ids[s]
                if not ok: errs.append(f"{rid}: unknown {s} id {t!r}")
                lab[s][pol] += 1
        both = set(d["positive"]) & set(d["negative"])
        if both: errs.append(f"{rid}: {s} both pos and neg {both}")
    kinds[r.get("kind")] += 1; langs[r.get("lang")] += 1; splits[r.get("split")] += 1; kl[(r.get("kind"), r.get("lang"))] += 1
print("rows", rows)
print("kinds", dict(kinds)); print("langs", dict(langs)); print("splits", dict(splits))
print("kind x lang", {f"{k}/{l}": v for (k,l), v in sorted(kl.items())})
for s in SECS: print(f"{s}: +{lab[s]['positive']} -{lab[s]['negative']}")
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
