import json
SEC = {"mod":"modalities","cap":"capabilities","comp":"compliance","scale":"scales",
       "site":"sites","stage":"stages","fund":"funding_stages","cert":"certifications"}
def parse(spec):
    labels = {v: {"positive": [], "negative": []} for v in SEC.values()}
    for part in [p.strip() for p in spec.split(";") if p.strip()]:
        key, vals = part.split(":", 1)
        sec, pol = key[:-1].strip(), key[-1]
        tgt = labels[SEC[sec]]["positive" if pol == "+" else "negative"]
        for v in vals.split(","):
            v = v.strip()
            if v and v not in tgt:
                tgt.append(v)
    return labels
def dump(kind_rows, fname):
    counters = {}
    with open(fname, "w", encoding="utf-8") as f:
        for kind, lang, text, spec in kind_rows:
            counters[kind] = counters.get(kind, 0) + 1
            row = {"id": f"ind4e-{kind}-{counters[kind]:03d}", "lang": lang, "kind": kind,
                   "text": (" " if lang == "en" else "").join(l.strip() for l in text.strip().splitlines() if l.strip()),
                   "labels": parse(spec), "split": "dev"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
