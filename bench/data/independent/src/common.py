"""Authoring helpers for the independent benchmark (fictional organisations)."""
PREFIX = {"m": "modalities", "c": "capabilities", "g": "compliance", "s": "scales",
          "r": "sites", "t": "stages", "f": "funding_stages", "x": "certifications"}
SECTIONS = list(PREFIX.values())


def parse_labels(spec):
    out = {s: {"positive": [], "negative": []} for s in SECTIONS}
    for tok in spec.split():
        sec = PREFIX[tok[0]]
        sign = tok[1]
        term = tok[2:]
        assert sign in "+-", tok
        out[sec]["positive" if sign == "+" else "negative"].append(term)
    return out


def E(kind, lang, name, name_ja, desc, needs, labels, decl_extra=None, free=None):
    return {"kind": kind, "lang": lang, "name": name, "name_ja": name_ja,
            "description": desc, "needs": needs, "labels": parse_labels(labels),
            "decl_extra": decl_extra or {}, "free": free}
