"""Row builder. Label mini-language: 'm+ a b | m- c | c+ ... | g+ gmp | s+ clinical | l+ JP JP-14 | st+ phase1 | f+ seed | z+ amed_certified_vc'"""
SECT = {"m": "modalities", "c": "capabilities", "g": "compliance", "s": "scales",
        "l": "sites", "st": "stages", "f": "funding_stages", "z": "certifications"}
ORDER = ["modalities", "capabilities", "compliance", "scales", "sites", "stages", "funding_stages", "certifications"]
_counters = {}

def row(lang, kind, text, spec):
    _counters[kind] = _counters.get(kind, 0) + 1
    labels = {s: {"positive": [], "negative": []} for s in ORDER}
    for part in spec.split("|"):
        part = part.strip()
        if not part:
            continue
        key, *ids = part.split()
        pol = "positive" if key.endswith("+") else "negative"
        assert key[-1] in "+-", part
        sect = SECT[key[:-1]]
        for i in ids:
            if i not in labels[sect][pol]:
                labels[sect][pol].append(i)
    return {"id": "ind8r-%s-%03d" % (kind, _counters[kind]), "lang": lang, "kind": kind,
            "text": "\n".join(l.strip().lstrip("/／").strip() for l in text.strip().splitlines() if l.strip()),
            "labels": labels, "split": "dev"}
