import json, sys, importlib
SEC = {"mod":"modalities","cap":"capabilities","comp":"compliance","scale":"scales","site":"sites","stage":"stages","fund":"funding_stages","cert":"certifications"}
PREFIX = "ind4d"
def parse(spec):
    labels = {v: {"positive": [], "negative": []} for v in SEC.values()}
    for part in spec.split("|"):
        part = part.strip()
        if not part: continue
        head, *ids = part.split()
        sec, pol = head[:-1], head[-1]
        labels[SEC[sec]]["positive" if pol == "+" else "negative"].extend(ids)
    return labels
def build(kindfile):
    mod = importlib.import_module(kindfile)
    out = []
    counters = {}
    for kind, lang, text, spec in mod.ROWS:
        counters[kind] = counters.get(kind, 0) + 1
        out.append({"id": f"{PREFIX}-{kind}-{mod.START.get(kind,0)+counters[kind]:03d}", "lang": lang, "kind": kind,
                    "text": text.strip(),
                    "labels": parse(spec), "split": "dev"})
    with open(f"batch_{kindfile}.jsonl", "w") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(kindfile, len(out))
if __name__ == "__main__":
    for k in sys.argv[1:]: build(k)
