import json, sys
sys.path.insert(0, '.')
import rows_cdmo, rows_cro, rows_drug, rows_supplier, rows_acad, rows_vc
PREFIX = "ind5h"
counters = {}
out = []
for mod in (rows_cdmo, rows_cro, rows_drug, rows_supplier, rows_acad, rows_vc):
    for r in mod.ROWS:
        n = counters.get(r["kind"], 0) + 1
        counters[r["kind"]] = n
        row = {"id": f"{PREFIX}-{r['kind']}-{n:03d}", "lang": r["lang"], "kind": r["kind"],
               "text": r["text"], "labels": r["labels"], "split": "dev"}
        out.append(row)
with open("facets.jsonl", "w", encoding="utf-8") as f:
    for row in out:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(out))
