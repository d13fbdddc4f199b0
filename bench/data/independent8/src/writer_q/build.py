#!/usr/bin/python3
"""Build facets.jsonl from the per-kind data files (rows_*.py)."""
import json, importlib.util, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
SEC = {"m": "modalities", "c": "capabilities", "g": "compliance", "s": "scales",
       "loc": "sites", "st": "stages", "f": "funding_stages", "cert": "certifications"}
ORDER = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

def parse(spec):
    labels = {s: {"positive": [], "negative": []} for s in ORDER}
    for part in spec.split("|"):
        part = part.strip()
        if not part:
            continue
        key, *vals = part.split()
        sign = key[-1]
        sec = SEC[key[:-1]]
        labels[sec]["positive" if sign == "+" else "negative"].extend(vals)
    return labels

rows = []
for fn in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(fn)[:-3], fn)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    rows.extend(mod.ROWS)
counter = {}
with open(os.path.join(HERE, "facets.jsonl"), "w", encoding="utf-8") as out:
    for lang, kind, text, spec in rows:
        counter[kind] = counter.get(kind, 0) + 1
        obj = {"id": f"ind8q-{kind}-{counter[kind]:03d}", "lang": lang, "kind": kind,
               "text": "\n".join(l.strip() for l in text.strip().splitlines()),
               "labels": parse(spec), "split": "dev"}
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
