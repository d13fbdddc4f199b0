import json, glob, os
D = os.path.dirname(os.path.abspath(__file__))
rows = []
for f in sorted(glob.glob(os.path.join(D, "batches", "*.jsonl"))):
    rows += [json.loads(l) for l in open(f, encoding="utf-8")]
rows.sort(key=lambda r: (r["kind"], r["lang"], r["id"]))
for i, r in enumerate(rows):
    r["split"] = "dev" if i % 2 == 0 else "test"
with open(os.path.join(D, "facets.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
