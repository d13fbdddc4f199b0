"""Grade the supplier benchmark by RULES.md: compute every query's `relevant` from labels.jsonl,
write it back into queries.jsonl, validate the files and print a summary. stdlib only."""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = {"culture_medium", "cell_line", "plasmid", "enzyme", "cap_reagent", "adjuvant", "single_use_bag", "tube",
         "connector", "bioreactor", "mixer", "filter", "chromatography_resin", "vial", "lipid", "sensor",
         "cold_chain", "culture_vessel", "reagent"}
CRITERIA = {"change_notification", "extractables_leachables", "lot_traceability", "domestic_supply", "dual_sourcing"}
KINDS = {"cdmo", "pharma", "supplier", "cro", "vc", "university"}
BUYER_KINDS = {"cdmo", "pharma"}
GROUPS = [
    {"single_use_bag", "tube", "connector"},          # single-use fluid path
    {"bioreactor", "mixer", "sensor"},                # culture / mixing equipment and its monitoring
    {"culture_medium", "cell_line"},                  # upstream biological inputs
    {"culture_medium", "culture_vessel"},             # cell-therapy culture
    {"filter", "chromatography_resin"},               # separation / purification
    {"chromatography_resin", "reagent"},              # purification buffers
    {"plasmid", "enzyme", "cap_reagent", "lipid"},    # mRNA materials
    {"adjuvant", "lipid"},                            # vaccine formulation
    {"vial", "cold_chain"},                           # fill and distribution
]


def related(parts):
    out = set()
    for p in parts:
        for g in GROUPS:
            if p in g:
                out |= g
    return out - set(parts)


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{name}:{n}: invalid JSON: {e}")
    return rows


def validate(pool, labels, queries):
    errs = []
    ids = [r["id"] for r in pool]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids in pool")
    lab_ids = {l["id"] for l in labels}
    if set(ids) != lab_ids:
        errs.append(f"pool/labels id mismatch: {sorted(set(ids) ^ lab_ids)[:5]}")
    for r in pool:
        for k in ("record", "id", "kind", "name", "name_ja", "description", "needs", "region", "source"):
            if k not in r:
                errs.append(f"{r.get('id')}: missing {k}")
        if r.get("kind") not in KINDS:
            errs.append(f"{r['id']}: bad kind {r.get('kind')}")
        if r["kind"] == "supplier":
            bad = set(r.get("capabilities", [])) - PARTS
            if bad:
                errs.append(f"{r['id']}: supplier capability not a part id {bad}")
    for l in labels:
        for k in ("offers_parts", "procures", "criteria_required", "criteria_met", "gmp_use_record", "lang"):
            if k not in l:
                errs.append(f"{l['id']}: label missing {k}")
        allp = set(l["offers_parts"]) | set(l["procures"]["seeking"]) | set(l["procures"]["covered"])
        if allp - PARTS:
            errs.append(f"{l['id']}: unknown part {allp - PARTS}")
        if (set(l["criteria_required"]) | set(l["criteria_met"])) - CRITERIA:
            errs.append(f"{l['id']}: unknown criterion")
        s, c, o = set(l["procures"]["seeking"]), set(l["procures"]["covered"]), set(l["offers_parts"])
        if s & c or s & o:
            errs.append(f"{l['id']}: seeking overlaps covered/offers")
        if l["lang"] not in ("ja", "en"):
            errs.append(f"{l['id']}: bad lang")
    qids = [q["id"] for q in queries]
    if len(qids) != len(set(qids)):
        errs.append("duplicate query ids")
    for q in queries:
        if q["mode"] not in ("offer_text", "by_id") or q["target"] not in ("cdmo", "pharma", "any"):
            errs.append(f"{q['id']}: bad mode/target")
        if q["split"] not in ("dev", "test"):
            errs.append(f"{q['id']}: bad split")
        if q["mode"] == "by_id" and q["seeker"] not in lab_ids:
            errs.append(f"{q['id']}: unknown seeker")
        if q["mode"] == "offer_text" and (set(q["requires"]["parts"]) - PARTS or set(q["states"]["criteria_met"]) - CRITERIA):
            errs.append(f"{q['id']}: unknown ids in requires/states")
    return errs


def grade_one(q, lab, kind, seeker):
    if lab["id"] == seeker:
        return 0
    if q["target"] == "any":
        if kind not in BUYER_KINDS:
            return 0
    elif kind != q["target"]:
        return 0
    P = set(q["requires"]["parts"])
    met = set(q["states"]["criteria_met"])
    gmp = q["states"]["gmp_use_record"]
    seeking = set(lab["procures"]["seeking"])
    if seeking & P:
        ok = set(lab["criteria_required"]) <= met and (not lab.get("gmp_record_required") or gmp)
        return 2 if ok else 1
    if P & (set(lab["procures"]["covered"]) | set(lab["offers_parts"])):
        return 0
    if seeking & related(P):
        return 1
    return 0


