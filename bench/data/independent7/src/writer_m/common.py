SECTIONS = [("modalities","mod"),("capabilities","cap"),("compliance","comp"),("scales","sc"),
            ("sites","site"),("stages","st"),("funding_stages","fund"),("certifications","cert")]

def E(kind, lang, text, **kw):
    labels = {}
    for sec, short in SECTIONS:
        p = kw.pop(short + "_p", "")
        n = kw.pop(short + "_n", "")
        labels[sec] = {"positive": p.split(), "negative": n.split()}
    if kw:
        raise ValueError("unknown keys %r" % kw)
    return {"kind": kind, "lang": lang, "text": text, "labels": labels}
