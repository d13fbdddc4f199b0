import json
SECTIONS = ["modalities","capabilities","compliance","scales","sites","stages","funding_stages","certifications"]
KEYS = {"mod":"modalities","cap":"capabilities","comp":"compliance","sc":"scales","site":"sites","st":"stages","fund":"funding_stages","cert":"certifications"}
def lab(**kw):
    out = {s: {"positive": [], "negative": []} for s in SECTIONS}
    for k, v in kw.items():
        sec = KEYS[k]
        for tok in v.split():
            if tok.startswith("-"):
                out[sec]["negative"].append(tok[1:])
            else:
                out[sec]["positive"].append(tok)
    return out
def row(kind, lang, text, labels):
    return {"kind": kind, "lang": lang, "text": text, "labels": labels}
