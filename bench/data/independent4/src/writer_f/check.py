#!/usr/bin/env python3
"""Validate facets.jsonl against terms.md and print counts."""
import json, re, sys, collections
TERMS = "/work/briefs/set3/terms.md"
DIR = "/work/set4f"
SECS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
ids, cur = collections.defaultdict(set), None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^## (\w+)", line)
    if m: cur = m.group(1); continue
    m = re.match(r"^- (\w+):", line)
    if m and cur: ids[cur].add(m.group(1))
kinds = ids["org_kinds"]
def site_ok(s):
    if s == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    return bool(re.fullmatch(r"[A-Z]{2}", s) or re.fullmatch(r"US-[A-Z]{2}", s))
errs, rows, seen = [], [], set()
for n, line in enumerate(open(f"{DIR}/facets.jsonl", encoding="utf-8"), 1):
    try: o = json.loads(line)
    except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
    rows.append(o)
    for k in ["id","lang","kind","text","labels","split"]:
        if k not in o: errs.append(f"{n}: missing {k}")
    if o.get("id") in seen: errs.append(f"{n}: dup id {o.get('id')}")
    seen.add(o.get("id"))
    if not re.fullmatch(r"ind4f-[a-z_]+-\d{3}", o.get("id","")): errs.append(f"{n}: bad id")
    if o.get("lang") not in ("en","ja"): errs.append(f"{n}: bad lang")
    if o.get("kind") not in kinds: errs.append(f"{n}: bad kind {o.get('kind')}")
    if o.get("split") not in ("dev","test"): errs.append(f"{n}: bad split")
    if o.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", o["text"]): errs.append(f"{n}: ja without Japanese")
    if o.get("lang") == "en" and re.search(r"[\u3040-\u30ff]", o["text"]): errs.append(f"{n}: en with kana")
    L = o.get("labels", {})
    if set(L) != set(SECS): errs.append(f"{n}: sections {sorted(L)}")
    for s in SECS:
        d = L.get(s, {})
        if set(d) != {"positive","negative"}: errs.append(f"{n}: {s} keys {sorted(d)}"); continue
        for pol in ("positive","negative"):
            if len(set(d[pol])) != len(d[pol]): errs.append(f"{n}: {s}.{pol} duplicates")
            for t in d[pol]:
                ok = site_ok(t) if s == "sites" else t in ids[s]
                if not ok: errs.append(f"{n}: {s}.{pol} unknown id {t}")
        both = set(d["positive"]) & set(d["negative"])
        if both: errs.append(f"{n}: {s} both pos and neg {both}")
    # consistency: a positive prefecture implies JP positive
    sp = L.get("sites",{}).get("positive",[])
    if any(t.startswith("JP-") for t in sp) and "JP" not in sp: errs.append(f"{n}: prefecture without JP")
    sentences = len(re.findall(r"[.。](\s|$)", o["text"])) or 1
for e in errs: print("ERROR", e)
print(f"rows: {len(rows)}  errors: {len(errs)}")
c = collections.Counter((o["kind"], o["lang"], o["split"]) for o in rows)
print("per kind/lang/split:")
for k in sorted(c): print("  ", *k, c[k])
print("per kind:", dict(collections.Counter(o["kind"] for o in rows)))
print("per lang:", dict(collections.Counter(o["lang"] for o in rows)))
print("per split:", dict(collections.Counter(o["split"] for o in rows)))
print("label counts per section (positive / negative):")
for s in SECS:
    p = sum(len(o["labels"][s]["positive"]) for o in rows); ng = sum(len(o["labels"][s]["negative"]) for o in rows)
    print(f"   {s:15s} {p:4d} / {ng:4d}")
sys.exit(1 if errs else 0)
