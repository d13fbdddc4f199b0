#!/usr/bin/env python3
"""Validate facets.jsonl against /work/briefs/set5/terms.md."""
import json, re, sys, collections
TERMS = "/work/briefs/set5/terms.md"
SEC_MAP = {"org_kinds": "kinds", "modalities": "modalities", "capabilities": "capabilities",
           "compliance": "compliance", "stages": "stages", "funding_stages": "funding_stages",
           "certifications": "certifications", "scales": "scales"}
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages",
            "funding_stages", "certifications"]
vocab = collections.defaultdict(set)
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^##\s+(\w+)", line)
    if m:
        cur = SEC_MAP.get(m.group(1)); continue
    m = re.match(r"^-\s+([a-z0-9_]+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
def site_ok(s):
    if s == "JP": return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    if re.fullmatch(r"[A-Z]{2}", s): return True
    return s in ("US-MA", "US-CA")
path = sys.argv[1] if len(sys.argv) > 1 else "facets.jsonl"
errs = []
ids = set()
kinds = collections.Counter(); langs = collections.Counter(); splits = collections.Counter()
kl = collections.Counter()
pos = collections.Counter(); neg = collections.Counter()
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad json {e}"); continue
    for k in ("id", "lang", "kind", "text", "labels", "split"):
        if k not in r: errs.append(f"line {i}: missing {k}")
    rid = r.get("id")
    if rid in ids: errs.append(f"{rid}: duplicate id")
    ids.add(rid)
    if not re.fullmatch(r"ind5h-[a-z_]+-\d{3}", rid or ""): errs.append(f"{rid}: bad id format")
    elif rid.split("-")[1] != r.get("kind"): errs.append(f"{rid}: id kind mismatch")
    if r.get("lang") not in ("en", "ja"): errs.append(f"{rid}: bad lang")
    if r.get("kind") not in vocab["kinds"]: errs.append(f"{rid}: bad kind {r.get('kind')}")
    if r.get("split") not in ("dev", "test"): errs.append(f"{rid}: bad split")
    txt = r.get("text", "")
    nsent = len([s for s in re.split(r"(?<=[.!?。])\s*", txt) if s.strip()])
    if not (2 <= nsent <= 6): errs.append(f"{rid}: {nsent} sentences")
    if r.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff]", txt): errs.append(f"{rid}: ja without kana")
    if r.get("lang") == "en" and re.search(r"[\u3040-\u30ff]", txt): errs.append(f"{rid}: en with kana")
    kinds[r.get("kind")] += 1; langs[r.get("lang")] += 1; splits[r.get("split")] += 1
    kl[(r.get("kind"), r.get("lang"))] += 1
    labels = r.get("labels", {})
    if set(labels) != set(SECTIONS): errs.append(f"{rid}: sections {sorted(labels)}")
    for sec in SECTIONS:
        d = labels.get(sec, {})
        if set(d) != {"positive", "negative"}: errs.append(f"{rid}: {sec} keys {sorted(d)}"); continue
        p, n = d["positive"], d["negative"]
        if len(set(p)) != len(p) or len(set(n)) != len(n): errs.append(f"{rid}: {sec} duplicate value")
        both = set(p) & set(n)
        if both: errs.append(f"{rid}: {sec} both pos and neg {both}")
        for v in p + n:
            ok = site_ok(v) if sec == "sites" else v in vocab[sec]
            if not ok: errs.append(f"{rid}: {sec} unknown id {v}")
        for v in p: pos[(sec, v)] += 1
        for v in n: neg[(sec, v)] += 1
        if sec == "sites":
            prefs = [v for v in p if v.startswith("JP-")]
            if prefs and "JP" not in p: errs.append(f"{rid}: prefecture without JP")
            if any(v.startswith("US-") for v in p) and "US" not in p: errs.append(f"{rid}: US state without US")
print("rows:", sum(kinds.values()))
print("kind:", dict(kinds)); print("lang:", dict(langs)); print("split:", dict(splits))
print("kind x lang:", {f"{k}/{l}": c for (k, l), c in sorted(kl.items())})
for sec in SECTIONS:
    ps = sum(c for (s, _), c in pos.items() if s == sec); ns = sum(c for (s, _), c in neg.items() if s == sec)
    print(f"{sec}: +{ps} -{ns}  ", " ".join(f"{v}:{pos[(sec,v)]}/{neg[(sec,v)]}" for v in sorted({v for (s, v) in list(pos) + list(neg) if s == sec})))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
