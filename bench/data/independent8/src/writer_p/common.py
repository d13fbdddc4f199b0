import json
SEC = {"mod":"modalities","cap":"capabilities","cmp":"compliance","scl":"scales","site":"sites",
       "stg":"stages","fund":"funding_stages","cert":"certifications"}
def labels(spec):
    out = {v: {"positive": [], "negative": []} for v in SEC.values()}
    for part in spec.split(";"):
        part = part.strip()
        if not part: continue
        key, vals = part.split(":", 1)
        key = key.strip(); pol = "positive" if key.endswith("+") else "negative"
        sec = SEC[key[:-1]]
        out[sec][pol] += [x.strip() for x in vals.split(",") if x.strip()]
    return out
def rows(prefix_kind, items, kind_override=None):
    res = []
    for n, (lang, kind, text, spec) in enumerate(items, 1):
        res.append({"id": f"ind8p-{prefix_kind}-{n:03d}", "lang": lang, "kind": kind, "text": text.strip(),
                    "labels": labels(spec), "split": "dev"})
    return res
