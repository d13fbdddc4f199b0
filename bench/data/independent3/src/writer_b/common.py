# Label spec: tokens "+m:antibody -c:fill_finish +r:JP-14"
SEC = {"m": "modalities", "c": "capabilities", "g": "compliance", "s": "scales",
       "r": "sites", "t": "stages", "f": "funding_stages", "x": "certifications"}
ORDER = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

def labels(spec):
    out = {s: {"positive": [], "negative": []} for s in ORDER}
    for tok in spec.split():
        pol = {"+": "positive", "-": "negative"}[tok[0]]
        sec, val = tok[1:].split(":", 1)
        lst = out[SEC[sec]][pol]
        if val not in lst:
            lst.append(val)
    return out

def row(prefix, n, kind, lang, text, spec):
    return {"id": f"{prefix}-{kind}-{n:03d}", "lang": lang, "kind": kind, "text": text, "labels": labels(spec)}
