#!/usr/bin/env python3
"""Validate facets.jsonl against /work/briefs/set7/terms.md."""
import json, re, sys, collections
TERMS = "/work/briefs/set7/terms.md"
SECTIONS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
HEAD2SEC = {"org_kinds":"kinds","modalities":"modalities","capabilities":"capabilities","compliance":"compliance",
            "stages":"stages","funding_stages":"funding_stages","certifications":"certifications","scales":"scales"}
vocab = collections.defaultdict(set)
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^##\s+(\S+)", line)
    if m:
        cur = HEAD2SEC.get(m.group(1)); continue
    m = re.match(r"^-\s+([a-z0-9_]+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
site_ok = re.compile(r"^(JP|JP-(0[1-9]|[1-3][0-9]|4[0-7])|US-MA|US-CA|[A-Z]{2})$")
errors = []
ids = set()
kind_lang = collections.Counter(); split_c = collections.Counter(); kind_c = collections.Counter(); lang_c = collections.Counter()
lab_c = {s: collections.Counter() for s in SECTIONS}
path = sys.argv[1] if len(sys.argv) > 1 else "facets.jsonl"
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON {e}"); continue
    for k in ["id","lang","kind","text","labels","split"]:
        if k not in r: errors.append(f"line {n}: missing {k}")
    rid = r.get("id")
    if rid in ids: errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if not re.match(r"^ind7o-[a-z_]+-\d{3}$", rid or ""): errors.append(f"{rid}: bad id format")
    elif rid.split("-")[1] != r.get("kind"): errors.append(f"{rid}: id kind != kind")
    if r.get("lang") not in ("en","ja"): errors.append(f"{rid}: bad lang")
    if r.get("split") not in ("dev","test"): errors.append(f"{rid}: bad split")
    if r.get("kind") not in vocab["kinds"]: errors.append(f"{rid}: unknown kind {r.get('kind')}")
    nsent = len([s for s in re.split(r"(?<=[.!?。])\s*", r.get("text","")) if s.strip()])
    if not 2 <= nsent <= 7: errors.append(f"{rid}: {nsent} sentences")
    if r.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff]", r["text"]): errors.append(f"{rid}: ja without kana")
    L = r.get("labels", {})
    if set(L) != set(SECTIONS): errors.append(f"{rid}: sections {sorted(L)}")
    for s in SECTIONS:
        sec = L.get(s, {})
        if set(sec) != {"positive","negative"}: errors.append(f"{rid}: {s} keys {sorted(sec)}"); continue
        pos, neg = sec["positive"], sec["negative"]
        for pol, vals in (("positive", pos), ("negative", neg)):
            if len(vals) != len(set(vals)): errors.append(f"{rid}: {s}.{pol} duplicates")
            for v in vals:
                ok = bool(site_ok.match(v)) if s == "sites" else v in vocab[s]
                if not ok: errors.append(f"{rid}: {s} unknown id {v}")
                lab_c[s][pol] += 1
        both = set(pos) & set(neg)
        if both: errors.append(f"{rid}: {s} both positive and negative: {both}")
        if s == "sites":
            for v in pos:
                if v.startswith("JP-") and "JP" not in pos: errors.append(f"{rid}: prefecture without JP")
                if v.startswith("US-") and "US" not in pos: errors.append(f"{rid}: US state without US")
    kind_c[r.get("kind")] += 1; lang_c[r.get("lang")] += 1; split_c[r.get("split")] += 1
    kind_lang[(r.get("kind"), r.get("lang"))] += 1
print("rows:", len(ids))
print("per kind:", dict(kind_c)); print("per lang:", dict(lang_c)); print("per split:", dict(split_c))
print("per kind/lang:", {f"{k}/{l}": v for (k,l), v in sorted(kind_lang.items())})
print("labels per section (positive/negative):")
for s in SECTIONS: print(f"  {s}: {lab_c[s]['positive']}/{lab_c[s]['negative']}")
if errors:
    print("ERRORS:"); [print("  ", e) for e in errors]; sys.exit(1)
print("OK")
