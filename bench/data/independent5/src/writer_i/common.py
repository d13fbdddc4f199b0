import json
SECMAP = {"mod": "modalities", "cap": "capabilities", "comp": "compliance", "scale": "scales",
          "site": "sites", "stage": "stages", "fund": "funding_stages", "cert": "certifications"}
ORDER = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]

def jajoin(text):
    out = ""
    for l in (x.strip() for x in text.strip().splitlines()):
        if out and not out.endswith("。"):
            out += " "
        out += l
    return out

def R(kind, lang, text, **kw):
    labels = {s: {"positive": [], "negative": []} for s in ORDER}
    for k, v in kw.items():
        sec = SECMAP[k]
        for tok in v.split():
            if tok.startswith("-"):
                labels[sec]["negative"].append(tok[1:])
            else:
                labels[sec]["positive"].append(tok.lstrip("+"))
    return {"kind": kind, "lang": lang, "text": " ".join(text.split()) if lang == "en" else jajoin(text), "labels": labels}

def save(rows, prefix, fname, start=None):
    counters = dict(start or {})
    with open(fname, "w", encoding="utf-8") as f:
        for r in rows:
            counters[r["kind"]] = counters.get(r["kind"], 0) + 1
            out = {"id": f"{prefix}-{r['kind']}-{counters[r['kind']]:03d}", "lang": r["lang"], "kind": r["kind"],
                   "text": r["text"], "labels": r["labels"], "split": "dev"}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(fname, len(rows))
