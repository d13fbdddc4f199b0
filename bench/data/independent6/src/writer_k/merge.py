import json, glob, os
d = os.path.dirname(os.path.abspath(__file__))
cnt = {}
out = []
for name in ["cdmo", "cro", "pharma", "supplier", "university", "vc"]:
    for line in open(os.path.join(d, "parts", name + ".jsonl"), encoding="utf-8"):
        r = json.loads(line)
        cnt[r["kind"]] = cnt.get(r["kind"], 0) + 1
        out.append({"id": f"ind6k-{r['kind']}-{cnt[r['kind']]:03d}", **r})
with open(os.path.join(d, "facets.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
