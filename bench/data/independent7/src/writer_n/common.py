import json
SECTIONS = {"m":"modalities","c":"capabilities","g":"compliance","s":"scales","l":"sites","st":"stages","f":"funding_stages","ce":"certifications"}
def L(**kw):
    out = {}
    for k, name in SECTIONS.items():
        v = kw.get(k, "")
        pos, _, neg = v.partition("|")
        out[name] = {"positive": pos.split(), "negative": neg.split()}
    return out
def R(kind, lang, text, **kw):
    return {"kind": kind, "lang": lang, "text": text, "labels": L(**kw)}
