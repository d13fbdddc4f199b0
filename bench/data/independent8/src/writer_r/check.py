"""Validate /work/set8r/facets.jsonl against /work/briefs/set8/terms.md."""
import json, re, sys
from collections import Counter

TERMS = "/work/briefs/set8/terms.md"
FACETS = sys.argv[1] if len(sys.argv) > 1 else "/work/set8r/facets.jsonl"
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

vocab, cur = {}, None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"^##\s+(\w+)", line)
    if m:
        cur = m.group(1)
        vocab.setdefault(cur, set())
        continue
    m = re.match(r"^-\s+([a-z0-9_]+):", line)
    if m and cur:
        vocab[cur].add(m.group(1))
COUNTRIES = {"US", "GB", "IE", "DE", "CH", "KR", "CN", "SG", "IN", "SE", "TW", "AU", "FR", "NL", "BE", "IT", "ES", "DK", "CA"}
def site_ok(x):
    if x == "JP" or x in COUNTRIES:
        return True
    m = re.fullmatch(r"JP-(\d\d)", x)
    if m:
        return 1 <= int(m.group(1)) <= 47
    return re.fullmatch(r"US-[A-Z]{2}", x) is not None

errors = []
ids = set()
kinds, langs, splits = Counter(), Counter(), Counter()
kl = Counter()
lab = {s: Counter() for s in SECTIONS}
n = 0
for ln, line in enumerate(open(FACETS, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {ln}: bad JSON {e}"); continue
    n += 1
    rid = r.get("id")
    for k in ("id", "lang", "kind", "text", "labels", "split"):
        if k not in r:
            errors.append(f"{rid}: missing {k}")
    if rid in ids:
        errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    if r.get("lang") not in ("en", "ja"):
        errors.append(f"{rid}: bad lang")
    if r.get("kind") not in vocab["org_kinds"]:
        errors.append(f"{rid}: bad kind {r.get('kind')}")
    if not re.fullmatch(r"ind8r-%s-\d{3}" % re.escape(str(r.get("kind"))), str(rid)):
        errors.append(f"{rid}: id pattern")
    if r.get("split") != "dev":
        errors.append(f"{rid}: split must be dev")
    t = re.sub(r"(?<![\w.])\d+(\.\d+)*[.．]\s*", " ", r.get("text", ""))  # numbered headings "1." "1.1" "3．"
    t = re.sub(r"\b(Inc|Co|Ltd|No|vs|e\.g|i\.e)\.", r"\1", t)
    sents = [x for x in re.split(r"(?<=[.!?。])\s*|\n|\s/\s|／", t) if len(x.strip()) > 3]
    if not (2 <= len(sents) <= 7):
        errors.append(f"{rid}: {len(sents)} sentences")
    labels = r.get("labels", {})
    if set(labels) != set(SECTIONS):
        errors.append(f"{rid}: sections {sorted(labels)}")
    for s in SECTIONS:
        d = labels.get(s, {})
        if set(d) != {"positive", "negative"}:
            errors.append(f"{rid}: {s} keys {sorted(d)}"); continue
        for pol in ("positive", "negative"):
            for x in d[pol]:
                ok = site_ok(x) if s == "sites" else x in vocab.get(s, set())
                if not ok:
                    errors.append(f"{rid}: {s}.{pol} unknown id {x}")
                lab[s][pol] += 1
        both = set(d["positive"]) & set(d["negative"])
        if both:
            errors.append(f"{rid}: {s} both pos and neg {both}")
        if len(set(d["positive"])) != len(d["positive"]) or len(set(d["negative"])) != len(d["negative"]):
            errors.append(f"{rid}: {s} duplicate ids")
        if s == "sites":
            for x in d["positive"]:
                if x.startswith("JP-") and "JP" not in d["positive"]:
                    errors.append(f"{rid}: prefecture {x} without JP")
    kinds[r.get("kind")] += 1; langs[r.get("lang")] += 1; splits[r.get("split")] += 1
    kl[(r.get("kind"), r.get("lang"))] += 1

print("rows:", n)
print("per kind:", dict(kinds))
print("per kind/lang:", {f"{k}/{l}": v for (k, l), v in sorted(kl.items())})
print("per lang:", dict(langs)); print("per split:", dict(splits))
for s in SECTIONS:
    print(f"labels {s}: positive={lab[s]['positive']} negative={lab[s]['negative']}")
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
