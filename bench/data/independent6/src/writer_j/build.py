import json
rows=[]
for f in ["part_cdmo.jsonl","part_cro.jsonl","part_sp.jsonl","part_rest.jsonl"]:
    rows += [json.loads(l) for l in open(f, encoding="utf-8")]
cnt={}
out=open("facets.jsonl","w",encoding="utf-8")
for r in rows:
    cnt[r["kind"]]=cnt.get(r["kind"],0)+1
    o={"id":f"ind6j-{r['kind']}-{cnt[r['kind']]:03d}","lang":r["lang"],"kind":r["kind"],"text":r["text"],"labels":r["labels"],"split":r["split"]}
    out.write(json.dumps(o,ensure_ascii=False)+"\n")
out.close(); print(len(rows))
