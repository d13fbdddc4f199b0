#!/usr/bin/env python3
"""Grades the independent benchmark by RULES.md (stdlib only).

Reads profiles.jsonl, facets.jsonl, queries.jsonl (next to this file) and seed/vocabulary.yaml,
checks every line and term id, computes each query's `relevant` and `cross_lingual`, rewrites
queries.jsonl and prints a summary. Exit code 1 if a check fails."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = os.environ.get("MATCHMAKER_VOCAB",
                       os.path.normpath(os.path.join(HERE, "..", "..", "..", "seed", "vocabulary.yaml")))
SECTIONS = ["modalities", "capabilities", "compliance", "scales", "sites", "stages",
            "funding_stages", "certifications"]
VOCAB_SECTION = {s: s for s in SECTIONS}
VOCAB_SECTION["sites"] = "regions"
errors = []


def load_vocab(path):
    """Tiny reader for the two-level layout of vocabulary.yaml: `section:` then `  term: ...`."""
    terms, section = defaultdict(set), None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^([A-Za-z_]+):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^  ([A-Za-z0-9_\-]+):", line)
            if m and section:
                terms[section].add(m.group(1))
    return terms


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"{name}:{n}: invalid JSON ({exc})")
    return rows


def check_term(vocab, sec, term, where):
    if term not in vocab[VOCAB_SECTION[sec]]:
        errors.append(f"{where}: unknown {sec} id {term!r}")


vocab = load_vocab(VOCAB)
profiles = read_jsonl("profiles.jsonl")
facets = read_jsonl("facets.jsonl")
queries = read_jsonl("queries.jsonl")

# ---------- checks ----------
pmap = {p["id"]: p for p in profiles}
if len(pmap) != len(profiles):
    errors.append("duplicate profile ids")
fmap = {f["id"]: f for f in facets}
for p in profiles:
    where = p["id"]
    if not re.match(rf"^ind-{p['kind']}-\d{{3}}$", p["id"]):
        errors.append(f"{where}: id does not follow ind-<kind>-NNN")
    if p["kind"] not in vocab["org_kinds"]:
        errors.append(f"{where}: unknown kind {p['kind']}")
    for t in p.get("modalities", []):
        check_term(vocab, "modalities", t, where)
    for t in p.get("capabilities", []):
        check_term(vocab, "capabilities", t, where)
    if "funding_stage" in p:
        check_term(vocab, "funding_stages", p["funding_stage"], where)
    for t in p.get("certifications", []):
        check_term(vocab, "certifications", t, where)
    if "region" in p:
        check_term(vocab, "sites", p["region"], where)
    f = fmap.get(p["id"])
    if f is None:
        errors.append(f"{where}: no facet line")
    elif f["text"] != p["description"]:
        errors.append(f"{where}: facet text is not the description verbatim")
for f in facets:
    for sec in SECTIONS:
        lab = f["labels"].get(sec, {"positive": [], "negative": []})
        for pol in ("positive", "negative"):
            for t in lab[pol]:
                check_term(vocab, sec, t, f["id"])
        both = set(lab["positive"]) & set(lab["negative"])
        if both:
            errors.append(f"{f['id']}: {sec} both positive and negative: {sorted(both)}")
for q in queries:
    for sec in SECTIONS:
        for t in q["requires"].get(sec, []):
            check_term(vocab, sec, t, q["id"])


# ---------- grading ----------
def stated_sets(p):
    lab = fmap[p["id"]]["labels"]
    pos = {s: set(lab[s]["positive"]) for s in SECTIONS}
    neg = {s: set(lab[s]["negative"]) for s in SECTIONS}
    pos["modalities"] |= set(p.get("modalities", []))
    pos["capabilities"] |= set(p.get("capabilities", []))
    if "funding_stage" in p:
        pos["funding_stages"].add(p["funding_stage"])
    pos["certifications"] |= set(p.get("certifications", []))
    for s in SECTIONS:
        clash = pos[s] & neg[s]
        if clash:
            errors.append(f"{p['id']}: declared {s} {sorted(clash)} negated by text")
    return pos, neg


STATE = {p["id"]: stated_sets(p) for p in profiles}


def main_facet(q):
    r = q["requires"]
    if q["target"] == "vc" and r.get("funding_stages"):
        return ("funding_stages", r["funding_stages"][0])
    if r.get("modalities"):
        return ("modalities", r["modalities"][0])
    if r.get("capabilities"):
        return ("capabilities", r["capabilities"][0])
    for s in SECTIONS:
        if r.get(s):
            return (s, r[s][0])
    return None


def assess(q, p):
    """Returns (grade, n_not_stated, n_negated) for a profile of the target kind."""
    pos, neg = STATE[p["id"]]
    status = {}
    for s in SECTIONS:
        for t in q["requires"].get(s, []):
            status[(s, t)] = "pos" if t in pos[s] else ("neg" if t in neg[s] else "silent")
    n_neg = sum(v == "neg" for v in status.values())
    n_sil = sum(v == "silent" for v in status.values())
    if n_neg == 0 and n_sil == 0:
        return 2, 0, 0
    mf = main_facet(q)
    if n_neg == 0 and n_sil == 1 and mf is not None and status.get(mf) == "pos":
        if q["target"] != "vc" or vc_sector_ok(q, pos, status):
            return 1, 1, 0
    return 0, n_neg + n_sil, n_neg


NON_DRUG = {"medical_device", "digital_health", "diagnostics", "therapeutics"}


def vc_sector_ok(q, pos, status):
    """VC grade 1 also needs the sector: each required modality stated, or - for a specific drug
    modality (antibody, cell_therapy, ...) - the VC states `therapeutics`."""
    for t in q["requires"].get("modalities", []):
        if status[("modalities", t)] == "pos":
            continue
        if t in NON_DRUG or "therapeutics" not in pos["modalities"]:
            return False
    return True


problems = []
for q in queries:
    rel, near, near_neg = {}, 0, 0
    for p in profiles:
        if p["kind"] != q["target"]:
            continue
        g, miss, negs = assess(q, p)
        if g:
            rel[p["id"]] = g
        if miss == 1:
            near += 1
            near_neg += negs
    q["relevant"] = dict(sorted(rel.items(), key=lambda kv: (-kv[1], kv[0])))
    full = [pid for pid, g in rel.items() if g == 2]
    other = sum(fmap[pid]["lang"] != q["lang"] for pid in full)
    q["cross_lingual"] = bool(full) and other * 2 > len(full)
    q["_near"] = (near, near_neg)
    if len(full) < 3:
        problems.append(f"{q['id']}: only {len(full)} grade-2 profiles")
    if near < 3:
        problems.append(f"{q['id']}: only {near} near-misses")

with open(os.path.join(HERE, "queries.jsonl"), "w", encoding="utf-8") as f:
    for q in queries:
        near = q.pop("_near")
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
        q["_near"] = near

# ---------- summary ----------
DECL = ("modalities", "capabilities", "funding_stage", "certifications", "region")
free = [p for p in profiles if not any(k in p for k in DECL)]
print(f"profiles: {len(profiles)}  by kind: {dict(Counter(p['kind'] for p in profiles))}")
print(f"  description language: {dict(Counter(f['lang'] for f in facets))}  "
      f"kind x lang: {dict(sorted(Counter((p['kind'], fmap[p['id']]['lang']) for p in profiles).items()))}")
print(f"  free-text only: {len(free)} ({100 * len(free) / len(profiles):.0f}%)")
print(f"  facet split: {dict(Counter(f['split'] for f in facets))}  "
      f"by lang/split: {dict(Counter((f['lang'], f['split']) for f in facets))}")
print(f"queries: {len(queries)}  by lang: {dict(Counter(q['lang'] for q in queries))}  "
      f"by target: {dict(Counter(q['target'] for q in queries))}")
print(f"  cross-lingual: {sum(q['cross_lingual'] for q in queries)}  split: {dict(Counter(q['split'] for q in queries))}")
print("  (near = right kind, exactly one requirement not stated; neg = of those, failed by an explicit negation)")
print("  id    lang target   x  grade2 grade1 near  neg  text")
for q in queries:
    g2 = sum(v == 2 for v in q["relevant"].values())
    g1 = sum(v == 1 for v in q["relevant"].values())
    print(f"  {q['id']}  {q['lang']}   {q['target']:<8} {'x' if q['cross_lingual'] else ' '}  {g2:>5} {g1:>6} {q['_near'][0]:>4} {q['_near'][1]:>4}  {q['text'][:50]}")
for line in problems:
    print("REQUIREMENT NOT MET:", line)
for line in errors:
    print("ERROR:", line)
print("checks:", "OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors or problems else 0)
