import json, os
SECS = {"mod": "modalities", "cap": "capabilities", "comp": "compliance", "sc": "scales",
        "site": "sites", "stg": "stages", "fund": "funding_stages", "cert": "certifications"}
ORDER = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

def parse(spec):
    labels = {s: {"positive": [], "negative": []} for s in ORDER}
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        head, *vals = part.split()
        sec, sign = head[:-1], head[-1]
        key = "positive" if sign == "+" else "negative"
        assert sign in "+-", head
        labels[SECS[sec]][key].extend(vals)
    return labels

def save(kindfile, rows):
    counters = {}
    out = []
    for kind, lang, text, spec in rows:
        counters[kind] = counters.get(kind, 0)
        out.append((kind, lang, text, spec))
    path = os.path.join(os.path.dirname(__file__), "batches", kindfile + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rid, kind, lang, text, spec in out_ids(kindfile, out):
            f.write(json.dumps({"id": rid, "lang": lang, "kind": kind, "text": text,
                                "labels": parse(spec)}, ensure_ascii=False) + "\n")
    print(path, len(out))

def out_ids(kindfile, rows):
    # ids numbered per kind, with an offset per batch file so they stay unique
    base = {"cdmo": 0, "cro": 0, "sp": 0, "sup": 0, "uni": 0, "vc": 0}[kindfile]
    n = {}
    for kind, lang, text, spec in rows:
        n[kind] = n.get(kind, 0) + 1
        yield f"ind3a-{kind}-{n[kind]:03d}", kind, lang, text, spec
