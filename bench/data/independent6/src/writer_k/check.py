#!/usr/bin/env python3
"""Validate facets.jsonl against /work/briefs/set6/terms.md and print counts."""
import json, re, sys, os
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
TERMS = "/work/briefs/set6/terms.md"
SECS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
HEAD2SEC = {"modalities":"modalities","capabilities":"capabilities","compliance":"compliance","stages":"stages",
            "funding_stages":"funding_stages","certifications":"certifications","scales":"scales","org_kinds":"org_kinds"}
vocab = {}
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^##\s+(\w+)", line)
    if m:
        cur = HEAD2SEC.get(m.group(1), m.group(1)); vocab.setdefault(cur, set()); continue
    m = re.match(r"^-\s+([a-z0-9_]+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
def site_ok(x):
    if x == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", x)
    if m: return 1 <= int(m.group(1)) <= 47
    if re.fullmatch(r"US-[A-Z]{2}", x): return True
    return re.fullmatch(r"[A-Z]{2}", x) is not None
errs = []
rows = []
ids = set()
for n, line in enumerate(open(os.path.join(D, "facets.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    rows.append(r)
    rid = r.get("id", "")
    if not re.fullmatch(r"ind6k-[a-z_]+-\d{3}", rid): errs.append(f"{rid}: bad id")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if set(r) != {"id","lang","kind","text","labels","split"}: errs.append(f"{rid}: keys {sorted(r)}")
    if r.get("lang") not in ("en","ja"): errs.append(f"{rid}: lang")
    if r.get("split") not in ("dev","test"): errs.append(f"{rid}: split")
    if r.get("kind") not in vocab["org_kinds"]: errs.append(f"{rid}: kind {r.get('kind')}")
    if not rid.startswith(f"ind6k-{r.get('kind')}-"): errs.append(f"{rid}: id/kind mismatch")
    if r.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", r["text"]): errs.append(f"{rid}: ja without Japanese")
    if r.get("lang") == "en" and re.search(r"[\u3040-\u30ff]", r["text"]): errs.append(f"{rid}: en with kana")
    L = r.get("labels", {})
    if set(L) != set(SECS): errs.append(f"{rid}: sections {sorted(L)}")
    for s in SECS:
        sec = L.get(s, {})
        if set(sec) != {"positive","negative"}: errs.append(f"{rid}: {s} keys"); continue
        for pol in ("positive","negative"):
            vals = sec[pol]
            if len(vals) != len(set(vals)): errs.append(f"{rid}: {s}.{pol} duplicates")
            for v in vals:
                ok = site_ok(v) if s == "sites" else v in vocab.get(s, set())
                if not ok: errs.append(f"{rid}: {s}.{pol} unknown id {v}")
        both = set(sec["positive"]) & set(sec["negative"])
        if both: errs.append(f"{rid}: {s} both pos and neg {sorted(both)}")
    sp = set(L.get("sites", {}).get("positive", []))
    if any(x.startswith("JP-") for x in sp) and "JP" not in sp: errs.append(f"{rid}: prefecture without JP")
    if any(x.startswith("US-") for x in sp) and "US" not in sp: errs.append(f"{rid}: US state without US")
print("rows:", len(rows))
for k in ("kind","lang","split"):
    print(k, dict(sorted(Counter(r[k] for r in rows).items())))
print("kind x lang", dict(sorted(Counter((r["kind"], r["lang"]) for r in rows).items())))
print("label counts per section (positive / negative):")
for s in SECS:
    p = sum(len(r["labels"][s]["positive"]) for r in rows); q = sum(len(r["labels"][s]["negative"]) for r in rows)
    print(f"  {s:15s} +{p:4d}  -{q:4d}")
if errs:
    print("ERRORS:"); [print("  ", e) for e in errs]; sys.exit(1)
print("OK")