def main():
    pool, labels, queries = read_jsonl("pool.jsonl"), read_jsonl("labels.jsonl"), read_jsonl("queries.jsonl")
    errs = validate(pool, labels, queries)
    if errs:
        print("VALIDATION ERRORS:")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    kind = {r["id"]: r["kind"] for r in pool}
    L = {l["id"]: l for l in labels}
    for q in queries:
        if q["mode"] == "by_id":
            s = L[q["seeker"]]
            q["requires"] = {"parts": list(s["offers_parts"])}
            q["states"] = {"criteria_met": list(s["criteria_met"]), "gmp_use_record": s["gmp_use_record"]}
        seeker = q.get("seeker")
        rel = {}
        for lab in labels:
            g = grade_one(q, lab, kind[lab["id"]], seeker)
            if g:
                rel[lab["id"]] = g
        q["relevant"] = dict(sorted(rel.items()))
        P = set(q["requires"]["parts"])
        seekers = [lab for lab in labels if lab["id"] != seeker and set(lab["procures"]["seeking"]) & P
                   and (kind[lab["id"]] == q["target"] or (q["target"] == "any" and kind[lab["id"]] in BUYER_KINDS))]
        q["n_seekers"] = len(seekers)
        other = sum(1 for lab in seekers if lab["lang"] != q["lang"])
        q["cross_lingual"] = bool(seekers) and other / len(seekers) >= 0.6
    order = ["id", "mode", "lang", "target", "seeker", "offer", "requires", "states", "split", "n_seekers", "cross_lingual", "relevant"]
    with open(os.path.join(HERE, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in queries:
            f.write(json.dumps({k: q[k] for k in order if k in q}, ensure_ascii=False) + "\n")

    # ---- summary
    print(f"pool: {len(pool)} organisations")
    kl = Counter((r["kind"], L[r["id"]]["lang"]) for r in pool)
    for k in sorted({k for k, _ in kl}):
        print(f"  {k:10s} total {kl[(k, 'ja')] + kl[(k, 'en')]:3d}  ja {kl[(k, 'ja')]:3d}  en {kl[(k, 'en')]:3d}")
    free = sum(1 for r in pool if "capabilities" not in r)
    print(f"  free text only: {free} ({100 * free / len(pool):.0f}%)")
    print(f"  suppliers with GMP use record: {sum(1 for l in labels if kind[l['id']] == 'supplier' and l['gmp_use_record'])}")
    buyers = [l for l in labels if kind[l["id"]] in BUYER_KINDS]
    silent = sum(1 for l in buyers if not l["procures"]["seeking"] and not l["procures"]["covered"])
    print(f"  buyers: {len(buyers)}; silent {silent}; with criteria {sum(1 for l in buyers if l['criteria_required'])}; "
          f"need GMP record {sum(1 for l in buyers if l.get('gmp_record_required'))}; offer a part {sum(1 for l in buyers if l['offers_parts'])}")
    print("\nseekers per category (cdmo/pharma, ja/en) | covered | offered-by-buyer | suppliers making it")
    for p in sorted(PARTS):
        sk = [l for l in buyers if p in l["procures"]["seeking"]]
        c = sum(1 for l in sk if kind[l["id"]] == "cdmo")
        ja = sum(1 for l in sk if l["lang"] == "ja")
        cov = sum(1 for l in buyers if p in l["procures"]["covered"])
        ob = sum(1 for l in buyers if p in l["offers_parts"])
        sup = sum(1 for l in labels if kind[l["id"]] == "supplier" and p in l["offers_parts"])
        print(f"  {p:22s} seek {len(sk):3d} (cdmo {c:2d}/pharma {len(sk) - c:2d}; ja {ja:2d}/en {len(sk) - ja:2d}) | cov {cov:2d} | off {ob} | sup {sup}")
    print("\nqueries")
    ql = Counter(q["lang"] for q in queries)
    print(f"  {len(queries)} queries: modes {dict(Counter(q['mode'] for q in queries))}, langs {dict(ql)}, "
          f"splits {dict(Counter(q['split'] for q in queries))}, targets {dict(Counter(q['target'] for q in queries))}, "
          f"cross-lingual {sum(q['cross_lingual'] for q in queries)}")
    big = 0
    for q in queries:
        g = Counter(q["relevant"].values())
        big += q["n_seekers"] >= 10
        who = q.get("seeker", "")
        print(f"  {q['id']} {q['mode']:10s} {q['lang']} {q['target']:6s} {q['split']:4s} {who:17s} parts={','.join(q['requires']['parts']):40s} "
              f"seekers={q['n_seekers']:2d} g2={g[2]:2d} g1={g[1]:2d} xling={'Y' if q['cross_lingual'] else '-'}")
    print(f"  queries with >=10 seekers of the target kind: {big}")


if __name__ == "__main__":
    main()
