SECTIONS = {"m": "modalities", "c": "capabilities", "co": "compliance", "s": "scales",
            "si": "sites", "st": "stages", "f": "funding_stages", "ce": "certifications"}

def L(**kw):
    out = {}
    for k, name in SECTIONS.items():
        v = kw.get(k, "")
        pos, _, neg = v.partition("|")
        out[name] = {"positive": pos.split(), "negative": neg.split()}
    return out
