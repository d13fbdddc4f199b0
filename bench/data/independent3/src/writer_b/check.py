import json, re, sys, collections
TERMS = "/work/briefs/set3/terms.md"
SECS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]
vocab = collections.defaultdict(set); cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"## (\S+)", line)
    if m:
        cur = m.group(1); continue
    m = re.match(r"- ([A-Za-z0-9_\-]+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
kinds = vocab["org_kinds"]
def site_ok(s):
    if s == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    return bool(re.fullmatch(r"[A-Z]{2}(-[A-Z]{2})?", s))
errs = []; rows = []
for i, line in enumerate(open("/work/set3b/facets.jsonl", encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad json {e}"); continue
    rows.append(r)
    rid = r.get("id", f"line{i}")
    for k in ["id", "lang", "kind", "text", "labels", "split"]:
        if k not in r: errs.append(f"{rid}: missing {k}")
    if not re.fullmatch(r"ind3b-[a-z_]+-\d{3}", rid): errs.append(f"{rid}: bad id")
    if r.get("kind") not in kinds: errs.append(f"{rid}: bad kind")
    elif rid.split("-")[1] != r["kind"]: errs.append(f"{rid}: id kind mismatch")
    if r.get("lang") not in ("en", "ja"): errs.append(f"{rid}: bad lang")
    if r.get("split") not in ("dev", "test"): errs.append(f"{rid}: bad split")
    L = r.get("labels", {})
    if set(L) != set(SECS): errs.append(f"{rid}: sections {sorted(L)}")
    for s in SECS:
        d = L.get(s, {})
        if set(d) != {"positive", "negative"}: errs.append(f"{rid}: {s} keys {sorted(d)}")
        pos, neg = set(d.get("positive", [])), set(d.get("negative", []))
        if pos & neg: errs.append(f"{rid}: {s} both pos and neg: {pos & neg}")
        for v in pos | neg:
            ok = site_ok(v) if s == "sites" else v in vocab[s]
            if not ok: errs.append(f"{rid}: {s} unknown id {v}")
        if s == "sites" and any(v.startswith("JP-") for v in pos) and "JP" not in pos:
            errs.append(f"{rid}: prefecture positive but JP not")
    n = len(re.findall(r"[.。](\s|$)", r.get("text", "")))
print("rows:", len(rows), "ids unique:", len({r["id"] for r in rows}) == len(rows))
c = collections.Counter((r["kind"], r["lang"], r["split"]) for r in rows)
for k in sorted({r["kind"] for r in rows}):
    print(f"  {k:20s}", " ".join(f"{l}/{sp}={c[(k,l,sp)]}" for l in ("en","ja") for sp in ("dev","test")))
print("lang:", dict(collections.Counter(r["lang"] for r in rows)), "split:", dict(collections.Counter(r["split"] for r in rows)))
for s in SECS:
    p = collections.Counter(v for r in rows for v in r["labels"][s]["positive"])
    n = collections.Counter(v for r in rows for v in r["labels"][s]["negative"])
    print(f"{s}: +{sum(p.values())} -{sum(n.values())}")
    print("   +", dict(p.most_common())); print("   -", dict(n.most_common()))
print("ERRORS:", len(errs)); [print("  ", e) for e in errs]
sys.exit(1 if errs else 0)
