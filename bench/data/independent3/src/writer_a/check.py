"""Validate facets.jsonl against /work/briefs/set3/terms.md."""
import json, re, sys, os
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
TERMS = "/work/briefs/set3/terms.md"
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]
head2sec = {"org_kinds": "kinds", "modalities": "modalities", "capabilities": "capabilities", "compliance": "compliance",
            "stages": "stages", "funding_stages": "funding_stages", "certifications": "certifications", "scales": "scales"}
vocab = {}
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^## (\S+)", line)
    if m:
        cur = head2sec.get(m.group(1))
        continue
    m = re.match(r"^- ([a-z0-9_]+):", line)
    if m and cur:
        vocab.setdefault(cur, set()).add(m.group(1))
SITE_RE = re.compile(r"^(JP|JP-(0[1-9]|[1-3][0-9]|4[0-7])|[A-Z]{2}|US-[A-Z]{2})$")
errors = []
ids = set()
rows = []
for n, line in enumerate(open(os.path.join(D, "facets.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad json {e}"); continue
    rows.append(r)
    rid = r.get("id", "")
    if not re.match(r"^ind3a-[a-z_]+-\d{3}$", rid): errors.append(f"{rid}: bad id")
    if rid in ids: errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r.get("lang") not in ("en", "ja"): errors.append(f"{rid}: bad lang")
    if r.get("kind") not in vocab["kinds"]: errors.append(f"{rid}: bad kind {r.get('kind')}")
    if not rid.startswith(f"ind3a-{r.get('kind')}-"): errors.append(f"{rid}: id/kind mismatch")
    if r.get("split") not in ("dev", "test"): errors.append(f"{rid}: bad split")
    t = r.get("text", "")
    if not t.strip(): errors.append(f"{rid}: empty text")
    if r.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff]", t): errors.append(f"{rid}: ja text without kana")
    if r.get("lang") == "en" and re.search(r"[\u3040-\u30ff]", t): errors.append(f"{rid}: en text with kana")
    L = r.get("labels", {})
    if set(L) != set(SECTIONS): errors.append(f"{rid}: sections {sorted(L)}")
    for s in SECTIONS:
        sec = L.get(s, {})
        if set(sec) != {"positive", "negative"}: errors.append(f"{rid}: {s} keys {sorted(sec)}")
        pos, neg = sec.get("positive", []), sec.get("negative", [])
        for pol, vals in (("positive", pos), ("negative", neg)):
            if len(vals) != len(set(vals)): errors.append(f"{rid}: {s}.{pol} duplicates")
            for v in vals:
                ok = SITE_RE.match(v) if s == "sites" else v in vocab.get(s, set())
                if not ok: errors.append(f"{rid}: {s}.{pol} unknown id {v}")
        both = set(pos) & set(neg)
        if both: errors.append(f"{rid}: {s} both positive and negative {sorted(both)}")
        if s == "sites":
            prefs = [v for v in pos if v.startswith("JP-")]
            if prefs and "JP" not in pos: errors.append(f"{rid}: prefecture positive without JP")
            if any(v.startswith("US-") for v in pos) and "US" not in pos: errors.append(f"{rid}: US state without US")
# split check: sorted by (kind, lang, id), alternating
srt = sorted(rows, key=lambda r: (r["kind"], r["lang"], r["id"]))
for i, r in enumerate(srt):
    if r["split"] != ("dev" if i % 2 == 0 else "test"): errors.append(f"{r['id']}: split not alternating")

print("rows:", len(rows))
print("per kind/lang/split:")
c = Counter((r["kind"], r["lang"], r["split"]) for r in rows)
for k in sorted(c): print("  ", *k, c[k])
print("per kind:", dict(Counter(r["kind"] for r in rows)))
print("per lang:", dict(Counter(r["lang"] for r in rows)), "per split:", dict(Counter(r["split"] for r in rows)))
print("label counts per section (positive / negative):")
for s in SECTIONS:
    p = sum(len(r["labels"][s]["positive"]) for r in rows)
    n = sum(len(r["labels"][s]["negative"]) for r in rows)
    print(f"   {s:15s} {p:4d} / {n:4d}")
if errors:
    print("ERRORS:"); [print("  ", e) for e in errors]; sys.exit(1)
print("OK")
