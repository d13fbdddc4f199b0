import json, sys
sys.path.insert(0, '.')
import cdmo, cro, pharma, supplier, univ_vc
rows = cdmo.R + cro.R + pharma.R + supplier.R + univ_vc.R
counters = {}
with open('facets.jsonl', 'w', encoding='utf-8') as f:
    for r in rows:
        k = r['kind']
        counters[k] = counters.get(k, 0) + 1
        out = {"id": f"ind7o-{k}-{counters[k]:03d}", "lang": r['lang'], "kind": k, "text": r['text'], "labels": r['labels'], "split": "dev"}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
