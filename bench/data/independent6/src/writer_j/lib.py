import json, os
SECS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
KEYS = dict(mod="modalities", cap="capabilities", comp="compliance", sc="scales", site="sites",
            st="stages", fs="funding_stages", cert="certifications")
def labels(**kw):
    out = {s: {"positive": [], "negative": []} for s in SECS}
    for k, v in kw.items():
        sec = KEYS[k]
        for tok in v.split():
            if tok.startswith("-"):
                out[sec]["negative"].append(tok[1:])
            else:
                out[sec]["positive"].append(tok)
    return out
def write(fname, kind_rows):
    """kind_rows: list of (kind, lang, text, labels_kwargs)"""
    counters = {}
    rows = []
    for kind, lang, text, kw in kind_rows:
        counters[kind] = counters.get(kind, 0) + 1
        rows.append({"kind": kind, "lang": lang, "text": text.strip("\n"), "labels": labels(**kw), "split": "dev"})
    with open(os.path.join(os.path.dirname(__file__), fname), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
