import json, sys
sys.path.insert(0, ".")
import rows_cdmo, rows_cro, rows_pharma, rows_supplier, rows_univ, rows_vc
PREFIX = "ind3c"
rows = []
counters = {}
for mod in (rows_cdmo, rows_cro, rows_pharma, rows_supplier, rows_univ, rows_vc):
    for lang, kind, text, labels in mod.ROWS:
        counters[kind] = counters.get(kind, 0) + 1
        rows.append({"id": f"{PREFIX}-{kind}-{counters[kind]:03d}", "lang": lang, "kind": kind,
                     "text": text, "labels": labels})
rows.sort(key=lambda r: (r["kind"], r["lang"], r["id"]))
for i, r in enumerate(rows):
    r["split"] = "dev" if i % 2 == 0 else "test"
with open("facets.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
