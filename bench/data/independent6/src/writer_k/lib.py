import json, os
SECS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
KEYS = {"m":"modalities","c":"capabilities","g":"compliance","s":"scales","si":"sites","st":"stages","f":"funding_stages","ce":"certifications"}
PREFIX = "ind6k"
def R(kind, lang, text, **kw):
    labels = {s: {"positive": [], "negative": []} for s in SECS}
    for k, v in kw.items():
        pol = "positive" if k.endswith("p") else "negative"
        assert k[-1] in "pn", k
        sec = KEYS[k[:-1]]
        labels[sec][pol] = v.split()
    return {"lang": lang, "kind": kind, "text": " ".join(text.split()) if lang == "en" else "".join(l.strip() for l in text.strip().splitlines()), "labels": labels, "split": "dev"}
def save(name, rows):
    out = rows
    with open(os.path.join(os.path.dirname(__file__), "parts", name + ".jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(out))
