#!/usr/bin/env python3
"""Validate facets.jsonl against /work/briefs/set5/terms.md."""
import json, re, sys, collections
TERMS = "/work/briefs/set5/terms.md"
SECS = {"org_kinds": None, "modalities": "modalities", "capabilities": "capabilities", "compliance": "compliance",
        "stages": "stages", "funding_stages": "funding_stages", "certifications": "certifications", "scales": "scales"}
ORDER = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]
vocab = collections.defaultdict(set)
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^## (\w+)", line)
    if m:
        cur = m.group(1); continue
    m = re.match(r"^- ([a-z0-9_]+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
def site_ok(x):
    if x == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", x)
    if m: return 1 <= int(m.group(1)) <= 47
    if re.fullmatch(r"US-(MA|CA)", x): return True
    return bool(re.fullmatch(r"[A-Z]{2}", x))
errs = []
ids = set()
cnt = collections.Counter(); lab = collections.defaultdict(collections.Counter)
for n, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "facets.jsonl", encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    rid = r.get("id")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if not re.fullmatch(r"ind5i-[a-z_]+-\d{3}", rid or ""): errs.append(f"line {n}: bad id {rid}")
    if r.get("kind") not in vocab["org_kinds"]: errs.append(f"{rid}: bad kind")
    elif rid.split("-")[1] != r["kind"]: errs.append(f"{rid}: id/kind mismatch")
    if r.get("lang") not in ("en", "ja"): errs.append(f"{rid}: bad lang")
    if r.get("split") not in ("dev", "test"): errs.append(f"{rid}: bad split")
    if not r.get("text"): errs.append(f"{rid}: empty text")
    L = r.get("labels", {})
    if sorted(L) != sorted(ORDER): errs.append(f"{rid}: sections {sorted(L)}")
    for s in ORDER:
        sec = L.get(s, {})
        if sorted(sec) != ["negative", "positive"]: errs.append(f"{rid}: {s} keys {sorted(sec)}")
        pos, neg = sec.get("positive", []), sec.get("negative", [])
        for pol, lst in (("positive", pos), ("negative", neg)):
            if len(lst) != len(set(lst)): errs.append(f"{rid}: {s}.{pol} duplicates")
            for x in lst:
                ok = site_ok(x) if s == "sites" else x in vocab[s]
                if not ok: errs.append(f"{rid}: {s}.{pol} unknown id {x}")
                lab[s][pol] += 1
        both = set(pos) & set(neg)
        if both: errs.append(f"{rid}: {s} both positive and negative: {both}")
    cnt[(r.get("kind"), r.get("lang"), r.get("split"))] += 1
print("rows:", len(ids))
for k in sorted(cnt): print("  ", *k, cnt[k])
for dim, i in (("kind", 0), ("lang", 1), ("split", 2)):
    c = collections.Counter()
    for k, v in cnt.items(): c[k[i]] += v
    print(dim, dict(c))
print("labels per section:")
for s in ORDER: print(f"  {s}: +{lab[s]['positive']} -{lab[s]['negative']}")
if errs:
    print("ERRORS:"); [print("  ", e) for e in errs]; sys.exit(1)
print("OK")
