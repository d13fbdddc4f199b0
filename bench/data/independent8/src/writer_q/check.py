#!/usr/bin/python3
"""Validate facets.jsonl against /work/briefs/set8/terms.md and print counts."""
import json, re, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
TERMS = "/work/briefs/set8/terms.md"
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

vocab, cur = {}, None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^## (\w+)", line)
    if m:
        cur = m.group(1); vocab.setdefault(cur, set()); continue
    m = re.match(r"^- (\w+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
SITE_RE = re.compile(r"^(JP|JP-(0[1-9]|[1-3][0-9]|4[0-7])|[A-Z]{2}|US-MA|US-CA)$")

errors = []
rows = []
ids = set()
for n, line in enumerate(open(os.path.join(HERE, "facets.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON {e}"); continue
    rows.append(r)
    rid = r.get("id", "")
    if not re.match(r"^ind8q-[a-z_]+-\d{3}$", rid): errors.append(f"{rid}: bad id")
    if rid in ids: errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r.get("lang") not in ("en", "ja"): errors.append(f"{rid}: bad lang")
    if r.get("kind") not in vocab["org_kinds"]: errors.append(f"{rid}: bad kind")
    if not rid.startswith(f"ind8q-{r.get('kind')}-"): errors.append(f"{rid}: id/kind mismatch")
    if r.get("split") != "dev": errors.append(f"{rid}: split not dev")
    if not r.get("text"): errors.append(f"{rid}: empty text")
    if r.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", r["text"]): errors.append(f"{rid}: ja without Japanese")
    if r.get("lang") == "en" and re.search(r"[\u3040-\u30ff]", r["text"]): errors.append(f"{rid}: en with kana")
    labels = r.get("labels", {})
    if set(labels) != set(SECTIONS): errors.append(f"{rid}: sections {sorted(labels)}")
    for sec in SECTIONS:
        d = labels.get(sec, {})
        if set(d) != {"positive", "negative"}: errors.append(f"{rid}: {sec} keys {sorted(d)}")
        pos, neg = d.get("positive", []), d.get("negative", [])
        for pol, lst in (("positive", pos), ("negative", neg)):
            if len(lst) != len(set(lst)): errors.append(f"{rid}: {sec}.{pol} duplicates")
            for v in lst:
                ok = SITE_RE.match(v) if sec == "sites" else v in vocab.get(sec, set())
                if not ok: errors.append(f"{rid}: {sec}.{pol} unknown id {v!r}")
        both = set(pos) & set(neg)
        if both: errors.append(f"{rid}: {sec} both positive and negative: {sorted(both)}")

print("rows:", len(rows))
print("per kind:", dict(Counter(r["kind"] for r in rows)))
print("per lang:", dict(Counter(r["lang"] for r in rows)))
print("per split:", dict(Counter(r["split"] for r in rows)))
print("per kind/lang:", dict(sorted(Counter(f'{r["kind"]}/{r["lang"]}' for r in rows).items())))
print("label counts per section (positive / negative):")
for sec in SECTIONS:
    p = sum(len(r["labels"][sec]["positive"]) for r in rows)
    q = sum(len(r["labels"][sec]["negative"]) for r in rows)
    print(f"  {sec:15s} +{p:4d}  -{q:4d}")
if errors:
    print(f"{len(errors)} ERRORS:"); [print("  ", e) for e in errors]; sys.exit(1)
print("OK")
