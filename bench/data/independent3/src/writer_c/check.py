import json, re, sys, collections
TERMS = "/work/briefs/set3/terms.md"
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]
HEAD = {"org_kinds": "kind", "modalities": "modalities", "capabilities": "capabilities", "compliance": "compliance",
        "stages": "stages", "funding_stages": "funding_stages", "certifications": "certifications", "scales": "scales"}
ids = collections.defaultdict(set)
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^## (\w+)", line)
    if m:
        cur = HEAD.get(m.group(1)); continue
    m = re.match(r"^- (\w+):", line)
    if m and cur:
        ids[cur].add(m.group(1))
def site_ok(x):
    if x == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", x)
    if m: return 1 <= int(m.group(1)) <= 47
    return bool(re.fullmatch(r"[A-Z]{2}", x)) or x in ("US-MA", "US-CA")
errs = []
rows = []
for n, line in enumerate(open("facets.jsonl", encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    rows.append(r)
    rid = r.get("id", f"line{n}")
    for k in ("id", "lang", "kind", "text", "labels", "split"):
        if k not in r: errs.append(f"{rid}: missing {k}")
    if r.get("lang") not in ("en", "ja"): errs.append(f"{rid}: lang")
    if r.get("split") not in ("dev", "test"): errs.append(f"{rid}: split")
    if r.get("kind") not in ids["kind"]: errs.append(f"{rid}: kind {r.get('kind')}")
    if not rid.startswith(f"ind3c-{r.get('kind')}-"): errs.append(f"{rid}: id format")
    lab = r.get("labels", {})
    if set(lab) != set(SECTIONS): errs.append(f"{rid}: sections {sorted(lab)}")
    for s in SECTIONS:
        d = lab.get(s, {})
        if set(d) != {"positive", "negative"}: errs.append(f"{rid}: {s} keys"); continue
        pos, neg = d["positive"], d["negative"]
        for x in pos + neg:
            ok = site_ok(x) if s == "sites" else x in ids[s]
            if not ok: errs.append(f"{rid}: unknown id {s}:{x}")
        both = set(pos) & set(neg)
        if both: errs.append(f"{rid}: {s} both pos and neg {both}")
        if len(set(pos)) != len(pos) or len(set(neg)) != len(neg): errs.append(f"{rid}: {s} duplicate")
    # a prefecture positive implies JP positive
    sp = lab.get("sites", {}).get("positive", [])
    if any(x.startswith("JP-") for x in sp) and "JP" not in sp: errs.append(f"{rid}: prefecture without JP")
    if "US-MA" in sp and "US" not in sp: errs.append(f"{rid}: US-MA without US")
ids_seen = [r["id"] for r in rows]
if len(ids_seen) != len(set(ids_seen)): errs.append("duplicate ids")
# split alternation check
srt = sorted(rows, key=lambda r: (r["kind"], r["lang"], r["id"]))
for i, r in enumerate(srt):
    if r["split"] != ("dev" if i % 2 == 0 else "test"): errs.append(f"{r['id']}: split not alternating")
print("rows:", len(rows))
c = collections.Counter((r["kind"], r["lang"], r["split"]) for r in rows)
print("per kind/lang/split:")
for k in sorted(c): print("  ", *k, c[k])
print("per kind:", dict(collections.Counter(r["kind"] for r in rows)))
print("per lang:", dict(collections.Counter(r["lang"] for r in rows)))
print("per split:", dict(collections.Counter(r["split"] for r in rows)))
print("label counts per section (positive / negative):")
for s in SECTIONS:
    p = sum(len(r["labels"][s]["positive"]) for r in rows)
    q = sum(len(r["labels"][s]["negative"]) for r in rows)
    print(f"   {s:15s} {p:4d} / {q:4d}")
if errs:
    print("ERRORS:"); [print("  ", e) for e in errs]; sys.exit(1)
print("OK")
