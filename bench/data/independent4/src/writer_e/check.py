#!/usr/bin/env python3
"""Validate facets.jsonl against terms.md and print counts."""
import json, re, sys, collections
TERMS = "/work/briefs/set3/terms.md"
SECTIONS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
HEAD2SEC = {"org_kinds":"kind","modalities":"modalities","capabilities":"capabilities","compliance":"compliance",
            "stages":"stages","funding_stages":"funding_stages","certifications":"certifications","scales":"scales"}
ids = collections.defaultdict(set); cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^## (\S+)", line)
    if m:
        cur = HEAD2SEC.get(m.group(1)); continue
    m = re.match(r"^- ([a-z_0-9]+):", line)
    if m and cur:
        ids[cur].add(m.group(1))
def valid_site(s):
    if s == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    if s in ("US-MA", "US-CA"): return True
    return re.fullmatch(r"[A-Z]{2}", s) is not None
errs = []; rows = []; seen = set()
path = sys.argv[1] if len(sys.argv) > 1 else "facets.jsonl"
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    rows.append(r)
    rid = r.get("id", "")
    if rid in seen: errs.append(f"{rid}: duplicate id")
    seen.add(rid)
    if not re.fullmatch(r"ind4e-[a-z_]+-\d{3}", rid): errs.append(f"{rid}: bad id")
    if r.get("kind") not in ids["kind"]: errs.append(f"{rid}: bad kind {r.get('kind')}")
    if rid.split("-")[1] != r.get("kind"): errs.append(f"{rid}: id kind mismatch")
    if r.get("lang") not in ("en","ja"): errs.append(f"{rid}: bad lang")
    if r.get("split") != "dev": errs.append(f"{rid}: split not dev")
    if not r.get("text"): errs.append(f"{rid}: empty text")
    L = r.get("labels", {})
    if set(L) != set(SECTIONS): errs.append(f"{rid}: sections {sorted(L)}")
    for sec in SECTIONS:
        d = L.get(sec, {})
        if set(d) != {"positive","negative"}: errs.append(f"{rid}: {sec} keys {sorted(d)}")
        pos, neg = d.get("positive", []), d.get("negative", [])
        for v in pos + neg:
            ok = valid_site(v) if sec == "sites" else v in ids[sec]
            if not ok: errs.append(f"{rid}: {sec} unknown id {v}")
        both = set(pos) & set(neg)
        if both: errs.append(f"{rid}: {sec} both pos and neg {sorted(both)}")
        if len(set(pos)) != len(pos) or len(set(neg)) != len(neg): errs.append(f"{rid}: {sec} duplicates")
    # any positive prefecture implies JP positive (addendum 1)
    sp = L.get("sites", {}).get("positive", [])
    if any(s.startswith("JP-") for s in sp) and "JP" not in sp: errs.append(f"{rid}: prefecture without JP")
print("rows:", len(rows))
for key in ("kind","lang","split"):
    print(key, dict(collections.Counter(r[key] for r in rows)))
print("kind x lang", dict(collections.Counter((r["kind"], r["lang"]) for r in rows)))
for sec in SECTIONS:
    p = sum(len(r["labels"][sec]["positive"]) for r in rows)
    q = sum(len(r["labels"][sec]["negative"]) for r in rows)
    print(f"{sec}: positive {p}, negative {q}")
if errs:
    print("ERRORS:"); print("\n".join(errs)); sys.exit(1)
print("OK")
