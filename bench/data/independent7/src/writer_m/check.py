#!/usr/bin/env python3
"""Validate facets.jsonl against /work/briefs/set7/terms.md and the output format."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
TERMS = "/work/briefs/set7/terms.md"
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages",
            "funding_stages", "certifications"]

def load_terms():
    ids = collections.defaultdict(set)
    cur = None
    for line in open(TERMS, encoding="utf-8"):
        m = re.match(r"^##\s+(\w+)", line)
        if m:
            cur = m.group(1)
            continue
        m = re.match(r"^-\s+([a-z0-9_]+):", line)
        if m and cur:
            ids[cur].add(m.group(1))
    return ids

# ISO 3166-1 alpha-2 codes plausibly used for sites abroad
ISO = set("US GB IE DE CH KR CN SG IN FR NL BE DK SE NO FI IT ES AT AU CA TW HK TH VN MY ID PH IL BR MX PL CZ HU PT NZ".split())

def valid_site(s):
    if s == "JP":
        return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m:
        return 1 <= int(m.group(1)) <= 47
    if re.fullmatch(r"US-[A-Z]{2}", s):
        return True
    return s in ISO

def main(path):
    terms = load_terms()
    vocab = {s: terms.get(s, set()) for s in SECTIONS if s != "sites"}
    errors = []
    per = collections.Counter()
    lab = {s: collections.Counter() for s in SECTIONS}
    ids_seen = set()
    rows = 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append("line %d: bad JSON %s" % (n, e)); continue
        rows += 1
        for k in ("id", "lang", "kind", "text", "labels", "split"):
            if k not in r:
                errors.append("line %d: missing %s" % (n, k))
        rid = r.get("id", "?")
        if rid in ids_seen:
            errors.append("%s: duplicate id" % rid)
        ids_seen.add(rid)
        if not re.fullmatch(r"ind7m-[a-z_]+-\d{3}", rid):
            errors.append("%s: bad id format" % rid)
        elif rid.split("-")[1] != r.get("kind"):
            errors.append("%s: id kind mismatch" % rid)
        if r.get("lang") not in ("en", "ja"):
            errors.append("%s: bad lang" % rid)
        if r.get("kind") not in terms["org_kinds"]:
            errors.append("%s: bad kind %s" % (rid, r.get("kind")))
        if r.get("split") not in ("dev", "test"):
            errors.append("%s: bad split" % rid)
        text = r.get("text", "")
        if r.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
            errors.append("%s: ja text without Japanese" % rid)
        if r.get("lang") == "en" and re.search(r"[\u3040-\u30ff]", text):
            errors.append("%s: en text with kana" % rid)
        labels = r.get("labels", {})
        if set(labels) != set(SECTIONS):
            errors.append("%s: sections %s" % (rid, sorted(labels)))
        for s in SECTIONS:
            sec = labels.get(s, {})
            if set(sec) != {"positive", "negative"}:
                errors.append("%s: %s keys %s" % (rid, s, sorted(sec))); continue
            pos, neg = sec["positive"], sec["negative"]
            for pol, lst in (("positive", pos), ("negative", neg)):
                if len(set(lst)) != len(lst):
                    errors.append("%s: %s.%s duplicates" % (rid, s, pol))
                for v in lst:
                    ok = valid_site(v) if s == "sites" else v in vocab[s]
                    if not ok:
                        errors.append("%s: %s.%s unknown id %r" % (rid, s, pol, v))
                    lab[s][pol] += 1
            both = set(pos) & set(neg)
            if both:
                errors.append("%s: %s both positive and negative %s" % (rid, s, sorted(both)))
        per[(r.get("kind"), r.get("lang"), r.get("split"))] += 1
    print("rows:", rows)
    print("\nper kind/lang/split:")
    for k in sorted(per):
        print("  %-20s %-3s %-5s %d" % (k[0], k[1], k[2], per[k]))
    by = lambda i: collections.Counter({k[i]: 0 for k in per})
    for i, name in ((0, "kind"), (1, "lang"), (2, "split")):
        c = collections.Counter()
        for k, v in per.items():
            c[k[i]] += v
        print("by %s: %s" % (name, dict(sorted(c.items()))))
    print("\nlabel counts per section (positive / negative):")
    for s in SECTIONS:
        print("  %-15s %4d / %4d" % (s, lab[s]["positive"], lab[s]["negative"]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "facets.jsonl")))
