import json, os
SECS = {"mod":"modalities","cap":"capabilities","comp":"compliance","scale":"scales",
        "site":"sites","stage":"stages","fund":"funding_stages","cert":"certifications"}
PREFIX = "ind5g"
def row(kind, num, lang, text, **kw):
    labels = {v: {"positive": [], "negative": []} for v in SECS.values()}
    for k, s in kw.items():
        for tok in s.split():
            sign, name = tok[0], tok[1:]
            assert sign in "+-", tok
            labels[SECS[k]]["positive" if sign == "+" else "negative"].append(name)
    return {"id": f"{PREFIX}-{kind}-{num:03d}", "lang": lang, "kind": kind,
            "text": text.strip(), "labels": labels, "split": "dev"}
def save(name, rows):
    with open(os.path.join(os.path.dirname(__file__), "parts", name + ".jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))
