import json, sys, collections
sys.path.insert(0, "/work/set7n")
import b_cdmo, b_cro, b_sp, b_other
rows = b_cdmo.ROWS + b_cro.ROWS + b_sp.ROWS + b_other.ROWS
n = collections.Counter()
with open("/work/set7n/facets.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        n[r["kind"]] += 1
        out = {"id": f"ind7n-{r['kind']}-{n[r['kind']]:03d}", "lang": r["lang"], "kind": r["kind"],
               "text": r["text"], "labels": r["labels"], "split": "dev"}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print(len(rows), dict(n))
