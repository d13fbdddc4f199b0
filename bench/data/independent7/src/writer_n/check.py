import json, re, sys, collections
TERMS = "/work/briefs/set7/terms.md"
SEC_MAP = {"org_kinds": "kind", "modalities": "modalities", "capabilities": "capabilities", "compliance": "compliance",
           "stages": "stages", "funding_stages": "funding_stages", "certifications": "certifications", "scales": "scales"}
ids = collections.defaultdict(set)
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^##\s+(\S+)", line)
    if m:
        cur = SEC_MAP.get(m.group(1)); continue
    m = re.match(r"^-\s+([a-z0-9_]+):", line)
    if m and cur:
        ids[cur].add(m.group(1))
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]
def site_ok(s):
    if s == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    if s in ("US-MA", "US-CA"): return True
    return re.fullmatch(r"[A-Z]{2}", s) is not None and s != "JP"
errs = []
cnt = collections.Counter(); lab = collections.Counter(); seen = set()
path = sys.argv[1] if len(sys.argv) > 1 else "/work/set7n/facets.jsonl"
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad json {e}"); continue
    rid = r.get("id", "?")
    if rid in seen: errs.append(f"{rid}: duplicate id")
    seen.add(rid)
    if not re.fullmatch(r"ind7n-[a-z_]+-\d{3}", rid): errs.append(f"{rid}: bad id")
    if r.get("kind") not in ids["kind"]: errs.append(f"{rid}: bad kind")
    if r.get("lang") not in ("en", "ja"): errs.append(f"{rid}: bad lang")
    if r.get("split") not in ("dev", "test"): errs.append(f"{rid}: bad split")
    if not r.get("text"): errs.append(f"{rid}: empty text")
    L = r.get("labels", {})
    if set(L) != set(SECTIONS): errs.append(f"{rid}: sections {sorted(L)}")
    for s in SECTIONS:
        d = L.get(s, {})
        if set(d) != {"positive", "negative"}: errs.append(f"{rid}: {s} keys"); continue
        p, n = d["positive"], d["negative"]
        for pol, lst in (("positive", p), ("negative", n)):
            if len(set(lst)) != len(lst): errs.append(f"{rid}: dup in {s}.{pol}")
            for x in lst:
                ok = site_ok(x) if s == "sites" else x in ids[s]
                if not ok: errs.append(f"{rid}: unknown id {s}:{x}")
                lab[(s, pol)] += 1
        both = set(p) & set(n)
        if both: errs.append(f"{rid}: {s} both pos and neg {both}")
    cnt[(r.get("kind"), r.get("lang"), r.get("split"))] += 1
print("rows:", sum(cnt.values()))
for k in sorted(cnt): print("  ", *k, cnt[k])
for dim in (0, 1, 2):
    c = collections.Counter()
    for k, v in cnt.items(): c[k[dim]] += v
    print(["kind", "lang", "split"][dim], dict(c))
print("labels per section (positive/negative):")
for s in SECTIONS: print(f"   {s}: {lab[(s,'positive')]}/{lab[(s,'negative')]}")
print("ERRORS:", len(errs)); [print("  ", e) for e in errs]
sys.exit(1 if errs else 0)
