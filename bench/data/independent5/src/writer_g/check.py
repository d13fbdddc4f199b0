#!/usr/bin/python3
"""Validate facets.jsonl against /work/briefs/set5/terms.md and print counts."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
TERMS = "/work/briefs/set5/terms.md"
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

vocab, cur = collections.defaultdict(set), None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^## (\w+)", line)
    if m:
        cur = m.group(1); continue
    m = re.match(r"^- (\w+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
kinds = vocab["org_kinds"]
# (note: '## regions (sites)' is matched as 'regions')
def site_ok(s):
    if s == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    if s in ("US-MA", "US-CA"): return True
    return re.fullmatch(r"[A-Z]{2}", s) is not None and s != "JP"

errors, rows, ids = [], [], set()
for n, line in enumerate(open(os.path.join(HERE, "facets.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON {e}"); continue
    rows.append(r)
    rid = r.get("id", "")
    if not re.fullmatch(r"ind5g-[a-z_]+-\d{3}", rid): errors.append(f"{rid}: bad id")
    if rid in ids: errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if set(r) != {"id", "lang", "kind", "text", "labels", "split"}: errors.append(f"{rid}: keys {sorted(r)}")
    if r.get("lang") not in ("en", "ja"): errors.append(f"{rid}: lang")
    if r.get("kind") not in kinds: errors.append(f"{rid}: kind {r.get('kind')}")
    if not rid.startswith(f"ind5g-{r.get('kind')}-"): errors.append(f"{rid}: id/kind mismatch")
    if r.get("split") not in ("dev", "test"): errors.append(f"{rid}: split")
    if not r.get("text", "").strip(): errors.append(f"{rid}: empty text")
    L = r.get("labels", {})
    if set(L) != set(SECTIONS): errors.append(f"{rid}: sections {sorted(L)}")
    for sec in SECTIONS:
        d = L.get(sec, {})
        if set(d) != {"positive", "negative"}: errors.append(f"{rid}/{sec}: keys {sorted(d)}"); continue
        for pol in ("positive", "negative"):
            if len(set(d[pol])) != len(d[pol]): errors.append(f"{rid}/{sec}: duplicate in {pol}")
            for v in d[pol]:
                ok = site_ok(v) if sec == "sites" else v in vocab[sec]
                if not ok: errors.append(f"{rid}/{sec}: unknown id {v}")
        both = set(d["positive"]) & set(d["negative"])
        if both: errors.append(f"{rid}/{sec}: both positive and negative {sorted(both)}")

print("rows:", len(rows))
for key in ("kind", "lang", "split"):
    print(key, dict(collections.Counter(r[key] for r in rows)))
print("kind x lang", dict(collections.Counter((r["kind"], r["lang"]) for r in rows)))
print("label counts (positive/negative):")
for sec in SECTIONS:
    p = sum(len(r["labels"][sec]["positive"]) for r in rows)
    q = sum(len(r["labels"][sec]["negative"]) for r in rows)
    print(f"  {sec:15s} +{p:4d} -{q:4d}")
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
