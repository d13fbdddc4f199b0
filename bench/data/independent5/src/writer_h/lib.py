SECS = {"mod":"modalities","cap":"capabilities","comp":"compliance","scale":"scales",
        "site":"sites","stage":"stages","fund":"funding_stages","cert":"certifications"}
def R(kind, lang, text, **kw):
    labels = {v: {"positive": [], "negative": []} for v in SECS.values()}
    for k, s in kw.items():
        sec = SECS[k]
        for tok in s.split():
            sign, val = tok[0], tok[1:]
            assert sign in "+-", tok
            labels[sec]["positive" if sign == "+" else "negative"].append(val)
    return {"kind": kind, "lang": lang, "text": text, "labels": labels}
