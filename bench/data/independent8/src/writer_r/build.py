import json, sys
sys.path.insert(0, "/work/set8r")
import data_cdmo, data_cro, data_sp, data_supplier, data_univ, data_vc
rows = []
for m in (data_cdmo, data_cro, data_sp, data_supplier, data_univ, data_vc):
    rows += m.ROWS
with open("/work/set8r/facets.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
