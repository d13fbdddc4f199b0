"""Validate /work/set2/facets.jsonl against /work/briefs/set2/terms.md and the brief's format."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
TERMS = os.path.join(HERE, "terms.md")
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]
TERM_HEAD = {"org_kinds": "kinds", "modalities": "modalities", "capabilities": "capabilities", "compliance": "compliance",
             "stages": "stages", "funding_stages": "funding_stages", "certifications": "certifications", "scales": "scales"}
ids = collections.defaultdict(set)
cur = None
for line in open(TERMS, encoding="utf-8"):
    m = re.match(r"##\s+(\w+)", line)
    if m:
        cur = TERM_HEAD.get(m.group(1)); continue
    m = re.match(r"-\s+([a-z0-9_]+):", line)
    if m and cur:
        ids[cur].add(m.group(1))
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW""".split())
US_STATES = set("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split())
def site_ok(s):
    if s in ISO2: return True
    m = re.fullmatch(r"JP-(\d\d)", s)
    if m: return 1 <= int(m.group(1)) <= 47
    m = re.fullmatch(r"US-([A-Z]{2})", s)
    return bool(m and m.group(1) in US_STATES)

errors = []
rows = []
seen = set()
path = os.path.join(os.path.dirname(HERE), "facets.jsonl")
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON {e}"); continue
    rid = r.get("id")
    def err(msg): errors.append(f"{rid}: {msg}")
    if set(r) != {"id", "lang", "kind", "text", "labels", "split"}: err(f"keys {sorted(r)}")
    if rid in seen: err("duplicate id")
    seen.add(rid)
    if r.get("kind") not in ids["kinds"]: err(f"kind {r.get('kind')}")
    if not re.fullmatch(rf"ind2-{r.get('kind')}-\d{{3}}", rid or ""): err("id format")
    if r.get("lang") not in ("en", "ja"): err("lang")
    if r.get("split") not in ("dev", "test"): err("split")
    t = r.get("text", "")
    if r.get("lang") == "ja" and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t): err("ja text without Japanese")
    if r.get("lang") == "en" and re.search(r"[\u3040-\u30ff]", t): err("en text with kana")
    nsent = len(re.findall(r"[.!?](\s|$)|。", t))
    if not 2 <= nsent <= 5: err(f"{nsent} sentences")
    lab = r.get("labels", {})
    if list(lab) != SECTIONS: err(f"sections {list(lab)}")
    for sec in SECTIONS:
        d = lab.get(sec, {})
        if set(d) != {"positive", "negative"}: err(f"{sec} keys {sorted(d)}"); continue
        for pol in ("positive", "negative"):
            if not isinstance(d[pol], list): err(f"{sec}.{pol} not list")
            if len(set(d[pol])) != len(d[pol]): err(f"{sec}.{pol} duplicates")
            for i in d[pol]:
                ok = site_ok(i) if sec == "sites" else i in ids[sec]
                if not ok: err(f"{sec}.{pol}: unknown id {i}")
        both = set(d["positive"]) & set(d["negative"])
        if both: err(f"{sec}: both positive and negative {sorted(both)}")
    sp = lab.get("sites", {}).get("positive", [])
    if any(s.startswith("JP-") for s in sp) and "JP" not in sp: err("prefecture without JP")
    if any(s.startswith("US-") for s in sp) and "US" not in sp: err("US state without US")
    rows.append(r)

# split alternation check
srt = sorted(rows, key=lambda r: (r["kind"], r["lang"], r["id"]))
for i, r in enumerate(srt):
    if r["split"] != ("dev" if i % 2 == 0 else "test"): errors.append(f"{r['id']}: split not alternating")

print(f"rows: {len(rows)}")
c = collections.Counter((r["kind"], r["lang"], r["split"]) for r in rows)
kinds = sorted({r["kind"] for r in rows})
print(f"{'kind':20s} {'en/dev':>7s} {'en/test':>7s} {'ja/dev':>7s} {'ja/test':>7s} {'total':>6s}")
for k in kinds:
    v = [c[(k, l, s)] for l in ("en", "ja") for s in ("dev", "test")]
    print(f"{k:20s} " + " ".join(f"{x:7d}" for x in v) + f" {sum(v):6d}")
print("lang:", dict(collections.Counter(r["lang"] for r in rows)), "split:", dict(collections.Counter(r["split"] for r in rows)))
print("\nlabel counts per section (positive / negative, rows with any):")
for sec in SECTIONS:
    p = sum(len(r["labels"][sec]["positive"]) for r in rows)
    ng = sum(len(r["labels"][sec]["negative"]) for r in rows)
    nr = sum(1 for r in rows if r["labels"][sec]["positive"] or r["labels"][sec]["negative"])
    print(f"  {sec:15s} +{p:4d}  -{ng:4d}  rows {nr}")
if "-v" in sys.argv:
    for sec in SECTIONS:
        cc = collections.Counter()
        for r in rows:
            for pol, sign in (("positive", "+"), ("negative", "-")):
                for i in r["labels"][sec][pol]: cc[i + sign] += 1
        print(sec, dict(sorted(cc.items())))
unused = {sec: sorted(ids[sec] - {i for r in rows for p in ("positive", "negative") for i in r["labels"][sec][p]}) for sec in SECTIONS if sec != "sites"}
print("\nunused ids:", {k: v for k, v in unused.items() if v})
if errors:
    print(f"\n{len(errors)} ERRORS:"); [print("  ", e) for e in errors]; sys.exit(1)
print("\nOK")
