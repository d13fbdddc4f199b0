import json
from common import row
from rows_cdmo import R as A
from rows_cro import R as B
from rows_dev import R as C
from rows_rest import R as D
PREFIX = "ind3b"
rows = [row(PREFIX, n, k, l, t, s) for (n, k, l, t, s) in A + B + C + D]
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids))
rows.sort(key=lambda r: (r["kind"], r["lang"], r["id"]))
for i, r in enumerate(rows):
    r["split"] = "dev" if i % 2 == 0 else "test"
rows.sort(key=lambda r: r["id"].split("-")[-1])
with open("facets.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
