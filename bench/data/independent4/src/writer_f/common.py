import json
SECS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
KEYS = ["mod","cap","comp","sc","site","st","fs","cert"]
def r(rows, kind, lang, text, **kw):
    labels = {}
    for sec, k in zip(SECS, KEYS):
        toks = kw.get(k, "").split()
        labels[sec] = {"positive": [t for t in toks if not t.startswith("-")],
                       "negative": [t[1:] for t in toks if t.startswith("-")]}
    n = sum(1 for x in rows) + 1
    rows.append({"id": f"ind4f-{kind}-{n:03d}", "lang": lang, "kind": kind, "text": text.strip(),
                 "labels": labels, "split": "dev"})
def dump(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
