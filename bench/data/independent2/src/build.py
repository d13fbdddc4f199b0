"""Build facets.jsonl from the per-kind source files (src_*.py).
Each source defines KIND and ROWS = [(lang, text, labelstring), ...].
labelstring: chunks separated by '|', each '<sec><+|-> id id ...'.
sec: m=modalities c=capabilities g=compliance s=scales r=sites st=stages f=funding_stages x=certifications
"""
import importlib.util, json, glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
SEC = {"m": "modalities", "c": "capabilities", "g": "compliance", "s": "scales", "r": "sites",
       "st": "stages", "f": "funding_stages", "x": "certifications"}
ORDER = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

def parse(ls):
    out = {k: {"positive": [], "negative": []} for k in ORDER}
    for chunk in ls.split("|"):
        chunk = chunk.strip()
        if not chunk:
            continue
        head, *ids = chunk.split()
        sec, sign = head[:-1], head[-1]
        assert sign in "+-", chunk
        pol = "positive" if sign == "+" else "negative"
        for i in ids:
            if i not in out[SEC[sec]][pol]:
                out[SEC[sec]][pol].append(i)
    return out

rows = []
for f in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for n, (lang, text, ls) in enumerate(mod.ROWS, 1):
        rows.append({"id": f"ind2-{mod.KIND}-{n:03d}", "lang": lang, "kind": mod.KIND,
                     "text": " ".join(text.split()) if lang == "en" else re.sub(r"\s*\n\s*", "", text.strip()),
                     "labels": parse(ls)})
rows.sort(key=lambda r: (r["kind"], r["lang"], r["id"]))
for i, r in enumerate(rows):
    r["split"] = "dev" if i % 2 == 0 else "test"
with open(os.path.join(os.path.dirname(HERE), "facets.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
