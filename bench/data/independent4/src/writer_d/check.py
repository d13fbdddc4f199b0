import json, re, sys, collections
TERMS = "/work/briefs/set3/terms.md"
SECS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
ids = collections.defaultdict(set); cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"## (\w+)", line)
    if m: cur = m.group(1); continue
    m = re.match(r"- (\w+):", line)
    if m and cur: ids[cur].add(m.group(1))
kinds = ids["org_kinds"]
def site_ok(s):
    return s == "JP" or re.fullmatch(r"JP-(0[1-9]|[1-3]\d|4[0-7])", s) or re.fullmatch(r"[A-Z]{2}", s) or re.fullmatch(r"US-[A-Z]{2}", s)
errs = []; rows = []; seen = set()
for n, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "facets.jsonl", encoding="utf-8"), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
    rows.append(r)
    if r["id"] in seen: errs.append(f"{r['id']}: duplicate id")
    seen.add(r["id"])
    if not re.fullmatch(r"ind4d-[a-z_]+-\d{3}", r["id"]) or r["id"].split("-")[1] != r["kind"]: errs.append(f"{r['id']}: id/kind mismatch")
    if r["kind"] not in kinds: errs.append(f"{r['id']}: unknown kind {r['kind']}")
    if r["lang"] not in ("en","ja"): errs.append(f"{r['id']}: lang")
    if r["split"] not in ("dev","test"): errs.append(f"{r['id']}: split")
    if set(r["labels"]) != set(SECS): errs.append(f"{r['id']}: sections {sorted(r['labels'])}")
    for s in SECS:
        d = r["labels"].get(s, {})
        if set(d) != {"positive","negative"}: errs.append(f"{r['id']}: {s} keys")
        pos, neg = d.get("positive", []), d.get("negative", [])
        for pol, lst in (("positive", pos), ("negative", neg)):
            if len(lst) != len(set(lst)): errs.append(f"{r['id']}: {s} {pol} duplicates")
            for i in lst:
                ok = site_ok(i) if s == "sites" else i in ids[s]
                if not ok: errs.append(f"{r['id']}: {s} unknown id {i}")
        both = set(pos) & set(neg)
        if both: errs.append(f"{r['id']}: {s} both pos and neg {both}")
    sp = r["labels"]["sites"]["positive"]
    if any(x.startswith("JP-") for x in sp) and "JP" not in sp: errs.append(f"{r['id']}: prefecture without JP")
    if any(x.startswith("US-") for x in sp) and "US" not in sp: errs.append(f"{r['id']}: US state without US")
    nsent = len(re.findall(r"[.。](?:\s|$)|。", r["text"]))
    if not (2 <= nsent <= 7): errs.append(f"{r['id']}: {nsent} sentences")
print("rows", len(rows))
for k in ("kind","lang","split"):
    print(k, dict(collections.Counter(r[k] for r in rows)))
print("kind x lang", dict(collections.Counter((r["kind"], r["lang"]) for r in rows)))
for s in SECS:
    p = collections.Counter(i for r in rows for i in r["labels"][s]["positive"])
    q = collections.Counter(i for r in rows for i in r["labels"][s]["negative"])
    print(f"{s}: +{sum(p.values())} -{sum(q.values())}  pos={dict(p.most_common())}  neg={dict(q.most_common())}")
print("ERRORS", len(errs)); [print(" ", e) for e in errs]
sys.exit(1 if errs else 0)
