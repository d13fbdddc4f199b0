import json, collections
from common import E
import batch_cdmo, batch_cro, batch_drug, batch_other
rows = []
counter = collections.Counter()
for mod in (batch_cdmo, batch_cro, batch_drug, batch_other):
    for e in mod.ENTRIES:
        counter[e["kind"]] += 1
        rid = "ind7m-%s-%03d" % (e["kind"], counter[e["kind"]])
        rows.append({"id": rid, "lang": e["lang"], "kind": e["kind"], "text": e["text"],
                     "labels": e["labels"], "split": "dev"})
with open("facets.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
