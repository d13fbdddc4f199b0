import json, re, sys
from collections import Counter
TERMS = open('/work/briefs/set8/terms.md', encoding='utf-8').read()
ids = {}
cur = None
for line in TERMS.splitlines():
    m = re.match(r'^## (\S+)', line)
    if m: cur = m.group(1); ids[cur] = set(); continue
    m = re.match(r'^- ([a-z0-9_]+):', line)
    if m and cur: ids[cur].add(m.group(1))
SECMAP = {"modalities":"modalities","capabilities":"capabilities","compliance":"compliance","scales":"scales",
          "stages":"stages","funding_stages":"funding_stages","certifications":"certifications"}
region_re = re.compile(r'^(JP|JP-(0[1-9]|[1-3][0-9]|4[0-7])|[A-Z]{2}|US-[A-Z]{2})$')
SECTIONS = list(SECMAP) + ["sites"]
errors = []; kinds = Counter(); langs = Counter(); splits = Counter(); kl = Counter()
labcount = {s: Counter() for s in SECTIONS}
seen = set()
for n, line in enumerate(open('/work/set8p/facets.jsonl', encoding='utf-8'), 1):
    try: r = json.loads(line)
    except Exception as e: errors.append(f"line {n}: bad json {e}"); continue
    rid = r.get("id")
    if rid in seen: errors.append(f"{rid}: duplicate id")
    seen.add(rid)
    if not re.match(r'^ind8p-[a-z_]+-\d{3}$', rid or ""): errors.append(f"{rid}: bad id")
    if set(r) != {"id","lang","kind","text","labels","split"}: errors.append(f"{rid}: keys {sorted(r)}")
    if r.get("lang") not in ("en","ja"): errors.append(f"{rid}: lang")
    if r.get("kind") not in ids["org_kinds"]: errors.append(f"{rid}: kind {r.get('kind')}")
    if r.get("split") != "dev": errors.append(f"{rid}: split")
    if rid and r.get("kind") and f"-{r['kind']}-" not in rid: errors.append(f"{rid}: id/kind mismatch")
    nsent = len([s for s in re.split(r'(?<=[.!?。！？])\s*', r["text"]) if s.strip()])
    if not 2 <= nsent <= 7: errors.append(f"{rid}: {nsent} sentences")
    kinds[r["kind"]] += 1; langs[r["lang"]] += 1; splits[r["split"]] += 1; kl[(r["kind"], r["lang"])] += 1
    L = r["labels"]
    if set(L) != set(SECTIONS): errors.append(f"{rid}: sections {sorted(L)}")
    for s in SECTIONS:
        sec = L.get(s, {})
        if set(sec) != {"positive","negative"}: errors.append(f"{rid}: {s} keys"); continue
        p, q = sec["positive"], sec["negative"]
        if len(set(p)) != len(p) or len(set(q)) != len(q): errors.append(f"{rid}: {s} duplicate ids")
        both = set(p) & set(q)
        if both: errors.append(f"{rid}: {s} both pos and neg {both}")
        for pol, vals in (("+", p), ("-", q)):
            for v in vals:
                ok = region_re.match(v) if s == "sites" else v in ids[SECMAP[s]]
                if not ok: errors.append(f"{rid}: {s} unknown id {v}")
                labcount[s][pol] += 1
        # a prefecture code implies JP with the same polarity when positive
        if s == "sites" and any(v.startswith("JP-") for v in p) and "JP" not in p:
            errors.append(f"{rid}: prefecture without JP")
        if s == "sites" and any(v.startswith("US-") for v in p) and "US" not in p:
            errors.append(f"{rid}: US state without US")
print("rows:", sum(kinds.values()))
print("kinds:", dict(kinds)); print("langs:", dict(langs)); print("splits:", dict(splits))
print("kind x lang:", {f"{k}/{l}": c for (k, l), c in sorted(kl.items())})
for s in SECTIONS: print(f"{s}: +{labcount[s]['+']} -{labcount[s]['-']}")
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
